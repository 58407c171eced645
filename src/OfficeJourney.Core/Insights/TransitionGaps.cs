using OfficeJourney.Diagnostics;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Insights;

/// <summary>
/// Consecutive stages whose touchpoints move to another channel, device or department (web → store, mobile → desktop,
/// sales → support) where the feeling falls or the next stage has a pain point: the hand-overs where journeys break.
/// A move is a change only when the two stages share nothing on that side; the first side that changes is reported.
/// </summary>
internal static class TransitionGaps
{
    private static readonly ChannelDimension[] Sides = [ChannelDimension.Channel, ChannelDimension.Device, ChannelDimension.Department];

    public static IEnumerable<Insight> Find(List<StageFacts> facts, InsightText text)
    {
        for (var s = 0; s + 1 < facts.Count; s++)
        {
            var (from, to) = (facts[s], facts[s + 1]);
            var falls = from.Emotion is { } before && to.Emotion is { } after && after < before;
            if (!falls && to.Pains.Count == 0)
            {
                continue;
            }

            foreach (var side in Sides)
            {
                var (a, b) = (from.Sides[side], to.Sides[side]);
                if (a.Count == 0 || b.Count == 0 || a.Keys.Intersect(b.Keys).Any())
                {
                    continue;
                }

                var fromNames = text.List(a.Keys.Select(k => ChannelTerms.NameOf(k, side, text.Language)));
                var toNames = text.List(b.Keys.Select(k => ChannelTerms.NameOf(k, side, text.Language)));
                List<SourceRef> cells = [.. a.Values.SelectMany(c => c), .. b.Values.SelectMany(c => c)];
                string message;
                if (falls)
                {
                    message = text.Format("transitionFalls", from.Name, to.Name, text.Dimension(side), fromNames, toNames, Score(from.Emotion!.Value), Score(to.Emotion!.Value));
                    cells.AddRange(from.EmotionCells.Concat(to.EmotionCells));
                }
                else
                {
                    message = text.Format("transitionPain", from.Name, to.Name, text.Dimension(side), fromNames, toNames, to.Pains[0].Text);
                    cells.AddRange(to.Pains.Take(1).Select(p => p.Source).OfType<SourceRef>());
                }

                yield return new Insight(InsightKind.TransitionGap, message, [from.Index, to.Index], [.. cells.Distinct()]);
                break;
            }
        }
    }

    private static string Score(double score) => score.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
