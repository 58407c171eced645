using OfficeJourney.Comparison;
using OfficeJourney.Model;
using OfficeJourney.Slides.Builders;
using OfficeJourney.Slides.Builders.Review;
using OfficeJourney.Slides.OpenXml;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Slides;

/// <summary>
/// Writes the quarterly review of a map — what changed between an older and a newer version — as a native, editable
/// deck in the newer map's language: a title, the stages and touchpoints added and removed, the emotion curve then and
/// now on one chart, the metrics then and now with the change and whether it is better, and the pain points resolved
/// and new. Every slide has speaker notes carrying its full text.
/// </summary>
public static class ReviewDeckWriter
{
    /// <param name="thenLabel">What the older version is called on the slides ("Version 3"); the deck's word for "then" when null.</param>
    /// <param name="nowLabel">What the newer version is called; the deck's word for "now" when null.</param>
    /// <returns>The number of slides written.</returns>
    public static int Write(JourneyMap then, JourneyMap now, Stream output, DeckOptions? options = null, string? thenLabel = null, string? nowLabel = null)
    {
        ArgumentNullException.ThrowIfNull(then);
        ArgumentNullException.ThrowIfNull(now);
        ArgumentNullException.ThrowIfNull(output);
        options ??= DeckOptions.Default;
        using var deck = new DeckPackage(output, options.Theme.ThemePartValues("OfficeJourney"), DeckTheme.Default.ThemePartValues("OfficeJourney Notes"));

        // What a cell or a map document holds may be no XML (control characters, lone surrogates): cleaned here, once.
        var newer = DeckMap.Of(now);
        var review = MapReview.Of(DeckMap.Of(then), newer);
        var context = new DeckContext(deck, newer, options);
        var words = context.Words.Review;
        var labels = new ReviewLabels(Label(thenLabel) ?? words.Then, Label(nowLabel) ?? words.Now);
        var subtitle = $"{labels.Then} → {labels.Now}";

        ReviewTitle.Add(context, words.WhatChanged, labels);
        if (options.Slides.HasFlag(DeckSlides.WhatChanged))
        {
            ChangeSections.Add(context, words.WhatChanged, subtitle, ChangeSections.Structure(context, review), words.NoChanges);
            if (ThenNowChart.Applies(review))
            {
                ThenNowChart.Add(context, review, words.EmotionThenNow, labels);
            }

            if (MetricTable.Applies(review))
            {
                MetricTable.Add(context, review, labels);
            }

            ChangeSections.Add(context, context.Lane(LaneKind.PainPoints), subtitle, ChangeSections.Pains(context, review), words.Nothing);
        }

        return deck.SlideCount;
    }

    /// <summary>The current-state and the future-state map of one journey compared: a title, both emotion curves on one chart, their differences.</summary>
    /// <returns>The number of slides written.</returns>
    public static int Write(CurrentAndFuture pair, Stream output, DeckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pair);
        ArgumentNullException.ThrowIfNull(output);
        options ??= DeckOptions.Default;
        using var deck = new DeckPackage(output, options.Theme.ThemePartValues("OfficeJourney"), DeckTheme.Default.ThemePartValues("OfficeJourney Notes"));
        var cleaned = new CurrentAndFuture(DeckMap.Of(pair.Current), DeckMap.Of(pair.Future));
        var context = new DeckContext(deck, cleaned.Future, options);
        ReviewTitle.Add(context, context.Words.Review.CurrentVsFuture, CurrentVsFutureSlides.Labels(context));
        CurrentVsFutureSlides.Add(context, cleaned);
        return deck.SlideCount;
    }

    private static string? Label(string? label) => string.IsNullOrWhiteSpace(label) ? null : TextFit.Clip(CleanText.Of(label.Trim()), DeckMap.MaxName);
}
