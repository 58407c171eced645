using OfficeJourney.Model;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;
using static OfficeJourney.Slides.OpenXml.Ns;

namespace OfficeJourney.Slides.Charts;

/// <summary>The colours of a chart, as RRGGBB: its curve, its axis and grid lines, its text.</summary>
internal sealed record ChartColors(string Curve, string Line, string Ink);

/// <summary>
/// The emotion curve as a native line chart. One owner for the sheet layout of both the chart's formulas
/// and caches and its embedded workbook (stages in A2:A{n+1}, scores in B2:B{n+1}, the series name in B1),
/// so that "Edit Data" opens exactly the numbers drawn.
/// </summary>
internal sealed class EmotionChart(IReadOnlyList<string> stages, IReadOnlyList<double?> scores, string seriesName, EmotionScale scale, TextStyle text, ChartColors colors)
{
    private const string Sheet = "Sheet1";
    private const string NameFormula = Sheet + "!$B$1";
    private const string CategoryAxis = "50010";
    private const string ValueAxis = "50020";

    private string CategoryFormula => $"{Sheet}!$A$2:$A${stages.Count + 1}";

    private string ValueFormula => $"{Sheet}!$B$2:$B${stages.Count + 1}";

    public byte[] Workbook()
    {
        List<IReadOnlyList<SheetCell>> rows = [[new SheetCell("B", seriesName)]];
        for (var i = 0; i < stages.Count; i++)
        {
            rows.Add(scores[i] is { } score ? [new SheetCell("A", stages[i]), new SheetCell("B", null, score)] : [new SheetCell("A", stages[i])]);
        }

        return SheetWorkbook.Create(Sheet, rows);
    }

    /// <summary>The chart part, its data read from the workbook related by <paramref name="workbookRelationship"/>.</summary>
    public void Write(Stream output, string workbookRelationship)
    {
        using var xml = new PartWriter(output);
        ChartXml.Begin(xml);
        LineChart(xml);
        ChartXml.CategoryAxis(xml, CategoryAxis, ValueAxis, text, colors);
        ValueAxisXml(xml);
        ChartXml.End(xml, text, colors.Ink, workbookRelationship);
    }

    private void LineChart(PartWriter xml)
    {
        xml.Start(C, "lineChart");
        xml.Leaf(C, "grouping", "val", "standard");
        xml.Leaf(C, "varyColors", "val", false);
        xml.Start(C, "ser");
        xml.Leaf(C, "idx", "val", 0);
        xml.Leaf(C, "order", "val", 0);
        xml.Start(C, "tx");
        ChartXml.StringReference(xml, NameFormula, [seriesName]);
        xml.End();
        xml.Start(C, "spPr");
        xml.Start(A, "ln").Attr("w", 38100).Attr("cap", "rnd");
        xml.SolidFill(colors.Curve);
        xml.Empty(A, "round");
        xml.End();
        xml.End();
        xml.Start(C, "marker");
        xml.Leaf(C, "symbol", "val", "circle");
        xml.Leaf(C, "size", "val", 9);
        xml.Start(C, "spPr");
        xml.SolidFill(colors.Curve);
        xml.Outline(null, widthPoints: 0);
        xml.End();
        xml.End();
        xml.Start(C, "cat");
        ChartXml.StringReference(xml, CategoryFormula, stages);
        xml.End();
        xml.Start(C, "val");
        ChartXml.NumberReference(xml, ValueFormula, scores);
        xml.End();
        xml.Leaf(C, "smooth", "val", false);
        xml.End();
        xml.Leaf(C, "marker", "val", true);
        xml.Leaf(C, "axId", "val", CategoryAxis);
        xml.Leaf(C, "axId", "val", ValueAxis);
        xml.End();
    }

    /// <summary>The scale from its minimum to its maximum, on the right in a right-to-left deck.</summary>
    private void ValueAxisXml(PartWriter xml)
    {
        ChartXml.AxisStart(xml, "valAx", ValueAxis, "minMax", scale.Max, scale.Min, text.RightToLeft ? "r" : "l");
        xml.Start(C, "majorGridlines");
        xml.Start(C, "spPr");
        ChartXml.AxisLine(xml, colors.Line, 6350);
        xml.End();
        xml.End();
        ChartXml.Ticks(xml, sourceLinked: false, labels: "nextTo");
        ChartXml.TextProperties(xml, text, colors.Ink, 1100);
        xml.Leaf(C, "crossAx", "val", CategoryAxis);
        xml.Leaf(C, "crosses", "val", text.RightToLeft ? "max" : "autoZero");
        xml.Leaf(C, "crossBetween", "val", "between");
        xml.Start(C, "majorUnit").Attr("val", scale.Max - scale.Min > 10 ? Math.Ceiling((scale.Max - scale.Min) / 10) : 1).End();
        xml.End();
    }
}
