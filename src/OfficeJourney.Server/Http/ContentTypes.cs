namespace OfficeJourney.Server.Http;

/// <summary>The files the service answers with.</summary>
internal static class ContentTypes
{
    public const string Pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
