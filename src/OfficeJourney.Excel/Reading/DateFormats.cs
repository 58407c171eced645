using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeJourney.Grids;
using CellValue = OfficeJourney.Grids.CellValue;

namespace OfficeJourney.Excel.Reading;

/// <summary>
/// Which cell styles show a number as a date or a time. Excel stores "07:00" as 0.2916… and "1 March" as 45717;
/// a day-in-the-life sheet whose stages are times must read as "07:00", as Excel shows it, not as a fraction.
/// Dates and times are written culture-invariantly: <c>yyyy-MM-dd</c>, <c>HH:mm</c>, <c>yyyy-MM-dd HH:mm</c>.
/// </summary>
internal sealed class DateFormats
{
    private enum Kind : byte
    {
        Number,
        Date,
        Time,
        DateTime,
    }

    private static readonly DateTime Epoch1900 = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly DateTime Epoch1904 = new(1904, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    // Excel's last day, 9999-12-31: a larger serial is no date, whatever its style says.
    private const double MaxSerial = 2_958_465;

    private readonly Kind[] styles;
    private readonly DateTime epoch;

    private DateFormats(Kind[] styles, bool date1904)
    {
        this.styles = styles;
        epoch = date1904 ? Epoch1904 : Epoch1900;
    }

    public static DateFormats Read(WorkbookPart workbook)
    {
        var date1904 = workbook.Workbook.WorkbookProperties?.Date1904?.Value ?? false;
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is not { } formats)
        {
            return new DateFormats([], date1904);
        }

        var custom = new Dictionary<uint, Kind>();
        foreach (var format in stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id && format.FormatCode?.Value is { } code)
            {
                custom[id] = KindOf(code);
            }
        }

        var kinds = formats.Elements<CellFormat>()
            .Select(xf => xf.NumberFormatId?.Value is { } id ? (custom.TryGetValue(id, out var kind) ? kind : BuiltIn(id)) : Kind.Number)
            .ToArray();
        return new DateFormats(kinds, date1904);
    }

    /// <summary>The value as Excel shows it when its style is a date or a time; otherwise the value itself.</summary>
    public CellValue Apply(CellValue value, int style)
    {
        if (value.Kind != CellValueKind.Number || style < 0 || style >= styles.Length || styles[style] == Kind.Number
            || value.Number < 0 || value.Number > MaxSerial)
        {
            return value;
        }

        // Round to the second: 07:00 is stored as 0.29166…, a hair under seven.
        var days = Math.Floor(value.Number);
        var seconds = Math.Round((value.Number - days) * 86_400);
        var moment = epoch.AddDays(days).AddSeconds(seconds);
        var time = seconds % 60 == 0 ? "HH:mm" : "HH:mm:ss";
        var text = styles[style] switch
        {
            Kind.Date => moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Kind.Time => moment.ToString(time, CultureInfo.InvariantCulture),
            _ => moment.ToString("yyyy-MM-dd " + time, CultureInfo.InvariantCulture),
        };
        return CellValue.FromText(text);
    }

    // ECMA-376 §18.8.30: the built-in formats that show dates (14–17, 27–36, 50–58), times (18–21, 45–47), both (22).
    private static Kind BuiltIn(uint id) => id switch
    {
        14 or 15 or 16 or 17 or (>= 27 and <= 36) or (>= 50 and <= 58) => Kind.Date,
        18 or 19 or 20 or 21 or 45 or 46 or 47 => Kind.Time,
        22 => Kind.DateTime,
        _ => Kind.Number,
    };

    /// <summary>What a custom format code shows: "d/m/yyyy", "hh:mm AM/PM", "[h]:mm", "yyyy-mm-dd hh:mm".</summary>
    private static Kind KindOf(string code)
    {
        bool date = false, time = false, quoted = false, bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = char.ToLowerInvariant(code[i]);
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (quoted)
            {
                continue;
            }
            else if (c == '\\' || c == '_' || c == '*')
            {
                i++; // the next character is shown as it is
            }
            else if (c == '[')
            {
                bracket = true;
                time |= i + 1 < code.Length && char.ToLowerInvariant(code[i + 1]) is 'h' or 'm' or 's'; // elapsed time: [h]:mm
            }
            else if (c == ']')
            {
                bracket = false;
            }
            else if (c == ';')
            {
                break; // the first section (positive numbers) tells
            }
            else if (!bracket)
            {
                date |= c is 'y' or 'd';
                time |= c is 'h' or 's';
            }
        }

        return date && time ? Kind.DateTime : date ? Kind.Date : time ? Kind.Time : Kind.Number;
    }
}
