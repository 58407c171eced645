using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;

namespace OfficeJourney.Slides.Builders;

/// <summary>The stages as an arrow band, one chevron per stage column; pointing left in a right-to-left deck.</summary>
internal static class StageBand
{
    private const double MaxSize = 12;
    private const double MinSize = 10;
    private const double Inset = 4;

    public static void Draw(SlideXml xml, DeckContext context, IReadOnlyList<int> stages, Func<int, long> columnX, long columnWidth, long top, long height)
    {
        for (var i = 0; i < stages.Count; i++)
        {
            var (name, size) = Fit(context.Map.Stages[stages[i]].Name, columnWidth, height);
            xml.Shape("Stage " + context.Map.Stages[stages[i]].Name, i == 0 ? "homePlate" : "chevron", new Box(columnX(i), top, columnWidth + Emu.Points(6), height), context.Theme.BrandFill, null,
                [new Paragraph(name, size, Bold: true, Color: context.Theme.OnBrand, Align: Align.Center)], Align.Center, flipHorizontal: context.Text.RightToLeft, insetPoints: Inset);
        }
    }

    /// <summary>
    /// The largest size from 12 down to 10 pt at which the name fits its chevron; a name too long even at 10 pt (a whole
    /// sentence heading a column) is cut with "…" there, whole in the stage slide's title and the notes.
    /// </summary>
    internal static (string Text, double Size) Fit(string name, long columnWidth, long height)
    {
        // The chevron's points take half its height on each side; the text sits between them.
        var width = columnWidth - height - Emu.Points(2 * Inset);
        var room = height - Emu.Points(2 * Inset);
        for (var size = MaxSize; size >= MinSize; size -= 0.5)
        {
            if (TextFit.Height(name, width, size) <= room)
            {
                return (name, size);
            }
        }

        var lines = Math.Max(1, (int)(room / TextFit.Height(1, MinSize)));
        return (TextFit.Fitted(name, width, MinSize, lines), MinSize);
    }
}
