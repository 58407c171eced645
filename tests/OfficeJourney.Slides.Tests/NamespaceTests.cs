namespace OfficeJourney.Slides.Tests;

/// <summary>
/// Slides is layered: the facade (DeckWriter) over the builders, the builders over charts and drawing, everything over
/// OpenXml; the options the builders read sit apart. No two namespaces use each other, round however long a loop.
/// </summary>
public sealed class NamespaceTests
{
    private static readonly NamespaceGraph Slides = NamespaceGraph.Of(typeof(DeckWriter).Assembly);

    [Fact]
    public void No_two_namespaces_of_slides_use_each_other()
    {
        var cycles = Slides.Cycles();

        Assert.True(cycles.Count == 0, string.Join("\n", cycles));
    }

    [Fact]
    public void OpenXml_uses_no_other_namespace_of_slides()
    {
        Assert.Empty(Slides.Uses("OfficeJourney.Slides.OpenXml"));
    }

    [Fact]
    public void Drawing_uses_only_OpenXml_and_charts_only_drawing_and_OpenXml()
    {
        Assert.Equal(["OfficeJourney.Slides.OpenXml"], Slides.Uses("OfficeJourney.Slides.Drawing"));
        Assert.Equal(["OfficeJourney.Slides.Drawing", "OfficeJourney.Slides.OpenXml"], Slides.Uses("OfficeJourney.Slides.Charts"));
    }

    /// <summary>DeckWriter names the builders only inside its method bodies: a scan of signatures alone would miss it.</summary>
    [Fact]
    public void Uses_inside_method_bodies_are_seen()
    {
        Assert.Contains("OfficeJourney.Slides.Builders", Slides.Uses("OfficeJourney.Slides"));
    }

    [Fact]
    public void Two_namespaces_that_use_each_other_are_named_as_a_cycle()
    {
        var cycle = Assert.Single(NamespaceGraph.Of(typeof(NamespaceTests).Assembly).Cycles());

        Assert.Equal("OfficeJourney.Slides.Tests.Loop.Left → OfficeJourney.Slides.Tests.Loop.Right (Left → Right); OfficeJourney.Slides.Tests.Loop.Right → OfficeJourney.Slides.Tests.Loop.Left (Right → Left)", cycle);
    }
}
