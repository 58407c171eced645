namespace OfficeJourney.Excel.Templates;

/// <summary>The parts of an industry example that are the same in every language: emotions, KPI figures, phase spans.</summary>
internal sealed record TemplateFigures(int[] Emotions, (string Value, string Target)[] Kpis, (int First, int Count)[] Phases)
{
    public static TemplateFigures For(Industry industry) => industry switch
    {
        Industry.Retail => new(
            [1, -1, 0, -1, 2],
            [("1.8%", "2.5%"), ("47%", "35%"), ("68%", "40%"), ("88%", "97%"), ("31%", "40%")],
            [(0, 2), (2, 2), (4, 1)]),
        Industry.Travel => new(
            [2, -1, 0, 1, 2],
            [("24%", "30%"), ("6%", "9%"), ("3.1%", "4.5%"), ("4.2/5", "4.6/5"), ("12%", "20%")],
            [(0, 2), (2, 1), (3, 2)]),
        Industry.Banking => new(
            [0, -1, -2, -1, 1],
            [("18%", "25%"), ("40 s", "90 s"), ("54%", "75%"), ("9", "2"), ("61%", "75%")],
            [(0, 2), (2, 2), (4, 1)]),
        _ => new(
            [-1, 0, 1, -1, 2],
            [("320", "500"), ("45", "80"), ("38%", "60%"), ("94", "60"), ("52%", "80%")],
            [(0, 2), (2, 2), (4, 1)]),
    };
}
