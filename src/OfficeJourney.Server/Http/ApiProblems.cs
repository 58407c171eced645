using Microsoft.AspNetCore.Mvc;
using OfficeJourney.Diagnostics;

namespace OfficeJourney.Server.Http;

/// <summary>RFC 9457 problem details for what goes wrong, with the cell locations when the cause is in a workbook.</summary>
internal static class ApiProblems
{
    /// <summary>Problem documents for every refusal: what handlers answer and what <see cref="ProblemExceptionHandler"/> maps.</summary>
    // Binding failures (JSON of the wrong shape, a missing body) are thrown rather than answered with a bare 400,
    // so that they too reach ProblemExceptionHandler and say what was wrong where.
    public static IServiceCollection AddApiProblems(this IServiceCollection services) =>
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true)
            .AddProblemDetails().AddExceptionHandler<ProblemExceptionHandler>();

    /// <summary>The problem document of a refusal, a handler's (<see cref="ApiProblem"/>) or a thrown one.</summary>
    public static ProblemDetails Create(int status, string title, string detail, IReadOnlyList<Problem>? problems = null)
    {
        var details = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (problems is not null)
        {
            details.Extensions["problems"] = problems.Select(ProblemView.Of).ToList();
        }

        return details;
    }
}
