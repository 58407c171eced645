namespace OfficeJourney.Cli;

/// <summary>What `journey` returns: scripts rely on these.</summary>
internal static class ExitCodes
{
    /// <summary>A journey map was read (warnings allowed), or the command did its job.</summary>
    public const int Success = 0;

    /// <summary>Something went wrong inside OfficeJourney; the input may be fine.</summary>
    public const int InternalFailure = 1;

    /// <summary>The input was refused, holds no usable map, or the command line was wrong.</summary>
    public const int Refused = 2;
}
