using System.Globalization;

namespace OfficeJourney.Vocabulary;

/// <summary>Characters from <see cref="First"/> to <see cref="Last"/>, both included.</summary>
public readonly record struct CharacterRange(char First, char Last)
{
    public bool Contains(char c) => c >= First && c <= Last;

    /// <summary>"0E00-0E7F"; null when the text is not two code points of the Basic Multilingual Plane, the first not after the second.</summary>
    internal static CharacterRange? Parse(string text) =>
        text.Split('-') is [var first, var last]
        && ushort.TryParse(first, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var from)
        && ushort.TryParse(last, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var to)
        && from <= to
            ? new CharacterRange((char)from, (char)to)
            : null;
}
