using OfficeJourney.Comparison;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Slides.Builders.Review;

/// <summary>
/// After the maps of a workbook holding a current-state and a future-state map of one journey: both emotion curves on
/// one chart, and a slide of the differences (stages, touchpoints, pain points the future state resolves or brings).
/// </summary>
internal static class CurrentVsFutureSlides
{
    public static void Add(DeckContext context, CurrentAndFuture pair)
    {
        var review = MapReview.Of(pair.Current, pair.Future);
        var labels = Labels(context);
        var words = context.Words.Review;
        if (ThenNowChart.Applies(review))
        {
            ThenNowChart.Add(context, review, words.CurrentVsFuture, labels);
        }

        ChangeSections.Add(context, words.Differences, $"{labels.Then} → {labels.Now}",
            [.. ChangeSections.Structure(context, review), .. ChangeSections.Pains(context, review)], words.NoChanges);
    }

    /// <summary>"Current state" and "Future state" in the deck's language.</summary>
    public static ReviewLabels Labels(DeckContext context) => new(
        JourneyVocabulary.MapTypeName(MapType.CurrentState, context.Text.Language),
        JourneyVocabulary.MapTypeName(MapType.FutureState, context.Text.Language));
}
