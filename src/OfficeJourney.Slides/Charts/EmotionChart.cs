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
        xml.Root(C, "chartSpace", A, R);
        xml.Leaf(C, "date1904", "val", false);
        xml.Leaf(C, "roundedCorners", "val", false);
        xml.Start(C, "chart");
        xml.Leaf(C, "autoTitleDeleted", "val", true);
        xml.Start(C, "plotArea");
        xml.Empty(C, "layout");
        LineChart(xml);
        CategoryAxisXml(xml);
        ValueAxisXml(xml);
        xml.End();
        xml.Leaf(C, "plotVisOnly", "val", true);
        xml.Leaf(C, "dispBlanksAs", "val", "gap");
        xml.End();
        TextProperties(xml, 1200);

        // Last in c:chartSpace, after c:txPr: the workbook "Edit Data" opens.
        xml.Start(C, "externalData").Attr(R, "id", workbookRelationship);
        xml.Leaf(C, "autoUpdate", "val", false);
        xml.End();
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
        StringReference(xml, NameFormula, [seriesName]);
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
        StringReference(xml, CategoryFormula, stages);
        xml.End();
        xml.Start(C, "val");
        xml.Start(C, "numRef");
        xml.Text(C, "f", ValueFormula);
        xml.Start(C, "numCache");
        xml.Text(C, "formatCode", "General");
        xml.Leaf(C, "ptCount", "val", stages.Count);
        for (var i = 0; i < stages.Count; i++)
        {
            if (scores[i] is { } score)
            {
                xml.Start(C, "pt").Attr("idx", i);
                xml.Text(C, "v", score);
                xml.End();
            }
        }

        xml.End();
        xml.End();
        xml.End();
        xml.Leaf(C, "smooth", "val", false);
        xml.End();
        xml.Leaf(C, "marker", "val", true);
        xml.Leaf(C, "axId", "val", CategoryAxis);
        xml.Leaf(C, "axId", "val", ValueAxis);
        xml.End();
    }

    /// <summary>Stages along the bottom, right to left in a right-to-left deck.</summary>
    private void CategoryAxisXml(PartWriter xml)
    {
        AxisStart(xml, "catAx", CategoryAxis, text.RightToLeft ? "maxMin" : "minMax", bounds: null, "b");
        Ticks(xml, sourceLinked: true, labels: "low");
        xml.Start(C, "spPr");
        AxisLine(xml, 9525);
        xml.End();
        TextProperties(xml, 1200);
        xml.Leaf(C, "crossAx", "val", ValueAxis);
        xml.Leaf(C, "crosses", "val", "autoZero");
        xml.Leaf(C, "auto", "val", true);
        xml.Leaf(C, "lblAlgn", "val", "ctr");
        xml.Leaf(C, "lblOffset", "val", 100);
        xml.Leaf(C, "noMultiLvlLbl", "val", false);
        xml.End();
    }

    /// <summary>The scale from its minimum to its maximum, on the right in a right-to-left deck.</summary>
    private void ValueAxisXml(PartWriter xml)
    {
        AxisStart(xml, "valAx", ValueAxis, "minMax", scale, text.RightToLeft ? "r" : "l");
        xml.Start(C, "majorGridlines");
        xml.Start(C, "spPr");
        AxisLine(xml, 6350);
        xml.End();
        xml.End();
        Ticks(xml, sourceLinked: false, labels: "nextTo");
        TextProperties(xml, 1100);
        xml.Leaf(C, "crossAx", "val", CategoryAxis);
        xml.Leaf(C, "crosses", "val", text.RightToLeft ? "max" : "autoZero");
        xml.Leaf(C, "crossBetween", "val", "between");
        xml.Start(C, "majorUnit").Attr("val", scale.Max - scale.Min > 10 ? Math.Ceiling((scale.Max - scale.Min) / 10) : 1).End();
        xml.End();
    }

    /// <summary>Opens an axis and writes what both start with, in this order: id, scaling (max before min), shown, position.</summary>
    private static void AxisStart(PartWriter xml, string axis, string id, string orientation, EmotionScale? bounds, string position)
    {
        xml.Start(C, axis);
        xml.Leaf(C, "axId", "val", id);
        xml.Start(C, "scaling");
        xml.Leaf(C, "orientation", "val", orientation);
        if (bounds is not null)
        {
            xml.Start(C, "max").Attr("val", bounds.Max).End();
            xml.Start(C, "min").Attr("val", bounds.Min).End();
        }

        xml.End();
        xml.Leaf(C, "delete", "val", false);
        xml.Leaf(C, "axPos", "val", position);
    }

    /// <summary>The number format, tick marks and label position, in this order on both axes.</summary>
    private static void Ticks(PartWriter xml, bool sourceLinked, string labels)
    {
        xml.Start(C, "numFmt").Attr("formatCode", "General").Attr("sourceLinked", sourceLinked).End();
        xml.Leaf(C, "majorTickMark", "val", "none");
        xml.Leaf(C, "minorTickMark", "val", "none");
        xml.Leaf(C, "tickLblPos", "val", labels);
    }

    private void AxisLine(PartWriter xml, long width)
    {
        xml.Start(A, "ln").Attr("w", width);
        xml.SolidFill(colors.Line);
        xml.End();
    }

    /// <summary>A formula with the cache PowerPoint draws from; the cache holds what the workbook holds.</summary>
    private static void StringReference(PartWriter xml, string formula, IReadOnlyList<string> values)
    {
        xml.Start(C, "strRef");
        xml.Text(C, "f", formula);
        xml.Start(C, "strCache");
        xml.Leaf(C, "ptCount", "val", values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            xml.Start(C, "pt").Attr("idx", i);
            xml.Text(C, "v", values[i]);
            xml.End();
        }

        xml.End();
        xml.End();
    }

    /// <summary>The chart's text: size, ink, fonts of the map's language, and its direction.</summary>
    private void TextProperties(PartWriter xml, long size)
    {
        xml.Start(C, "txPr");
        xml.Empty(A, "bodyPr");
        xml.Empty(A, "lstStyle");
        xml.Start(A, "p");
        xml.Start(A, "pPr");
        if (text.RightToLeft)
        {
            xml.Attr("rtl", "1");
        }

        xml.Start(A, "defRPr").Attr("sz", size);
        xml.Look(text, colors.Ink);
        xml.End();
        xml.End();
        xml.Leaf(A, "endParaRPr", "lang", text.Culture);
        xml.End();
        xml.End();
    }
}
