using OfficeJourney.Interpretation.Sheets;
using OfficeJourney.Interpretation.Text;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Interpretation.Tables;

/// <summary>Which axis of a table holds its stages, told by its structure rather than its words.</summary>
internal static class StageAxis
{
    /// <summary>The orientation shows in a table's first lines; looking further only costs.</summary>
    public const int MaxLinesWeighed = 64;

    /// <summary>
    /// Weighs what the structure says about the stage axis. Lanes are kinds of content, so a column of numbers or
    /// of repeated values is a lane (stages run down) and a row of them is a lane (stages run across); a label
    /// column whose values repeat is a long list with the stage written on every row; headers merged over two
    /// columns are stages; lane words the vocabulary knows count where they stand.
    /// </summary>
    public static bool StagesRunDown(SheetView view, CellArea whole)
    {
        var block = whole with
        {
            Bottom = Math.Min(whole.Bottom, whole.Top + MaxLinesWeighed),
            Right = Math.Min(whole.Right, whole.Left + MaxLinesWeighed),
        };
        var down = 0;
        var across = 0;
        for (var c = block.Left + 1; c <= block.Right; c++)
        {
            down += view.LaneKindAt(block.Top, c) is not null ? 2 : 0;
            down += view.IsStageKeywordAt(block.Top, c) ? 3 : 0;
            across += view.IsMergedAcross(block.Top, c) ? 1 : 0;
        }

        for (var r = block.Top + 1; r <= block.Bottom; r++)
        {
            across += view.LaneKindAt(r, block.Left) is not null ? 2 : 0;
        }

        for (var c = block.Left + 1; c <= block.Right; c++)
        {
            down += Uniform(view, block.Top + 1, block.Bottom, c, down: true) ? 2 : 0;
        }

        for (var r = block.Top + 1; r <= block.Bottom; r++)
        {
            across += Uniform(view, block.Left + 1, block.Right, r, down: false) ? 2 : 0;
        }

        for (var c = block.Left + 1; c <= block.Right; c++)
        {
            down += HasDuplicate(view, block.Top + 1, block.Bottom, c, down: true) ? 1 : 0;
        }

        for (var r = block.Top + 1; r <= block.Bottom; r++)
        {
            across += HasDuplicate(view, block.Left + 1, block.Right, r, down: false) ? 1 : 0;
        }

        // Lane labels are short names; steps written as sentences down the first column are the stages.
        down += MedianWords(view, block.Top + 1, block.Bottom, block.Left) >= 5 ? 2 : 0;
        down += view.RepeatsDown(block.Top + 1, block.Bottom, block.Left) ? 3 : 0;
        var rows = whole.Bottom - whole.Top;
        var columns = FilledColumns(view, whole);
        down += rows > columns * 3 / 2 ? 1 : 0;
        across += columns > rows * 3 / 2 ? 1 : 0;
        return down > across;
    }

    /// <summary>The stage column of a stages-down table: the one headed "Stage" (or a synonym), else the first.</summary>
    public static int StageColumn(SheetView view, CellArea block)
    {
        for (var c = block.Left; c <= block.Right; c++)
        {
            if (view.IsStageKeywordAt(block.Top, c))
            {
                return c;
            }
        }

        return block.Left;
    }

    // A line of cells all numbers, or with values repeated (High, Medium, High…): one kind of content, a lane.
    private static bool Uniform(SheetView view, int from, int to, int line, bool down)
    {
        var values = new List<string>();
        for (var i = from; i <= to; i++)
        {
            var text = down ? view.Text(i, line) : view.Text(line, i);
            if (text is not null)
            {
                values.Add(text);
            }
        }

        if (values.Count < 2)
        {
            return false;
        }

        var numbers = values.Count(v => Numbers.TryParse(v, out _));
        var distinct = values.Select(TextKey.Normalize).Distinct(StringComparer.Ordinal).Count();
        return numbers == values.Count || (values.Count >= 3 && distinct <= values.Count / 2);
    }

    private static bool HasDuplicate(SheetView view, int from, int to, int line, bool down)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = from; i <= to; i++)
        {
            if ((down ? view.Text(i, line) : view.Text(line, i)) is { } text && !Numbers.TryParse(text, out _) && !seen.Add(TextKey.Normalize(text)))
            {
                return true;
            }
        }

        return false;
    }

    private static int MedianWords(SheetView view, int from, int to, int column)
    {
        var counts = new List<int>();
        for (var r = from; r <= to; r++)
        {
            if (view.Text(r, column) is { } text)
            {
                counts.Add(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
            }
        }

        counts.Sort();
        return counts.Count == 0 ? 0 : counts[counts.Count / 2];
    }

    private static int FilledColumns(SheetView view, CellArea block)
    {
        var count = 0;
        for (var c = block.Left; c <= block.Right; c++)
        {
            count += view.IsEmpty(block.Top, c) ? 0 : 1;
        }

        return count;
    }
}
