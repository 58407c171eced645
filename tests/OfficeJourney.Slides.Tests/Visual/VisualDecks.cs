using System.Collections.Concurrent;
using OfficeJourney.Excel.Reading;
using OfficeJourney.Interpretation;
using OfficeJourney.Model;

namespace OfficeJourney.Slides.Tests.Visual;

/// <summary>
/// Every deck the visual checks look at: the deck corpus (templates, fixtures, big, bare, two journeys, current and
/// future), the look-alikes of real workbooks that give maps, the measured maps and the review decks; each made once.
/// </summary>
internal static class VisualDecks
{
    private static readonly ConcurrentDictionary<string, Lazy<(byte[] Deck, DeckGeometry Geometry)>> Made = new(StringComparer.Ordinal);

    public static string RealFolder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "real");

    public static IEnumerable<string> Names() =>
        DeckCorpus.Names()
            .Concat(Directory.GetFiles(RealFolder, "*.xlsx").Order(StringComparer.Ordinal).Where(f => RealMaps(f).Count > 0).Select(f => "real:" + Path.GetFileName(f)))
            .Concat(MeasuredMaps.All.Select(m => "measured:" + m.Language))
            .Concat(ReviewCorpus.Languages.Select(l => "review:" + l));

    public static byte[] Deck(string name) => Get(name).Deck;

    public static DeckGeometry Geometry(string name) => Get(name).Geometry;

    public static IReadOnlyList<JourneyMap> RealMaps(string path) => new GridInterpreter().Interpret(WorkbookReader.Read(path)).Maps;

    private static (byte[] Deck, DeckGeometry Geometry) Get(string name) =>
        Made.GetOrAdd(name, n => new Lazy<(byte[], DeckGeometry)>(() =>
        {
            var deck = Make(n);
            return (deck, GeometryReader.Read(deck));
        })).Value;

    private static byte[] Make(string name)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        var (kind, rest) = colon < 0 ? (name, string.Empty) : (name[..colon], name[(colon + 1)..]);
        switch (kind)
        {
            case "real":
                return DeckCorpus.Deck(RealMaps(Path.Combine(RealFolder, rest)));
            case "measured":
                return DeckCorpus.Deck([MeasuredMaps.In(rest).Map()]);
            case "review":
                var versions = ReviewCorpus.For(rest);
                using (var stream = new MemoryStream())
                {
                    ReviewDeckWriter.Write(versions.Then, versions.Now, stream, DeckCorpus.Options);
                    return stream.ToArray();
                }

            default:
                return DeckCorpus.Deck(DeckCorpus.Maps(name));
        }
    }
}
