using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;
using static OfficeJourney.Slides.OpenXml.Ns;

namespace OfficeJourney.Slides.Charts;

/// <summary>
/// A funnel's counts as a native column chart, each bar labelled with its count and the bar reached with the largest
/// drop-off in the pain colour. One owner for the sheet layout of both the chart's formulas and caches and its
/// embedded workbook (stages in A2:A{n+1}, counts in B2:B{n+1}, the series name in B1).
/// </summary>
/// <param name="largest">The index into <paramref name="stages"/> of the bar to call out; null for none.</param>
internal sealed class FunnelChart(IReadOnlyList<string> stages, IReadOnlyList<double> counts, int? largest, string seriesName, TextStyle text, ChartColors colors, string callout)
{
    private const string Sheet = "Sheet1";
    private const string NameFormula = Sheet + "!$B$1";
    private const string CategoryAxis = "50110";
    private const string ValueAxis = "50120";
    private const string CountFormat = "#,##0.##";

    private string CategoryFormula => $"{Sheet}!$A$2:$A${stages.Count + 1}";

    private string ValueFormula => $"{Sheet}!$B$2:$B${stages.Count + 1}";

    public byte[] Workbook()
    {
        List<IReadOnlyList<SheetCell>> rows = [[new SheetCell("B", seriesName)]];
        for (var i = 0; i < stages.Count; i++)
        {
            rows.Add([new SheetCell("A", stages[i]), new SheetCell("B", null, counts[i])]);
        }

        return SheetWorkbook.Create(Sheet, rows);
    }

    /// <summary>The chart part, its data read from the workbook related by <paramref name="workbookRelationship"/>.</summary>
    public void Write(Stream output, string workbookRelationship)
    {
        using var xml = new PartWriter(output);
        ChartXml.Begin(xml);
        BarChart(xml);
        ChartXml.CategoryAxis(xml, CategoryAxis, ValueAxis, text, colors);
        ValueAxisXml(xml);
        ChartXml.End(xml, text, colors.Ink, workbookRelationship);
    }

    private void BarChart(PartWriter xml)
    {
        xml.Start(C, "barChart");
        xml.Leaf(C, "barDir", "val", "col");
        xml.Leaf(C, "grouping", "val", "clustered");
        xml.Leaf(C, "varyColors", "val", false);
        xml.Start(C, "ser");
        xml.Leaf(C, "idx", "val", 0);
        xml.Leaf(C, "order", "val", 0);
        xml.Start(C, "tx");
        ChartXml.StringReference(xml, NameFormula, [seriesName]);
        xml.End();
        xml.Start(C, "spPr");
        xml.SolidFill(colors.Curve);
        xml.End();
        xml.Leaf(C, "invertIfNegative", "val", false);
        if (largest is { } bar)
        {
            xml.Start(C, "dPt");
            xml.Leaf(C, "idx", "val", bar);
            xml.Leaf(C, "invertIfNegative", "val", false);
            xml.Leaf(C, "bubble3D", "val", false);
            xml.Start(C, "spPr");
            xml.SolidFill(callout);
            xml.End();
            xml.End();
        }

        DataLabels(xml);
        xml.Start(C, "cat");
        ChartXml.StringReference(xml, CategoryFormula, stages);
        xml.End();
        xml.Start(C, "val");
        ChartXml.NumberReference(xml, ValueFormula, [.. counts.Select(c => (double?)c)], CountFormat);
        xml.End();
        xml.End();
        xml.Leaf(C, "gapWidth", "val", 60);
        xml.Leaf(C, "axId", "val", CategoryAxis);
        xml.Leaf(C, "axId", "val", ValueAxis);
        xml.End();
    }

    /// <summary>Each bar's count above it.</summary>
    private void DataLabels(PartWriter xml)
    {
        xml.Start(C, "dLbls");
        xml.Start(C, "numFmt").Attr("formatCode", CountFormat).Attr("sourceLinked", false).End();
        xml.Start(C, "spPr");
        xml.Empty(A, "noFill");
        xml.Start(A, "ln");
        xml.Empty(A, "noFill");
        xml.End();
        xml.End();
        ChartXml.TextProperties(xml, text, colors.Ink, 1100);
        xml.Leaf(C, "dLblPos", "val", "outEnd");
        xml.Leaf(C, "showLegendKey", "val", false);
        xml.Leaf(C, "showVal", "val", true);
        xml.Leaf(C, "showCatName", "val", false);
        xml.Leaf(C, "showSerName", "val", false);
        xml.Leaf(C, "showPercent", "val", false);
        xml.Leaf(C, "showBubbleSize", "val", false);
        xml.End();
    }

    /// <summary>Counts from zero, on the right in a right-to-left deck.</summary>
    private void ValueAxisXml(PartWriter xml)
    {
        ChartXml.AxisStart(xml, "valAx", ValueAxis, "minMax", max: null, min: 0, text.RightToLeft ? "r" : "l");
        xml.Start(C, "majorGridlines");
        xml.Start(C, "spPr");
        ChartXml.AxisLine(xml, colors.Line, 6350);
        xml.End();
        xml.End();
        ChartXml.Ticks(xml, sourceLinked: false, labels: "nextTo", format: "#,##0");
        ChartXml.TextProperties(xml, text, colors.Ink, 1100);
        xml.Leaf(C, "crossAx", "val", CategoryAxis);
        xml.Leaf(C, "crosses", "val", text.RightToLeft ? "max" : "autoZero");
        xml.Leaf(C, "crossBetween", "val", "between");
        xml.End();
    }
}
