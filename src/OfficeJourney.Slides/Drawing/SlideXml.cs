using System.Globalization;
using System.Xml;
using OfficeJourney.Slides.OpenXml;

namespace OfficeJourney.Slides.Drawing;

/// <summary>A rectangle on the slide, in EMU.</summary>
internal readonly record struct Box(long X, long Y, long Width, long Height)
{
    public long Right => X + Width;

    public long Bottom => Y + Height;
}

/// <summary>A table cell: paragraphs and an optional fill.</summary>
internal sealed record TableCell(IReadOnlyList<Paragraph> Paragraphs, string? Fill = null);

/// <summary>
/// Writes one slide's XML straight into its part, in schema order, with shape ids unique on the slide.
/// Numbers go through <see cref="CultureInfo.InvariantCulture"/> only.
/// </summary>
internal sealed class SlideXml : IDisposable
{
    private const string A = ScaffoldParts.MainNs;
    private const string P = ScaffoldParts.PresentationNs;
    private const string R = ScaffoldParts.RelationshipsNs;
    private static readonly XmlWriterSettings Settings = new() { Encoding = new System.Text.UTF8Encoding(false), CloseOutput = true };

    private readonly XmlWriter xml;
    private readonly TextStyle text;
    private int nextId = 2;

    public SlideXml(Stream output, TextStyle text, string root = "sld")
    {
        this.text = text;
        xml = XmlWriter.Create(output, Settings);
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("p", root, P);
        xml.WriteAttributeString("xmlns", "a", null, A);
        xml.WriteAttributeString("xmlns", "r", null, R);
        xml.WriteStartElement("p", "cSld", P);
        xml.WriteStartElement("p", "spTree", P);
        xml.WriteRaw("<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>");
    }

    /// <summary>A shape (rectangle, chevron, ellipse…) with optional fill, outline and text.</summary>
    public void Shape(string name, string preset, Box box, string? fill, string? line, IReadOnlyList<Paragraph>? paragraphs = null, Align vertical = Align.Start, bool textBox = false, double lineWidthPoints = 1, bool flipHorizontal = false, bool dashed = false, double insetPoints = 6)
    {
        xml.WriteStartElement("p", "sp", P);
        xml.WriteStartElement("p", "nvSpPr", P);
        NonVisual(name);
        xml.WriteStartElement("p", "cNvSpPr", P);
        if (textBox)
        {
            xml.WriteAttributeString("txBox", "1");
        }

        xml.WriteEndElement();
        xml.WriteElementString("p", "nvPr", P, string.Empty);
        xml.WriteEndElement();

        xml.WriteStartElement("p", "spPr", P);
        Transform(box, flipHorizontal);
        xml.WriteStartElement("a", "prstGeom", A);
        xml.WriteAttributeString("prst", preset);
        xml.WriteElementString("a", "avLst", A, string.Empty);
        xml.WriteEndElement();
        Fill(fill);
        Outline(line, lineWidthPoints, dashed);
        xml.WriteEndElement();

        TextBody("p", paragraphs ?? [], vertical, inset: Emu.Points(insetPoints));
        xml.WriteEndElement();
    }

    /// <summary>A polyline through points (an emotion curve), editable as a freeform.</summary>
    public void Polyline(string name, IReadOnlyList<(long X, long Y)> points, string color, double widthPoints)
    {
        var left = points.Min(p => p.X);
        var top = points.Min(p => p.Y);
        var width = Math.Max(1, points.Max(p => p.X) - left);
        var height = Math.Max(1, points.Max(p => p.Y) - top);
        xml.WriteStartElement("p", "sp", P);
        xml.WriteStartElement("p", "nvSpPr", P);
        NonVisual(name);
        xml.WriteElementString("p", "cNvSpPr", P, string.Empty);
        xml.WriteElementString("p", "nvPr", P, string.Empty);
        xml.WriteEndElement();
        xml.WriteStartElement("p", "spPr", P);
        Transform(new Box(left, top, width, height), flipHorizontal: false);
        xml.WriteRaw("<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l=\"0\" t=\"0\" r=\"r\" b=\"b\"/><a:pathLst>");
        xml.WriteStartElement("a", "path", A);
        xml.WriteAttributeString("w", Invariant(width));
        xml.WriteAttributeString("h", Invariant(height));
        for (var i = 0; i < points.Count; i++)
        {
            xml.WriteStartElement("a", i == 0 ? "moveTo" : "lnTo", A);
            xml.WriteStartElement("a", "pt", A);
            xml.WriteAttributeString("x", Invariant(points[i].X - left));
            xml.WriteAttributeString("y", Invariant(points[i].Y - top));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteRaw("</a:pathLst></a:custGeom><a:noFill/>");
        Outline(color, widthPoints);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>A native table: column widths, then rows of cells.</summary>
    public void Table(string name, Box box, IReadOnlyList<long> columns, IReadOnlyList<(long Height, IReadOnlyList<TableCell> Cells)> rows, string lineColor)
    {
        BeginGraphicFrame(name, box, "<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/>", "http://schemas.openxmlformats.org/drawingml/2006/table");
        xml.WriteStartElement("a", "tbl", A);
        xml.WriteStartElement("a", "tblPr", A);
        if (text.RightToLeft)
        {
            xml.WriteAttributeString("rtl", "1");
        }

        xml.WriteAttributeString("firstRow", "1");
        xml.WriteEndElement();
        xml.WriteStartElement("a", "tblGrid", A);
        foreach (var width in columns)
        {
            xml.WriteStartElement("a", "gridCol", A);
            xml.WriteAttributeString("w", Invariant(width));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        foreach (var (height, cells) in rows)
        {
            xml.WriteStartElement("a", "tr", A);
            xml.WriteAttributeString("h", Invariant(height));
            foreach (var cell in cells)
            {
                xml.WriteStartElement("a", "tc", A);
                TextBody("a", cell.Paragraphs, Align.Start, inset: Emu.Points(4), table: true);
                xml.WriteStartElement("a", "tcPr", A);
                foreach (var margin in new[] { "marL", "marR", "marT", "marB" })
                {
                    xml.WriteAttributeString(margin, Invariant(Emu.Points(4)));
                }

                foreach (var edge in new[] { "lnL", "lnR", "lnT", "lnB" })
                {
                    xml.WriteStartElement("a", edge, A);
                    xml.WriteAttributeString("w", "9525");
                    SolidFill(lineColor);
                    xml.WriteEndElement();
                }

                if (cell.Fill is { } fill)
                {
                    SolidFill(fill);
                }

                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>A chart frame pointing at a chart part.</summary>
    public void Chart(string name, Box box, string relationshipId)
    {
        BeginGraphicFrame(name, box, "<p:cNvGraphicFramePr/><p:nvPr/>", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        xml.WriteStartElement("c", "chart", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        xml.WriteAttributeString("r", "id", R, relationshipId);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>The notes body placeholder of a notes slide.</summary>
    public void NotesBody(IReadOnlyList<Paragraph> paragraphs)
    {
        xml.WriteStartElement("p", "sp", P);
        xml.WriteStartElement("p", "nvSpPr", P);
        NonVisual("Notes Placeholder 2");
        xml.WriteRaw("<p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"body\" idx=\"1\"/></p:nvPr>");
        xml.WriteEndElement();
        xml.WriteElementString("p", "spPr", P, string.Empty);
        TextBody("p", paragraphs, Align.Start, inset: null);
        xml.WriteEndElement();
    }

    public void Dispose()
    {
        xml.WriteEndElement(); // spTree
        xml.WriteEndElement(); // cSld
        xml.WriteRaw("<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>");
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Dispose();
    }

    /// <summary>Opens p:graphicFrame … a:graphicData; the caller writes the graphic and closes the three elements.</summary>
    private void BeginGraphicFrame(string name, Box box, string nonVisualFrame, string uri)
    {
        xml.WriteStartElement("p", "graphicFrame", P);
        xml.WriteStartElement("p", "nvGraphicFramePr", P);
        NonVisual(name);
        xml.WriteRaw(nonVisualFrame);
        xml.WriteEndElement();
        xml.WriteStartElement("p", "xfrm", P);
        Offset(box);
        xml.WriteEndElement();
        xml.WriteStartElement("a", "graphic", A);
        xml.WriteStartElement("a", "graphicData", A);
        xml.WriteAttributeString("uri", uri);
    }

    private void NonVisual(string name)
    {
        xml.WriteStartElement("p", "cNvPr", P);
        xml.WriteAttributeString("id", Invariant(nextId++));
        xml.WriteAttributeString("name", name);
        xml.WriteEndElement();
    }

    private void Transform(Box box, bool flipHorizontal)
    {
        xml.WriteStartElement("a", "xfrm", A);
        if (flipHorizontal)
        {
            xml.WriteAttributeString("flipH", "1");
        }

        Offset(box);
        xml.WriteEndElement();
    }

    private void Offset(Box box)
    {
        xml.WriteStartElement("a", "off", A);
        xml.WriteAttributeString("x", Invariant(box.X));
        xml.WriteAttributeString("y", Invariant(box.Y));
        xml.WriteEndElement();
        xml.WriteStartElement("a", "ext", A);
        xml.WriteAttributeString("cx", Invariant(Math.Max(0, box.Width)));
        xml.WriteAttributeString("cy", Invariant(Math.Max(0, box.Height)));
        xml.WriteEndElement();
    }

    private void Fill(string? color)
    {
        if (color is null)
        {
            xml.WriteElementString("a", "noFill", A, string.Empty);
        }
        else
        {
            SolidFill(color);
        }
    }

    private void Outline(string? color, double widthPoints, bool dashed = false)
    {
        xml.WriteStartElement("a", "ln", A);
        if (color is not null)
        {
            xml.WriteAttributeString("w", Invariant(Emu.Points(widthPoints)));
            SolidFill(color);
            if (dashed)
            {
                xml.WriteStartElement("a", "prstDash", A);
                xml.WriteAttributeString("val", "dash");
                xml.WriteEndElement();
            }

            xml.WriteElementString("a", "round", A, string.Empty);
        }
        else
        {
            xml.WriteElementString("a", "noFill", A, string.Empty);
        }

        xml.WriteEndElement();
    }

    private void SolidFill(string color)
    {
        xml.WriteStartElement("a", "solidFill", A);
        xml.WriteStartElement("a", "srgbClr", A);
        xml.WriteAttributeString("val", color);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private void TextBody(string prefix, IReadOnlyList<Paragraph> paragraphs, Align vertical, long? inset, bool table = false)
    {
        xml.WriteStartElement(prefix, "txBody", prefix == "p" ? P : A);
        xml.WriteStartElement("a", "bodyPr", A);
        if (!table)
        {
            xml.WriteAttributeString("wrap", "square");
            if (inset is { } i)
            {
                foreach (var side in new[] { "lIns", "tIns", "rIns", "bIns" })
                {
                    xml.WriteAttributeString(side, Invariant(i));
                }
            }

            xml.WriteAttributeString("rtlCol", "0");
            xml.WriteAttributeString("anchor", vertical switch { Align.Center => "ctr", Align.End => "b", _ => "t" });
            xml.WriteElementString("a", "normAutofit", A, string.Empty);
        }

        xml.WriteEndElement();
        xml.WriteElementString("a", "lstStyle", A, string.Empty);
        if (paragraphs.Count == 0)
        {
            xml.WriteStartElement("a", "p", A);
            xml.WriteStartElement("a", "endParaRPr", A);
            xml.WriteAttributeString("lang", text.LanguageTag);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        foreach (var paragraph in paragraphs)
        {
            WriteParagraph(paragraph);
        }

        xml.WriteEndElement();
    }

    private void WriteParagraph(Paragraph paragraph)
    {
        xml.WriteStartElement("a", "p", A);
        xml.WriteStartElement("a", "pPr", A);
        if (paragraph.Bullet)
        {
            xml.WriteAttributeString("marL", Invariant(Emu.Points(14)));
            xml.WriteAttributeString("indent", Invariant(-Emu.Points(14)));
        }

        var align = (paragraph.Align, text.RightToLeft) switch
        {
            (Align.Center, _) => "ctr",
            (Align.Start, true) or (Align.End, false) => "r",
            _ => "l",
        };
        xml.WriteAttributeString("algn", align);
        xml.WriteAttributeString("rtl", text.RightToLeft ? "1" : "0");
        if (paragraph.Bullet)
        {
            xml.WriteRaw("<a:buFont typeface=\"Arial\"/><a:buChar char=\"•\"/>");
        }
        else
        {
            xml.WriteElementString("a", "buNone", A, string.Empty);
        }

        xml.WriteEndElement();
        if (paragraph.Prefix is { } prefix)
        {
            Run(prefix, paragraph with { Color = paragraph.PrefixColor ?? paragraph.Color, Bold = true });
        }

        Run(paragraph.Text, paragraph);
        xml.WriteEndElement();
    }

    private void Run(string content, Paragraph style)
    {
        xml.WriteStartElement("a", "r", A);
        xml.WriteStartElement("a", "rPr", A);
        xml.WriteAttributeString("lang", text.LanguageTag);
        xml.WriteAttributeString("sz", Invariant((long)Math.Round(style.Size * 100)));
        xml.WriteAttributeString("b", style.Bold ? "1" : "0");
        xml.WriteAttributeString("dirty", "0");
        if (style.Color is { } color)
        {
            SolidFill(color);
        }

        // Schema order: latin, ea, cs.
        xml.WriteStartElement("a", "latin", A);
        xml.WriteAttributeString("typeface", DeckTheme.LatinFont);
        xml.WriteEndElement();
        if (text.ComplexScriptFont is { } cs)
        {
            xml.WriteStartElement("a", "cs", A);
            xml.WriteAttributeString("typeface", cs);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteElementString("a", "t", A, Clean(content));
        xml.WriteEndElement();
    }

    // XML 1.0 cannot carry most control characters; a workbook can.
    private static string Clean(string content) =>
        content.Any(c => char.IsControl(c) && c is not '\t')
            ? new string([.. content.Select(c => char.IsControl(c) && c is not '\t' ? ' ' : c)])
            : content;

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
