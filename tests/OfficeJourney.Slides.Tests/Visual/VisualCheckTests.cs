namespace OfficeJourney.Slides.Tests.Visual;

/// <summary>
/// The visual checks of every deck, from its geometry: they fail with one line per problem (deck, slide number and
/// title, shape, what and by how much) so that whoever fixes a slide builder knows where to look.
/// </summary>
public sealed class VisualCheckTests
{
    public static TheoryData<string> Decks() => [.. VisualDecks.Names()];

    [Theory]
    [MemberData(nameof(Decks))]
    public void Every_slide_shows_its_text_at_ten_points_or_more(string deck) => Pass(deck, VisualRules.TextSizes);

    [Theory]
    [MemberData(nameof(Decks))]
    public void Every_empty_line_of_a_table_sets_its_size(string deck) => Pass(deck, VisualRules.EmptyTableLines);

    [Theory]
    [MemberData(nameof(Decks))]
    public void Every_shape_lies_inside_the_slide(string deck) => Pass(deck, VisualRules.InsideTheSlide);

    [Theory]
    [MemberData(nameof(Decks))]
    public void No_two_shapes_carrying_text_overlap(string deck) => Pass(deck, VisualRules.Overlaps);

    [Theory]
    [MemberData(nameof(Decks))]
    public void Every_text_colour_meets_wcag_aa_contrast_on_what_lies_behind_it(string deck) => Pass(deck, VisualRules.Contrast);

    [Theory]
    [MemberData(nameof(Decks))]
    public void An_overview_of_four_lanes_or_more_spreads_over_seventy_percent_of_the_usable_height(string deck) => Pass(deck, VisualRules.OverviewHeight);

    [Fact]
    public void The_decks_checked_hold_every_kind_of_slide()
    {
        var titles = VisualDecks.Names().SelectMany(n => VisualDecks.Geometry(n).Slides).Select(s => s.Title).ToHashSet(StringComparer.Ordinal);
        Func<Builders.DeckWords, string>[] kinds =
        [
            w => w.Overview, w => w.Emotions, w => w.Funnel, w => w.Impact, w => w.Insights, w => w.PainsAndOpportunities, w => w.Personas,
            w => w.Kpis, w => w.Blueprint, w => w.Review.WhatChanged, w => w.Review.CurrentVsFuture, w => w.Review.Differences,
        ];

        foreach (var kind in kinds)
        {
            var words = Vocabulary.Language.Supported.Select(l => kind(Builders.DeckWords.For(l))).ToList();
            Assert.True(titles.Any(t => words.Any(w => t.StartsWith(w, StringComparison.Ordinal))), $"no deck checked has a slide titled \"{words[0]}\" in any language");
        }
    }

    private static void Pass(string deck, Func<DeckGeometry, List<string>> rule)
    {
        var failures = rule(VisualDecks.Geometry(deck));
        Assert.True(failures.Count == 0, $"{deck}: {failures.Count} problem(s)\n" + string.Join("\n", failures.Take(30)));
    }
}
