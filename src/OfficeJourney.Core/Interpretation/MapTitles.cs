using System.Text.RegularExpressions;

namespace OfficeJourney.Interpretation;

/// <summary>Titles from outside the sheet: a file name made readable ("Customer_Journey_Map.xlsx" → "Customer Journey Map").</summary>
internal static partial class MapTitles
{
    public static string? FromFileName(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return null;
        }

        var stem = Path.GetFileNameWithoutExtension(fileName.Trim());
        var words = Separators().Replace(stem, " ").Trim();

        // "Book1", "upload", "Sheet2" name no journey; the sheet's own name is as good.
        return words.Length < 3 || Generic().IsMatch(words) ? null : words;
    }

    [GeneratedRegex(@"[_\s]+|(?<=\p{L})-(?=\p{L})|(?<=\p{Ll})(?=\p{Lu})")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(book|workbook|sheet|upload|file|untitled|new|copy|export|download|document|data)\s*\d*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Generic();
}
