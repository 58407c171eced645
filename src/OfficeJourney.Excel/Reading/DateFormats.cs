using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeJourney.Grids;
using CellValue = OfficeJourney.Grids.CellValue;

namespace OfficeJourney.Excel.Reading;

/// <summary>Which cell styles of a workbook show a number as a date or a time (<see cref="NumberFormats"/>), and in which date system.</summary>
internal sealed class DateFormats
{
    private readonly DisplayedAs[] styles;
    private readonly bool date1904;

    private DateFormats(DisplayedAs[] styles, bool date1904)
    {
        this.styles = styles;
        this.date1904 = date1904;
    }

    public static DateFormats Read(WorkbookPart workbook)
    {
        var date1904 = workbook.Workbook.WorkbookProperties?.Date1904?.Value ?? false;
        if (workbook.WorkbookStylesPart?.Stylesheet?.CellFormats is not { } formats)
        {
            return new DateFormats([], date1904);
        }

        var custom = new Dictionary<uint, DisplayedAs>();
        foreach (var format in workbook.WorkbookStylesPart.Stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id)
            {
                custom[id] = NumberFormats.Of(format.FormatCode?.Value);
            }
        }

        var styles = formats.Elements<CellFormat>()
            .Select(xf => xf.NumberFormatId?.Value is { } id ? (custom.TryGetValue(id, out var shown) ? shown : NumberFormats.OfBuiltIn(id)) : DisplayedAs.Number)
            .ToArray();
        return new DateFormats(styles, date1904);
    }

    /// <summary>The value as Excel shows it when its style (the cell's <c>s</c> index) is a date or a time.</summary>
    public CellValue Apply(CellValue value, int style) =>
        style >= 0 && style < styles.Length ? NumberFormats.Display(value, styles[style], date1904) : value;
}
