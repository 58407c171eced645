using OfficeJourney.Model;

namespace OfficeJourney.Core.Tests;

public sealed class NamespaceTests
{
    [Fact]
    public void No_two_namespaces_of_the_model_and_grid_reading_use_each_other()
    {
        var cycles = NamespaceGraph.Of(typeof(JourneyMap).Assembly).Cycles();

        Assert.True(cycles.Count == 0, string.Join("\n", cycles));
    }
}
