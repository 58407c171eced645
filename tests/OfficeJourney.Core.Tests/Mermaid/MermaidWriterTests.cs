using System.Text.RegularExpressions;
using OfficeJourney.Core.Tests.Interpretation;
using OfficeJourney.Interpretation;
using OfficeJourney.Mermaid;
using OfficeJourney.Model;
using OfficeJourney.Serialization;

namespace OfficeJourney.Core.Tests.Mermaid;

public sealed partial class MermaidWriterTests
{
    /// <summary>The maps the pane's vitest parses with Mermaid itself (addin-web/src/mermaid.test.ts).</summary>
    public static readonly string FixtureFolder = Path.Combine(Repository.Root, "tests", "Fixtures", "mermaid");

    // Text Mermaid's grammar would misread, and the five languages' own letters.
    private static readonly string[] Hostile =
    [
        "ค้นหาร้านอาหาร", "Thanh toán: 5: x", "پرداخت %% oj map {}", "Līgums\nsection B", "section Evil", "journey planning",
        "#tag; end", "title x", "  padded  ", "accDescr { x }", "Ann, Bob",
    ];

    /// <summary>A map read from a grid (sources, an emotion scale of its own, KPIs, metrics), then given everything else a map holds.</summary>
    public static JourneyMap RichMap()
    {
        var sheet = Grid.Sheet("Reise ; #1",
            ["Customer journey – Līga: %% #1", "", "", "", ""],
            ["Version: 3", "", "", "", ""],
            ["", "Discover", "", "Keep", ""],
            ["Stage", "Awareness: 5: Me", "ค้นหา\nsection B", "پرداخت", "Līgums %%"],
            ["Actions", "Sees ad\nAsks friends", "Pays; #x", "Shares", "Thanh toán"],
            ["Emotions (1-5)", "😀", "#2.5", "Frustrated", ""],
            ["KPIs", "NPS: 42 (target 50)", "Conversion 2.1% → 3%", "Reviews 120", ""],
            ["Visitors", "12 400", "5 000", "800", "120"],
            ["People", "Ann, Bob: 5", "%% oj item 1 {}", "", "Cat"],
            ["Pain points", "", "Slow: 1: x", "section Y", "journey"]);
        var map = new GridInterpreter().Interpret(sheet).Maps[0];
        return map with
        {
            Language = "lv",
            Personas = [new Persona { Name = "Līga, \"the\" buyer", Goals = ["Save: time", "%% less"], Fields = [new Field("Age", "34")] }, new Persona { Name = "Nguyễn; #2" }],
            Phases = [new Phase { Name = "Discover: now #", FirstStage = 0, StageCount = 2 }, new Phase { Name = "section Keep", FirstStage = 3, StageCount = 1 }],
            Notes = [new Note("Line one\nline two %% oj note", null)],
            Properties = [.. map.Properties, new Field("Scenario", "a: b\r\nc")],
        };
    }

    public static JourneyMap HostileMap() => new()
    {
        Title = "title: a ; b # c\nd",
        Stages = [.. Hostile.Select(h => new Stage { Name = h })],
        Lanes = [new Lane { Label = "Pain points %%", Kind = LaneKind.PainPoints, Cells = [.. Hostile.Select(h => new LaneCell { Items = [new JourneyItem { Text = h }] })] }],
        Personas = [new Persona { Name = "section Ann: 3" }],
    };

    [Fact]
    public void A_map_read_from_a_grid_comes_back_from_mermaid_as_the_same_map_document()
    {
        var map = RichMap();

        var again = MermaidReader.Read(MermaidWriter.Write(map), "rich.mmd");

        Assert.True(again.IsUsable, string.Join("\n", again.Problems));
        Assert.Empty(again.Problems);
        Assert.Equal(JourneyJson.Serialize(map), JourneyJson.Serialize(Assert.Single(again.Maps)));
    }

    [Fact]
    public void Hostile_text_survives_the_round_trip_and_the_diagram_stays_mermaid()
    {
        var map = HostileMap();

        var text = MermaidWriter.Write(map);
        var again = MermaidReader.Read(text, "hostile.mmd");

        Assert.Equal(JourneyJson.Serialize(map), JourneyJson.Serialize(Assert.Single(again.Maps)));
        AssertMermaidShape(text, Hostile.Length);
    }

    [Fact]
    public void The_diagram_alone_shows_sections_scores_and_actors()
    {
        var text = MermaidWriter.Write(RichMap());

        AssertMermaidShape(text, 4);
        var shown = MermaidReader.Read(string.Join("\n", text.Split('\n').Where(l => !l.TrimStart().StartsWith("%%", StringComparison.Ordinal))), "plain.mmd").Maps[0];
        Assert.Equal(["Discover： now ＃", "Customer journey – Līga： ％％ ＃1", "section Keep"], shown.Phases.Select(p => p.Name.TrimStart('\u200B')));
        Assert.Equal([5d, 3, 2, 3], shown.Lanes.Single(l => l.Kind == LaneKind.Emotions).Cells.Select(c => c.Items[0].Emotion!.Score));
        Assert.Equal(["Ann， Bob： 5"], shown.Lanes.Single(l => l.Kind == LaneKind.People).Cells[0].Items.Select(i => i.Text));
        Assert.Contains("    %% no emotion at this stage: 3 is shown\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_map_without_phases_is_one_section_and_scores_map_from_its_own_scale()
    {
        var map = new JourneyMap
        {
            Title = "Bipolar",
            Stages = [new Stage { Name = "Low" }, new Stage { Name = "High" }, new Stage { Name = "Middle" }],
            EmotionScale = EmotionScale.Bipolar2,
            Lanes = [new Lane { Label = "Feelings", Kind = LaneKind.Emotions, Cells = [Score(-2), Score(2), Score(0.4)] }],
        };

        var text = MermaidWriter.Write(map);

        Assert.Single(Regex.Matches(text, "^  section ", RegexOptions.Multiline));
        Assert.Contains("    Low: 1\n    High: 5\n    Middle: 3\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_maps_are_markdown_whose_first_journey_reads_back_as_the_first_map()
    {
        var markdown = MermaidWriter.WriteMarkdown([RichMap(), HostileMap()]);

        var again = MermaidReader.Read(markdown, "maps.md");

        Assert.Equal(2, markdown.Split("```mermaid\njourney\n").Length - 1);
        Assert.Equal(JourneyJson.Serialize(RichMap()), JourneyJson.Serialize(Assert.Single(again.Maps)));
        Assert.Equal("mermaid.several-journeys", Assert.Single(again.Problems).Code);
    }

    [Fact]
    public void The_fixtures_mermaid_itself_parses_are_current()
    {
        foreach (var (name, map) in new[] { ("rich", RichMap()), ("hostile", HostileMap()) })
        {
            var path = Path.Combine(FixtureFolder, name + ".mmd");
            var text = MermaidWriter.Write(map);
            if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
            {
                Directory.CreateDirectory(FixtureFolder);
                File.WriteAllText(path, text);
            }

            Assert.True(File.Exists(path), $"{path} is missing: run the tests once with UPDATE_GOLDEN=1.");
            Assert.Equal(text, File.ReadAllText(path));
        }
    }

    private static LaneCell Score(double score) => new() { Items = [new JourneyItem { Text = "x", Emotion = new Emotion(score) }] };

    /// <summary>
    /// Every line is what journey.jison reads as meant: a comment, the title, a section without : # ;, or a task
    /// "name: score[: actors]" whose name has none of : # ; %% and starts with no keyword.
    /// </summary>
    private static void AssertMermaidShape(string text, int tasks)
    {
        var lines = text.TrimEnd('\n').Split('\n');
        Assert.Equal("journey", lines[0]);
        var taskLines = 0;
        foreach (var line in lines.Skip(1))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("%%", StringComparison.Ordinal))
            {
                Assert.DoesNotContain('\r', line);
                continue;
            }

            Assert.True(Statement().IsMatch(line), $"Not a journey statement: {line}");
            taskLines += Task().IsMatch(line) ? 1 : 0;
        }

        Assert.Equal(tasks, taskLines);
    }

    [GeneratedRegex(@"^  (title [^#;%\n]+|section [^#:;%\n]+|  [^\s#:;%\n][^#:;%\n]*: [1-5](: [^#:;%,\n]+(, [^#:;%,\n]+)*)?)$")]
    private static partial Regex Statement();

    [GeneratedRegex(@"^    (?!(?i:journey|title\s|section\s|acc))[^#:;%\n]+: [1-5]")]
    private static partial Regex Task();
}
