using OfficeJourney.Serialization;

namespace OfficeJourney.Cli.Tests.Commands;

public sealed class MermaidCommandTests
{
    private static readonly string Samples = Path.Combine(Repository.Root, "samples");

    /// <summary>The samples as Mermaid, parsed by Mermaid itself in the pane's vitest (addin-web/src/mermaid.test.ts).</summary>
    private static readonly string Fixtures = Path.Combine(Repository.Root, "tests", "Fixtures", "mermaid", "samples");

    public static TheoryData<string> SampleNames => [.. Directory.GetFiles(Samples, "*.xlsx").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void A_sample_converted_to_mermaid_reads_back_as_the_same_map_document(string sample)
    {
        using var folder = new TempFolder();
        var workbook = Path.Combine(Samples, sample + ".xlsx");
        var mermaid = folder.File(sample + ".mmd");

        var toMermaid = CliRun.Of("convert", workbook, "--to", "mermaid", "-o", mermaid);
        var fromWorkbook = CliRun.Of("convert", workbook);
        var fromMermaid = CliRun.Of("convert", mermaid);

        Assert.Equal(0, toMermaid.ExitCode);
        Assert.Equal(0, fromMermaid.ExitCode);
        Assert.Equal(fromWorkbook.Output, fromMermaid.Output);
        Assert.StartsWith("journey\n", File.ReadAllText(mermaid), StringComparison.Ordinal);
        Golden(sample, File.ReadAllText(mermaid));
    }

    [Fact]
    public void Convert_to_mermaid_writes_to_standard_output_without_a_file()
    {
        var run = CliRun.Of("convert", Path.Combine(Samples, "retail.xlsx"), "--to", "mermaid");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("journey\n  title ", run.Output, StringComparison.Ordinal);
        Assert.Contains("%% oj map {", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_refuses_an_unknown_target_format()
    {
        var run = CliRun.Of("convert", Path.Combine(Samples, "retail.xlsx"), "--to", "svg");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("svg", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_and_deck_take_a_markdown_file_with_a_journey_block()
    {
        using var folder = new TempFolder();
        var markdown = folder.File("journey.md");
        File.WriteAllText(markdown, "# Our day\n\n```mermaid\njourney\n    title My working day\n    section Go to work\n      Make tea: 5: Me\n      Go upstairs: 3: Me\n      Do work: seven: Me, Cat\n```\n");

        var validate = CliRun.Of("validate", markdown);
        var deck = CliRun.Of("deck", markdown, "-o", folder.File("deck.pptx"));

        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("journey.md line 9", validate.Output, StringComparison.Ordinal);
        Assert.Equal(0, deck.ExitCode);
        Assert.True(new FileInfo(folder.File("deck.pptx")).Length > 0);
    }

    [Fact]
    public void A_journey_is_told_by_its_content_whatever_the_file_is_called()
    {
        using var folder = new TempFolder();
        var path = folder.File("journey.txt");
        File.WriteAllText(path, "journey\n  title Sniffed\n  Pay: 4: Ann\n");

        var run = CliRun.Of("convert", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Sniffed", Assert.Single(JourneyJson.Deserialize(run.Output).Maps).Title);
    }

    [Theory]
    [InlineData("empty.mmd", "")]
    [InlineData("flow.mmd", "flowchart LR\n  A --> B\n")]
    [InlineData("garbage.md", "\u0001\u0002PK\u00ff journey? no")]
    public void A_file_without_a_journey_exits_2_with_a_clear_error(string name, string content)
    {
        using var folder = new TempFolder();
        var path = folder.File(name);
        File.WriteAllText(path, content);

        var run = CliRun.Of("validate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("holds no Mermaid journey diagram", run.Output, StringComparison.Ordinal);
    }

    private static void Golden(string sample, string text)
    {
        var path = Path.Combine(Fixtures, sample + ".mmd");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Fixtures);
            File.WriteAllText(path, text);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests once with UPDATE_GOLDEN=1.");
        Assert.Equal(text, File.ReadAllText(path));
    }
}
