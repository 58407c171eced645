using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using OfficeJourney.Server.Http;

namespace OfficeJourney.Server.Hosting;

/// <summary>
/// Decks are made at most as many at once as there are processors, the others waiting their turn before their body
/// is read. Making a deck is processor work from start to end, so more at once adds memory and no speed: four
/// refused decks of a cell of 99,000 items at once grew the service by up to 214 MB, by about half as much two at a time.
/// </summary>
internal static class DeckConcurrency
{
    public const string Policy = "decks";

    // Far more than clients wait in practice; past it a request is answered 503 at once rather than held.
    private const int Waiting = 256;

    public static IServiceCollection AddDeckConcurrency(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.AddConcurrencyLimiter(Policy, limiter =>
            {
                limiter.PermitLimit = Environment.ProcessorCount;
                limiter.QueueLimit = Waiting;
                limiter.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            options.OnRejected = async (context, _) =>
            {
                var http = context.HttpContext;
                http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                http.Response.Headers.RetryAfter = "1";
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = ApiProblems.Create(StatusCodes.Status503ServiceUnavailable, "The service is making as many decks as it can at once; try again in a moment."),
                }).ConfigureAwait(false);
            };
        });
}
