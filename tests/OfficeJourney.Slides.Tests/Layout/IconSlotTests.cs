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
    public void Touchpoints_with_a_known_channel_show_its_icon_at_their_leading_side_inside_the_slide_clear_of_text(string kind, string language, bool rightToLeft)
    {
        var map = kind == "retail"
            ? TemplateCatalog.Create(MapType.CurrentState, Industry.Retail, language)
            : TemplateCatalog.Create(MapType.ServiceBlueprint, Industry.Banking, language);
        var options = DeckCorpus.Options with { Slides = DeckSlides.Title | DeckSlides.Overview | DeckSlides.Stages };

        var slides = new SlideShapes(DeckCorpus.Deck([map], options)).Slides();

        var withIcons = slides.Select((slide, index) => (Number: index + 1, Icons: slide.Shapes.Where(s => s.Name.StartsWith(IconName, StringComparison.Ordinal)).ToList(), slide.Shapes))
            .Where(s => s.Icons.Count > 0).ToList();
        Assert.Contains(withIcons, s => s.Number == 2); // the overview
        Assert.True(withIcons.Count > map.Stages.Count, $"{withIcons.Count} slides with icons");
        foreach (var (number, icons, shapes) in withIcons)
        {
            foreach (var icon in icons)
            {
                Assert.Contains(icon.Name[IconName.Length..], OfficeJourney.Vocabulary.ChannelTerms.ChannelKeys);
                Assert.True(icon.X >= 0 && icon.Y >= 0 && icon.Right <= SlideShapes.SlideWidth && icon.Bottom <= SlideShapes.ContentBottom, $"{icon} is off slide {number}");
                Assert.DoesNotContain(shapes, s => s.Text.Length > 0 && Overlap(s, icon));

                // The touchpoint's chip begins right after the icon, on its trailing side.
                Assert.Contains(shapes, s => s.Name == "Touchpoint" && s.Y <= icon.Y && s.Bottom >= icon.Bottom
                    && (rightToLeft ? icon.X - s.Right is >= 0 and <= 60_000 : s.X - icon.Right is >= 0 and <= 60_000));
            }

            Assert.Equal(icons.Count, icons.Select(i => (i.X, i.Y)).Distinct().Count());
        }
    }

    private const string IconName = "Channel icon: ";

    private static bool Overlap(SlideShape shape, SlideShape icon) =>
        shape.X < icon.Right && icon.X < shape.Right && shape.Y < icon.Bottom && icon.Y < shape.Bottom;
}
