using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;

namespace OfficeJourney.Slides.Builders;

/// <summary>Part of a table's row, as one slide shows it, and the notes that carry its text whole.</summary>
internal sealed record RowPart(IReadOnlyList<TableCell> Cells, IReadOnlyList<Paragraph> Notes);

/// <summary>A table that continues on further slides, its header repeated, when its rows do not fit.</summary>
internal static class TablePages
{
    public const double CellSize = 12;
    private static readonly long CellMargins = Emu.Points(8);

    public static void Add(DeckContext context, string title, IReadOnlyList<long> widths, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<TableCell>> rows)
    {
        var top = DeckContext.ContentTop + Emu.Inches(0.15);
        var available = DeckContext.ContentBottom - top;
        context.Plan(Fewest(rows, available - Shortest(1)));
        var headerRow = (Height(header.Select(h => (IReadOnlyList<string>)[h]).ToList(), widths), Header(context, header));
        var pages = new List<List<(long Height, RowPart Part)>>();
        var page = new List<(long Height, RowPart Part)>();
        var used = headerRow.Item1;
        foreach (var part in rows.SelectMany(r => SplitTallRow(r, header, widths, available - headerRow.Item1)))
        {
            var height = RowHeight(part.Cells, widths);
            if (page.Count > 0 && used + height > available)
            {
                pages.Add(page);
                page = [];
                used = headerRow.Item1;
            }

            page.Add((height, part));
            used += height;
        }

        pages.Add(page);
        context.Plan(pages.Count);
        for (var p = 0; p < pages.Count; p++)
        {
            var pageRows = pages[p];
            var allRows = new List<(long Height, IReadOnlyList<TableCell> Cells)> { headerRow };
            allRows.AddRange(pageRows.Select(r => (r.Height, r.Part.Cells)));
            var notes = pageRows.SelectMany(r => r.Part.Notes).ToList();
            var slideTitle = DeckContext.Numbered(title, p + 1, pages.Count);
            context.AddSlide(notes, (xml, _) =>
            {
                context.TitleBar(xml, slideTitle);
                xml.Table(title, new Box(DeckContext.Margin, top, widths.Sum(), allRows.Sum(r => r.Height)), widths, allRows, context.Theme.Line);
            });
        }
    }

    /// <summary>
    /// The fewest slides the rows can take under their header, from their paragraphs' count alone (each a line at
    /// least): a row is as tall as its fullest cell, however it is split. Counted before any text is measured.
    /// </summary>
    private static int Fewest(IReadOnlyList<IReadOnlyList<TableCell>> rows, long room)
    {
        long total = 0;
        foreach (var row in rows)
        {
            total += Math.Min(room, Shortest(row.Max(c => c.Paragraphs.Count)));
        }

        return (int)Math.Max(1, (total + room - 1) / room);
    }

    /// <summary>No row with this many paragraphs in its fullest cell is shorter.</summary>
    private static long Shortest(int paragraphs) => TextFit.Height(Math.Max(1, paragraphs), CellSize) + CellMargins + Emu.Points(4);

    private static long RowHeight(IReadOnlyList<TableCell> row, IReadOnlyList<long> widths) =>
        Height([.. row.Select(c => (IReadOnlyList<string>)[.. c.Paragraphs.Select(p => (p.Prefix ?? string.Empty) + p.Text)])], widths);

    /// <summary>
    /// A row taller than a slide becomes several, the first cell (the stage) repeated, the others' paragraphs shared out
    /// in order; a paragraph taller than a whole row keeps the start that fills one, with "…". Each part's notes carry
    /// its paragraphs whole.
    /// </summary>
    private static IEnumerable<RowPart> SplitTallRow(IReadOnlyList<TableCell> row, IReadOnlyList<string> header, IReadOnlyList<long> widths, long available)
    {
        if (RowHeight(row, widths) <= available)
        {
            yield return new RowPart(row, [.. row.SelectMany((cell, c) => cell.Paragraphs.Select(p => Paragraph.Note(header[c], p.Text)))]);
            yield break;
        }

        var room = available - CellMargins - Emu.Points(4);
        var taken = new int[row.Count];
        while (Enumerable.Range(1, row.Count - 1).Any(c => taken[c] < row[c].Paragraphs.Count))
        {
            var cells = new List<TableCell> { row[0] };
            var notes = row[0].Paragraphs.Select(p => Paragraph.Note(header[0], p.Text)).ToList();
            for (var c = 1; c < row.Count; c++)
            {
                var paragraphs = new List<Paragraph>();
                long used = 0;
                while (taken[c] < row[c].Paragraphs.Count)
                {
                    var whole = row[c].Paragraphs[taken[c]];
                    var paragraph = Fitted(whole, widths[c], room);
                    var height = TextFit.Height((paragraph.Prefix ?? string.Empty) + paragraph.Text, widths[c] - CellMargins, CellSize);
                    if (paragraphs.Count > 0 && used + height > room)
                    {
                        break;
                    }

                    paragraphs.Add(paragraph);
                    notes.Add(Paragraph.Note(header[c], whole.Text));
                    taken[c]++;
                    used += height;
                }

                cells.Add(row[c] with { Paragraphs = paragraphs });
            }

            yield return new RowPart(cells, notes);
        }
    }

    /// <summary>A paragraph as it fits in a whole row: its start with "…" when it is taller.</summary>
    private static Paragraph Fitted(Paragraph paragraph, long width, long room)
    {
        var prefix = paragraph.Prefix ?? string.Empty;
        var lines = Math.Max(1, (int)(room / TextFit.TallestLine(CellSize)) - 1);
        var text = TextFit.Fitted(prefix + paragraph.Text, width - CellMargins, CellSize, lines);
        return text.Length == prefix.Length + paragraph.Text.Length ? paragraph : paragraph with { Text = text[prefix.Length..] };
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
