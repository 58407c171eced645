using System.Diagnostics;
using System.Globalization;
using System.Text;
using OfficeJourney.Excel.Templates;
using OfficeJourney.Model;

namespace OfficeJourney.Slides.Tests.Visual;

/// <summary>
/// Decks rendered by LibreOffice (soffice --headless --convert-to pdf) and read back with pdftotext: every stage
/// name, pain point and opportunity of the map must be on the pages, in every script. test.sh installs both tools.
/// </summary>
[Collection(LibreOfficeRenders.Name)]
public sealed class LibreOfficeTests
{
    private readonly Rendered rendered;

    public LibreOfficeTests(Rendered rendered) => this.rendered = rendered;

    public static TheoryData<string> Decks() => [.. Rendered.Maps.Keys];

    [Theory]
    [MemberData(nameof(Decks))]
    public void The_rendered_deck_shows_every_stage_pain_point_and_opportunity(string name)
    {
        var (map, text, pages, slides) = rendered.Results[name];

        Assert.Equal(slides, pages);
        var expected = map.Stages.Select(s => s.Name)
            .Concat(map.Lanes.Where(l => l.Kind is LaneKind.PainPoints or LaneKind.Opportunities).SelectMany(l => l.Cells).SelectMany(c => c.Items).Select(i => i.Text));
        foreach (var phrase in expected)
        {
            Assert.True(Squash(text).Contains(Squash(phrase), StringComparison.Ordinal), $"\"{phrase}\" is not in the rendered {name} deck");
        }
    }

    [Theory]
    [MemberData(nameof(MeasuredDecks))]
    public void The_rendered_funnel_impact_and_insight_slides_show_their_words_the_largest_drop_and_the_touchpoints(string language)
    {
        var (map, text, _, _) = rendered.Results["measured-" + language];
        var words = Builders.DeckWords.For(language);
        var fixture = MeasuredMaps.In(language);
        var headings = Vocabulary.InsightWords.For(language).Headings;

        string[] expected = [words.Funnel, words.LargestDropOff, "75%", words.Impact, fixture.Web, fixture.Store, words.Insights, headings["largest-drop-off"], headings["off-target"], map.Title];
        foreach (var phrase in expected)
        {
            Assert.True(Squash(text).Contains(Squash(phrase), StringComparison.Ordinal), $"\"{phrase}\" is not in the rendered {language} deck");
        }
    }

    public static TheoryData<string> MeasuredDecks() => MeasuredMaps.Languages();

    public static TheoryData<string> ReviewDecks() => [.. ReviewCorpus.Languages];

    [Theory]
    [MemberData(nameof(ReviewDecks))]
    public void The_rendered_review_deck_shows_what_changed(string language)
    {
        var (versions, text, pages, slides) = rendered.Reviews[language];

        Assert.Equal(slides, pages);
        foreach (var phrase in new[] { ReviewCorpus.AddedStage, versions.RemovedStage, ReviewCorpus.AddedTouchpoint, versions.RemovedTouchpoint, versions.ResolvedPain, ReviewCorpus.NewPain })
        {
            Assert.True(Letters(text).Contains(Letters(phrase), StringComparison.Ordinal), $"\"{phrase}\" is not in the rendered {language} review deck");
        }
    }

    /// <summary>
    /// Compares what survives PDF text extraction: line breaks, spaces and direction marks fall where the
    /// renderer puts them, Thai marks above and below letters come out reordered ("ตั้ง" as "ตัง้"), and
    /// the Persian lam-alef ligature comes out as alef-lam. Letters and their order are what is checked.
    /// </summary>
    private static string Squash(string text)
    {
        var letters = text.Normalize(NormalizationForm.FormKC)
            .Where(c => !char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.Format))
            .ToArray();
        return new string(letters).Replace("لا", "ال", StringComparison.Ordinal);
    }

    /// <summary>
    /// As <see cref="Squash"/>, letters and digits only: in a right-to-left paragraph the renderer mirrors brackets and moves
    /// neutral punctuation around a left-to-right run ("Returns ↩ &lt;&amp;&gt;" comes out as "&gt;&amp;&lt; ↩ Returns").
    /// </summary>
    private static string Letters(string text) => new([.. Squash(text).Where(char.IsLetterOrDigit)]);

    public sealed class Rendered : IDisposable
    {
        public static readonly Dictionary<string, JourneyMap> Maps = new()
        {
            ["retail-en"] = TemplateCatalog.Create(MapType.CurrentState, Industry.Retail, "en"),
            ["banking-blueprint-fa"] = TemplateCatalog.Create(MapType.ServiceBlueprint, Industry.Banking, "fa"),
            ["travel-future-th"] = TemplateCatalog.Create(MapType.FutureState, Industry.Travel, "th"),
            ["b2b-day-vi"] = TemplateCatalog.Create(MapType.DayInTheLife, Industry.B2BSoftware, "vi"),
            ["retail-lv"] = TemplateCatalog.Create(MapType.CurrentState, Industry.Retail, "lv"),
            ["big"] = DeckCorpus.Big(),
            ["measured-en"] = MeasuredMaps.In("en").Map(),
            ["measured-th"] = MeasuredMaps.In("th").Map(),
            ["measured-vi"] = MeasuredMaps.In("vi").Map(),
            ["measured-fa"] = MeasuredMaps.In("fa").Map(),
            ["measured-lv"] = MeasuredMaps.In("lv").Map(),
        };

        /// <summary>Also rendered, for the visual checks: the decks of every fixture workbook and of every real look-alike that gives maps.</summary>
        public static readonly string[] Fixtures = [.. VisualDecks.Names().Where(n => n.StartsWith("fixture:", StringComparison.Ordinal) || n.StartsWith("real:", StringComparison.Ordinal))];

        private readonly string folder = Directory.CreateTempSubdirectory("journey-lo-").FullName;

        public Rendered()
        {
            var slides = new Dictionary<string, int>();
            foreach (var (name, map) in Maps)
            {
                using var stream = File.Create(Path.Combine(folder, name + ".pptx"));
                slides[name] = DeckWriter.Write(map, stream, DeckCorpus.Options);
            }

            var reviews = ReviewCorpus.Languages.ToDictionary(l => l, l => ReviewCorpus.For(l));
            foreach (var (language, versions) in reviews)
            {
                using var stream = File.Create(Path.Combine(folder, "review-" + language + ".pptx"));
                slides["review-" + language] = ReviewDeckWriter.Write(versions.Then, versions.Now, stream, DeckCorpus.Options);
            }

            foreach (var name in Fixtures)
            {
                File.WriteAllBytes(Path.Combine(folder, FileName(name) + ".pptx"), VisualDecks.Deck(name));
                slides[FileName(name)] = 0;
            }

            Run("soffice", ["-env:UserInstallation=file://" + Path.Combine(folder, "profile"), "--headless", "--convert-to", "pdf", "--outdir", folder, .. slides.Keys.Select(n => Path.Combine(folder, n + ".pptx"))]);
            foreach (var (name, map) in Maps)
            {
                var (text, pages) = Read(name);
                Results[name] = (map, text, pages, slides[name]);
            }

            foreach (var (language, versions) in reviews)
            {
                var (text, pages) = Read("review-" + language);
                Reviews[language] = (versions, text, pages, slides["review-" + language]);
            }

            foreach (var name in Maps.Keys.Concat(reviews.Keys.Select(l => "review-" + l)).Concat(Fixtures))
            {
                var file = Path.Combine(folder, FileName(name));
                var words = Run("pdftotext", ["-bbox", "-enc", "UTF-8", file + ".pdf", "-"]);
                Decks[name] = new RenderedDeck(name, GeometryReader.Read(File.ReadAllBytes(file + ".pptx")), RenderedPage.Parse(words[words.IndexOf("<html", StringComparison.Ordinal)..]));
            }
        }

        public Dictionary<string, (JourneyMap Map, string Text, int Pages, int Slides)> Results { get; } = [];

        internal Dictionary<string, (ReviewCorpus Versions, string Text, int Pages, int Slides)> Reviews { get; } = [];

        /// <summary>Every rendered deck, as written and as rendered, by name.</summary>
        internal Dictionary<string, RenderedDeck> Decks { get; } = [];

        public static IEnumerable<string> Names() => Maps.Keys.Concat(ReviewCorpus.Languages.Select(l => "review-" + l)).Concat(Fixtures);

        private static string FileName(string name) => name.Replace(':', '-');

        public void Dispose() => Directory.Delete(folder, recursive: true);

        private (string Text, int Pages) Read(string name)
        {
            var pdf = Path.Combine(folder, name + ".pdf");
            var info = Run("pdfinfo", [pdf]);
            return (Run("pdftotext", ["-enc", "UTF-8", pdf, "-"]), int.Parse(info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), CultureInfo.InvariantCulture));
        }

        internal static string Run(string tool, IEnumerable<string> arguments)
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };

            // LibreOffice lays text out by its locale (default fonts, line breaking): a Thai or Persian run of the suite
            // rendered tables a line taller or shorter. The decks do not depend on the culture, so neither does their render.
            start.Environment["LANG"] = "en_US.UTF-8";
            start.Environment["LC_ALL"] = "en_US.UTF-8";
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start: install it (test.sh does).");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(4)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{tool} took longer than four minutes.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {error.Result}");
            }

            return output.Result;
        }
    }
}

/// <summary>The decks LibreOffice renders once for every test that reads them.</summary>
[CollectionDefinition(Name)]
public sealed class LibreOfficeRenders : ICollectionFixture<LibreOfficeTests.Rendered>
{
    public const string Name = "Decks rendered by LibreOffice";
}
