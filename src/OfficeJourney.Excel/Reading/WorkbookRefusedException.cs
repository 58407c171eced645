namespace OfficeJourney.Excel.Reading;

/// <summary>A file that is not read, with a message for the person who gave it (it names the file).</summary>
public sealed class WorkbookRefusedException : Exception
{
    public WorkbookRefusedException(string reason, string message, string? fileName, Exception? inner = null)
        : base(message, inner)
    {
        Reason = reason;
        FileName = fileName;
    }

    /// <summary>A stable code: not-a-workbook, legacy-xls, encrypted, macro-enabled, too-large, zip-bomb, dtd, strict-ooxml, corrupt, empty.</summary>
    public string Reason { get; }

    public string? FileName { get; }

    /// <summary>Refused for its size (too large, a zip bomb) rather than for what it is: HTTP says 413.</summary>
    public bool IsTooLarge => Reason is RefusalReasons.TooLarge or RefusalReasons.ZipBomb;
}

internal static class RefusalReasons
{
    public const string NotAWorkbook = "not-a-workbook";
    public const string LegacyXls = "legacy-xls";
    public const string Encrypted = "encrypted";
    public const string MacroEnabled = "macro-enabled";
    public const string TooLarge = "too-large";
    public const string ZipBomb = "zip-bomb";
    public const string Dtd = "dtd";
    public const string StrictOoxml = "strict-ooxml";
    public const string Corrupt = "corrupt";
    public const string Empty = "empty";
}
