using System.Globalization;
using OfficeJourney.Model;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;
using OfficeJourney.Slides.Options;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Slides.Builders;

/// <summary>Slide 1: title, map type, persona names, date and version.</summary>
internal sealed class TitleSlide : ISlideKind
{
    public string Name => "title";

    public DeckSlides Slide => DeckSlides.Title;

    public bool Applies(JourneyMap map) => true;

    public void Add(DeckContext context)
    {
        var map = context.Map;
        var type = JourneyVocabulary.MapTypeName(map.Type, context.Text.Language);
        var date = (context.Options.Date ?? DateOnly.FromDateTime(DateTime.Today)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var version = context.Options.Version ?? map.Properties.FirstOrDefault(p => JourneyVocabulary.IsVersionKey(p.Name))?.Value;
        var personas = map.Personas.Count == 0 ? null : $"{context.Words.Persona}: {string.Join(", ", map.Personas.Select(p => p.Name))}";
        var meta = version is null ? date : $"{date}  ·  {context.Words.Version} {version}";

        List<Paragraph> body =
        [
            new(map.Title, 40, Bold: true, Color: context.Theme.Ink),
            new(type, 22, Color: context.Theme.Brand),
        ];
        if (personas is not null)
        {
            body.Add(new Paragraph(personas, 18, Color: context.Theme.Ink));
        }

        body.Add(new Paragraph(meta, 14, Color: context.Theme.Muted));

        context.AddSlide(body, (xml, _) =>
        {
            var band = context.Text.RightToLeft ? Emu.SlideWidth - Emu.Inches(0.35) : 0;
            xml.Shape("Brand band", "rect", new Box(band, 0, Emu.Inches(0.35), Emu.SlideHeight), context.Theme.Brand, null);
            xml.Shape("Title", "rect", new Box(Emu.Inches(0.9), Emu.Inches(2.0), Emu.SlideWidth - Emu.Inches(1.8), Emu.Inches(3.6)), null, null, body, Align.Center, textBox: true);
        });
    }
}
