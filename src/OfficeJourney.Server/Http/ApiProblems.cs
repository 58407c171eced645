using Microsoft.AspNetCore.Mvc;
using OfficeJourney.Diagnostics;

namespace OfficeJourney.Server.Http;

/// <summary>RFC 9457 problem details for what goes wrong, with the cell locations when the cause is in a workbook.</summary>
internal static class ApiProblems
{
    /// <summary>Problem documents for every refusal: what handlers answer and what <see cref="ProblemExceptionHandler"/> maps.</summary>
    // Binding failures (JSON of the wrong shape, a missing body) are thrown rather than answered with a bare 400,
    // so that they too reach ProblemExceptionHandler and say what was wrong where.
    // Every problem document is written through the problem details service, which gives it its status's title
    // (ProblemTitles): handlers', thrown refusals', the local-mode guard's and the framework's own (401, 405).
    public static IServiceCollection AddApiProblems(this IServiceCollection services) =>
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true)
            .AddProblemDetails(options => options.CustomizeProblemDetails = context =>
                context.ProblemDetails.Title = ProblemTitles.For(context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode))
            .AddExceptionHandler<ProblemExceptionHandler>();

    /// <summary>The problem document of a refusal, a handler's (<see cref="ApiProblem"/>) or a thrown one.</summary>
    public static ProblemDetails Create(int status, string detail, IReadOnlyList<Problem>? problems = null)
    {
        var details = new ProblemDetails { Status = status, Detail = detail };
        if (problems is not null)
        {
            details.Extensions["problems"] = problems.Select(ProblemView.Of).ToList();
        }

        return details;
    }
}
