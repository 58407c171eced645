using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace OfficeJourney.Slides.Tests.Visual;

/// <summary>
/// Reads what a deck shows from its zip with XDocument (sharing nothing with the writer): the slides in presentation
/// order, every shape's box, fill and text, table cells with their own boxes and fills, and the chart text sizes.
/// </summary>
internal static class GeometryReader
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace Rels = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly string[] ShapeKinds = ["sp", "pic", "graphicFrame", "cxnSp"];

    public static DeckGeometry Read(byte[] deck)
    {
        using var zip = new ZipArchive(new MemoryStream(deck));
        XDocument Xml(string part)
        {
            using var stream = (zip.GetEntry(part.TrimStart('/')) ?? throw new InvalidOperationException($"the deck has no {part}")).Open();
            return XDocument.Load(stream);
        }

        var presentation = Xml("ppt/presentation.xml").Root!;
        var size = presentation.Element(P + "sldSz")!;
        var targets = Targets(Xml("ppt/_rels/presentation.xml.rels"), "ppt/");
        var master = OfType(Xml("ppt/_rels/presentation.xml.rels"), "ppt/", "slideMaster");
        var colors = ThemeColors(Xml(OfType(Xml(RelationshipsOf(master)), master[..(master.LastIndexOf('/') + 1)], "theme")));
        var slides = presentation.Descendants(P + "sldId")
            .Select((id, index) => ReadSlide(Xml, targets[id.Attribute(R + "id")!.Value], index + 1, colors))
            .ToList();
        return new DeckGeometry(Long(size, "cx"), Long(size, "cy"), colors["tx1"], slides);
    }

    private static SlideGeometry ReadSlide(Func<string, XDocument> xml, string part, int number, Dictionary<string, string> colors)
    {
        var slide = xml(part).Root!;
        var folder = part[..(part.LastIndexOf('/') + 1)];
        var relationships = Targets(xml(RelationshipsOf(part)), folder);
        var tree = slide.Element(P + "cSld")!.Element(P + "spTree")!;
        var shapes = tree.Descendants().Where(e => e.Name.Namespace == P && ShapeKinds.Contains(e.Name.LocalName))
            .Select((e, order) => ReadShape(e, order, colors)).ToList();
        var title = shapes.Find(s => s.Name == "Title") is { Text: [{ Paragraphs: [var first, ..] }, ..] } ? string.Concat(first.Runs.Select(r => r.Text)) : string.Empty;
        var background = slide.Element(P + "cSld")!.Element(P + "bg")?.Descendants(A + "srgbClr").FirstOrDefault()?.Attribute("val")?.Value ?? colors["bg1"];
        var charts = tree.Descendants().Where(e => e.Name.LocalName == "chart").Select(c => relationships[c.Attribute(R + "id")!.Value])
            .SelectMany(chart => xml(chart).Descendants().Where(e => e.Name.LocalName is "defRPr" or "rPr" && e.Attribute("sz") is not null)
                .Select(e => (chart, int.Parse(e.Attribute("sz")!.Value, CultureInfo.InvariantCulture))))
            .ToList();
        return new SlideGeometry(number, title, background, shapes, charts);
    }

    private static SlideShape ReadShape(XElement shape, int order, Dictionary<string, string> colors)
    {
        var name = shape.Descendants().First(e => e.Name.LocalName == "cNvPr").Attribute("name")?.Value ?? string.Empty;
        var properties = shape.Element(P + "spPr");
        var transform = shape.Name.LocalName == "graphicFrame" ? shape.Element(P + "xfrm") : properties?.Element(A + "xfrm");
        var box = transform is null ? default : new Rect(
            Long(transform.Element(A + "off")!, "x"), Long(transform.Element(A + "off")!, "y"),
            Long(transform.Element(A + "ext")!, "cx"), Long(transform.Element(A + "ext")!, "cy"));
        var fill = Color(properties?.Element(A + "solidFill"), colors);
        var outline = properties?.Element(A + "ln");
        var isLine = shape.Name.LocalName == "cxnSp" || properties?.Element(A + "custGeom") is not null
            || properties?.Element(A + "prstGeom")?.Attribute("prst")?.Value == "line" || box.Width == 0 || box.Height == 0;
        var lineWidth = outline?.Attribute("w") is { } w && outline.Element(A + "noFill") is null ? long.Parse(w.Value, CultureInfo.InvariantCulture) : 0;
        var table = shape.Descendants(A + "tbl").FirstOrDefault();
        var text = table is not null
            ? Cells(table, box, colors)
            : shape.Element(P + "txBody") is { } body ? [new TextArea("text", Inside(box, body.Element(A + "bodyPr")), fill, Paragraphs(body, colors))] : [];
        return new SlideShape(order, name, shape.Name.LocalName, box, fill, isLine, lineWidth, text, table?.Elements(A + "tr").Count() ?? 0);
    }

    /// <summary>Where a shape's text goes: its box less the body's insets (7.2 pt left and right, 3.6 pt top and bottom unless set).</summary>
    private static Rect Inside(Rect box, XElement? bodyProperties)
    {
        long Inset(string side, long otherwise) => bodyProperties?.Attribute(side) is { } value ? long.Parse(value.Value, CultureInfo.InvariantCulture) : otherwise;
        var (left, top, right, bottom) = (Inset("lIns", 91_440), Inset("tIns", 45_720), Inset("rIns", 91_440), Inset("bIns", 45_720));
        return new Rect(box.X + left, box.Y + top, Math.Max(0, box.Width - left - right), Math.Max(0, box.Height - top - bottom));
    }

    /// <summary>Each cell's box from the grid's column widths and the rows' heights, columns running from the right in a right-to-left table.</summary>
    private static List<TextArea> Cells(XElement table, Rect frame, Dictionary<string, string> colors)
    {
        var widths = table.Element(A + "tblGrid")!.Elements(A + "gridCol").Select(c => Long(c, "w")).ToList();
        var rightToLeft = table.Element(A + "tblPr")?.Attribute("rtl")?.Value is "1" or "true";
        var cells = new List<TextArea>();
        var top = frame.Y;
        foreach (var (row, r) in table.Elements(A + "tr").Select((row, r) => (row, r)))
        {
            var height = Long(row, "h");
            var column = 0;
            foreach (var cell in row.Elements(A + "tc"))
            {
                var span = int.Parse(cell.Attribute("gridSpan")?.Value ?? "1", CultureInfo.InvariantCulture);
                var before = widths.Take(column).Sum();
                var width = widths.Skip(column).Take(span).Sum();
                var left = rightToLeft ? frame.X + widths.Sum() - before - width : frame.X + before;
                if (cell.Attribute("hMerge") is null && cell.Attribute("vMerge") is null)
                {
                    var fill = Color(cell.Element(A + "tcPr")?.Element(A + "solidFill"), colors);
                    cells.Add(new TextArea($"row {r + 1} column {column + 1}", new Rect(left, top, width, height), fill, Paragraphs(cell.Element(A + "txBody")!, colors)));
                }

                column += span;
            }

            top += height;
        }

        return cells;
    }

    private static List<TextParagraph> Paragraphs(XElement body, Dictionary<string, string> colors) =>
        [.. body.Elements(A + "p").Select(p => new TextParagraph(
            [.. p.Elements(A + "r").Select(r => Run(r.Element(A + "rPr"), r.Element(A + "t")?.Value ?? string.Empty, colors))],
            Size(p.Element(A + "endParaRPr"))))];

    private static TextRun Run(XElement? properties, string text, Dictionary<string, string> colors) =>
        new(text, Size(properties), properties?.Attribute("b")?.Value is "1" or "true", Color(properties?.Element(A + "solidFill"), colors));

    private static int? Size(XElement? properties) =>
        properties?.Attribute("sz") is { } sz ? int.Parse(sz.Value, CultureInfo.InvariantCulture) : null;

    private static string? Color(XElement? solidFill, Dictionary<string, string> colors)
    {
        if (solidFill?.Element(A + "srgbClr") is { } rgb)
        {
            return rgb.Attribute("val")!.Value.ToUpperInvariant();
        }

        return solidFill?.Element(A + "schemeClr")?.Attribute("val")?.Value is { } scheme && colors.TryGetValue(scheme, out var value) ? value : null;
    }

    /// <summary>The theme's colours by scheme name, with the master's usual mapping (text 1 is dark 1, background 1 is light 1).</summary>
    private static Dictionary<string, string> ThemeColors(XDocument theme)
    {
        var scheme = theme.Descendants(A + "clrScheme").Single();
        var colors = scheme.Elements().ToDictionary(
            e => e.Name.LocalName,
            e => (e.Element(A + "srgbClr")?.Attribute("val")?.Value ?? e.Element(A + "sysClr")?.Attribute("lastClr")?.Value ?? "000000").ToUpperInvariant(),
            StringComparer.Ordinal);
        colors["tx1"] = colors["dk1"];
        colors["bg1"] = colors["lt1"];
        colors["tx2"] = colors["dk2"];
        colors["bg2"] = colors["lt2"];
        return colors;
    }

    private static Dictionary<string, string> Targets(XDocument relationships, string folder) =>
        relationships.Root!.Elements(Rels + "Relationship").Where(r => r.Attribute("TargetMode")?.Value != "External").ToDictionary(
            r => r.Attribute("Id")!.Value,
            r => Resolve(folder, r.Attribute("Target")!.Value),
            StringComparer.Ordinal);

    /// <summary>The first target of a relationship type ("theme", "slideMaster"), wherever the writer put the part.</summary>
    private static string OfType(XDocument relationships, string folder, string type) =>
        Resolve(folder, relationships.Root!.Elements(Rels + "Relationship").First(r => r.Attribute("Type")!.Value.EndsWith("/" + type, StringComparison.Ordinal)).Attribute("Target")!.Value);

    private static string Resolve(string folder, string target)
    {
        var parts = new List<string>();
        foreach (var segment in (target.StartsWith('/') ? target : folder + target).Split('/'))
        {
            if (segment == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (segment is not ("." or ""))
            {
                parts.Add(segment);
            }
        }

        return string.Join('/', parts);
    }

    private static string RelationshipsOf(string part) =>
        part[..(part.LastIndexOf('/') + 1)] + "_rels/" + part[(part.LastIndexOf('/') + 1)..] + ".rels";

    private static long Long(XElement element, string attribute) => long.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);
}
