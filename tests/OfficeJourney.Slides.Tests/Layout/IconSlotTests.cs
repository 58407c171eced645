using OfficeJourney.Excel.Templates;
using OfficeJourney.Model;
using OfficeJourney.Slides.Builders;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Slides.Tests.Layout;

public sealed class IconSlotTests
{
    public static TheoryData<string, string, bool> Maps() => new()
    {
        { "retail", "en", false },
        { "banking-blueprint", "fa", true },
        { "retail", "th", false },
    };

    [Theory]
    [MemberData(nameof(Maps))]
    public void Touchpoints_with_a_known_channel_leave_an_icon_slot_at_their_leading_side_inside_the_slide_clear_of_text(string kind, string language, bool rightToLeft)
    {
        var map = kind == "retail"
            ? TemplateCatalog.Create(MapType.CurrentState, Industry.Retail, language)
            : TemplateCatalog.Create(MapType.ServiceBlueprint, Industry.Banking, language);
        using var stream = new MemoryStream();
        IReadOnlyList<SlideIconSlots> slides;
        using (var deck = new DeckPackage(stream, DeckTheme.Default.ThemePartValues("t"), DeckTheme.Default.ThemePartValues("n")))
        {
            var context = new DeckContext(deck, map, DeckCorpus.Options);
            new OverviewSlides().Add(context);
            new StageSlides().Add(context);
            slides = context.IconSlots;
        }

        var shapes = new SlideShapes(stream.ToArray()).Slides();
        Assert.Contains(slides, s => s.Slide == 1); // the overview
        Assert.True(slides.Count > map.Stages.Count, $"{slides.Count} slides with slots");
        foreach (var (number, slots) in slides)
        {
            var onSlide = shapes[number - 1].Shapes;
            foreach (var (key, box) in slots)
            {
                Assert.Contains(key, OfficeJourney.Vocabulary.ChannelTerms.ChannelKeys);
                Assert.True(box.X >= 0 && box.Y >= 0 && box.X + box.Width <= SlideShapes.SlideWidth && box.Y + box.Height <= SlideShapes.ContentBottom, $"{box} is off the slide");
                Assert.DoesNotContain(onSlide, s => s.Text.Length > 0 && Overlap(s, box));

                // The touchpoint's chip begins right after the slot, on its trailing side.
                Assert.Contains(onSlide, s => s.Name == "Touchpoint" && s.Y <= box.Y && s.Bottom >= box.Y + box.Height
                    && (rightToLeft ? box.X - s.Right is >= 0 and <= 60_000 : s.X - (box.X + box.Width) is >= 0 and <= 60_000));
            }

            Assert.Equal(slots.Count, slots.Select(s => s.Box).Distinct().Count());
        }
    }

    private static bool Overlap(SlideShape shape, Box box) =>
        shape.X < box.X + box.Width && box.X < shape.Right && shape.Y < box.Y + box.Height && box.Y < shape.Bottom;
}
