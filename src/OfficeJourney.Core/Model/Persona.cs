namespace OfficeJourney.Model;

public sealed record Persona
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public string? Demographics { get; init; }

    public IReadOnlyList<string> Goals { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Motivations { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Objections { get; init => field = value ?? []; } = [];

    /// <summary>Every other field the sheet has (age, role, quote…), in sheet order.</summary>
    public IReadOnlyList<Field> Fields { get; init => field = value ?? []; } = [];

    public SourceRef? Source { get; init; }
}
