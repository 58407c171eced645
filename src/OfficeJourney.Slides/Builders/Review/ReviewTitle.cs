using System.Globalization;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;

namespace OfficeJourney.Slides.Builders.Review;

/// <summary>The first slide of a review: the map's title, what the deck is ("What changed"), which two versions, the date.</summary>
internal static class ReviewTitle
{
    public static void Add(DeckContext context, string heading, ReviewLabels labels)
    {
        var date = (context.Options.Date ?? DateOnly.FromDateTime(DateTime.Today)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        List<Paragraph> body =
        [
            new(context.Map.Title, 40, Bold: true, Color: context.Theme.Ink),
            new(heading, 24, Color: context.Theme.Brand),
            new($"{labels.Then} → {labels.Now}", 18, Color: context.Theme.Ink),
            new(date, 14, Color: context.Theme.Muted),
        ];

        context.AddSlide(body, (xml, _) =>
        {
            var band = context.Text.RightToLeft ? Emu.SlideWidth - Emu.Inches(0.35) : 0;
            xml.Shape("Brand band", "rect", new Box(band, 0, Emu.Inches(0.35), Emu.SlideHeight), context.Theme.BrandFill, null);
            xml.Shape("Title", "rect", new Box(Emu.Inches(0.9), Emu.Inches(2.0), Emu.SlideWidth - Emu.Inches(1.8), Emu.Inches(3.6)), null, null, body, Align.Center, textBox: true);
        });
    }
}
