namespace OfficeJourney.Model;

public sealed record Persona
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public string? Demographics { get; init; }

    public IReadOnlyList<string> Goals { get; init; } = [];

    public IReadOnlyList<string> Motivations { get; init; } = [];

    public IReadOnlyList<string> Objections { get; init; } = [];

    /// <summary>Every other field the sheet has (age, role, quote…), in sheet order.</summary>
    public IReadOnlyList<Field> Fields { get; init; } = [];

    public SourceRef? Source { get; init; }
}
