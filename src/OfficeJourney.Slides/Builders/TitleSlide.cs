using System.Globalization;
using OfficeJourney.Model;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;
using OfficeJourney.Slides.Options;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Slides.Builders;

/// <summary>Slide 1: title, map type, date and version, and the map's personas as a row of small cards.</summary>
internal sealed class TitleSlide : ISlideKind
{
    private const int MaxCards = 4;
    private const int NameLength = 40;
    private const int LineLength = 70;
    private static readonly long CardGap = Emu.Inches(0.25);
    private static readonly long CardWidth = Emu.Inches(2.7);
    private static readonly long CardHeight = Emu.Inches(1.15);
    private static readonly long CardTop = Emu.Inches(4.75);
    private static readonly long TitleLeft = Emu.Inches(0.9);

    public string Name => "title";

    public DeckSlides Slide => DeckSlides.Title;

    public bool Applies(JourneyMap map) => true;

    // One a map: a document of 200,000 empty maps is refused from this count, before any of them is copied.
    public int Fewest(JourneyMap map) => 1;

    public void Add(DeckContext context)
    {
        var map = context.Map;
        var theme = context.Theme;
        var type = JourneyVocabulary.MapTypeName(map.Type, context.Text.Language);
        var date = (context.Options.Date ?? DateOnly.FromDateTime(DateTime.Today)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var version = context.Options.Version ?? map.Properties.FirstOrDefault(p => JourneyVocabulary.IsVersionKey(p.Name))?.Value;
        var meta = version is null ? date : $"{date}  ·  {context.Words.Version} {version}";

        List<Paragraph> body =
        [
            new(map.Title, 40, Bold: true, Color: theme.Ink),
            new(type, 22, Color: theme.Brand),
            new(meta, 14, Color: theme.Muted),
        ];
        var cards = Cards(context);
        List<Paragraph> notes = [.. body];
        if (map.Personas.Count > 0)
        {
            notes.Insert(2, new Paragraph($"{context.Words.Persona}: {string.Join(", ", map.Personas.Select(p => p.Name))}", 18, Color: theme.Ink));
        }

        context.AddSlide(notes, (xml, _) =>
        {
            var band = context.Text.RightToLeft ? Emu.SlideWidth - Emu.Inches(0.35) : 0;
            xml.Shape("Brand band", "rect", new Box(band, 0, Emu.Inches(0.35), Emu.SlideHeight), theme.BrandFill, null);
            var title = cards.Count == 0
                ? new Box(TitleLeft, Emu.Inches(2.0), Emu.SlideWidth - (2 * TitleLeft), Emu.Inches(3.6))
                : new Box(TitleLeft, Emu.Inches(1.2), Emu.SlideWidth - (2 * TitleLeft), Emu.Inches(3.3));
            xml.Shape("Title", "rect", title, null, null, body, Align.Center, textBox: true);
            DrawCards(xml, context, cards);
        });
    }

    /// <summary>A card per persona, at most four: past that, three and a "+N" card for the rest.</summary>
    private static List<(string Name, List<Paragraph> Text)> Cards(DeckContext context)
    {
        var personas = context.Map.Personas;
        var theme = context.Theme;
        var shown = personas.Count <= MaxCards ? personas.Count : MaxCards - 1;
        var cards = personas.Take(shown).Select(persona =>
        {
            var text = new List<Paragraph> { new(TextFit.Clip(persona.Name, NameLength), 14, Bold: true, Color: theme.Brand, Align: Align.Center) };
            if (OneLine(persona) is { } line)
            {
                text.Add(new Paragraph(TextFit.Clip(line, LineLength), 11, Color: theme.Muted, Align: Align.Center));
            }

            return (persona.Name, text);
        }).ToList();
        if (personas.Count > shown)
        {
            var more = "+" + (personas.Count - shown).ToString(CultureInfo.InvariantCulture);

            // Left-to-right marks keep "+2" from reading "2+" in a right-to-left paragraph.
            var written = context.Text.RightToLeft ? "\u200E" + more + "\u200E" : more;
            cards.Add((more, [new Paragraph(written, 20, Bold: true, Color: theme.Brand, Align: Align.Center)]));
        }

        return cards;
    }

    // What the persona is, in a line: the demographics, the description, or the first other field.
    private static string? OneLine(Persona persona) =>
        persona.Demographics ?? persona.Description ?? persona.Fields.Select(f => f.Value).FirstOrDefault(v => v.Length > 0);

    // The row starts where the title starts: at the left, or at the right in a right-to-left deck.
    private static void DrawCards(SlideXml xml, DeckContext context, List<(string Name, List<Paragraph> Text)> cards)
    {
        var theme = context.Theme;
        var start = TitleLeft + Emu.Points(6);
        for (var c = 0; c < cards.Count; c++)
        {
            var offset = start + (c * (CardWidth + CardGap));
            var x = context.Text.RightToLeft ? Emu.SlideWidth - offset - CardWidth : offset;
            xml.Shape("Persona card " + cards[c].Name, "roundRect", new Box(x, CardTop, CardWidth, CardHeight), theme.Paper, theme.Line, cards[c].Text, Align.Center, insetPoints: 8);
            xml.Shape("Persona card edge " + cards[c].Name, "rect", new Box(x + Emu.Inches(0.3), CardTop, CardWidth - Emu.Inches(0.6), Emu.Points(4)), theme.BrandFill, null);
        }
    }
}
