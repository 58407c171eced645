using OfficeJourney.Diagnostics;

namespace OfficeJourney.Server.Http;

/// <summary>A problem as the API shows it: "Journey!C7" rather than a structure.</summary>
internal sealed record ProblemView(string Severity, string Code, string Message, string? Location)
{
    public static ProblemView Of(Problem problem) =>
        new(problem.Severity == ProblemSeverity.Error ? "error" : "warning", problem.Code, problem.Message, problem.Location?.Display);
}
