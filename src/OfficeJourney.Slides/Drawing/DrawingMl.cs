using OfficeJourney.Slides.OpenXml;
using static OfficeJourney.Slides.OpenXml.Ns;

namespace OfficeJourney.Slides.Drawing;

/// <summary>A rectangle on the slide, in EMU.</summary>
internal readonly record struct Box(long X, long Y, long Width, long Height);

/// <summary>
/// The small pieces of DrawingML that slides, tables and charts share, each writing its children in the order the
/// schema wants them: out of order is a validator error, and a repair prompt in PowerPoint.
/// </summary>
internal static class DrawingMl
{
    public static void SolidFill(this PartWriter xml, string color)
    {
        xml.Start(A, "solidFill");
        xml.Leaf(A, "srgbClr", "val", color);
        xml.End();
    }

    /// <summary>A solid fill, or none.</summary>
    public static void Fill(this PartWriter xml, string? color)
    {
        if (color is null)
        {
            xml.Empty(A, "noFill");
        }
        else
        {
            xml.SolidFill(color);
        }
    }

    public static void Transform(this PartWriter xml, Box box, bool flipHorizontal = false)
    {
        xml.Start(A, "xfrm");
        if (flipHorizontal)
        {
            xml.Attr("flipH", "1");
        }

        xml.OffsetAndExtent(box);
        xml.End();
    }

    /// <summary>A preset shape ("rect", "ellipse", "chevron"…) with its default adjustments.</summary>
    public static void PresetGeometry(this PartWriter xml, string preset)
    {
        xml.Start(A, "prstGeom").Attr("prst", preset);
        xml.Empty(A, "avLst");
        xml.End();
    }

    /// <summary>a:off then a:ext; a negative size is written as none.</summary>
    public static void OffsetAndExtent(this PartWriter xml, Box box)
    {
        xml.Start(A, "off").Attr("x", box.X).Attr("y", box.Y).End();
        xml.Start(A, "ext").Attr("cx", Math.Max(0, box.Width)).Attr("cy", Math.Max(0, box.Height)).End();
    }

    /// <summary>A line of a colour (fill, dash, round join), or none.</summary>
    public static void Outline(this PartWriter xml, string? color, double widthPoints, bool dashed = false)
    {
        xml.Start(A, "ln");
        if (color is null)
        {
            xml.Empty(A, "noFill");
            xml.End();
            return;
        }

        xml.Attr("w", Emu.Points(widthPoints));
        xml.SolidFill(color);
        if (dashed)
        {
            xml.Leaf(A, "prstDash", "val", "dash");
        }

        xml.Empty(A, "round");
        xml.End();
    }

    /// <summary>The colour and fonts of a run or of a chart's text: fill, then a:latin, then a:cs (a:ea would sit between).</summary>
    public static void Look(this PartWriter xml, TextStyle text, string? color)
    {
        if (color is not null)
        {
            xml.SolidFill(color);
        }

        xml.Leaf(A, "latin", "typeface", text.LatinFont);
        if (text.ComplexScriptFont is { } cs)
        {
            xml.Leaf(A, "cs", "typeface", cs);
        }
    }
}
