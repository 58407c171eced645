using OfficeJourney.Slides.OpenXml;
using static OfficeJourney.Slides.OpenXml.Ns;

namespace OfficeJourney.Slides.Drawing;

/// <summary>A table cell: paragraphs and an optional fill.</summary>
internal sealed record TableCell(IReadOnlyList<Paragraph> Paragraphs, string? Fill = null);

/// <summary>Writes one slide's (or notes slide's) shape tree straight into its part, with shape ids unique on the slide.</summary>
internal sealed partial class SlideXml : IDisposable
{
    // The uri a:blip's extension is known by when it holds an SVG (asvg:svgBlip).
    private const string SvgBlipExtension = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";

    private static readonly string[] CellMargins = ["marL", "marR", "marT", "marB"];
    private static readonly string[] CellEdges = ["lnL", "lnR", "lnT", "lnB"];
    private static readonly string[] GuideLists = ["avLst", "gdLst", "ahLst", "cxnLst"];

    private readonly PartWriter xml;
    private readonly TextStyle text;
    private int nextId = 2;

    public SlideXml(Stream output, TextStyle text, string root = "sld")
    {
        this.text = text;
        xml = new PartWriter(output);
        xml.Root(P, root, A, R);
        xml.Start(P, "cSld");
        xml.Start(P, "spTree");

        // The tree's own group: id 1, at the origin, no size.
        xml.Start(P, "nvGrpSpPr");
        xml.Start(P, "cNvPr").Attr("id", 1).Attr("name", string.Empty).End();
        xml.Empty(P, "cNvGrpSpPr");
        xml.Empty(P, "nvPr");
        xml.End();
        xml.Start(P, "grpSpPr");
        xml.Start(A, "xfrm");
        xml.OffsetAndExtent(default);
        xml.Start(A, "chOff").Attr("x", 0).Attr("y", 0).End();
        xml.Start(A, "chExt").Attr("cx", 0).Attr("cy", 0).End();
        xml.End();
        xml.End();
    }

    /// <summary>A shape (rectangle, chevron, ellipse…) with optional fill, outline and text.</summary>
    public void Shape(string name, string preset, Box box, string? fill, string? line, IReadOnlyList<Paragraph>? paragraphs = null, Align vertical = Align.Start, bool textBox = false, double lineWidthPoints = 1, bool flipHorizontal = false, bool dashed = false, double insetPoints = 6)
    {
        xml.Start(P, "sp");
        xml.Start(P, "nvSpPr");
        NonVisual(name);
        xml.Start(P, "cNvSpPr");
        if (textBox)
        {
            xml.Attr("txBox", "1");
        }

        xml.End();
        xml.Empty(P, "nvPr");
        xml.End();

        xml.Start(P, "spPr");
        xml.Transform(box, flipHorizontal);
        xml.PresetGeometry(preset);
        xml.Fill(fill);
        xml.Outline(line, lineWidthPoints, dashed);
        xml.End();

        xml.TextBody(text, paragraphs ?? [], vertical, inset: Emu.Points(insetPoints));
        xml.End();
    }

    /// <summary>A polyline through points (an emotion curve), editable as a freeform.</summary>
    public void Polyline(string name, IReadOnlyList<(long X, long Y)> points, string color, double widthPoints)
    {
        var left = points.Min(p => p.X);
        var top = points.Min(p => p.Y);
        var width = Math.Max(1, points.Max(p => p.X) - left);
        var height = Math.Max(1, points.Max(p => p.Y) - top);
        xml.Start(P, "sp");
        xml.Start(P, "nvSpPr");
        NonVisual(name);
        xml.Empty(P, "cNvSpPr");
        xml.Empty(P, "nvPr");
        xml.End();
        xml.Start(P, "spPr");
        xml.Transform(new Box(left, top, width, height));
        xml.Start(A, "custGeom");
        foreach (var list in GuideLists)
        {
            xml.Empty(A, list);
        }

        xml.Start(A, "rect").Attr("l", "0").Attr("t", "0").Attr("r", "r").Attr("b", "b").End();
        xml.Start(A, "pathLst");
        xml.Start(A, "path").Attr("w", width).Attr("h", height);
        for (var i = 0; i < points.Count; i++)
        {
            xml.Start(A, i == 0 ? "moveTo" : "lnTo");
            xml.Start(A, "pt").Attr("x", points[i].X - left).Attr("y", points[i].Y - top).End();
            xml.End();
        }

        xml.End();
        xml.End();
        xml.End();
        xml.Empty(A, "noFill");
        xml.Outline(color, widthPoints);
        xml.End();
        xml.End();
    }

    /// <summary>
    /// A native table: column widths, then rows of cells; cells keep 4 pt of margin left and right,
    /// <paramref name="verticalMarginPoints"/> above and below. A right-to-left table is mirrored by the renderer, unless
    /// its columns are already given in <paramref name="visualOrder"/> (LibreOffice does not mirror tables, so a table
    /// that must line up with shapes is written as it is seen).
    /// </summary>
    public void Table(string name, Box box, IReadOnlyList<long> columns, IReadOnlyList<(long Height, IReadOnlyList<TableCell> Cells)> rows, string lineColor, double verticalMarginPoints = 4, bool visualOrder = false)
    {
        BeginGraphicFrame(name, box, Ns.TableGraphic, lockGrouping: true);
        xml.Start(A, "tbl");
        xml.Start(A, "tblPr");
        if (text.RightToLeft && !visualOrder)
        {
            xml.Attr("rtl", "1");
        }

        xml.Attr("firstRow", "1").End();
        xml.Start(A, "tblGrid");
        foreach (var width in columns)
        {
            xml.Leaf(A, "gridCol", "w", width);
        }

        xml.End();
        foreach (var (height, cells) in rows)
        {
            // An empty cell (a stage without opportunities, the rest of a split row) holds a line of the row's size: a
            // line of no size is the renderer's 18 pt, and LibreOffice grew rows past their measure with it.
            var lineSize = cells.SelectMany(c => c.Paragraphs).Select(p => (double?)p.Size).Max();
            xml.Start(A, "tr").Attr("h", height);
            foreach (var cell in cells)
            {
                xml.Start(A, "tc");
                xml.TextBody(text, cell.Paragraphs, Align.Start, inset: null, table: true, emptySize: lineSize);
                xml.Start(A, "tcPr");
                foreach (var margin in CellMargins)
                {
                    xml.Attr(margin, Emu.Points(margin is "marT" or "marB" ? verticalMarginPoints : 4));
                }

                // Schema order: the four edges, then the cell's fill.
                foreach (var edge in CellEdges)
                {
                    xml.Start(A, edge).Attr("w", "9525");
                    xml.SolidFill(lineColor);
                    xml.End();
                }

                if (cell.Fill is { } fill)
                {
                    xml.SolidFill(fill);
                }

                xml.End();
                xml.End();
            }

            xml.End();
        }

        xml.End();
        EndGraphicFrame();
    }

    /// <summary>A chart frame pointing at a chart part by its relationship id.</summary>
    public void Chart(string name, Box box, string relationshipId)
    {
        BeginGraphicFrame(name, box, C.Uri, lockGrouping: false);
        xml.Start(C, "chart").Attr(R, "id", relationshipId).End();
        EndGraphicFrame();
    }

    /// <summary>
    /// A picture as PowerPoint inserts an icon: a:blip embeds the PNG every reader shows, its extension the SVG that
    /// PowerPoint 2016 and later draw; <paramref name="description"/> is its alt text.
    /// </summary>
    public void Picture(string name, Box box, IconIds image, string description)
    {
        xml.Start(P, "pic");
        xml.Start(P, "nvPicPr");
        xml.Start(P, "cNvPr").Attr("id", nextId++).Attr("name", name).Attr("descr", description).End();
        xml.Start(P, "cNvPicPr");
        xml.Leaf(A, "picLocks", "noChangeAspect", true);
        xml.End();
        xml.Empty(P, "nvPr");
        xml.End();

        xml.Start(P, "blipFill");
        xml.Start(A, "blip").Attr(R, "embed", image.Png);
        xml.Start(A, "extLst");
        xml.Start(A, "ext").Attr("uri", SvgBlipExtension);
        xml.Start(ASvg, "svgBlip").Attr(R, "embed", image.Svg).End();
        xml.End();
        xml.End();
        xml.End();
        xml.Start(A, "stretch");
        xml.Empty(A, "fillRect");
        xml.End();
        xml.End();

        xml.Start(P, "spPr");
        xml.Transform(box);
        xml.PresetGeometry("rect");
        xml.End();
        xml.End();
    }

    /// <summary>The notes body placeholder of a notes slide.</summary>
    public void NotesBody(IReadOnlyList<Paragraph> paragraphs)
    {
        xml.Start(P, "sp");
        xml.Start(P, "nvSpPr");
        NonVisual("Notes Placeholder 2");
        xml.Start(P, "cNvSpPr");
        xml.Leaf(A, "spLocks", "noGrp", true);
        xml.End();
        xml.Start(P, "nvPr");
        xml.Start(P, "ph").Attr("type", "body").Attr("idx", 1).End();
        xml.End();
        xml.End();
        xml.Empty(P, "spPr");
        xml.TextBody(text, paragraphs, Align.Start, inset: null);
        xml.End();
    }

    public void Dispose()
    {
        xml.End(); // spTree
        xml.End(); // cSld
        xml.Start(P, "clrMapOvr");
        xml.Empty(A, "masterClrMapping");
        xml.End();
        xml.Dispose();
    }

    /// <summary>Opens p:graphicFrame … a:graphicData; the caller writes the graphic, then <see cref="EndGraphicFrame"/>.</summary>
    private void BeginGraphicFrame(string name, Box box, string uri, bool lockGrouping)
    {
        xml.Start(P, "graphicFrame");
        xml.Start(P, "nvGraphicFramePr");
        NonVisual(name);
        xml.Start(P, "cNvGraphicFramePr");
        if (lockGrouping)
        {
            xml.Leaf(A, "graphicFrameLocks", "noGrp", true);
        }

        xml.End();
        xml.Empty(P, "nvPr");
        xml.End();
        xml.Start(P, "xfrm");
        xml.OffsetAndExtent(box);
        xml.End();
        xml.Start(A, "graphic");
        xml.Start(A, "graphicData").Attr("uri", uri);
    }

    private void EndGraphicFrame()
    {
        xml.End(); // graphicData
        xml.End(); // graphic
        xml.End(); // graphicFrame
    }

    private void NonVisual(string name) => xml.Start(P, "cNvPr").Attr("id", nextId++).Attr("name", name).End();
}
