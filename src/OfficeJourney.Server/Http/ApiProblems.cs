using OfficeJourney.Interpretation;

namespace OfficeJourney.Server.Http;

/// <summary>RFC 9457 problem details for what goes wrong, with the cell locations when the cause is in a workbook.</summary>
internal static class ApiProblems
{
    /// <summary>Problem documents for every refusal: what handlers answer and what <see cref="ProblemExceptionHandler"/> maps.</summary>
    public static IServiceCollection AddApiProblems(this IServiceCollection services) =>
        services.AddProblemDetails().AddExceptionHandler<ProblemExceptionHandler>();

    public static IResult Unreadable(string detail, IReadOnlyList<Problem>? problems = null) => Results.Problem(
        title: "The input cannot be read as a journey map",
        detail: detail,
        statusCode: StatusCodes.Status422UnprocessableEntity,
        extensions: problems is null ? null : new Dictionary<string, object?> { ["problems"] = problems.Select(ProblemView.Of).ToList() });

    public static IResult TooLarge(string detail) => Results.Problem(title: "Too large", detail: detail, statusCode: StatusCodes.Status413PayloadTooLarge);

    public static IResult BadRequest(string detail) => Results.Problem(title: "Bad request", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    public static IResult NotFound(string id) => Results.Problem(title: "Not found", detail: $"There is no map {id}.", statusCode: StatusCodes.Status404NotFound);
}
