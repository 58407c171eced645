using OfficeJourney.Excel.Reading;
using OfficeJourney.Excel.Templates;
using OfficeJourney.Interpretation;
using OfficeJourney.Model;

namespace OfficeJourney.Excel.Tests.Templates;

public sealed class TemplateRoundTripTests
{
    public static TheoryData<MapType, Industry, string> Templates()
    {
        var data = new TheoryData<MapType, Industry, string>();
        foreach (var (type, industry, language) in TemplateCatalog.All())
        {
            data.Add(type, industry, language);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_template_reads_back_as_the_same_map(MapType type, Industry industry, string language)
    {
        var expected = TemplateCatalog.Create(type, industry, language);
        using var stream = new MemoryStream();
        JourneyWorkbookWriter.Write(expected, stream);

        var result = new GridInterpreter().Interpret(WorkbookReader.Read(new MemoryStream(stream.ToArray()), "template.xlsx"));

        Assert.Empty(result.Problems);
        var actual = Assert.Single(result.Maps);
        MapAssert.Same(expected, actual);
    }
}

/// <summary>Compares two maps on everything the user wrote (not where it was written).</summary>
internal static class MapAssert
{
    public static void Same(JourneyMap expected, JourneyMap actual)
    {
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Type, actual.Type);
        Assert.Equal(expected.Language, actual.Language);
        Assert.Equal(expected.RightToLeft, actual.RightToLeft);
        Assert.Equal(expected.Stages.Select(s => s.Name), actual.Stages.Select(s => s.Name));
        Assert.Equal(expected.Phases.Select(p => (p.Name, p.FirstStage, p.StageCount)), actual.Phases.Select(p => (p.Name, p.FirstStage, p.StageCount)));
        Assert.Equal(expected.Lanes.Select(l => (l.Kind, l.Label)), actual.Lanes.Select(l => (l.Kind, l.Label)));
        Assert.Equal(expected.Lanes.Select(l => l.Metric), actual.Lanes.Select(l => l.Metric));
        Assert.Equal(expected.EmotionScale, actual.EmotionScale);
        for (var l = 0; l < expected.Lanes.Count; l++)
        {
            for (var s = 0; s < expected.Stages.Count; s++)
            {
                var want = expected.Lanes[l].Cells[s].Items;
                var got = actual.Lanes[l].Cells[s].Items;
                var where = $"lane \"{expected.Lanes[l].Label}\", stage \"{expected.Stages[s].Name}\"";
                Assert.True(want.Select(i => i.Text).SequenceEqual(got.Select(i => i.Text)), $"{where}: [{string.Join(" | ", want.Select(i => i.Text))}] ≠ [{string.Join(" | ", got.Select(i => i.Text))}]");
                Assert.True(want.Select(i => i.Emotion).SequenceEqual(got.Select(i => i.Emotion)), $"{where}: emotions differ");
                Assert.True(want.Select(i => i.Kpi).SequenceEqual(got.Select(i => i.Kpi)), $"{where}: KPIs [{string.Join(" | ", want.Select(i => i.Kpi))}] ≠ [{string.Join(" | ", got.Select(i => i.Kpi))}]");
                Assert.True(want.Select(i => i.Value).SequenceEqual(got.Select(i => i.Value)), $"{where}: values differ");
                Assert.True(want.Select(i => (i.Impact, i.Zone)).SequenceEqual(got.Select(i => (i.Impact, i.Zone))), $"{where}: impact or zone [{string.Join(" | ", want.Select(i => (i.Impact, i.Zone)))}] ≠ [{string.Join(" | ", got.Select(i => (i.Impact, i.Zone)))}]");
            }
        }

        Assert.Equal(
            expected.Personas.Select(p => (p.Name, p.Description, string.Join("|", p.Goals), string.Join("|", p.Objections))),
            actual.Personas.Select(p => (p.Name, p.Description, string.Join("|", p.Goals), string.Join("|", p.Objections))));
    }
}
