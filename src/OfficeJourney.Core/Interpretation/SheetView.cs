using OfficeJourney.Diagnostics;
using OfficeJourney.Grids;
using OfficeJourney.Model;

namespace OfficeJourney.Interpretation;

/// <summary>
/// The visible cells of a sheet as a dense matrix: hidden rows and columns are gone, merged areas read as
/// their top-left value, and the whole can be looked at transposed, so that one reader handles stages
/// across and stages down alike. Cells taken by a grid are marked so the next search skips them.
/// </summary>
internal sealed class SheetView
{
    private readonly SheetGrid grid;
    private readonly int[] gridRows;
    private readonly int[] gridColumns;
    private readonly int[] mergeOf;
    private readonly bool[] consumed;
    private readonly bool[] refused;
    private readonly string?[] texts;
    private readonly bool transposed;
    private readonly sbyte[] laneKinds;
    private readonly sbyte[] personaKeys;
    private readonly string?[] labelKeys;

    private SheetView(SheetView source, bool transposed)
    {
        grid = source.grid;
        gridRows = source.gridRows;
        gridColumns = source.gridColumns;
        mergeOf = source.mergeOf;
        consumed = source.consumed;
        refused = source.refused;
        texts = source.texts;
        laneKinds = source.laneKinds;
        personaKeys = source.personaKeys;
        labelKeys = source.labelKeys;
        this.transposed = transposed;
    }

    public SheetView(SheetGrid grid)
    {
        this.grid = grid;
        gridRows = VisibleIndexes(grid.Rows, grid.Origin.Row, grid.HiddenRows);
        gridColumns = VisibleIndexes(grid.Columns, grid.Origin.Column, grid.HiddenColumns);
        var size = gridRows.Length * gridColumns.Length;
        consumed = new bool[size];
        refused = new bool[size];
        texts = new string?[size];
        mergeOf = new int[size];
        Array.Fill(mergeOf, -1);
        laneKinds = new sbyte[size];
        Array.Fill(laneKinds, Unclassified);
        personaKeys = new sbyte[size];
        Array.Fill(personaKeys, Unclassified);
        labelKeys = new string?[size];
        for (var r = 0; r < gridRows.Length; r++)
        {
            for (var c = 0; c < gridColumns.Length; c++)
            {
                var value = grid[gridRows[r], gridColumns[c]];
                if (!value.IsEmpty)
                {
                    var text = value.AsText().Trim();
                    texts[(r * gridColumns.Length) + c] = text.Length == 0 ? null : text;
                }
            }
        }

        MapMergedAreas();
    }

    private const sbyte Unclassified = -2;
    private const sbyte NotALabel = -1;
    private const sbyte StageKeyword = 100;
    private const int MaxLabelLength = 120;

    public string Sheet => grid.Name;

    public bool RightToLeft => grid.RightToLeft;

    public int Rows => transposed ? gridColumns.Length : gridRows.Length;

    public int Columns => transposed ? gridRows.Length : gridColumns.Length;

    public SheetView Transpose() => new(this, !transposed);

    /// <summary>The text of the cell, or of the merged area it lies in; null when empty.</summary>
    public string? Text(int row, int column)
    {
        var index = Index(row, column);
        var merge = mergeOf[index];
        return merge >= 0 ? texts[merge] : texts[index];
    }

    /// <summary>
    /// The cell's text as labels are compared (<see cref="StageNames.Key"/>), worked out once: the search for
    /// lane labels looks at every cell of a sheet on each of its tries.
    /// </summary>
    public string? LabelKey(int row, int column)
    {
        var index = Index(row, column);
        var merge = mergeOf[index];
        index = merge >= 0 ? merge : index;
        return labelKeys[index] ??= texts[index] is { } text ? StageNames.Key(text) : null;
    }

    /// <summary>The text only where the value really is (the top-left of a merged area); null elsewhere.</summary>
    public string? OwnText(int row, int column)
    {
        var index = Index(row, column);
        var merge = mergeOf[index];
        return merge >= 0 && merge != index ? null : texts[index];
    }

    /// <summary>Identifies the merged area of a cell (or the cell itself), to tell one spanning value from repeated ones.</summary>
    public int Identity(int row, int column)
    {
        var index = Index(row, column);
        return mergeOf[index] >= 0 ? mergeOf[index] : index;
    }

    /// <summary>True when the cell is part of a merged area wider (in view columns) than one cell.</summary>
    public bool IsMergedAcross(int row, int column) =>
        (column > 0 && Identity(row, column - 1) == Identity(row, column)) ||
        (column + 1 < Columns && Identity(row, column + 1) == Identity(row, column));

    /// <summary>The lane a cell's own text names as a label, if any (cached: every search asks again).</summary>
    public LaneKind? LaneKindAt(int row, int column)
    {
        var index = Index(row, column);
        if (laneKinds[index] == Unclassified)
        {
            laneKinds[index] = Classify(OwnText(row, column), index);
        }

        return laneKinds[index] is >= 0 and not StageKeyword ? (LaneKind)laneKinds[index] : null;
    }

    /// <summary>The persona key a cell's own text names ("Name", "Age: 34"), if any (cached: persona blocks and tables both ask).</summary>
    public Vocabulary.CommonTerms.PersonaKey? PersonaKeyAt(int row, int column)
    {
        var index = Index(row, column);
        if (personaKeys[index] == Unclassified)
        {
            var text = OwnText(row, column);
            personaKeys[index] = text is null || text.Length > 80 || Vocabulary.Lexicon.PersonaKeyOf(KeyValue.KeyOf(text)) is not { } key ? NotALabel : (sbyte)key;
        }

        return personaKeys[index] >= 0 ? (Vocabulary.CommonTerms.PersonaKey)personaKeys[index] : null;
    }

    /// <summary>Stops a cell from counting as a lane label (a table that turned out not to be a journey), leaving its text for the notes.</summary>
    public void ForgetLabel(int row, int column) => laneKinds[Index(row, column)] = NotALabel;

    /// <summary>True when the cell's own text is a stage header word ("Stage", "Giai đoạn").</summary>
    public bool IsStageKeywordAt(int row, int column)
    {
        LaneKindAt(row, column);
        return laneKinds[Index(row, column)] == StageKeyword;
    }

    private sbyte Classify(string? text, int index)
    {
        if (text is null || text.Length > MaxLabelLength || !IsTextValue(index) || LooksLikeSentence(text))
        {
            return NotALabel;
        }

        if (Vocabulary.Lexicon.IsStageHeader(text))
        {
            return StageKeyword;
        }

        return Vocabulary.Lexicon.LaneKindOf(text) is { } kind ? (sbyte)kind : NotALabel;
    }

    public bool IsEmpty(int row, int column) => Text(row, column) is null;

    /// <summary>True when the cell (or its merged area) holds text rather than a number, a boolean or an error.</summary>
    public bool IsTextAt(int row, int column)
    {
        var index = Index(row, column);
        return Text(row, column) is not null && IsTextValue(mergeOf[index] >= 0 ? mergeOf[index] : index);
    }

    /// <summary>
    /// True when a value in the column is merged down or written again right under itself (Awareness, Awareness,
    /// Consideration…): a stage of several rows in a long table. Stops at a cell a grid has taken.
    /// </summary>
    public bool RepeatsDown(int from, int to, int column)
    {
        for (var r = from + 1; r <= to && !IsConsumed(r, column); r++)
        {
            if (Text(r, column) is { } text && (Identity(r, column) == Identity(r - 1, column) || text == Text(r - 1, column)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Marks a cell of a table that was tried as a journey and refused, so the search by shape leaves that table alone.</summary>
    public void Refuse(int row, int column) => refused[Index(row, column)] = true;

    public bool IsRefused(int row, int column) => refused[Index(row, column)];

    public bool IsConsumed(int row, int column) => consumed[Index(row, column)];

    public void Consume(int top, int left, int bottom, int right)
    {
        for (var r = top; r <= bottom; r++)
        {
            for (var c = left; c <= right; c++)
            {
                consumed[Index(r, c)] = true;
            }
        }
    }

    /// <summary>The sheet location of a view cell (the merged area's top-left when merged).</summary>
    public SourceRef Source(int row, int column)
    {
        var index = Index(row, column);
        if (mergeOf[index] >= 0)
        {
            index = mergeOf[index];
        }

        var r = index / gridColumns.Length;
        var c = index % gridColumns.Length;
        return new SourceRef(grid.Name, new CellAddress(grid.Origin.Row + gridRows[r], grid.Origin.Column + gridColumns[c]).ToA1());
    }

    /// <summary>The sheet row number of a view row (of a view column when transposed).</summary>
    public int SheetRowOf(int row, int column) =>
        grid.Origin.Row + gridRows[transposed ? column : row];

    // "2. Use emoji for feelings." is an instruction, not a lane label, whatever words it holds.
    private static bool LooksLikeSentence(string text)
    {
        var trimmed = text.TrimEnd();
        var words = trimmed.Count(c => c == ' ') + 1;
        return words > 3 && (trimmed.EndsWith('.') || trimmed.EndsWith('!') || (char.IsDigit(trimmed[0]) && trimmed.Length > 1 && trimmed[1] is '.' or ')'));
    }

    private bool IsTextValue(int index) =>
        grid[gridRows[index / gridColumns.Length], gridColumns[index % gridColumns.Length]].Kind == CellValueKind.Text;

    private int Index(int row, int column) =>
        transposed ? (column * gridColumns.Length) + row : (row * gridColumns.Length) + column;

    private static int[] VisibleIndexes(int count, int origin, IReadOnlySet<int> hidden)
    {
        if (hidden.Count == 0)
        {
            return Enumerable.Range(0, count).ToArray();
        }

        var visible = new List<int>(count);
        for (var i = 0; i < count; i++)
        {
            if (!hidden.Contains(origin + i))
            {
                visible.Add(i);
            }
        }

        return [.. visible];
    }

    private void MapMergedAreas()
    {
        if (grid.MergedAreas.Count == 0)
        {
            return;
        }

        // Grid-relative index → view index, to find visible cells of each merged area.
        var rowToView = InverseOf(gridRows, grid.Rows);
        var columnToView = InverseOf(gridColumns, grid.Columns);
        foreach (var area in grid.MergedAreas)
        {
            var top = Math.Max(area.First.Row - grid.Origin.Row, 0);
            var bottom = Math.Min(area.Last.Row - grid.Origin.Row, grid.Rows - 1);
            var left = Math.Max(area.First.Column - grid.Origin.Column, 0);
            var right = Math.Min(area.Last.Column - grid.Origin.Column, grid.Columns - 1);
            if (top > bottom || left > right)
            {
                continue;
            }

            var anchor = -1;
            for (var r = top; r <= bottom; r++)
            {
                var vr = rowToView[r];
                if (vr < 0)
                {
                    continue;
                }

                for (var c = left; c <= right; c++)
                {
                    var vc = columnToView[c];
                    if (vc < 0)
                    {
                        continue;
                    }

                    var index = (vr * gridColumns.Length) + vc;
                    if (anchor < 0)
                    {
                        anchor = index;

                        // The value lives in the area's top-left even when that cell is hidden.
                        var value = grid[top, left];
                        var text = value.IsEmpty ? null : value.AsText().Trim();
                        texts[index] = string.IsNullOrEmpty(text) ? null : text;
                    }

                    mergeOf[index] = anchor;
                }
            }
        }
    }

    private static int[] InverseOf(int[] visible, int count)
    {
        var inverse = new int[count];
        Array.Fill(inverse, -1);
        for (var i = 0; i < visible.Length; i++)
        {
            inverse[visible[i]] = i;
        }

        return inverse;
    }
}
