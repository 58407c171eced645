namespace OfficeJourney.Slides.Tests.Visual;

/// <summary>
/// The visual checks on what LibreOffice rendered (templates, big, measured, review and every fixture's deck, rendered
/// once for the collection): a page per slide, every word on its page, inside a shape meant for text, and at 10 pt or more.
/// </summary>
[Collection(LibreOfficeRenders.Name)]
public sealed class RenderedVisualTests
{
    private readonly LibreOfficeTests.Rendered rendered;

    public RenderedVisualTests(LibreOfficeTests.Rendered rendered) => this.rendered = rendered;

    public static TheoryData<string> Decks() => [.. LibreOfficeTests.Rendered.Names()];

    [Theory]
    [MemberData(nameof(Decks))]
    public void Every_slide_renders_as_one_page_with_every_word_on_it(string deck) =>
        Pass(deck, d => [.. RenderedRules.Pages(d), .. RenderedRules.OnThePage(d)]);

    [Theory]
    [MemberData(nameof(Decks))]
    public void Every_rendered_word_lies_inside_a_shape_that_carries_text(string deck) => Pass(deck, RenderedRules.InsideTextShapes);

    [Theory]
    [MemberData(nameof(Decks))]
    public void No_rendered_word_is_smaller_than_ten_point_text(string deck) => Pass(deck, RenderedRules.WordSizes);

    /// <summary>
    /// The calibration of <see cref="RenderedRules.SmallestWordHeight"/>, kept true: in the Latin, Persian and Thai decks a
    /// table cell's words (tables do not shrink their text) measure 1.25 to 1.35 times the cell's size, so 10-point text
    /// measures at least 12.5 pt and 9-point text at most 12.2 pt.
    /// </summary>
    [Theory]
    [InlineData("retail-en")]
    [InlineData("banking-blueprint-fa")]
    [InlineData("travel-future-th")]
    public void A_table_cells_words_render_one_point_three_times_as_tall_as_its_text_size(string name)
    {
        var deck = rendered.Decks[name];
        var measured = new List<(RenderedWord Word, double Ratio)>();
        foreach (var slide in deck.Geometry.Slides)
        {
            var page = deck.Pages[slide.Number - 1];
            var scale = page.Width / deck.Geometry.Width;
            foreach (var cell in slide.Shapes.Where(s => s.IsTable).SelectMany(s => s.Text))
            {
                var sizes = cell.Paragraphs.SelectMany(p => p.Runs).Where(r => r.Shows).Select(r => r.Size).Distinct().ToList();
                if (sizes is not [{ } size])
                {
                    continue;
                }

                measured.AddRange(page.Words
                    .Where(w => w.Text.Any(char.IsLetterOrDigit) && w.Left >= cell.Box.X * scale && w.Right <= cell.Box.Right * scale && w.Top >= cell.Box.Y * scale && w.Bottom <= cell.Box.Bottom * scale)
                    .Select(w => (w, w.Height / (size / 100.0))));
            }
        }

        Assert.True(measured.Count > 20, $"{measured.Count} words measured");
        Assert.All(measured, m => Assert.InRange(m.Ratio, 1.25, 1.35));
    }

    private void Pass(string deck, Func<RenderedDeck, List<string>> rule)
    {
        var failures = rule(rendered.Decks[deck]);
        Assert.True(failures.Count == 0, $"{deck} (rendered): {failures.Count} problem(s)\n" + string.Join("\n", failures.Take(30)));
    }
}
