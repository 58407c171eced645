using System.Xml.Linq;
using CsCheck;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using OfficeJourney.Model;

namespace OfficeJourney.Slides.Tests;

/// <summary>
/// Text that XML cannot hold (C0 controls, U+FFFE/U+FFFF, lone surrogates), mixed with Persian, Thai and emoji,
/// in every text field of a map: the deck still opens, every part is well-formed and valid, and the text is kept
/// but for the characters no file can carry.
/// </summary>
public sealed class UnsafeTextDeckTests
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private static readonly Gen<char> Hostile = Gen.OneOf(
        Gen.Char['\0', '\u001F'],
        Gen.Const('\uFFFE'),
        Gen.Const('\uFFFF'),
        Gen.Char['\uD800', '\uDFFF'],
        Gen.Char['\u0600', '\u06FF'],
        Gen.Char['\u0E00', '\u0E7F'],
        Gen.Char['a', 'z']);

    private static readonly Gen<string> Text = Gen.String[Hostile, 1, 12];

    [Fact]
    public void Every_text_field_with_characters_xml_cannot_hold_still_makes_a_valid_deck()
    {
        Text.Array[12].Sample(texts =>
        {
            var map = MapOf(texts);
            using var output = new MemoryStream();
            DeckWriter.Write(map, output, DeckCorpus.Options);
            var bytes = output.ToArray();

            using (var document = PresentationDocument.Open(new MemoryStream(bytes), false))
            {
                var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document).Take(3).Select(e => e.Description).ToList();
                Assert.True(errors.Count == 0, string.Join("\n", errors));
            }

            var deck = new DeckInvariants(bytes);
            var slideText = string.Concat(deck.Parts.Where(p => p.StartsWith("/ppt/slides/slide", StringComparison.Ordinal) && p.EndsWith(".xml", StringComparison.Ordinal))
                .SelectMany(p => deck.Xml(p).Descendants(A + "t")).Select(t => t.Value));
            // Line breaks become paragraphs on a slide: compare what is written, not how it is laid out.
            Assert.Contains(Visible(CleanText.Of(texts[1])), Visible(slideText), StringComparison.Ordinal);
        }, iter: 40);
    }

    [Fact]
    public void Clean_text_drops_only_what_xml_cannot_hold()
    {
        Assert.Equal("a\tb\nc😀دอ", CleanText.Of("a\u0001\tb\u000B\nc😀\uFFFE\uD800د\uDC00อ\uFFFF\0"));
        var kept = "Persian نقاط درد, Thai ความรู้สึก, Latvian ļoti, emoji 👍🏽";
        Assert.Same(kept, CleanText.Of(kept));
    }

    private static JourneyMap MapOf(string[] t) => new()
    {
        Title = "Map " + t[0],
        Stages = [new Stage { Name = "S " + t[1] }, new Stage { Name = t[2] }],
        Phases = [new Phase { Name = t[3], FirstStage = 0, StageCount = 2 }],
        Lanes =
        [
            new Lane { Label = t[4], Kind = LaneKind.Actions, Cells = [Cell(t[5]), Cell(t[6])] },
            new Lane { Label = "Pains", Kind = LaneKind.PainPoints, Cells = [Cell(t[7]), LaneCell.Empty] },
            new Lane { Label = "KPIs", Kind = LaneKind.Kpis, Cells = [new LaneCell { Items = [new JourneyItem { Text = t[8], Kpi = new Kpi(t[8], t[9], t[10]) }] }, LaneCell.Empty] },
            new Lane { Label = "Feelings", Kind = LaneKind.Emotions, Cells = [new LaneCell { Items = [new JourneyItem { Text = t[11], Emotion = new Emotion(1, t[11]) }] }, LaneCell.Empty] },
        ],
        EmotionScale = EmotionScale.Bipolar2,
        Personas = [new Persona { Name = "P " + t[9], Description = t[10], Goals = [t[11]], Fields = [new Field(t[0], t[1])] }],
        Properties = [new Field(t[2], t[3])],
        Notes = [new Note(t[4], null)],
    };

    private static string Visible(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static LaneCell Cell(string text) => new() { Items = [new JourneyItem { Text = text }] };
}
