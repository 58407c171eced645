namespace OfficeJourney.Interpretation.Text;

/// <summary>Cleans stage headers of the arrows and chevrons people type around them ("Research >>").</summary>
internal static class StageNames
{
    private static readonly char[] Decorations =
    [
        '>', '<', '»', '«', '→', '←', '⇒', '⟶', '➜', '➔', '➡', '▶', '►', '▸', '◀', '◄', '|', ':', '-', '–', '—', '=', '~', '*', '•', '\u200E', '\u200F',
    ];

    public static string Clean(string header)
    {
        var cleaned = header.Replace('\n', ' ').Replace('\r', ' ').Trim().Trim(Decorations).Trim();
        return cleaned.Length == 0 ? header.Trim() : cleaned;
    }

    /// <summary>The key two stage names are compared by (case and accents aside).</summary>
    public static string Key(string name) => Vocabulary.TextKey.Normalize(name);
}
