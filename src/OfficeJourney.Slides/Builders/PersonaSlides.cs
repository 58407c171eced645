using OfficeJourney.Model;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Slides.Builders;

/// <summary>One card per persona, three to a slide.</summary>
internal sealed class PersonaSlides : ISlideKind
{
    private const int CardsPerSlide = 3;
    private static readonly long Gap = Emu.Inches(0.3);

    public string Name => "personas";

    public DeckSlides Slide => DeckSlides.Personas;

    public bool Applies(JourneyMap map) => map.Personas.Count > 0;

    public void Add(DeckContext context)
    {
        var chunks = Format.Chunks(context.Map.Personas, CardsPerSlide);
        for (var p = 0; p < chunks.Count; p++)
        {
            var personas = chunks[p];
            var cards = personas.Select(persona => Card(context, persona)).ToList();
            var title = DeckContext.Numbered(context.Words.Personas, p + 1, chunks.Count);
            context.AddSlide([.. cards.SelectMany(c => c)], (xml, _) =>
            {
                context.TitleBar(xml, title);
                var width = (DeckContext.ContentWidth - ((CardsPerSlide - 1) * Gap)) / CardsPerSlide;
                var top = DeckContext.ContentTop + Emu.Inches(0.15);
                for (var c = 0; c < cards.Count; c++)
                {
                    var visual = context.VisualColumn(c, CardsPerSlide);
                    var box = new Box(DeckContext.Margin + (visual * (width + Gap)), top, width, DeckContext.ContentBottom - top);
                    xml.Shape("Persona " + personas[c].Name, "roundRect", box, context.Theme.Paper, context.Theme.Line, cards[c], insetPoints: 12);
                }
            });
        }
    }

    private static List<Paragraph> Card(DeckContext context, Persona persona)
    {
        var ink = context.Theme.Ink;
        var brand = context.Theme.Brand;
        var card = new List<Paragraph> { new(persona.Name, 20, Bold: true, Color: brand) };
        if (persona.Description is { } description)
        {
            card.Add(new Paragraph(description, 12, Color: ink));
        }

        if (persona.Demographics is { } demographics)
        {
            card.Add(new Paragraph(demographics, 12, Color: context.Theme.Muted));
        }

        void List(string heading, IReadOnlyList<string> items)
        {
            if (items.Count > 0)
            {
                card.Add(new Paragraph(heading, 13, Bold: true, Color: brand));
                card.AddRange(items.Select(i => new Paragraph(i, 12, Color: ink, Bullet: true)));
            }
        }

        List(context.Lane(LaneKind.Goals), persona.Goals);
        List("♥", persona.Motivations);
        List("?", persona.Objections);
        card.AddRange(persona.Fields.Select(f => new Paragraph(f.Name.Length > 0 ? $"{f.Name}: {f.Value}" : f.Value, 12, Color: ink)));
        return card;
    }
}
