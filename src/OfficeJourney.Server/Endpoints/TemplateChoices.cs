namespace OfficeJourney.Server.Endpoints;

/// <summary>The templates there are, by the names the API takes: the pane offers exactly these.</summary>
internal sealed record TemplateChoices(IReadOnlyList<string> Types, IReadOnlyList<string> Industries, IReadOnlyList<string> Languages);
