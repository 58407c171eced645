using CsCheck;
using OfficeJourney.Model;
using OfficeJourney.Slides.Builders;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Slides.Tests.Layout;

/// <summary>
/// Slide kinds count the fewest slides their content could take before measuring any text, so that a map needing
/// thousands is refused at the cost of counting its items. The count must never be more than the slides drawn: a deck
/// exactly as long as the most it may hold is still written.
/// </summary>
public sealed class FewestSlidesTests
{
    private static readonly LaneKind[] Kinds = Enum.GetValues<LaneKind>();

    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String[Gen.Char["abcdefghij "], 0, 300],
        Gen.String[Gen.Char["กขคงจฉชซ่้ัิ "], 1, 200],
        Gen.OneOf(Gen.Const("Website"), Gen.Const("Email"), Gen.Const("Mobile app"), Gen.Const("Store"), Gen.Const("Call centre")));

    private static readonly Gen<JourneyMap> Maps =
        from stages in Gen.Int[1, 14]
        from lanes in Gen.Int[1, 24]
        from kinds in Gen.Int[0, Kinds.Length - 1].Array[lanes]
        from crowded in Gen.Int[0, 60]
        from cells in Text.Array[0, 4].Array[stages * lanes]
        from personas in Gen.Int[0, 8]
        from blueprint in Gen.Bool
        select new JourneyMap
        {
            Title = "Fewest",
            Type = blueprint ? MapType.ServiceBlueprint : MapType.CurrentState,
            Personas = [.. Enumerable.Range(0, personas).Select(p => new Persona { Name = $"Persona {p}" })],
            Stages = [.. Enumerable.Range(0, stages).Select(s => new Stage { Name = $"Stage {s}" })],
            Lanes = [.. Enumerable.Range(0, lanes).Select(l => new Lane
            {
                Label = $"Lane {l}",
                Kind = Kinds[kinds[l]],
                Cells = [.. Enumerable.Range(0, stages).Select(s => new LaneCell
                {
                    // One cell of the first stage holds many items, so that stages and tables continue over slides.
                    Items = [.. cells[(l * stages) + s].Concat(l == 0 && s == 0 ? Enumerable.Range(0, crowded).Select(i => $"Item {i}") : [])
                        .Select(t => Kinds[kinds[l]] == LaneKind.Emotions ? new JourneyItem { Text = t, Emotion = new Emotion(s % 5) } : new JourneyItem { Text = t })],
                })],
            })],
            EmotionScale = new EmotionScale(0, 4),
        };

    [Fact]
    public void No_slide_kind_counts_more_slides_than_it_draws_and_a_deck_exactly_as_long_as_the_most_it_may_hold_is_written()
    {
        Maps.Sample(map =>
        {
            foreach (var kind in SlideKinds.InDeckOrder)
            {
                var drawn = new SlideShapes(DeckCorpus.Deck([map], DeckCorpus.Options with { Slides = kind.Slide })).Slides().Count;
                Assert.True(kind.Fewest(map) <= drawn, $"{kind.Name}: counted {kind.Fewest(map)}, drew {drawn}");
            }

            var slides = new SlideShapes(DeckCorpus.Deck([map])).Slides().Count;
            var exact = new SlideShapes(DeckCorpus.Deck([map], DeckCorpus.Options with { MaxSlides = slides })).Slides().Count;

            Assert.Equal(slides, exact);
        }, iter: 100);
    }

    [Theory]
    [MemberData(nameof(CorpusNames))]
    public void Every_map_of_the_corpus_is_written_when_the_deck_may_hold_exactly_its_slides(string name)
    {
        var maps = DeckCorpus.Maps(name);
        var slides = new SlideShapes(DeckCorpus.Deck(maps)).Slides().Count;

        var exact = new SlideShapes(DeckCorpus.Deck(maps, DeckCorpus.Options with { MaxSlides = slides })).Slides().Count;

        Assert.Equal(slides, exact);
    }

    public static TheoryData<string> CorpusNames => [.. DeckCorpus.Names()];

    public static TheoryData<string> Crowded => ["200 stages × 500 lanes", "99,000 items in one cell", "100,000 empty maps"];

    [Theory]
    [MemberData(nameof(Crowded))]
    public void A_map_needing_thousands_of_slides_is_refused_from_its_counts_before_a_byte_is_written(string name)
    {
        IReadOnlyList<JourneyMap> maps = name[..3] switch
        {
            "200" => [LayoutMaps.Sized(200, 500, itemsPerCell: 1)],
            "99," => [LayoutMaps.OneLongPain("x") with { Lanes = [new Lane { Label = "Touchpoints", Kind = LaneKind.Touchpoints, Cells = [new LaneCell { Items = [.. Enumerable.Range(0, 99_000).Select(i => new JourneyItem { Text = $"Item {i}" })] }, new LaneCell { Items = [] }] }] }],
            _ => [.. Enumerable.Repeat(new JourneyMap { Title = "Empty", Stages = [], Lanes = [] }, 100_000)],
        };
        using var output = new MemoryStream();

        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Throws<DeckTooLargeException>(() => DeckWriter.Write(maps, output, DeckCorpus.Options));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Laying out the largest map's 100,000 items before refusing it allocated 136 MB.
        Assert.True(allocated < 1024 * 1024, $"refusing allocated {allocated / 1024} KB");
        Assert.Equal(0, output.Length);
    }
}
