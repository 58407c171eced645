using OfficeJourney.Model;

namespace OfficeJourney.Interpretation.GridReaders;

/// <summary>A cell's text with where it came from, before it is split into items.</summary>
internal readonly record struct RawText(string Text, SourceRef Source, int Identity);

internal sealed class RawStage(string name, SourceRef source)
{
    public string Name { get; } = name;

    public SourceRef Source { get; } = source;
}

internal sealed class RawLane(string label, LaneKind? kind, SourceRef source, int stageCount)
{
    public string Label { get; } = label;

    /// <summary>Null when the label is not recognised (a custom lane, or emotions told by the cells).</summary>
    public LaneKind? Kind { get; private init; } = kind;

    public SourceRef Source { get; } = source;

    public List<RawText>[] Cells { get; private init; } = Enumerable.Range(0, stageCount).Select(_ => new List<RawText>()).ToArray();

    /// <summary>The same lane, its cells shared, read as another kind.</summary>
    public RawLane WithKind(LaneKind? other) => new(Label, other, Source, 0) { Cells = Cells };

    public void Add(int stage, RawText text)
    {
        // A merged cell over two columns of one stage, or a label merged down two rows, gives its text once.
        foreach (var existing in Cells[stage])
        {
            if (existing.Identity == text.Identity)
            {
                return;
            }
        }

        Cells[stage].Add(text);
    }
}

/// <summary>A journey grid found on a sheet, with its stages, phases and lanes still as raw text.</summary>
internal sealed record RawGrid
{
    public required IReadOnlyList<RawStage> Stages { get; init; }

    public required IReadOnlyList<Phase> Phases { get; init; }

    public required IReadOnlyList<RawLane> Lanes { get; init; }

    /// <summary>People named in a persona column or row of the table itself ("Persona | Stage | …").</summary>
    public IReadOnlyList<Persona> Personas { get; init; } = [];

    /// <summary>One of several journeys a table holds, one per persona: the map's title names its persona.</summary>
    public bool OnePersonaOfSeveral { get; init; }

    /// <summary>The text in the corner where the label column meets the stage row, if any.</summary>
    public string? Corner { get; init; }

    /// <summary>First sheet row of the grid, to tell what lies above it.</summary>
    public required int SheetTop { get; init; }
}
