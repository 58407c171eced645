using OfficeJourney.Model;

namespace OfficeJourney.Vocabulary;

/// <summary>
/// What people call the metrics they write per stage (languages/&lt;tag&gt;/metrics.json: "Visitors", "NPS", "Tỷ lệ thoát")
/// and the words that rate a touchpoint's impact. Written languages have every key; a language only read may leave some out.
/// </summary>
internal static class MetricTerms
{
    private static readonly IReadOnlyDictionary<string, MetricFile> Files = LanguageFiles.Embedded.Read("metrics.json", MetricFile.Read);

    // Written languages first: a term two languages share keeps the meaning it has in the first (as Lexicon).
    private static readonly string[] Order = [.. LanguageWords.Written.Where(Files.ContainsKey), .. Files.Keys.Except(LanguageWords.Written).Order(StringComparer.Ordinal)];

    private static readonly TermIndex<MetricKind> Kinds = new(
        Order.SelectMany(tag => Files[tag].Metrics.SelectMany(kind => kind.Value.Select(term => (term, kind.Key)))));

    private static readonly Dictionary<string, double> ImpactWords = ImpactIndex();

    /// <summary>The metric a lane label names ("Bounce rate (%)", "Customer satisfaction (CSAT)"), asides in brackets included.</summary>
    public static MetricKind? KindOf(string label)
    {
        if (Kinds.TryMatch(TextKey.Normalize(TextKey.WithoutBrackets(label)), out var kind))
        {
            return kind;
        }

        return Kinds.TryMatch(TextKey.Normalize(label), out kind) ? kind : null;
    }

    /// <summary>
    /// Whether a lower value of a metric is the better one: effort, bounce rate and abandonment are; of any other, its name
    /// says so with one of the written languages' less-is-better words ("churn", "wait time").
    /// </summary>
    public static bool LessIsBetter(MetricKind? kind, string name) => kind switch
    {
        MetricKind.Ces or MetricKind.BounceRate or MetricKind.Abandonment => true,
        MetricKind.Other or null => Language.Written.All.SelectMany(l => l.LessIsBetter).Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase)),
        _ => false,
    };

    /// <summary>A rating word's share of the scale's top: high 1, medium 0.6, low 0.3.</summary>
    public static double? ImpactWord(string text) =>
        ImpactWords.TryGetValue(TextKey.Normalize(text), out var score) ? score : null;

    /// <summary>The first word of each metric kind in a written language, to write as a lane label.</summary>
    public static string LabelOf(MetricKind kind, string language) =>
        Files.TryGetValue(language, out var file) && file.Metrics.TryGetValue(kind, out var terms) ? terms[0] : Files[Language.English].Metrics[kind][0];

    /// <summary>The first impact word of a level in a written language, rated as <see cref="ImpactWord"/> reads it.</summary>
    public static Impact ImpactOf(ImpactLevel level, string language)
    {
        var key = level switch { ImpactLevel.High => "high", ImpactLevel.Medium => "medium", _ => "low" };
        var word = (Files.TryGetValue(language, out var file) ? file.Impact.GetValueOrDefault(key) : null)?[0] ?? Files[Language.English].Impact[key][0];
        return new Impact(ImpactWord(word)!.Value, word);
    }

    private static Dictionary<string, double> ImpactIndex()
    {
        var index = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var tag in Order)
        {
            foreach (var (level, score) in new[] { ("high", 1.0), ("medium", 0.6), ("low", 0.3) })
            {
                foreach (var word in Files[tag].Impact.GetValueOrDefault(level) ?? [])
                {
                    index.TryAdd(TextKey.Normalize(word), score);
                }
            }
        }

        return index;
    }
}

/// <summary>metrics.json: metric names by kind, and impact words by level ("high", "medium", "low").</summary>
internal sealed record MetricFile(IReadOnlyDictionary<MetricKind, string[]> Metrics, IReadOnlyDictionary<string, string[]> Impact)
{
    public static MetricFile Read(WordsJson json) => new(
        json.WordsByName<MetricKind>("metrics"),
        json.Has("impact") ? Levels(json.Section("impact")) : new Dictionary<string, string[]>());

    private static Dictionary<string, string[]> Levels(WordsJson impact)
    {
        var levels = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var level in new[] { "high", "medium", "low" })
        {
            if (impact.Has(level))
            {
                levels.Add(level, impact.Words(level));
            }
        }

        return levels;
    }
}
