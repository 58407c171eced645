namespace OfficeJourney.Server.Tests;

public sealed class NamespaceTests
{
    [Fact]
    public void No_two_namespaces_of_the_server_use_each_other()
    {
        var cycles = NamespaceGraph.Of(typeof(Program).Assembly).Cycles();

        Assert.True(cycles.Count == 0, string.Join("\n", cycles));
    }
}
