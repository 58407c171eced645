using OfficeJourney.Interpretation.Text;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;
using static OfficeJourney.Vocabulary.CommonTerms;

namespace OfficeJourney.Interpretation.Sheets;

/// <summary>
/// What each cell's own text names as a label, worked out once a cell: the search for lane labels looks at every
/// cell of a sheet on each of its tries, and persona blocks and tables both ask for persona keys.
/// </summary>
internal sealed class CellLabels
{
    private const sbyte Unclassified = -2;
    private const sbyte NotALabel = -1;
    private const sbyte StageKeyword = 100;
    private const int MaxLabelLength = 120;
    private const int MaxPersonaKeyLength = 80;

    private readonly SheetCells cells;
    private readonly sbyte[] laneKinds;
    private readonly sbyte[] personaKeys;
    private readonly string?[] keys;

    public CellLabels(SheetCells cells)
    {
        this.cells = cells;
        laneKinds = new sbyte[cells.Count];
        Array.Fill(laneKinds, Unclassified);
        personaKeys = new sbyte[cells.Count];
        Array.Fill(personaKeys, Unclassified);
        keys = new string?[cells.Count];
    }

    /// <summary>The lane the cell's own text names as a label, if any.</summary>
    public LaneKind? LaneKindAt(int index)
    {
        if (laneKinds[index] == Unclassified)
        {
            laneKinds[index] = Classify(index);
        }

        return laneKinds[index] is >= 0 and not StageKeyword ? (LaneKind)laneKinds[index] : null;
    }

    /// <summary>True when the cell's own text is a stage header word ("Stage", "Giai đoạn").</summary>
    public bool IsStageKeywordAt(int index)
    {
        LaneKindAt(index);
        return laneKinds[index] == StageKeyword;
    }

    /// <summary>Stops a cell from counting as a lane label (a table that turned out not to be a journey), leaving its text for the notes.</summary>
    public void Forget(int index) => laneKinds[index] = NotALabel;

    /// <summary>The persona key the cell's own text names ("Name", "Age: 34"), if any.</summary>
    public PersonaKey? PersonaKeyAt(int index)
    {
        if (personaKeys[index] == Unclassified)
        {
            var text = cells.OwnText(index);
            personaKeys[index] = text is null || text.Length > MaxPersonaKeyLength || Lexicon.PersonaKeyOf(KeyValue.KeyOf(text)) is not { } key ? NotALabel : (sbyte)key;
        }

        return personaKeys[index] >= 0 ? (PersonaKey)personaKeys[index] : null;
    }

    /// <summary>The text of the cell holding a value as labels are compared (<see cref="StageNames.Key"/>).</summary>
    public string? KeyAt(int valueIndex) =>
        keys[valueIndex] ??= cells.TextAt(valueIndex) is { } text ? StageNames.Key(text) : null;

    private sbyte Classify(int index)
    {
        var text = cells.OwnText(index);
        if (text is null || text.Length > MaxLabelLength || !cells.IsTextValue(index) || LooksLikeSentence(text))
        {
            return NotALabel;
        }

        if (Lexicon.IsStageHeader(text))
        {
            return StageKeyword;
        }

        return Lexicon.LaneKindOf(text) is { } kind ? (sbyte)kind : NotALabel;
    }

    // "2. Use emoji for feelings." is an instruction, not a lane label, whatever words it holds.
    private static bool LooksLikeSentence(string text)
    {
        var trimmed = text.TrimEnd();
        var words = trimmed.Count(c => c == ' ') + 1;
        return words > 3 && (trimmed.EndsWith('.') || trimmed.EndsWith('!') || (char.IsDigit(trimmed[0]) && trimmed.Length > 1 && trimmed[1] is '.' or ')'));
    }
}
