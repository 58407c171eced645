using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeJourney.Grids;
using CellValue = OfficeJourney.Grids.CellValue;
using XmlCellValue = DocumentFormat.OpenXml.Spreadsheet.CellValue;

namespace OfficeJourney.Excel.Reading;

/// <summary>
/// Reads one worksheet with the SDK's forward-only reader into a <see cref="SheetGrid"/> of its used range:
/// values (cached values for formulas — nothing is evaluated), merged areas, hidden rows and columns, direction.
/// </summary>
internal sealed class SheetReader(string[] sharedStrings, WorkbookReadOptions options, string fileName)
{
    private readonly List<(int Row, int Column, CellValue Value)> cells = [];
    private readonly List<CellRange> merges = [];
    private readonly HashSet<int> hiddenRows = [];
    private readonly HashSet<int> hiddenColumns = [];
    private bool rightToLeft;

    public SheetGrid Read(string name, WorksheetPart part)
    {
        using (var reader = OpenXmlReader.Create(part))
        {
            var row = 0;
            var column = 0;
            while (reader.Read())
            {
                if (!reader.IsStartElement)
                {
                    continue;
                }

                var type = reader.ElementType;
                if (type == typeof(Row))
                {
                    row = ReadRow(reader, row);
                    column = 0;
                }
                else if (type == typeof(Cell))
                {
                    column = ReadCell(reader, row, column);
                }
                else if (type == typeof(Column))
                {
                    ReadColumn(reader);
                }
                else if (type == typeof(MergeCell))
                {
                    ReadMerge(reader);
                }
                else if (type == typeof(SheetView))
                {
                    rightToLeft |= Attribute(reader, "rightToLeft") is "1" or "true";
                }
            }
        }

        return BuildGrid(name);
    }

    private int ReadRow(OpenXmlReader reader, int previous)
    {
        var row = int.TryParse(Attribute(reader, "r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : previous + 1;
        if (Attribute(reader, "hidden") is "1" or "true")
        {
            hiddenRows.Add(row);
        }

        return row;
    }

    private int ReadCell(OpenXmlReader reader, int row, int previousColumn)
    {
        string? reference = null, type = null;
        foreach (var attribute in reader.Attributes)
        {
            switch (attribute.LocalName)
            {
                case "r":
                    reference = attribute.Value;
                    break;
                case "t":
                    type = attribute.Value;
                    break;
            }
        }

        var column = reference is not null && CellAddress.TryParse(reference, out var address) ? address.Column : previousColumn + 1;
        if (reference is not null && CellAddress.TryParse(reference, out var full))
        {
            row = full.Row;
        }

        var value = ReadValue(reader, type);
        if (!value.IsEmpty)
        {
            cells.Add((row, column, value));
            if (cells.Count > options.MaxCellsPerSheet)
            {
                throw new WorkbookRefusedException(RefusalReasons.TooLarge, $"{fileName} has more than {options.MaxCellsPerSheet} filled cells on one sheet; OfficeJourney reads journey grids, not data dumps.", fileName);
            }
        }

        return column;
    }

    private CellValue ReadValue(OpenXmlReader reader, string? type)
    {
        if (!reader.ReadFirstChild())
        {
            return CellValue.Empty;
        }

        string? raw = null;
        string? inline = null;
        do
        {
            if (!reader.IsStartElement)
            {
                continue;
            }

            if (reader.ElementType == typeof(XmlCellValue))
            {
                raw = reader.GetText();
            }
            else if (reader.ElementType == typeof(InlineString))
            {
                inline = ((InlineString)reader.LoadCurrentElement()!).InnerText;
            }
        }
        while (reader.ReadNextSibling());

        return type switch
        {
            "s" => int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Length
                ? CellValue.FromText(sharedStrings[index])
                : CellValue.Empty,
            "inlineStr" => CellValue.FromText(inline),
            "str" or "d" => CellValue.FromText(raw),
            "b" => raw is null ? CellValue.Empty : CellValue.FromBoolean(raw == "1"),
            "e" => raw is null ? CellValue.Empty : CellValue.FromError(raw),
            _ => raw is not null && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? CellValue.FromNumber(number)
                : CellValue.FromText(raw),
        };
    }

    private void ReadColumn(OpenXmlReader reader)
    {
        if (Attribute(reader, "hidden") is not ("1" or "true"))
        {
            return;
        }

        if (int.TryParse(Attribute(reader, "min"), NumberStyles.None, CultureInfo.InvariantCulture, out var min)
            && int.TryParse(Attribute(reader, "max"), NumberStyles.None, CultureInfo.InvariantCulture, out var max))
        {
            // A hidden range reaching the last column (XFD) is common; only columns near the data matter.
            for (var c = min; c <= Math.Min(max, min + 1024); c++)
            {
                hiddenColumns.Add(c);
            }
        }
    }

    private void ReadMerge(OpenXmlReader reader)
    {
        if (Attribute(reader, "ref") is { } reference && CellRange.TryParse(reference, out var range))
        {
            merges.Add(range);
        }
    }

    private SheetGrid BuildGrid(string name)
    {
        if (cells.Count == 0)
        {
            return new SheetGrid(name, new CellAddress(1, 1), 0, 0, [], rightToLeft: rightToLeft);
        }

        int top = int.MaxValue, left = int.MaxValue, bottom = 0, right = 0;
        foreach (var (r, c, _) in cells)
        {
            top = Math.Min(top, r);
            bottom = Math.Max(bottom, r);
            left = Math.Min(left, c);
            right = Math.Max(right, c);
        }

        // Merged areas that start with a value may reach past the last value (a title merged across).
        foreach (var merge in merges)
        {
            if (merge.First.Row >= top && merge.First.Row <= bottom && merge.First.Column >= left && merge.First.Column <= right)
            {
                bottom = Math.Max(bottom, Math.Min(merge.Last.Row, bottom + 64));
                right = Math.Max(right, Math.Min(merge.Last.Column, right + 64));
            }
        }

        var rows = bottom - top + 1;
        var columns = right - left + 1;
        if ((long)rows * columns > options.MaxCellsPerSheet)
        {
            throw new WorkbookRefusedException(
                RefusalReasons.TooLarge,
                $"{fileName}: the sheet \"{name}\" uses {rows} rows × {columns} columns; OfficeJourney reads at most {options.MaxCellsPerSheet} cells a sheet.",
                fileName);
        }

        var values = new CellValue[rows * columns];
        foreach (var (r, c, value) in cells)
        {
            values[((r - top) * columns) + (c - left)] = value;
        }

        return new SheetGrid(name, new CellAddress(top, left), rows, columns, values, merges, hiddenRows, hiddenColumns, rightToLeft);
    }

    private static string? Attribute(OpenXmlReader reader, string localName)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == localName)
            {
                return attribute.Value;
            }
        }

        return null;
    }
}
