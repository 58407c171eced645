using OfficeJourney.Grids;

namespace OfficeJourney.Excel.Reading;

/// <summary>
/// A formula cell saved without a value: its text as written, then what evaluation made of it
/// (a value, or the reason it was left as written).
/// </summary>
internal sealed class PendingFormula(CellAddress cell, string text, string? refusal)
{
    public CellAddress Cell { get; } = cell;

    /// <summary>The formula without "=", as the SDK gives it (unescaped).</summary>
    public string Text { get; } = text;

    /// <summary>Set when the reader already knows it will not evaluate it (array and shared formulas, too long).</summary>
    public string? Refusal { get; } = refusal;

    public Formulas.FormulaNode? Node { get; set; }

    public PendingState State { get; set; }

    public CellValue Value { get; set; }

    public string? Reason { get; set; }

    /// <summary>Set on every cell of a circular reference when it is found, so each names the cycle, not its neighbour.</summary>
    public string? CycleReason { get; set; }
}

internal enum PendingState : byte
{
    Unvisited,
    InProgress,
    Evaluated,
    Failed,
}

/// <summary>
/// A worksheet as read, before formulas saved without values are evaluated: formulas may refer to sheets
/// read later, so every sheet is read first, then evaluated, then turned into a <see cref="SheetGrid"/>.
/// </summary>
internal sealed class RawSheet(string name, bool visible)
{
    private Dictionary<long, int>? index;
    private long[]? sortedKeys;

    public string Name { get; } = name;

    /// <summary>Hidden sheets are read only so formulas can use their cells; they get no grid.</summary>
    public bool Visible { get; } = visible;

    public List<(int Row, int Column, CellValue Value)> Cells { get; } = [];

    public List<PendingFormula> Formulas { get; } = [];

    public List<CellRange> Merges { get; } = [];

    public HashSet<int> HiddenRows { get; } = [];

    /// <summary>Hidden column ranges as written (<c>&lt;col min max hidden&gt;</c>): a range to XFD is one entry, not 16,384.</summary>
    public List<(int Min, int Max)> HiddenColumns { get; } = [];

    public bool RightToLeft { get; set; }

    public IReadOnlyList<CellPicture> Pictures { get; set; } = [];

    public int FilledCount => Cells.Count + Formulas.Count;

    /// <summary>What a cell holds: a value, a pending formula, or nothing (false).</summary>
    public bool TryFind(CellAddress cell, out CellValue value, out PendingFormula? formula)
    {
        value = default;
        formula = null;
        if (!Index().TryGetValue(Key(cell), out var i))
        {
            return false;
        }

        if (i < 0)
        {
            formula = Formulas[~i];
        }
        else
        {
            value = Cells[i].Value;
        }

        return true;
    }

    /// <summary>The filled cells of a range in row order (or every cell when <paramref name="blanks"/>), without walking an empty A:XFD.</summary>
    public IEnumerable<CellAddress> CellsIn(CellRange range, bool blanks)
    {
        if (blanks || (long)range.Rows * range.Columns <= FilledCount)
        {
            for (var r = range.First.Row; r <= range.Last.Row; r++)
            {
                for (var c = range.First.Column; c <= range.Last.Column; c++)
                {
                    yield return new CellAddress(r, c);
                }
            }

            yield break;
        }

        sortedKeys ??= [.. Index().Keys.Order()];
        foreach (var key in sortedKeys)
        {
            var cell = new CellAddress((int)(key / Stride), (int)(key % Stride));
            if (range.Contains(cell.Row, cell.Column))
            {
                yield return cell;
            }
        }
    }

    private const long Stride = CellAddress.MaxColumns + 1;

    private static long Key(CellAddress cell) => (cell.Row * Stride) + cell.Column;

    private Dictionary<long, int> Index()
    {
        if (index is not null)
        {
            return index;
        }

        index = new Dictionary<long, int>(FilledCount);
        for (var i = 0; i < Cells.Count; i++)
        {
            index[Key(new CellAddress(Cells[i].Row, Cells[i].Column))] = i;
        }

        for (var i = 0; i < Formulas.Count; i++)
        {
            index[Key(Formulas[i].Cell)] = ~i;
        }

        return index;
    }
}
