using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;
using static OfficeJourney.Slides.OpenXml.Ns;

namespace OfficeJourney.Slides.Charts;

/// <summary>The pieces every chart part writes the same way, in the order the chart schema asks for them.</summary>
internal static class ChartXml
{
    /// <summary>Opens c:chartSpace and c:chart, and the plot area the chart's series and axes go in.</summary>
    public static void Begin(PartWriter xml)
    {
        xml.Root(C, "chartSpace", A, R);
        xml.Leaf(C, "date1904", "val", false);
        xml.Leaf(C, "roundedCorners", "val", false);
        xml.Start(C, "chart");
        xml.Leaf(C, "autoTitleDeleted", "val", true);
        xml.Start(C, "plotArea");
        xml.Empty(C, "layout");
    }

    /// <summary>
    /// Closes the plot area, writes the legend above the plot when asked (a chart of several series), closes the chart,
    /// then writes the text and, last, the workbook "Edit Data" opens.
    /// </summary>
    public static void End(PartWriter xml, TextStyle text, string ink, string workbookRelationship, bool legend = false)
    {
        xml.End();
        if (legend)
        {
            xml.Start(C, "legend");
            xml.Leaf(C, "legendPos", "val", "t");
            xml.Leaf(C, "overlay", "val", false);
            TextProperties(xml, text, ink, 1200);
            xml.End();
        }

        xml.Leaf(C, "plotVisOnly", "val", true);
        xml.Leaf(C, "dispBlanksAs", "val", "gap");
        xml.End();
        TextProperties(xml, text, ink, 1200);

        // Last in c:chartSpace, after c:txPr.
        xml.Start(C, "externalData").Attr(R, "id", workbookRelationship);
        xml.Leaf(C, "autoUpdate", "val", false);
        xml.End();
    }

    /// <summary>Categories (stages) along the bottom, right to left in a right-to-left deck.</summary>
    public static void CategoryAxis(PartWriter xml, string id, string crossAxis, TextStyle text, ChartColors colors)
    {
        AxisStart(xml, "catAx", id, text.RightToLeft ? "maxMin" : "minMax", max: null, min: null, "b");
        Ticks(xml, sourceLinked: true, labels: "low");
        xml.Start(C, "spPr");
        AxisLine(xml, colors.Line, 9525);
        xml.End();
        TextProperties(xml, text, colors.Ink, 1200);
        xml.Leaf(C, "crossAx", "val", crossAxis);
        xml.Leaf(C, "crosses", "val", "autoZero");
        xml.Leaf(C, "auto", "val", true);
        xml.Leaf(C, "lblAlgn", "val", "ctr");
        xml.Leaf(C, "lblOffset", "val", 100);
        xml.Leaf(C, "noMultiLvlLbl", "val", false);
        xml.End();
    }

    /// <summary>Opens an axis and writes what both start with, in this order: id, scaling (max before min), shown, position.</summary>
    public static void AxisStart(PartWriter xml, string axis, string id, string orientation, double? max, double? min, string position)
    {
        xml.Start(C, axis);
        xml.Leaf(C, "axId", "val", id);
        xml.Start(C, "scaling");
        xml.Leaf(C, "orientation", "val", orientation);
        if (max is { } top)
        {
            xml.Start(C, "max").Attr("val", top).End();
        }

        if (min is { } bottom)
        {
            xml.Start(C, "min").Attr("val", bottom).End();
        }

        xml.End();
        xml.Leaf(C, "delete", "val", false);
        xml.Leaf(C, "axPos", "val", position);
    }

    /// <summary>The number format, tick marks and label position, in this order on both axes.</summary>
    public static void Ticks(PartWriter xml, bool sourceLinked, string labels, string format = "General")
    {
        xml.Start(C, "numFmt").Attr("formatCode", format).Attr("sourceLinked", sourceLinked).End();
        xml.Leaf(C, "majorTickMark", "val", "none");
        xml.Leaf(C, "minorTickMark", "val", "none");
        xml.Leaf(C, "tickLblPos", "val", labels);
    }

    public static void AxisLine(PartWriter xml, string color, long width)
    {
        xml.Start(A, "ln").Attr("w", width);
        xml.SolidFill(color);
        xml.End();
    }

    /// <summary>A formula with the cache PowerPoint draws from; the cache holds what the workbook holds.</summary>
    public static void StringReference(PartWriter xml, string formula, IReadOnlyList<string> values)
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

    /// <summary>Numbers by formula and cache; a missing number is a gap (no c:pt).</summary>
    public static void NumberReference(PartWriter xml, string formula, IReadOnlyList<double?> values, string format = "General")
    {
        xml.Start(C, "numRef");
        xml.Text(C, "f", formula);
        xml.Start(C, "numCache");
        xml.Text(C, "formatCode", format);
        xml.Leaf(C, "ptCount", "val", values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } value)
            {
                xml.Start(C, "pt").Attr("idx", i);
                xml.Text(C, "v", value);
                xml.End();
            }
        }

        xml.End();
        xml.End();
    }

    /// <summary>The chart's text: size, ink, fonts of the map's language, and its direction.</summary>
    public static void TextProperties(PartWriter xml, TextStyle text, string ink, long size)
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
        xml.Look(text, ink);
        xml.End();
        xml.End();
        xml.Leaf(A, "endParaRPr", "lang", text.Culture);
        xml.End();
        xml.End();
    }
}
