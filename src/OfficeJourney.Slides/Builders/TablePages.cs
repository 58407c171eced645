using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;

namespace OfficeJourney.Slides.Builders;

/// <summary>A table that continues on further slides, its header repeated, when its rows do not fit.</summary>
internal static class TablePages
{
    public const double CellSize = 12;
    private static readonly long CellMargins = Emu.Points(8);

    public static void Add(DeckContext context, string title, IReadOnlyList<long> widths, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<TableCell>> rows)
    {
        var top = DeckContext.ContentTop + Emu.Inches(0.15);
        var available = DeckContext.ContentBottom - top;
        var headerRow = (Height(header.Select(h => (IReadOnlyList<string>)[h]).ToList(), widths), Header(context, header));
        var pages = new List<List<(long, IReadOnlyList<TableCell>)>>();
        var page = new List<(long, IReadOnlyList<TableCell>)>();
        var used = headerRow.Item1;
        foreach (var row in rows.SelectMany(r => SplitTallRow(r, widths, available - headerRow.Item1)))
        {
            var height = RowHeight(row, widths);
            if (page.Count > 0 && used + height > available)
            {
                pages.Add(page);
                page = [];
                used = headerRow.Item1;
            }

            page.Add((height, row));
            used += height;
        }

        pages.Add(page);
        for (var p = 0; p < pages.Count; p++)
        {
            var pageRows = pages[p];
            var allRows = new List<(long Height, IReadOnlyList<TableCell> Cells)> { headerRow };
            allRows.AddRange(pageRows.Select(r => (r.Item1, (IReadOnlyList<TableCell>)[.. r.Item2.Select(WithALine)])));
            var notes = pageRows.SelectMany(r => r.Item2.Select((cell, c) => (cell, c)))
                .SelectMany(x => x.cell.Paragraphs.Select(paragraph => new Paragraph($"{header[x.c]}: {paragraph.Text}")))
                .ToList();
            var slideTitle = DeckContext.Numbered(title, p + 1, pages.Count);
            context.AddSlide(notes, (xml, _) =>
            {
                context.TitleBar(xml, slideTitle);
                xml.Table(title, new Box(DeckContext.Margin, top, widths.Sum(), allRows.Sum(r => r.Height)), widths, allRows, context.Theme.Line);
            });
        }
    }

    /// <summary>
    /// An empty cell (a stage without opportunities, the rest of a split row) still holds a line of the cell's size: a
    /// paragraph-less cell's line is the renderer's 18 pt, and LibreOffice grew a Persian row 4 pt past its estimate with it.
    /// </summary>
    private static TableCell WithALine(TableCell cell) =>
        cell.Paragraphs.Count > 0 ? cell : cell with { Paragraphs = [new Paragraph(string.Empty, CellSize)] };

    private static long RowHeight(IReadOnlyList<TableCell> row, IReadOnlyList<long> widths) =>
        Height([.. row.Select(c => (IReadOnlyList<string>)[.. c.Paragraphs.Select(p => (p.Prefix ?? string.Empty) + p.Text)])], widths);

    /// <summary>A row taller than a slide becomes several, the first cell (the stage) repeated, the others' paragraphs shared out in order.</summary>
    private static IEnumerable<IReadOnlyList<TableCell>> SplitTallRow(IReadOnlyList<TableCell> row, IReadOnlyList<long> widths, long available)
    {
        if (RowHeight(row, widths) <= available)
        {
            yield return row;
            yield break;
        }

        row = [row[0], .. row.Skip(1).Select((cell, c) => cell with { Paragraphs = [.. cell.Paragraphs.SelectMany(p => Pieces(p, widths[c + 1], available))] })];
        var taken = new int[row.Count];
        while (Enumerable.Range(1, row.Count - 1).Any(c => taken[c] < row[c].Paragraphs.Count))
        {
            var part = new List<TableCell> { row[0] };
            for (var c = 1; c < row.Count; c++)
            {
                var paragraphs = new List<Paragraph>();
                long used = 0;
                while (taken[c] < row[c].Paragraphs.Count)
                {
                    var paragraph = row[c].Paragraphs[taken[c]];
                    var height = TextFit.Height((paragraph.Prefix ?? string.Empty) + paragraph.Text, widths[c] - CellMargins, CellSize);
                    if (paragraphs.Count > 0 && used + height > available - CellMargins - Emu.Points(4))
                    {
                        break;
                    }

                    paragraphs.Add(paragraph);
                    taken[c]++;
                    used += height;
                }

                part.Add(row[c] with { Paragraphs = paragraphs });
            }

            yield return part;
        }
    }

    /// <summary>A paragraph taller than a whole row cut at word boundaries into paragraphs that each fit one.</summary>
    private static IEnumerable<Paragraph> Pieces(Paragraph paragraph, long width, long available)
    {
        var text = (paragraph.Prefix ?? string.Empty) + paragraph.Text;
        if (TextFit.Height(text, width - CellMargins, CellSize) <= available - CellMargins - Emu.Points(4))
        {
            return [paragraph];
        }

        var perLine = (int)((width - CellMargins) / (CellSize * 0.9 * Emu.PerPoint));
        var lines = (int)((available - CellMargins - Emu.Points(4)) / TextFit.TallestLine(CellSize)) - 1;
        return TextSplit.Pieces(paragraph.Text, Math.Max(1, perLine) * Math.Max(1, lines) * 8 / 10).Select(piece => paragraph with { Text = piece });
    }

    private static List<TableCell> Header(DeckContext context, IReadOnlyList<string> header) =>
        [.. header.Select(h => new TableCell([new Paragraph(h, CellSize, Bold: true, Color: "FFFFFF")], context.Theme.Brand))];

    private static long Height(List<IReadOnlyList<string>> cells, IReadOnlyList<long> widths)
    {
        long height = TextFit.Height(1, CellSize);
        for (var c = 0; c < cells.Count && c < widths.Count; c++)
        {
            height = Math.Max(height, TextFit.Height(cells[c], widths[c] - CellMargins, CellSize));
        }

        return height + CellMargins + Emu.Points(4);
    }
}
