using OfficeJourney.Serialization;

namespace OfficeJourney.Core.Tests.Serialization;

public sealed class SchemaGoldenTests
{
    [Fact]
    public void The_published_schema_matches_the_model()
    {
        var path = Path.Combine(Repository.Root, "docs", "journey-map.schema.json");
        var actual = JourneyJson.Schema().ReplaceLineEndings("\n") + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests once with UPDATE_GOLDEN=1.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
