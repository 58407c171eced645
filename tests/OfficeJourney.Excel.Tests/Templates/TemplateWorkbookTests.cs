using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using OfficeJourney.Excel.Reading;
using OfficeJourney.Excel.Templates;
using OfficeJourney.Interpretation;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Excel.Tests.Templates;

public sealed class TemplateWorkbookTests
{
    public static TheoryData<string> Languages() => [.. Language.Supported];

    private static byte[] Write(JourneyMap map)
    {
        using var stream = new MemoryStream();
        JourneyWorkbookWriter.Write(map, stream);
        return stream.ToArray();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_template_has_a_styled_journey_sheet_personas_and_an_emotion_drop_down(string language)
    {
        var map = TemplateCatalog.Create(MapType.CurrentState, Industry.Retail, language);

        using var workbook = new XLWorkbook(new MemoryStream(Write(map)));

        var journey = workbook.Worksheet(1);
        Assert.Equal(language == "fa", journey.RightToLeft);
        Assert.Equal(XLWorksheetVisibility.Hidden, workbook.Worksheet("Lists").Visibility);
        Assert.Equal(JourneyVocabulary.EmotionWords(language), Enumerable.Range(1, 5).Select(r => workbook.Worksheet("Lists").Cell(r, 1).GetString()));
        Assert.Equal(3, workbook.Worksheets.Count);

        var stageRow = journey.RowsUsed().First(r => r.Cell(1).GetString() == JourneyVocabulary.StageHeader(language)).RowNumber();
        Assert.Equal(stageRow, journey.SheetView.SplitRow);
        Assert.Equal(1, journey.SheetView.SplitColumn);
        Assert.Equal(map.Stages.Select(s => s.Name), Enumerable.Range(2, map.Stages.Count).Select(c => journey.Cell(stageRow, c).GetString()));
        Assert.True(journey.Cell(stageRow, 2).Style.Font.Bold);

        var emotionRow = journey.RowsUsed().Single(r => r.Cell(1).GetString().StartsWith(JourneyVocabulary.LaneLabel(LaneKind.Emotions, language), StringComparison.Ordinal));
        var validation = Assert.Single(journey.DataValidations);
        Assert.Equal(XLAllowedValues.List, validation.AllowedValues);
        Assert.True(validation.InCellDropdown);
        Assert.Contains(validation.Ranges, r => r.RangeAddress.FirstAddress.RowNumber == emotionRow.RowNumber());

        Assert.True(journey.Column(2).Width >= 20);
        Assert.True(journey.Cell(emotionRow.RowNumber() + 1, 2).Style.Alignment.WrapText);
    }

    [Theory]
    [InlineData("th", "Leelawadee UI")]
    [InlineData("fa", "Tahoma")]
    [InlineData("vi", "Calibri")]
    [InlineData("lv", "Calibri")]
    [InlineData("en", "Calibri")]
    public void A_template_is_set_in_the_font_its_languages_folder_names(string language, string font)
    {
        using var workbook = new XLWorkbook(new MemoryStream(Write(TemplateCatalog.Create(MapType.DayInTheLife, Industry.Travel, language))));

        Assert.Equal(font, Language.Of(language).Font);
        Assert.All(workbook.Worksheet(1).CellsUsed(), cell => Assert.Equal(font, cell.Style.Font.FontName));
    }

    [Fact]
    public void Text_that_looks_like_a_formula_is_written_as_text_and_reads_back_unchanged()
    {
        string[] hostile = ["=HYPERLINK(\"http://example.invalid\",\"click\")", "+1+1", "-2-3", "@SUM(A1)", "=cmd|' /C calc'!A0"];
        var map = new JourneyMap
        {
            Title = "=1+1",
            Stages = [.. hostile.Select((_, i) => new Stage { Name = $"S{i + 1}" })],
            Lanes = [new Lane { Label = "Notes", Kind = LaneKind.Custom, Cells = [.. hostile.Select(h => new LaneCell { Items = [new JourneyItem { Text = h }] })] }],
        };

        var bytes = Write(map);

        using (var zip = new ZipArchive(new MemoryStream(bytes)))
        {
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                Assert.DoesNotContain("<x:f>", reader.ReadToEnd(), StringComparison.Ordinal);
            }
        }

        using (var workbook = new XLWorkbook(new MemoryStream(bytes)))
        {
            var cell = workbook.Worksheet(1).CellsUsed().Single(c => c.GetString() == "+1+1");
            Assert.True(cell.Style.IncludeQuotePrefix);
            Assert.False(cell.HasFormula);
        }

        var read = Assert.Single(new GridInterpreter().Interpret(WorkbookReader.Read(new MemoryStream(bytes), "hostile.xlsx")).Maps);
        Assert.Equal("=1+1", read.Title);
        Assert.Equal(hostile, read.Lanes[0].Cells.Select(c => c.Items[0].Text));
    }

    [Fact]
    public void Writing_under_another_culture_gives_the_same_bytes_of_sheet_data()
    {
        var map = TemplateCatalog.Create(MapType.CurrentState, Industry.Banking, Language.English);
        var invariant = SheetXml(map);
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("fa-IR");
            Assert.Equal(invariant, SheetXml(map));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void The_english_retail_template_matches_its_golden_snapshot()
    {
        var map = TemplateCatalog.Create(MapType.CurrentState, Industry.Retail, Language.English);
        using var workbook = new XLWorkbook(new MemoryStream(Write(map)));
        var snapshot = new StringBuilder();
        foreach (var row in workbook.Worksheet(1).RowsUsed())
        {
            snapshot.Append(row.RowNumber()).Append(": ")
                .AppendJoin(" | ", row.Cells(1, 6).Select(c => c.GetString().Replace("\n", "⏎", StringComparison.Ordinal)))
                .Append('\n');
        }

        Golden.Check(Path.Combine("Templates", "golden", "retail-current-state-en.txt"), snapshot.ToString());
    }

    private static string SheetXml(JourneyMap map)
    {
        using var zip = new ZipArchive(new MemoryStream(Write(map)));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        return reader.ReadToEnd();
    }
}

/// <summary>Compares output with a committed golden file; UPDATE_GOLDEN=1 rewrites it.</summary>
internal static class Golden
{
    public static void Check(string relativePath, string actual)
    {
        var path = Path.Combine(ProjectFolder(), relativePath);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests once with UPDATE_GOLDEN=1 and review it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    private static string ProjectFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OfficeJourney.Excel.Tests.csproj")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The tests run outside their project.");
    }
}
