using System.Text.Json.Serialization;

namespace OfficeJourney.Diagnostics;

/// <summary>Where something came from: a sheet and a cell in A1 notation.</summary>
public sealed record SourceRef(string Sheet, string Cell)
{
    /// <summary>The location as Excel writes it, e.g. <c>Journey!C7</c> or <c>'My map'!C7</c>.</summary>
    [JsonIgnore]
    public string Display => $"{QuoteSheet(Sheet)}!{Cell}";

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
