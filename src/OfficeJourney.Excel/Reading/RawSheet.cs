using OfficeJourney.Excel.Reading.Formulas;
using OfficeJourney.Grids;

namespace OfficeJourney.Excel.Reading;

/// <summary>
/// A worksheet as read, before formulas saved without values are evaluated: formulas may refer to sheets
/// read later, so every sheet is read first, then evaluated, then turned into a <see cref="SheetGrid"/>.
/// </summary>
internal sealed class RawSheet(string name, bool visible) : IFormulaSheet
{
    private Dictionary<long, int>? index;
    private long[]? sortedKeys;

    public string Name { get; } = name;

    /// <summary>Hidden sheets are read only so formulas can use their cells; they get no grid.</summary>
    public bool Visible { get; } = visible;

    public List<(int Row, int Column, CellValue Value)> Cells { get; } = [];

    public List<PendingFormula> Formulas { get; } = [];

    IReadOnlyList<PendingFormula> IFormulaSheet.Formulas => Formulas;

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
