namespace OfficeJourney.Vocabulary;

/// <summary>The languages OfficeJourney reads and writes, as BCP 47 tags.</summary>
public static class Language
{
    public const string English = "en";
    public const string Thai = "th";
    public const string Vietnamese = "vi";
    public const string Persian = "fa";
    public const string Latvian = "lv";

    /// <summary>The languages OfficeJourney writes, in the order menus list them (languages/languages.json).</summary>
    public static IReadOnlyList<string> Supported { get; } = LanguageFiles.Embedded.ReadShared("languages.json", json => json.Words("written")).AsReadOnly();

    /// <summary>The written languages whose language.json says they are written right to left, by tag in any case.</summary>
    private static readonly HashSet<string> RightToLeft = ReadRightToLeft();

    public static bool IsSupported(string tag) => Supported.Contains(tag, StringComparer.OrdinalIgnoreCase);

    public static bool IsRightToLeft(string tag) => RightToLeft.Contains(tag);

    /// <summary>Tells the language of a text from its script and letters; null when nothing tells.</summary>
    public static string? Detect(string text)
    {
        int thai = 0, arabic = 0, latin = 0, vietnamese = 0, latvian = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0E00' and <= '\u0E7F')
            {
                thai++;
            }
            else if (c is >= '\u0600' and <= '\u06FF' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
            {
                arabic++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
            else if ("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯ".Contains(c, StringComparison.Ordinal))
            {
                vietnamese++;
                latin++;
            }
            else if ("āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ".Contains(c, StringComparison.Ordinal))
            {
                latvian++;
                latin++;
            }
        }

        var max = Math.Max(thai, Math.Max(arabic, latin));
        if (max == 0)
        {
            return null;
        }

        if (max == thai)
        {
            return Thai;
        }

        if (max == arabic)
        {
            return Persian;
        }

        if (vietnamese > 0 && vietnamese >= latvian)
        {
            return Vietnamese;
        }

        return latvian > 0 ? Latvian : English;
    }

    private static HashSet<string> ReadRightToLeft()
    {
        var rightToLeft = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var languages = LanguageFiles.Embedded.Read("language.json", json =>
        {
            _ = json.Text("name"); // the pane's language menu's; read, so that it must be there
            return json.Flag("rightToLeft");
        });
        foreach (var (tag, isRightToLeft) in languages)
        {
            if (isRightToLeft)
            {
                rightToLeft.Add(tag);
            }
        }

        return rightToLeft;
    }
}
