using OfficeJourney.Slides.Drawing;

namespace OfficeJourney.Slides.Builders;

/// <summary>A headed list: "Pain points" and its items.</summary>
internal sealed record Section(string Heading, string Color, IReadOnlyList<string> Items);

/// <summary>
/// Lays sections out in columns, and columns on slides, by estimated height; a section longer than a
/// column goes on in the next one under its heading again. Nothing is cut: whatever does not fit moves on.
/// </summary>
internal static class Sections
{
    public const double HeadingSize = 18;
    public const double ItemSize = 15;

    public static List<List<List<Paragraph>>> Pages(IReadOnlyList<Section> sections, long columnWidth, long columnHeight, int columnsPerPage, string ink)
    {
        var columns = new List<List<Paragraph>>();
        var column = new List<Paragraph>();
        long used = 0;
        var headingHeight = TextFit.Height(1, HeadingSize) + TextFit.Height(1, 4);

        void NextColumn()
        {
            columns.Add(column);
            column = [];
            used = 0;
        }

        foreach (var section in sections)
        {
            if (used > 0 && used + headingHeight + TextFit.Height(1, ItemSize) > columnHeight)
            {
                NextColumn();
            }

            column.Add(new Paragraph(section.Heading, HeadingSize, Bold: true, Color: section.Color));
            used += headingHeight;
            foreach (var item in section.Items)
            {
                var height = TextFit.Height(item, columnWidth - OpenXml.Emu.Points(26), ItemSize);
                if (used + height > columnHeight && column.Count > 1)
                {
                    NextColumn();
                    column.Add(new Paragraph(section.Heading, HeadingSize, Bold: true, Color: section.Color));
                    used += headingHeight;
                }

                column.Add(new Paragraph(item, ItemSize, Color: ink, Bullet: true));
                used += height;
            }
        }

        if (column.Count > 0)
        {
            columns.Add(column);
        }

        return Format.Chunks(columns, columnsPerPage).Where(page => page.Count > 0).ToList();
    }

    public static List<Paragraph> Notes(IEnumerable<Section> sections) =>
        [.. sections.SelectMany(s => s.Items.Select(i => Paragraph.Note(s.Heading, i)))];
}
