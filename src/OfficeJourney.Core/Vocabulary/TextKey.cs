using System.Globalization;
using System.Text;

namespace OfficeJourney.Vocabulary;

/// <summary>
/// Folds text into a key for matching labels: case, Unicode forms, Latin accents ("Điểm chạm" and
/// "diem cham" match), Persian letter variants and half-spaces, emoji and punctuation all fall away.
/// </summary>
internal static class TextKey
{
    private const int MaxKeyLength = 160;

    public static string Normalize(string text)
    {
        var source = text.Length > MaxKeyLength ? text[..MaxKeyLength] : text;
        if (!source.IsNormalized(NormalizationForm.FormKC))
        {
            source = source.Normalize(NormalizationForm.FormKC);
        }

        var builder = new StringBuilder(source.Length);
        var pendingSpace = false;
        foreach (var raw in source)
        {
            // Most characters are a letter or digit that only lowers, or ASCII punctuation: no string for those.
            if (char.IsAsciiLetterOrDigit(raw) || (raw > '\u024F' && raw is not ('\u064A' or '\u0649' or '\u0643') && !(raw is >= '\u1E00' and <= '\u1EFF') && char.IsLetter(raw)))
            {
                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }

                builder.Append(char.ToLowerInvariant(raw));
                continue;
            }

            if (raw < '\u0080')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            foreach (var c in Fold(raw))
            {
                if (c == ' ')
                {
                    pendingSpace = builder.Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }

                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Removes bracketed asides: "Feelings (-2..+2)" → "Feelings ".</summary>
    public static string WithoutBrackets(string text)
    {
        if (text.IndexOfAny(['(', '[', '{', '（']) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c is '(' or '[' or '{' or '（')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}' or '）')
            {
                depth = Math.Max(0, depth - 1);
                builder.Append(' ');
            }
            else if (depth == 0)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>"DisplayName" → "Display Name", "JobTitle" → "Job Title": headers written as identifiers, read as words.</summary>
    public static string SplitCamelCase(string text)
    {
        var builder = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && char.IsUpper(text[i]) && char.IsLower(text[i - 1]))
            {
                builder.Append(' ');
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }

    public static bool ContainsThai(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0E00' and <= '\u0E7F')
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Fold(char c)
    {
        switch (c)
        {
            case '\u200C' or '\u200D' or '\u00A0' or '\u2009' or '\u202F':
                return " ";
            case '\u0640' or '\u200E' or '\u200F' or '\uFE0F':
                return string.Empty;
            case '\u064A' or '\u0649':
                return "\u06CC"; // Arabic yeh → Persian yeh
            case '\u0643':
                return "\u06A9"; // Arabic kaf → Persian keheh
            case 'đ' or 'Đ':
                return "d";
        }

        if (c is >= '\u064B' and <= '\u065F')
        {
            return string.Empty; // Arabic harakat
        }

        if (char.IsLetterOrDigit(c))
        {
            var lower = char.ToLowerInvariant(c);
            return IsAccentedLatin(lower) ? StripAccent(lower) : new string(lower, 1);
        }

        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            ? new string(c, 1)
            : " ";
    }

    private static bool IsAccentedLatin(char c) => c is >= '\u00C0' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF';

    private static string StripAccent(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(d);
            }
        }

        return builder.ToString();
    }
}
