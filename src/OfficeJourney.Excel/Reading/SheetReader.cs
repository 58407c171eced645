using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeJourney.Excel.Reading.Formulas;
using OfficeJourney.Grids;
using CellValue = OfficeJourney.Grids.CellValue;
using XmlCellValue = DocumentFormat.OpenXml.Spreadsheet.CellValue;

namespace OfficeJourney.Excel.Reading;

/// <summary>
/// Reads one worksheet with the SDK's forward-only reader into a <see cref="RawSheet"/>: values (cached values for
/// formulas; formulas saved without one are kept as text for <see cref="FormulaEvaluator"/>), merged areas,
/// hidden rows and columns, direction, and the pictures of its drawing.
/// </summary>
internal sealed class SheetReader(string[] sharedStrings, DateFormats dates, WorkbookReadOptions options, string fileName)
{
    private readonly Dictionary<string, (CellAddress Cell, string Text)> sharedFormulas = new(StringComparer.Ordinal);
    private RawSheet sheet = null!;
    private long cellsInWorkbook;

    public RawSheet Read(string name, WorksheetPart part, bool visible)
    {
        sheet = new RawSheet(name, visible);
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
                    sheet.RightToLeft |= Attribute(reader, "rightToLeft") is "1" or "true";
                }
            }
        }

        if (visible && part.DrawingsPart is { } drawing)
        {
            sheet.Pictures = DrawingReader.Read(drawing, options);
        }

        return sheet;
    }

    private int ReadRow(OpenXmlReader reader, int previous)
    {
        var row = int.TryParse(Attribute(reader, "r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : previous + 1;
        if (Attribute(reader, "hidden") is "1" or "true")
        {
            sheet.HiddenRows.Add(row);
        }

        return row;
    }

    private int ReadCell(OpenXmlReader reader, int row, int previousColumn)
    {
        string? reference = null, type = null;
        var style = -1;
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
                case "s":
                    style = int.TryParse(attribute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : -1;
                    break;
            }
        }

        var column = reference is not null && CellAddress.TryParse(reference, out var address) ? address.Column : previousColumn + 1;
        if (reference is not null && CellAddress.TryParse(reference, out var full))
        {
            row = full.Row;
        }

        // Counted before the value is read: an empty cell with a style costs as much to parse as a full one.
        if (++cellsInWorkbook > options.MaxCellsWritten)
        {
            throw new WorkbookRefusedException(
                RefusalReason.TooLarge,
                $"{fileName} has more than {options.MaxCellsWritten} cells written in its sheets (the sheet \"{sheet.Name}\" reached it); OfficeJourney reads journey grids, not data dumps. Save the journey on a workbook of its own.",
                fileName);
        }

        var (value, formula) = ReadValue(reader, type, new CellAddress(row, column));
        if (formula is not null)
        {
            sheet.Formulas.Add(formula);
        }
        else if (!value.IsEmpty)
        {
            sheet.Cells.Add((row, column, dates.Apply(value, style)));
        }

        return column;
    }

    /// <summary>
    /// The text of an inline string: its <c>t</c>, or the <c>t</c> of each run; phonetic guides (<c>rPh</c>) are
    /// not part of the text. Read with the forward reader, not loaded as elements, which costs ten times more.
    /// </summary>
    private static string InlineText(OpenXmlReader reader)
    {
        var text = new System.Text.StringBuilder();
        if (!reader.ReadFirstChild())
        {
            return string.Empty;
        }

        do
        {
            if (reader.IsStartElement && reader.ElementType == typeof(Text))
            {
                text.Append(reader.GetText());
            }
            else if (reader.IsStartElement && reader.ElementType == typeof(Run) && reader.ReadFirstChild())
            {
                do
                {
                    if (reader.IsStartElement && reader.ElementType == typeof(Text))
                    {
                        text.Append(reader.GetText());
                    }
                }
                while (reader.ReadNextSibling());
            }
        }
        while (reader.ReadNextSibling());

        return text.ToString();
    }

    /// <summary>The cell's value, or, for a formula saved without a value, the formula to evaluate later.</summary>
    private (CellValue Value, PendingFormula? Formula) ReadValue(OpenXmlReader reader, string? type, CellAddress cell)
    {
        if (!reader.ReadFirstChild())
        {
            return (CellValue.Empty, null);
        }

        string? raw = null;
        string? inline = null;
        PendingFormula? formula = null;
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
                inline = InlineText(reader);
            }
            else if (reader.ElementType == typeof(CellFormula))
            {
                formula = ReadFormula(reader, cell);
            }
        }
        while (reader.ReadNextSibling());

        // openpyxl and pandas write formulas with an empty <v/> or none at all: there is no value to show.
        if (formula is not null && string.IsNullOrEmpty(raw))
        {
            return (CellValue.Empty, formula);
        }

        return (Value(type, raw, inline), null);
    }

    private PendingFormula ReadFormula(OpenXmlReader reader, CellAddress cell)
    {
        var kind = reader.Attributes.FirstOrDefault(a => a.LocalName == "t").Value;
        var group = reader.Attributes.FirstOrDefault(a => a.LocalName == "si").Value;

        var text = reader.GetText();
        if (kind == "shared" && group is not null)
        {
            // A shared formula is written once, on its first cell; the others name it by group and are copies of it.
            if (text.Length > 0)
            {
                sharedFormulas.TryAdd(group, (cell, text));
            }
            else if (sharedFormulas.TryGetValue(group, out var master))
            {
                return new PendingFormula(cell, master.Text, $"it is a copy of the shared formula in {master.Cell.ToA1()}, saved without its value");
            }

            return new PendingFormula(cell, text, "it is a shared formula saved without its value");
        }

        return kind switch
        {
            "array" => new PendingFormula(cell, text, "it is an array formula"),
            "dataTable" => new PendingFormula(cell, text, "it is a data table"),
            _ => new PendingFormula(cell, text, null),
        };
    }

    private CellValue Value(string? type, string? raw, string? inline)
    {
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
            // Kept as a range: only the columns inside the used range are ever listed (SheetGridBuilder).
            if (min >= 1 && min <= max && max <= CellAddress.MaxColumns)
            {
                sheet.HiddenColumns.Add((min, max));
            }
        }
    }

    private void ReadMerge(OpenXmlReader reader)
    {
        if (Attribute(reader, "ref") is { } reference && CellRange.TryParse(reference, out var range))
        {
            sheet.Merges.Add(range);
        }
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
