using System.Text.Json.Serialization;

namespace OfficeJourney.Diagnostics;

/// <summary>
/// Where something came from: a sheet and a cell in A1 notation, or a text file and a line (<see cref="AtLine"/>),
/// kept in the same two fields so that the map format stays as it is.
/// </summary>
public sealed record SourceRef(string Sheet, string Cell)
{
    private const string LinePrefix = "line ";

    /// <summary>
    /// The location as Excel writes it, e.g. <c>Journey!C7</c> or <c>'My map'!C7</c>; a line of a text file as
    /// <c>journey.mmd line 7</c>.
    /// </summary>
    [JsonIgnore]
    public string Display => IsLine ? $"{Sheet} {Cell}" : $"{QuoteSheet(Sheet)}!{Cell}";

    // No A1 address holds a space, so "line 7" is never a cell.
    private bool IsLine => Cell.StartsWith(LinePrefix, StringComparison.Ordinal);

    /// <summary>A line (1-based) of a text file, such as a Mermaid diagram.</summary>
    public static SourceRef AtLine(string file, int line) =>
        new(file, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{LinePrefix}{line}"));

    public override string ToString() => Display;

    private static string QuoteSheet(string sheet)
    {
        foreach (var c in sheet)
        {
            if (!char.IsLetterOrDigit(c) && c != '_' && c != '.')
            {
                return "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";
            }
        }

        return sheet;
    }
}
