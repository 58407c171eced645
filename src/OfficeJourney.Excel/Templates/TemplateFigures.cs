using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Excel.Templates;

/// <summary>
/// The parts of an industry example that are the same in every language: emotions, KPI figures, phase spans, and the
/// metric lanes' figures: people reaching each stage (falling unevenly, so that one step loses the most), a customer
/// experience score against its target, each stage's channel (by key in channels.json) and its two touchpoints' impact.
/// </summary>
internal sealed record TemplateFigures(
    int[] Emotions,
    (string Value, string Target)[] Kpis,
    (int First, int Count)[] Phases,
    int[] Counts,
    CxFigures Cx,
    string[] Channels,
    (ImpactLevel First, ImpactLevel Second)[] Impacts)
{
    private const ImpactLevel High = ImpactLevel.High;
    private const ImpactLevel Medium = ImpactLevel.Medium;
    private const ImpactLevel Low = ImpactLevel.Low;

    public static TemplateFigures For(Industry industry) => industry switch
    {
        Industry.Retail => new(
            [1, -1, 0, -1, 2],
            [("1.8%", "2.5%"), ("47%", "35%"), ("68%", "40%"), ("88%", "97%"), ("31%", "40%")],
            [(0, 2), (2, 2), (4, 1)],
            [48000, 12500, 3100, 2850, 1200],
            new(MetricKind.Csat, "%", [82, 71, 64, 77, 88], 80),
            ["social", "web", "web", "email", "app"],
            [(High, Medium), (High, Medium), (High, Low), (Medium, Low), (Medium, Low)]),
        Industry.Travel => new(
            [2, -1, 0, 1, 2],
            [("24%", "30%"), ("6%", "9%"), ("3.1%", "4.5%"), ("4.2/5", "4.6/5"), ("12%", "20%")],
            [(0, 2), (2, 1), (3, 2)],
            [36000, 14200, 2600, 2450, 900],
            new(MetricKind.Nps, null, [45, 28, 31, 52, 58], 40),
            ["web", "search", "web", "app", "social"],
            [(Medium, Medium), (High, Medium), (High, Low), (High, High), (Medium, Low)]),
        Industry.Banking => new(
            [0, -1, -2, -1, 1],
            [("18%", "25%"), ("40 s", "90 s"), ("54%", "75%"), ("9", "2"), ("61%", "75%")],
            [(0, 2), (2, 2), (4, 1)],
            [52000, 9800, 2100, 1650, 1400],
            new(MetricKind.Ces, null, [2, 4, 5, 4, 2], 3),
            ["word-of-mouth", "web", "app", "email", "app"],
            [(High, Medium), (High, Medium), (High, High), (Medium, Low), (High, Low)]),
        _ => new(
            [-1, 0, 1, -1, 2],
            [("320", "500"), ("45", "80"), ("38%", "60%"), ("94", "60"), ("52%", "80%")],
            [(0, 2), (2, 2), (4, 1)],
            [8400, 2300, 640, 150, 120],
            new(MetricKind.Nps, null, [12, 24, 35, 18, 41], 30),
            ["event", "web", "web", "email", "support"],
            [(High, Medium), (Medium, High), (High, Medium), (High, Low), (Medium, High)]),
    };
}

/// <summary>A customer experience score per stage (CSAT, NPS or CES) and the target its lane's label states.</summary>
internal sealed record CxFigures(MetricKind Kind, string? Unit, int[] Values, int Target)
{
    public string Written(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture) + Unit;
}
