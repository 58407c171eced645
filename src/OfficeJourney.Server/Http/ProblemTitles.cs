using Microsoft.AspNetCore.WebUtilities;

namespace OfficeJourney.Server.Http;

/// <summary>
/// The title of every problem document the service writes, by status: one per status, so the task pane shows the
/// same heading for the same kind of refusal wherever it was decided; the detail says what happened.
/// </summary>
internal static class ProblemTitles
{
    public static string For(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Bad request",
        StatusCodes.Status403Forbidden => "No access",
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status412PreconditionFailed => "The map was changed since",
        StatusCodes.Status413PayloadTooLarge => "Too large",
        StatusCodes.Status415UnsupportedMediaType => "A map document is JSON",
        StatusCodes.Status421MisdirectedRequest => "This service answers this machine only",
        StatusCodes.Status422UnprocessableEntity => "The input cannot be read as a journey map",
        StatusCodes.Status428PreconditionRequired => "If-Match is required",
        StatusCodes.Status503ServiceUnavailable => "The map store is busy",
        _ => ReasonPhrases.GetReasonPhrase(status),
    };
}
