using System.Globalization;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Insights;

/// <summary>Writes findings in the map's language (languages/&lt;tag&gt;/insights.json), numbers culture-invariant.</summary>
internal sealed class InsightText(JourneyMap map)
{
    private const int MaxListed = 3;

    private readonly InsightWords words = InsightWords.For(map.Language);

    public string Language { get; } = map.Language is { } tag && Vocabulary.Language.IsSupported(tag) ? tag : Vocabulary.Language.English;

    public string Format(string message, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, words.Messages[message], values);

    public string Dimension(ChannelDimension dimension) => words.Dimensions[dimension.ToString().ToLowerInvariant()];

    /// <summary>
    /// The first few of a list and how many more ("A, B, C (+2)"): a finding names, it does not copy the map.
    /// A trailing full stop is dropped from each item, since the message's own punctuation follows the list.
    /// </summary>
    public string List(IEnumerable<string> items)
    {
        var all = items.Select(i => i.TrimEnd().TrimEnd('.', '。', '۔')).Distinct(StringComparer.Ordinal).ToList();
        var shown = string.Join(words.ListSeparator, all.Take(MaxListed));
        return all.Count > MaxListed
            ? string.Create(CultureInfo.InvariantCulture, $"{shown} (+{all.Count - MaxListed})")
            : shown;
    }

    public static string Count(double count) => count.ToString("#,0.##", CultureInfo.InvariantCulture);

    public static string Share(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
