using System.Text.Json;
using System.Text.Json.Serialization;
using OfficeJourney.Excel.Reading;
using OfficeJourney.Interpretation;
using OfficeJourney.Model;

namespace OfficeJourney.Excel.Tests.Fixtures;

/// <summary>
/// Look-alikes of journey workbooks that people published (tests/Fixtures/real, with their sources), each read
/// end to end and checked against what its author meant (expectations.json): stages, lanes, emotion points, personas.
/// </summary>
public sealed class RealWorkbookTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "real");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var expectation in Expectations())
        {
            data.Add(expectation.GetProperty("file").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_published_layout_reads_as_its_author_meant(string file)
    {
        var expected = Expectations().Single(e => e.GetProperty("file").GetString() == file);
        var result = new GridInterpreter().Interpret(WorkbookReader.Read(Path.Combine(Folder, file)));
        var problems = string.Join("\n", result.Problems);

        if (expected.TryGetProperty("refusal", out var refusal) && refusal.ValueKind == JsonValueKind.String)
        {
            Assert.False(result.IsUsable, problems);
            Assert.Empty(result.Maps);
            if (expected.TryGetProperty("personas", out var named) && named.GetArrayLength() > 0)
            {
                Assert.Contains(result.Problems, p => p.Code == "workbook.personas-only" && named.EnumerateArray().All(n => p.Message.Contains(n.GetString()!, StringComparison.Ordinal)));
            }

            return;
        }

        Assert.True(result.IsUsable, problems);
        var maps = expected.GetProperty("maps").EnumerateArray().ToList();
        Assert.Equal(maps.Count, result.Maps.Count);
        for (var m = 0; m < maps.Count; m++)
        {
            var map = result.Maps[m];
            Assert.Equal(maps[m].GetProperty("stages").EnumerateArray().Select(s => s.GetString()), map.Stages.Select(s => s.Name));
            Assert.Equal(
                maps[m].GetProperty("lanes").EnumerateArray().Select(l => (l.GetProperty("label").GetString(), l.GetProperty("kind").GetString())),
                map.Lanes.Select(l => ((string?)l.Label, (string?)JsonNamingOf(l.Kind))));
            if (maps[m].TryGetProperty("emotionPoints", out var points))
            {
                Assert.Equal(points.EnumerateArray().Select(p => p.ValueKind == JsonValueKind.Null ? (double?)null : p.GetDouble()), StagePoints(map));
            }

            if (maps[m].TryGetProperty("personas", out var personas))
            {
                Assert.Equal(personas.EnumerateArray().Select(p => p.GetString()), map.Personas.Select(p => p.Name));
            }
        }
    }

    public static TheoryData<string> Workbooks() => [.. Directory.GetFiles(Folder, "*.xlsx").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Workbooks))]
    public void Every_published_look_alike_reads_into_whole_maps_or_a_reason(string file)
    {
        var result = new GridInterpreter().Interpret(WorkbookReader.Read(Path.Combine(Folder, file)));

        Assert.True(result.Maps.Count > 0 || result.HasErrors, $"{file}: no map and no reason");
        Assert.All(result.Maps, map =>
        {
            Assert.True(map.Stages.Count > 0);
            Assert.All(map.Lanes, lane => Assert.Equal(map.Stages.Count, lane.Cells.Count));
        });
        Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
    }

    private static IEnumerable<double?> StagePoints(JourneyMap map) =>
        Enumerable.Range(0, map.Stages.Count).Select(s =>
        {
            var scores = map.Lanes.Where(l => l.Kind == LaneKind.Emotions).SelectMany(l => l.Cells[s].Items).Where(i => i.Emotion is not null).Select(i => i.Emotion!.Score).ToList();
            return scores.Count == 0 ? (double?)null : scores.Average();
        });

    private static readonly JsonSerializerOptions EnumNames = new() { Converters = { new JsonStringEnumConverter() } };

    private static string JsonNamingOf(LaneKind kind) => JsonSerializer.Serialize(kind, EnumNames).Trim('"');

    private static List<JsonElement> Expectations()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "expectations.json")));
        return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
