using OfficeJourney.Model;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;
using OfficeJourney.Slides.Options;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Slides.Builders;

/// <summary>What every slide builder of one map needs: the deck it adds slides to, the map, its text style and words, the theme, the options.</summary>
internal sealed class DeckContext(DeckPackage deck, JourneyMap map, DeckOptions options)
{
    public const double TitleSize = 26;


    public static readonly long Margin = Emu.Inches(0.45);
    public static readonly long ContentTop = Emu.Inches(1.25);
    public static readonly long ContentBottom = Emu.SlideHeight - Emu.Inches(0.45);
    public static readonly long ContentWidth = Emu.SlideWidth - (2 * Margin);

    public JourneyMap Map { get; } = map;

    public DeckOptions Options { get; } = options;

    public DeckTheme Theme => Options.Theme;

    public TextStyle Text { get; } = TextOf(map);

    public DeckWords Words { get; } = DeckWords.For(LanguageOf(map));

    public string Lane(LaneKind kind) => kind == LaneKind.Custom ? string.Empty : JourneyVocabulary.LaneLabel(kind, Text.Language);

    /// <summary>
    /// Refuses the deck before any of <paramref name="slides"/> more is drawn when they would take it past the most it
    /// may hold: a slide kind calls it with the slides it has laid out, before drawing them, and may call it first
    /// with the fewest its content could take, counted before any text is measured.
    /// </summary>
    /// <param name="slides">How many slides more, or at least how many.</param>
    /// <exception cref="DeckTooLargeException">The slides would not fit.</exception>
    public void Plan(int slides)
    {
        if (deck.SlideCount + slides > Options.MaxSlides)
        {
            throw new DeckTooLargeException(Options.MaxSlides);
        }
    }

    /// <summary>Adds a slide drawn by <paramref name="draw"/> on a layout, its speaker notes carrying <paramref name="notes"/>.</summary>
    /// <exception cref="DeckTooLargeException">The deck already holds as many slides as it may.</exception>
    public void AddSlide(IReadOnlyList<Paragraph> notes, Action<SlideXml, SlideParts> draw, SlideLayout layout = SlideLayout.Blank)
    {
        Plan(1);

        deck.AddSlide(
            (stream, parts) =>
            {
                using var xml = new SlideXml(stream, Text);
                draw(xml, parts);
            },
            stream =>
            {
                using var xml = new SlideXml(stream, Text, root: "notes");
                xml.NotesBody(notes);
            },
            layout);
    }

    /// <summary>
    /// Adds a slide whose layout leaves squares for channel icons before its touchpoints, and draws each channel's
    /// icon in its square: the one place icons are drawn, with the slide's writer and parts at hand.
    /// </summary>
    public void AddSlide(IReadOnlyList<Paragraph> notes, Func<SlideXml, SlideParts, IReadOnlyList<IconSlot>> draw) =>
        AddSlide(notes, (xml, parts) =>
        {
            foreach (var (channel, box) in draw(xml, parts))
            {
                xml.ChannelIcon(parts, channel, box, Text.Language);
            }
        });

    /// <summary>The title bar every content slide starts with.</summary>
    public void TitleBar(SlideXml xml, string title, string? subtitle = null)
    {
        var (shown, size) = FitTitle(title);
        xml.Shape("Title", "rect", new Box(Margin, Emu.Inches(0.3), ContentWidth, Emu.Inches(0.6)), null, null,
            [new Paragraph(shown, size, Bold: true, Color: Theme.Brand)], Align.Center, textBox: true);
        xml.Shape("Title rule", "rect", new Box(Margin, Emu.Inches(0.93), ContentWidth, Emu.Points(2)), Theme.Brand, null);
        if (subtitle is not null)
        {
            xml.Shape("Subtitle", "rect", new Box(Margin, Emu.Inches(0.98), ContentWidth, Emu.Inches(0.3)), null, null,
                [new Paragraph(subtitle, 12, Color: Theme.Muted)], textBox: true, insetPoints: 2);
        }

        xml.Shape("Footer", "rect", new Box(Margin, Emu.SlideHeight - Emu.Inches(0.38), ContentWidth, Emu.Inches(0.28)), null, null,
            [new Paragraph(TextFit.Fitted(Map.Title, ContentWidth - Emu.Points(4), 10, 1), 10, Color: Theme.Muted, Align: Align.End)], textBox: true, insetPoints: 2);
    }

    /// <summary>
    /// The title on one line at 26 pt, or smaller down to 18 pt; a longer one (a whole sentence naming a stage) is cut
    /// there with "…": the slide's notes and the overview carry it whole.
    /// </summary>
    private static (string Text, double Size) FitTitle(string title)
    {
        var width = ContentWidth - Emu.Points(14);
        for (var size = TitleSize; size >= 18; size -= 2)
        {
            if (TextFit.Lines(title, width, size) == 1)
            {
                return (title, size);
            }
        }

        return (TextFit.Fitted(title, width, 18, 1), 18);
    }

    /// <summary>Slide title with "(2/3)" when a slide continues on others.</summary>
    public static string Numbered(string title, int part, int parts) => parts <= 1 ? title : $"{title} ({part}/{parts})";

    /// <summary>Stage indexes in reading order: mirrored for right-to-left maps.</summary>
    public int VisualColumn(int stage, int count) => Text.RightToLeft ? count - 1 - stage : stage;

    // A map in a language the deck has no words for gets an English deck.
    private static string LanguageOf(JourneyMap map) => map.Language is { } tag && Language.IsSupported(tag) ? tag : Language.English;

    private static TextStyle TextOf(JourneyMap map)
    {
        var language = Language.Of(LanguageOf(map));
        return new TextStyle(language.Tag, language.Culture, map.RightToLeft || language.RightToLeft, DeckTheme.LatinFont, language.ComplexScriptFont);
    }
}
