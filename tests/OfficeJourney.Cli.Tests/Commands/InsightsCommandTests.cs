using System.Text.Json;
using ClosedXML.Excel;

namespace OfficeJourney.Cli.Tests.Commands;

public sealed class InsightsCommandTests
{
    private static string Template(TempFolder folder, string language = "en")
    {
        var path = folder.File($"retail-{language}.xlsx");
        Assert.Equal(0, CliRun.Of("template", "--type", "current-state", "--industry", "retail", "--lang", language, "-o", path).ExitCode);
        return path;
    }

    [Fact]
    public void Insights_lists_the_funnel_with_the_largest_drop_off_marked_and_findings_grouped_by_kind_with_cells()
    {
        using var folder = new TempFolder();

        var run = CliRun.Of("insights", Template(folder));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Funnel: Visitors", run.Output, StringComparison.Ordinal);
        var lines = run.Output.Split('\n');
        var marked = Assert.Single(lines, l => l.Contains("← largest drop-off", StringComparison.Ordinal));
        Assert.Contains("Purchase", marked, StringComparison.Ordinal);
        Assert.Contains("75.2% dropped off", marked, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("  Awareness ", StringComparison.Ordinal) && l.Contains("48,000", StringComparison.Ordinal));
        Assert.Contains("Where people drop off (1)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Metrics off target (", run.Output, StringComparison.Ordinal);
        Assert.Contains("stages: Consideration, Purchase; cells: Journey!C12, Journey!D12", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Insights_json_gives_the_shape_the_api_gives()
    {
        using var folder = new TempFolder();

        var run = CliRun.Of("insights", Template(folder, "th"), "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var funnel = json.RootElement.GetProperty("funnel");
        Assert.Equal(5, funnel.GetProperty("steps").GetArrayLength());
        Assert.Equal(2, funnel.GetProperty("largestDropOff").GetInt32());
        Assert.Equal("'เส้นทางลูกค้า'!B12", funnel.GetProperty("steps")[0].GetProperty("cell").GetString());
        Assert.False(funnel.GetProperty("steps")[0].TryGetProperty("conversion", out _));
        var drop = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "largest-drop-off");
        Assert.Equal([1, 2], drop.GetProperty("stages").EnumerateArray().Select(s => s.GetInt32()));
        Assert.Contains(drop.GetProperty("message").GetString()!, c => c is >= '\u0E00' and <= '\u0E7F');
    }

    [Fact]
    public void Insights_of_a_named_sheet_and_of_a_sheet_that_is_not_there()
    {
        using var folder = new TempFolder();
        var path = folder.File("two.xlsx");
        using (var workbook = new XLWorkbook())
        {
            foreach (var (name, counts) in new[] { ("Web", new[] { 100, 40 }), ("Store", new[] { 900, 30 }) })
            {
                var sheet = workbook.AddWorksheet(name);
                sheet.Cell("B1").Value = "Visit";
                sheet.Cell("C1").Value = "Buy";
                sheet.Cell("A2").Value = "Actions";
                sheet.Cell("B2").Value = "Looks";
                sheet.Cell("C2").Value = "Pays";
                sheet.Cell("A3").Value = "Visitors";
                sheet.Cell("B3").Value = counts[0];
                sheet.Cell("C3").Value = counts[1];
            }

            workbook.SaveAs(path);
        }

        var store = CliRun.Of("insights", path, "--sheet", "Store", "--json");
        var missing = CliRun.Of("insights", path, "--sheet", "Phone");

        Assert.Equal(0, store.ExitCode);
        using var json = JsonDocument.Parse(store.Output);
        Assert.Equal(900, json.RootElement.GetProperty("funnel").GetProperty("steps")[0].GetProperty("count").GetDouble());
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no journey map on a sheet named \"Phone\"", missing.Error, StringComparison.Ordinal);
        Assert.Contains("\"Web\"", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Insights_of_a_file_without_a_map_exits_2_and_points_to_validate()
    {
        using var folder = new TempFolder();
        var path = folder.File("empty.xlsx");
        using (var workbook = new XLWorkbook())
        {
            workbook.AddWorksheet("Budget").Cell("A1").Value = "Q1";
            workbook.SaveAs(path);
        }

        var run = CliRun.Of("insights", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("journey validate", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("..", run.Error, StringComparison.Ordinal);
    }
}
