using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OfficeJourney.Excel.Templates;
using OfficeJourney.Server.Options;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Server.Endpoints;

/// <summary>
/// What the task pane needs before its first call: whether to sign in and for which API scope, where maps can be
/// saved, and which templates there are. Open in team mode too: it is what the pane needs in order to sign in.
/// </summary>
internal static class ClientConfigEndpoints
{
    public static void MapClientConfig(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/client-config", GetClientConfig)
            .WithTags("Task pane").WithName("ClientConfig").WithSummary("Sign-in settings for the task pane and the sites maps can be saved in.");

    public static Ok<ClientConfig> GetClientConfig(IOptions<AuthOptions> authOptions, IOptions<StorageOptions> storageOptions)
    {
        var auth = authOptions.Value;
        var storage = storageOptions.Value;
        var team = auth.Mode == AuthMode.Team;
        return TypedResults.Ok(new ClientConfig(
            auth.Mode.ToString(),
            team ? auth.ClientId : null,
            team ? $"{auth.Audience}/{auth.RequiredScope}" : null,
            team ? auth.TenantId : null,
            storage.Mode == StorageMode.SharePoint ? [.. storage.SharePoint.Sites.Select(s => s.Name)] : [],
            new TemplateChoices([.. TemplateNames.TypeNames], [.. TemplateNames.IndustryNames], Language.Supported)));
    }
}
