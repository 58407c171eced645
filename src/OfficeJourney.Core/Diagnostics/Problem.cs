namespace OfficeJourney.Diagnostics;

/// <summary>
/// Something the user should know about their input, with where it is. Errors mean the input (or a
/// part of it) could not be read as intended; warnings mean it was read with an assumption.
/// </summary>
/// <param name="Code">A stable, machine-readable code such as <c>emotion.not-a-score</c>.</param>
public sealed record Problem(ProblemSeverity Severity, string Code, string Message, SourceRef? Location = null)
{
    public static Problem Error(string code, string message, SourceRef? location = null) =>
        new(ProblemSeverity.Error, code, message, location);

    public static Problem Warning(string code, string message, SourceRef? location = null) =>
        new(ProblemSeverity.Warning, code, message, location);

    /// <summary>"Journey!C7: "happy-ish" is not an emotion score".</summary>
    public override string ToString() => Location is null ? Message : $"{Location.Display}: {Message}";
}
