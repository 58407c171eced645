using OfficeJourney.Slides.Drawing;

namespace OfficeJourney.Slides.Builders;

/// <summary>The stages as an arrow band, one chevron per stage column; pointing left in a right-to-left deck.</summary>
internal static class StageBand
{
    public static void Draw(SlideXml xml, DeckContext context, IReadOnlyList<int> stages, Func<int, long> columnX, long columnWidth, long top, long height)
    {
        for (var i = 0; i < stages.Count; i++)
        {
            var name = context.Map.Stages[stages[i]].Name;
            xml.Shape("Stage " + name, i == 0 ? "homePlate" : "chevron", new Box(columnX(i), top, columnWidth + OpenXml.Emu.Points(6), height), context.Theme.BrandFill, null,
                [new Paragraph(name, 12, Bold: true, Color: context.Theme.OnBrand, Align: Align.Center)], Align.Center, flipHorizontal: context.Text.RightToLeft);
        }
    }
}
