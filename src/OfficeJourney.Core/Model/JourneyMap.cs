namespace OfficeJourney.Model;

public sealed record JourneyMap
{
    public required string Title { get; init; }

    public MapType Type { get; init; } = MapType.CurrentState;

    /// <summary>Right to left when the sheet was, or the text is mostly Persian.</summary>
    public bool RightToLeft { get; init; }

    /// <summary>The main language of the text as a BCP 47 tag (en, th, vi, fa, lv), when it can be told.</summary>
    public string? Language { get; init; }

    public IReadOnlyList<Persona> Personas { get; init => field = value ?? []; } = [];

    public IReadOnlyList<Phase> Phases { get; init => field = value ?? []; } = [];

    public required IReadOnlyList<Stage> Stages { get; init; }

    public required IReadOnlyList<Lane> Lanes { get; init; }

    /// <summary>The scale of every emotion score in the map; null when the map has no emotions.</summary>
    public EmotionScale? EmotionScale { get; init; }

    /// <summary>Other key/value facts written beside the grid (version, date, scenario…).</summary>
    public IReadOnlyList<Field> Properties { get; init => field = value ?? []; } = [];

    public IReadOnlyList<Note> Notes { get; init => field = value ?? []; } = [];

    /// <summary>The sheet the map was read from.</summary>
    public string? Sheet { get; init; }
}
