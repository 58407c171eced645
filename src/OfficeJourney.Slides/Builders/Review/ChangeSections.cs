using OfficeJourney.Comparison;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;

namespace OfficeJourney.Slides.Builders.Review;

/// <summary>
/// Headed lists of what changed — stages and touchpoints added and removed, pain points resolved and new — laid out in
/// two columns on as many slides as they need. A list with nothing in it is left out; when every one is empty the slide
/// says so.
/// </summary>
internal static class ChangeSections
{
    private static readonly long Gap = Emu.Inches(0.4);

    public static List<Section> Structure(DeckContext context, MapReview review)
    {
        var words = context.Words.Review;
        var theme = context.Theme;
        return NonEmpty(
            new Section(words.StagesAdded, theme.Opportunity, review.StagesAdded),
            new Section(words.StagesRemoved, theme.Pain, review.StagesRemoved),
            new Section(words.TouchpointsAdded, theme.Opportunity, [.. review.TouchpointsAdded.Select(Named)]),
            new Section(words.TouchpointsRemoved, theme.Pain, [.. review.TouchpointsRemoved.Select(Named)]));
    }

    public static List<Section> Pains(DeckContext context, MapReview review)
    {
        var words = context.Words.Review;
        return NonEmpty(
            new Section(words.PainsResolved, context.Theme.Opportunity, [.. review.PainsResolved.Select(Named)]),
            new Section(words.PainsNew, context.Theme.Pain, [.. review.PainsNew.Select(Named)]));
    }

    /// <summary>Adds the sections' slides under <paramref name="title"/>; one slide saying <paramref name="none"/> when there are no sections.</summary>
    public static void Add(DeckContext context, string title, string? subtitle, IReadOnlyList<Section> sections, string none)
    {
        var columnWidth = (DeckContext.ContentWidth - Gap) / 2;
        var top = DeckContext.ContentTop + Emu.Inches(0.15);
        var height = DeckContext.ContentBottom - top;
        var pages = sections.Count == 0
            ? [[[new Paragraph(none, Sections.ItemSize, Color: context.Theme.Muted)]]]
            : Sections.Pages(sections, columnWidth, height, 2, context.Theme.Ink);
        var notes = sections.Count == 0 ? [new Paragraph(none)] : Sections.Notes(sections);
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            var numbered = DeckContext.Numbered(title, p + 1, pages.Count);
            context.AddSlide(notes, (xml, _) =>
            {
                context.TitleBar(xml, numbered, subtitle);
                for (var c = 0; c < page.Count; c++)
                {
                    var visual = context.Text.RightToLeft ? page.Count - 1 - c + (2 - page.Count) : c;
                    var left = DeckContext.Margin + (visual * (columnWidth + Gap));
                    xml.Shape("Column " + (c + 1), "rect", new Box(left, top, columnWidth, height), null, null, page[c], textBox: true);
                }
            });
        }
    }

    private static string Named(StageItem item) => $"{item.Stage}: {item.Text}";

    private static List<Section> NonEmpty(params Section[] sections) => [.. sections.Where(s => s.Items.Count > 0)];
}
