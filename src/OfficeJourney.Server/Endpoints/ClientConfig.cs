namespace OfficeJourney.Server.Endpoints;

/// <summary>What the task pane reads before its first call.</summary>
internal sealed record ClientConfig(string AuthMode, string? ClientId, string? ApiScope, string? TenantId, IReadOnlyList<string> Sites, TemplateChoices Templates);
