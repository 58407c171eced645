using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using OfficeJourney.Server.Http;
using OfficeJourney.Server.Options;

namespace OfficeJourney.Server.Hosting;

/// <summary>
/// Decks are made at most as many at once as there are processors (<see cref="DeckConcurrencyOptions"/>), the others
/// waiting their turn before their body is read; past the most that may wait, a request is answered 503 at once
/// rather than held. Making a deck is processor work from start to end, so more at once adds memory and no speed: with
/// four per processor, the load test made a quarter fewer decks a second and its other requests waited twice as long.
/// </summary>
internal static class DeckConcurrency
{
    public const string Policy = "decks";

    public static IServiceCollection AddDeckConcurrency(this IServiceCollection services, DeckConcurrencyOptions decks) =>
        services.AddRateLimiter(options =>
        {
            options.AddConcurrencyLimiter(Policy, limiter =>
            {
                limiter.PermitLimit = decks.AtOnce;
                limiter.QueueLimit = decks.Waiting;
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
