using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using OfficeJourney.Grids;

namespace OfficeJourney.Excel.Reading;

/// <summary>
/// Reads the pictures and shapes anchored to a sheet's cells from its drawing part, forward-only with DTDs
/// prohibited: people draw emoji as images on the feelings row and arrows between cells.
/// </summary>
internal static class DrawingReader
{
    private const string SpreadsheetDrawing = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
    private const string Drawing = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private const int MaxShapeText = 200;

    public static IReadOnlyList<CellPicture> Read(DrawingsPart part, WorkbookReadOptions options)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = options.MaxCharactersInPart,
            IgnoreWhitespace = true,
        };
        var pictures = new List<CellPicture>();
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, settings);
        Anchor? anchor = null;
        while (reader.Read() && pictures.Count < options.MaxPicturesPerSheet)
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.NamespaceURI == SpreadsheetDrawing && IsAnchor(reader.LocalName))
            {
                if (anchor?.ToPicture() is { } picture)
                {
                    pictures.Add(picture);
                }

                anchor = null;
                continue;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.NamespaceURI == SpreadsheetDrawing)
            {
                if (IsAnchor(reader.LocalName))
                {
                    // An absolute anchor sits at a position on the page, not on a cell: it is skipped (OneCell stays false, no From).
                    anchor = reader.LocalName == "absoluteAnchor" ? null : new Anchor(reader.LocalName == "oneCellAnchor");
                    if (reader.IsEmptyElement)
                    {
                        anchor = null;
                    }
                }
                else if (anchor is not null)
                {
                    anchor.Read(reader);
                }
            }
            else if (anchor is not null && reader.NamespaceURI == Drawing && reader.LocalName == "t" && anchor.Kind == PictureKind.Shape)
            {
                anchor.AppendText(reader.ReadElementContentAsString());
            }
        }

        return pictures;
    }

    private static bool IsAnchor(string name) => name is "twoCellAnchor" or "oneCellAnchor" or "absoluteAnchor";

    /// <summary>What is known of one anchor while its XML is read.</summary>
    private sealed class Anchor(bool oneCell)
    {
        private readonly StringBuilder text = new();
        private CellAddress? from;
        private CellAddress? to;
        private string? marker;
        private int column = -1;
        private string? description;

        public PictureKind? Kind { get; private set; }

        public void Read(XmlReader reader)
        {
            switch (reader.LocalName)
            {
                case "from" or "to":
                    marker = reader.LocalName;
                    column = -1;
                    break;
                case "col" when marker is not null:
                    column = Number(reader.ReadElementContentAsString());
                    break;
                case "row" when marker is not null && column >= 0:
                    var row = Number(reader.ReadElementContentAsString());
                    if (row >= 0 && row < CellAddress.MaxRows && column < CellAddress.MaxColumns)
                    {
                        var cell = new CellAddress(row + 1, column + 1); // 0-based in the drawing, 1-based in A1
                        (marker == "from" ? ref from : ref to) = cell;
                    }

                    marker = null;
                    break;
                case "pic":
                    Kind ??= PictureKind.Picture;
                    break;
                case "sp":
                    Kind ??= PictureKind.Shape;
                    break;
                case "cxnSp":
                    Kind ??= PictureKind.Connector;
                    break;
                case "graphicFrame":
                    Kind ??= PictureKind.Chart;
                    break;
                case "grpSp":
                    Kind ??= PictureKind.Other;
                    break;
                case "cNvPr" when description is null && Kind is not null:
                    // The object's own properties come first; a group's members are not described one by one.
                    description = NonEmpty(reader.GetAttribute("descr")) ?? NonEmpty(reader.GetAttribute("title")) ?? string.Empty;
                    break;
            }
        }

        public void AppendText(string value)
        {
            if (text.Length <= MaxShapeText)
            {
                text.Append(value);
            }
        }

        public CellPicture? ToPicture()
        {
            if (from is not { } first || Kind is not { } kind)
            {
                return null;
            }

            var last = oneCell || to is not { } end ? first : end;
            var range = new CellRange(
                new CellAddress(Math.Min(first.Row, last.Row), Math.Min(first.Column, last.Column)),
                new CellAddress(Math.Max(first.Row, last.Row), Math.Max(first.Column, last.Column)));
            var shapeText = text.ToString().Trim();
            var described = NonEmpty(description) ?? (kind == PictureKind.Shape && shapeText.Length is > 0 and <= MaxShapeText ? shapeText : null);
            return new CellPicture(range, kind, described);
        }

        private static int Number(string value) =>
            int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;

        private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
