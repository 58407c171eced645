using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace OfficeJourney.Server.Http;

/// <summary>
/// A problem document (RFC 9457) that a handler answers with, its status in its type: a handler's return type
/// (<c>Results&lt;Ok&lt;T&gt;, NotFoundProblem&gt;</c>) then states it in the OpenAPI document. It is written by
/// <c>ProblemHttpResult</c>, as application/problem+json through the problem details service like the problems
/// <see cref="ProblemExceptionHandler"/> writes; the built-in <c>NotFound&lt;ProblemDetails&gt;</c> would write
/// plain application/json.
/// </summary>
internal abstract class ApiProblem(int status, string detail) : IResult
{
    private const string ContentType = "application/problem+json";

    private readonly ProblemDetails details = ApiProblems.Create(status, detail);

    public Task ExecuteAsync(HttpContext httpContext) => TypedResults.Problem(details).ExecuteAsync(httpContext);

    private protected static void Produces(EndpointBuilder builder, int code) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(code, typeof(ProblemDetails), [ContentType]));
}

/// <summary>404: the map (or its version, workbook or deck) is not there, or not for this caller.</summary>
internal sealed class NotFoundProblem(string what) : ApiProblem(StatusCodes.Status404NotFound, $"There is no map {what}."), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Produces(builder, StatusCodes.Status404NotFound);
}

/// <summary>400: the request names something that cannot be (a range address, a language) or leaves out what it needs.</summary>
internal sealed class BadRequestProblem(string detail) : ApiProblem(StatusCodes.Status400BadRequest, detail), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Produces(builder, StatusCodes.Status400BadRequest);
}

/// <summary>413: more cells than one read may send.</summary>
internal sealed class TooLargeProblem(string detail) : ApiProblem(StatusCodes.Status413PayloadTooLarge, detail), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Produces(builder, StatusCodes.Status413PayloadTooLarge);
}

/// <summary>422: a well-formed request that cannot be taken as a map (two maps where one is stored, a key reused for another map).</summary>
internal sealed class UnreadableProblem(string detail) : ApiProblem(StatusCodes.Status422UnprocessableEntity, detail), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Produces(builder, StatusCodes.Status422UnprocessableEntity);
}

/// <summary>428: a save without the ETag it is based on.</summary>
internal sealed class PreconditionRequiredProblem() : ApiProblem(StatusCodes.Status428PreconditionRequired, "Send the ETag of the version your change is based on in If-Match."), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Produces(builder, StatusCodes.Status428PreconditionRequired);
}
