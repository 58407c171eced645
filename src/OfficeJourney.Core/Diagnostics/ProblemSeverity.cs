namespace OfficeJourney.Diagnostics;

public enum ProblemSeverity
{
    Warning,
    Error,
}
