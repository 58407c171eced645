using System.Globalization;

namespace OfficeJourney.Grids;

/// <summary>What a number format shows a number as.</summary>
public enum DisplayedAs : byte
{
    Number,
    Date,
    Time,
    DateTime,
}

/// <summary>
/// Excel stores "07:00" as 0.2916… and "1 March 2025" as 45717; its number format says which. A day-in-the-life
/// sheet whose stages are times must read as "07:00", as Excel shows it, from an uploaded workbook and from the
/// task pane alike. Dates and times are written culture-invariantly: <c>yyyy-MM-dd</c>, <c>HH:mm</c>.
/// </summary>
public static class NumberFormats
{
    private static readonly DateTime Epoch1900 = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly DateTime Epoch1904 = new(1904, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    // Excel's last day, 9999-12-31: a larger serial is no date, whatever its format says.
    private const double MaxSerial = 2_958_465;

    /// <summary>ECMA-376 §18.8.30: built-in formats that show dates (14–17, 27–36, 50–58), times (18–21, 45–47), both (22).</summary>
    public static DisplayedAs OfBuiltIn(uint id) => id switch
    {
        14 or 15 or 16 or 17 or (>= 27 and <= 36) or (>= 50 and <= 58) => DisplayedAs.Date,
        18 or 19 or 20 or 21 or 45 or 46 or 47 => DisplayedAs.Time,
        22 => DisplayedAs.DateTime,
        _ => DisplayedAs.Number,
    };

    /// <summary>What a format code shows: "d/m/yyyy", "h:mm AM/PM", "[h]:mm", "yyyy-mm-dd hh:mm", "0.0%".</summary>
    public static DisplayedAs Of(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return DisplayedAs.Number;
        }

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
            else if (c is '\\' or '_' or '*')
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

        return date && time ? DisplayedAs.DateTime : date ? DisplayedAs.Date : time ? DisplayedAs.Time : DisplayedAs.Number;
    }

    /// <summary>The value as its format shows it when that is a date or a time; otherwise the value itself.</summary>
    public static CellValue Display(CellValue value, DisplayedAs shown, bool date1904 = false)
    {
        if (value.Kind != CellValueKind.Number || shown == DisplayedAs.Number || value.Number < 0 || value.Number > MaxSerial)
        {
            return value;
        }

        // Round to the second: 07:00 is stored as 0.29166…, a hair under seven.
        var days = Math.Floor(value.Number);
        var seconds = Math.Round((value.Number - days) * 86_400);
        var moment = (date1904 ? Epoch1904 : Epoch1900).AddDays(days).AddSeconds(seconds);
        var time = seconds % 60 == 0 ? "HH:mm" : "HH:mm:ss";
        return CellValue.FromText(shown switch
        {
            DisplayedAs.Date => moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DisplayedAs.Time => moment.ToString(time, CultureInfo.InvariantCulture),
            _ => moment.ToString("yyyy-MM-dd " + time, CultureInfo.InvariantCulture),
        });
    }
}
