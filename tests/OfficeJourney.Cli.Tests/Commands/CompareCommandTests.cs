using System.IO.Compression;
using System.Xml.Linq;
using ClosedXML.Excel;
using OfficeJourney.Model;
using OfficeJourney.Serialization;

namespace OfficeJourney.Cli.Tests.Commands;

public sealed class CompareCommandTests
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    [Fact]
    public void Compare_writes_the_review_deck_of_two_map_versions_naming_what_changed()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("q1.json"), JourneyJson.Serialize(Map(["Search", "Compare", "Buy"], ["Too many ads", "Confusing prices", "Slow checkout"])));
        File.WriteAllText(folder.File("q2.json"), JourneyJson.Serialize(Map(["Search", "Buy", "Return"], ["Too many ads", "", "Label printing"])));

        var run = CliRun.Of("compare", folder.File("q1.json"), folder.File("q2.json"), "-o", folder.File("review.pptx"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("review.pptx:", run.Output, StringComparison.Ordinal);
        var text = SlideText(folder.File("review.pptx"));
        foreach (var changed in new[] { "What changed", "q1 → q2", "Return", "Compare", "Buy: Slow checkout", "Return: Label printing", "Compare: Confusing prices" })
        {
            Assert.Contains(changed, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Too many ads", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_of_one_workbook_with_as_is_and_to_be_sheets_compares_current_with_future_state()
    {
        using var folder = new TempFolder();
        using (var workbook = new XLWorkbook())
        {
            Fill(workbook.AddWorksheet("As-is"), ["Search", "Buy"], ["Too many ads", "Slow checkout"]);
            Fill(workbook.AddWorksheet("To-be"), ["Search", "Buy", "Review"], ["Too many ads", "", "Reminder spam"]);
            workbook.SaveAs(folder.File("journeys.xlsx"));
        }

        var run = CliRun.Of("compare", folder.File("journeys.xlsx"), "-o", folder.File("future.pptx"), "--brand-color", "8E44AD");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Comparing \"As-is\" (current state) with \"To-be\" (future state).", run.Output, StringComparison.Ordinal);
        var text = SlideText(folder.File("future.pptx"));
        Assert.Contains("From current to future state", text, StringComparison.Ordinal);
        Assert.Contains("Buy: Slow checkout", text, StringComparison.Ordinal);
        Assert.Contains("Review: Reminder spam", text, StringComparison.Ordinal);
    }

    [Fact]
    public void One_file_without_a_current_and_a_future_state_is_refused_in_plain_words()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("q1.json"), JourneyJson.Serialize(Map(["Search"], ["Too many ads"])));

        var run = CliRun.Of("compare", folder.File("q1.json"), "-o", folder.File("review.pptx"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("q1.json holds no current-state and future-state map of one journey", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("review.pptx")));
    }

    [Fact]
    public void A_missing_or_unreadable_version_is_refused_and_no_deck_is_written()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("q1.json"), JourneyJson.Serialize(Map(["Search"], ["Too many ads"])));
        File.WriteAllText(folder.File("q2.xlsx"), "not a workbook");

        var missing = CliRun.Of("compare", folder.File("q1.json"), folder.File("nope.json"), "-o", folder.File("review.pptx"));
        var unreadable = CliRun.Of("compare", folder.File("q1.json"), folder.File("q2.xlsx"), "-o", folder.File("review.pptx"));
        var noOutput = CliRun.Of("compare", folder.File("q1.json"), folder.File("q1.json"));

        Assert.Equal((2, 2, 2), (missing.ExitCode, unreadable.ExitCode, noOutput.ExitCode));
        Assert.Contains("nope.json: no such file", missing.Error, StringComparison.Ordinal);
        Assert.Contains("q2.xlsx is a text file", unreadable.Error, StringComparison.Ordinal);
        Assert.Contains("--output", noOutput.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("review.pptx")));
    }

    private static JourneyMap Map(string[] stages, string[] pains) => new()
    {
        Title = "Checkout",
        Language = "en",
        Stages = [.. stages.Select(s => new Stage { Name = s })],
        Lanes =
        [
            new Lane { Label = "Pain points", Kind = LaneKind.PainPoints, Cells = [.. pains.Select(p => new LaneCell { Items = p.Length == 0 ? [] : [new JourneyItem { Text = p }] })] },
        ],
    };

    private static void Fill(IXLWorksheet sheet, string[] stages, string[] pains)
    {
        sheet.Cell(1, 1).Value = "Stage";
        sheet.Cell(2, 1).Value = "Pain points";
        sheet.Cell(3, 1).Value = "Actions";
        for (var s = 0; s < stages.Length; s++)
        {
            sheet.Cell(1, s + 2).Value = stages[s];
            sheet.Cell(2, s + 2).Value = pains[s];
            sheet.Cell(3, s + 2).Value = "Step " + (s + 1);
        }

        sheet.Columns(1, stages.Length + 1).Width = 20;
    }

    private static string SlideText(string deck)
    {
        using var zip = ZipFile.OpenRead(deck);
        return string.Join("\n", zip.Entries.Where(e => e.FullName.StartsWith("ppt/slides/slide", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .SelectMany(e =>
            {
                using var stream = e.Open();
                return XDocument.Load(stream).Descendants(A + "p").Select(p => string.Concat(p.Descendants(A + "t").Select(t => t.Value))).ToList();
            }));
    }
}
