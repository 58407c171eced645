using OfficeJourney.Cli.Commands;

namespace OfficeJourney.Cli.Tests;

public sealed class NamespaceTests
{
    [Fact]
    public void No_two_namespaces_of_the_command_line_use_each_other()
    {
        var cycles = NamespaceGraph.Of(typeof(JourneyCli).Assembly).Cycles();

        Assert.True(cycles.Count == 0, string.Join("\n", cycles));
    }
}
