using OfficeJourney.Diagnostics;
using OfficeJourney.Serialization;
using OfficeJourney.Storage;

namespace OfficeJourney.Server;

/// <summary>RFC 9457 problem details for what goes wrong, with the cell locations when the cause is in a workbook.</summary>
internal static class ApiProblems
{
    public static IResult Unreadable(string detail, IReadOnlyList<Problem>? problems = null) => Results.Problem(
        title: "The input cannot be read as a journey map",
        detail: detail,
        statusCode: StatusCodes.Status422UnprocessableEntity,
        extensions: problems is null ? null : new Dictionary<string, object?> { ["problems"] = problems.Select(ProblemView.Of).ToList() });

    public static IResult TooLarge(string detail) => Results.Problem(title: "Too large", detail: detail, statusCode: StatusCodes.Status413PayloadTooLarge);

    public static IResult BadRequest(string detail) => Results.Problem(title: "Bad request", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    public static IResult NotFound(string id) => Results.Problem(title: "Not found", detail: $"There is no map {id}.", statusCode: StatusCodes.Status404NotFound);
}

/// <summary>A problem as the API shows it: "Journey!C7" rather than a structure.</summary>
public sealed record ProblemView(string Severity, string Code, string Message, string? Location)
{
    public static ProblemView Of(Problem problem) =>
        new(problem.Severity == ProblemSeverity.Error ? "error" : "warning", problem.Code, problem.Message, problem.Location?.Display);
}
