namespace OfficeJourney.Excel.Reading;

/// <summary>Why a file is not read; callers switch on it (HTTP status, exit code), never on the message.</summary>
public enum RefusalReason
{
    NotAWorkbook,
    LegacyXls,
    Encrypted,
    MacroEnabled,
    TooLarge,
    ZipBomb,
    Dtd,
    StrictOoxml,
    Corrupt,
    Empty,
}

/// <summary>A file that is not read, with a message for the person who gave it (it names the file).</summary>
public sealed class WorkbookRefusedException : Exception
{
    public WorkbookRefusedException(RefusalReason reason, string message, string? fileName, Exception? inner = null)
        : base(message, inner)
    {
        Reason = reason;
        FileName = fileName;
    }

    public RefusalReason Reason { get; }

    public string? FileName { get; }

    /// <summary>Refused for its size (too large, a zip bomb) rather than for what it is: HTTP says 413.</summary>
    public bool IsTooLarge => Reason is RefusalReason.TooLarge or RefusalReason.ZipBomb;
}
