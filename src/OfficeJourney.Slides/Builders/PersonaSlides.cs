using System.Globalization;
using OfficeJourney.Model;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Slides.Builders;

/// <summary>
/// One card per persona, three to a slide, each with a round picture placeholder of the slide's layout for the persona's
/// photo; until one is put in, the persona's initials show there.
/// </summary>
internal sealed class PersonaSlides : ISlideKind
{
    private const int CardsPerSlide = 3;

    // The layout's picture placeholders are idx 10, 11, 12 (Scaffold/slideLayoutPersonas.xml).
    private const int FirstPhotoIndex = 10;
    private static readonly long Gap = Emu.Inches(0.3);
    private static readonly long Photo = Emu.Inches(1.1);
    private static readonly long PhotoTop = Emu.Inches(0.2);

    public string Name => "personas";

    public DeckSlides Slide => DeckSlides.Personas;

    public bool Applies(JourneyMap map) => map.Personas.Count > 0;

    public int Fewest(JourneyMap map) => (map.Personas.Count + CardsPerSlide - 1) / CardsPerSlide;

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
                var left = DeckContext.Margin + ((CardsPerSlide - cards.Count) * (width + Gap) / 2); // fewer cards stand in the middle
                for (var c = 0; c < cards.Count; c++)
                {
                    var visual = context.VisualColumn(c, cards.Count);
                    var box = new Box(left + (visual * (width + Gap)), top, width, DeckContext.ContentBottom - top);
                    DrawCard(xml, context, personas[c], c, box, cards[c]);
                }
            }, SlideLayout.PersonaCards);
        }
    }

    // The card, the photo's place (initials under the picture placeholder), then the text under the photo.
    private static void DrawCard(SlideXml xml, DeckContext context, Persona persona, int position, Box card, List<Paragraph> text)
    {
        var theme = context.Theme;
        xml.Shape("Persona " + persona.Name, "roundRect", card, theme.Paper, theme.Line);
        var photo = new Box(card.X + ((card.Width - Photo) / 2), card.Y + PhotoTop, Photo, Photo);
        xml.Shape("Initials " + persona.Name, "ellipse", photo, theme.Phase, null,
            [new Paragraph(Initials(persona.Name), 28, Bold: true, Color: theme.Brand, Align: Align.Center)], Align.Center, insetPoints: 0);
        xml.PicturePlaceholder("Photo " + persona.Name, FirstPhotoIndex + position, photo);
        var textTop = photo.Y + photo.Height + Emu.Inches(0.1);
        xml.Shape("Persona text " + persona.Name, "rect", new Box(card.X, textTop, card.Width, card.Y + card.Height - textTop), null, null, text, textBox: true, insetPoints: 12);
    }

    /// <summary>The first letter of the name's first two words ("Busy parent" → "BP"), whole characters in any script.</summary>
    public static string Initials(string name) => string.Concat(name
        .Split([' ', '\t', '\n', ',', '-', '—', '–', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
        .Where(word => char.IsLetterOrDigit(word, 0))
        .Take(2)
        .Select(word => StringInfo.GetNextTextElement(word, 0).ToUpperInvariant()));

    private static List<Paragraph> Card(DeckContext context, Persona persona)
    {
        var ink = context.Theme.Ink;
        var brand = context.Theme.Brand;
        var card = new List<Paragraph> { new(persona.Name, 20, Bold: true, Color: brand, Align: Align.Center) };
        if (persona.Demographics is { } demographics)
        {
            card.Add(new Paragraph(demographics, 12, Color: context.Theme.Muted, Align: Align.Center));
        }

        if (persona.Description is { } description)
        {
            card.Add(new Paragraph(description, 12, Color: ink));
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
        List(context.Words.Motivations, persona.Motivations);
        List(context.Words.Objections, persona.Objections);
        card.AddRange(persona.Fields.Select(f => new Paragraph(f.Name.Length > 0 ? $"{f.Name}: {f.Value}" : f.Value, 12, Color: ink)));
        return card;
    }
}
