using System.Text;
using OfficeJourney.Core.Tests.Interpretation;
using OfficeJourney.Interpretation;
using OfficeJourney.Model;
using OfficeJourney.Serialization;

namespace OfficeJourney.Core.Tests.Serialization;

public sealed class JourneyJsonTests
{
    private static JourneyMap RichMap()
    {
        var sheet = Grid.Sheet("Reise",
            ["Customer journey – Līga", "", "", ""],
            ["Version: 3", "", "", ""],
            ["", "Discover", "", "Keep"],
            ["Stage", "Awareness", "Purchase", "Advocacy"],
            ["Actions", "Sees ad\nAsks friends", "Pays", "Shares"],
            ["Emotions (1-5)", "😀", "#2.5", "Frustrated"],
            ["KPIs", "NPS: 42 (target 50)", "Conversion 2.1% → 3%", "Reviews 120"],
            ["Channels", "Instagram, TikTok", "App", "WhatsApp"],
            ["Secret sauce", "a", "b", "c"]);
        var map = new GridInterpreter().Interpret(sheet).Maps[0];
        return map with
        {
            Personas = [new Persona { Name = "Līga", Goals = ["Save time"], Fields = [new Field("Age", "34")] }],
            Phases = [new Phase { Name = "Discover", FirstStage = 0, StageCount = 2 }],
        };
    }

    [Fact]
    public void Json_to_model_to_json_is_lossless()
    {
        var json = JourneyJson.Serialize(RichMap());

        var again = JourneyJson.Serialize(JourneyJson.Deserialize(json));

        Assert.Equal(json, again);
    }

    [Fact]
    public void Writes_a_format_version_and_kebab_case_kinds()
    {
        var json = JourneyJson.Serialize(RichMap());

        Assert.Contains("\"formatVersion\": 1", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"kpis\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"current-state\"", json, StringComparison.Ordinal);
        Assert.Contains("\"cell\": \"B6\"", json, StringComparison.Ordinal);
        Assert.Contains("\"score\": 2.5", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_newer_format_version_with_a_clear_message()
    {
        var error = Assert.Throws<JourneyFormatException>(() => JourneyJson.Deserialize("""{ "formatVersion": 7, "maps": [] }"""));

        Assert.Contains("format version 7", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[1, 2]")]
    [InlineData("{ \"maps\": [ { \"title\": 5 } ] }")]
    [InlineData("not json")]
    public void Refuses_what_is_not_a_map_document_without_leaking_internals(string json)
    {
        var error = Assert.Throws<JourneyFormatException>(() => JourneyJson.Deserialize(json));

        Assert.StartsWith("This is not a journey map document", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_optional_lists_read_as_empty()
    {
        var document = JourneyJson.Deserialize("""{ "formatVersion": 1, "maps": [ { "title": "T", "stages": [ { "name": "A" } ], "lanes": [] } ] }""");

        var map = Assert.Single(document.Maps);
        Assert.Empty(map.Phases);
        Assert.Empty(map.Personas);
        Assert.Empty(map.Notes);
        Assert.Empty(map.Properties);
    }

    [Fact]
    public void A_null_where_a_list_is_required_names_the_path()
    {
        var error = Assert.Throws<JourneyFormatException>(() => JourneyJson.Deserialize("""{ "formatVersion": 1, "maps": [ { "title": "T", "stages": null, "lanes": [] } ] }"""));

        Assert.Contains("$.maps[0].stages", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""A\ud800B""", "$.maps[0].title", """\ud800""")]
    [InlineData("""OK\uDC01""", "$.maps[0].title", """\uDC01""")]
    [InlineData("""\ud83d\ude00 then \\ud800 then \ud800\ud800""", "$.maps[0].title", """\ud800""")]
    public void Half_a_surrogate_pair_alone_is_refused_as_text_that_is_not_valid_unicode_naming_the_path_and_the_escape(string title, string path, string escape)
    {
        var error = Assert.Throws<JourneyFormatException>(() => JourneyJson.Deserialize($$"""{ "formatVersion": 1, "maps": [ { "title": "{{title}}", "stages": [], "lanes": [] } ] }"""));

        Assert.Contains($"the text at {path} is not valid Unicode: it holds half of a surrogate pair ({escape}) alone.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_read_from_its_utf8_bytes_may_begin_with_a_byte_order_mark()
    {
        var json = """{ "formatVersion": 1, "maps": [ { "title": "ทดสอบ 😀", "stages": [ { "name": "Nhận biết" } ], "lanes": [] } ] }""";

        var document = JourneyJson.Deserialize([.. "\uFEFF"u8, .. Encoding.UTF8.GetBytes(json)]);

        Assert.Equal("ทดสอบ 😀", document.Maps[0].Title);
        Assert.Equal("Nhận biết", document.Maps[0].Stages[0].Name);
    }

    [Fact]
    public void Checker_finds_lanes_whose_cells_do_not_match_the_stages()
    {
        var map = RichMap();
        var broken = map with { Lanes = [map.Lanes[0] with { Cells = [LaneCell.Empty] }] };

        var problems = MapChecker.Check(new JourneyDocument { Maps = [broken] }, "broken.json");

        var problem = Assert.Single(problems);
        Assert.Equal("lane.cell-count", problem.Code);
        Assert.Contains("broken.json", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Checker_accepts_what_the_interpreter_makes()
    {
        Assert.Empty(MapChecker.Check(new JourneyDocument { Maps = [RichMap()] }));
    }
}
