using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using OfficeJourney.Excel.Reading;

namespace OfficeJourney.Excel.Tests.Reading;

public sealed class RefusalTests
{
    private static byte[] SmallWorkbook()
    {
        using var stream = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            workbook.AddWorksheet("Journey").Cell("A1").Value = "Stage";
            workbook.SaveAs(stream);
        }

        return stream.ToArray();
    }

    private static WorkbookRefusedException Refuse(byte[] bytes, string name, WorkbookReadOptions? options = null) =>
        Assert.Throws<WorkbookRefusedException>(() => WorkbookReader.Read(new MemoryStream(bytes), name, options));

    [Fact]
    public void Refuses_a_legacy_xls_with_a_message_naming_the_file()
    {
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("Workbook").CopyTo(bytes, 1024);

        var refusal = Refuse(bytes, "budget.xls");

        Assert.Equal(RefusalReason.LegacyXls, refusal.Reason);
        Assert.StartsWith("budget.xls is an Excel 97-2003 workbook (.xls)", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_password_protected_workbook()
    {
        var bytes = new byte[200_000];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(bytes, 65_530); // across a read boundary

        var refusal = Refuse(bytes, "secret.xlsx");

        Assert.Equal(RefusalReason.Encrypted, refusal.Reason);
        Assert.Contains("password", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%PDF-1.5\n%âãÏÓ\n1 0 obj", RefusalReason.NotAWorkbook, "report.xlsx is a PDF document")]
    [InlineData("Stage,Awareness,Purchase\nActions,Sees,Pays\n", RefusalReason.NotAWorkbook, "report.xlsx is a text file")]
    [InlineData("", RefusalReason.Empty, "report.xlsx is empty")]
    public void Refuses_files_renamed_to_xlsx_by_what_they_are(string content, RefusalReason reason, string message)
    {
        var refusal = Refuse(Encoding.UTF8.GetBytes(content), "report.xlsx");

        Assert.Equal(reason, refusal.Reason);
        Assert.StartsWith(message, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_random_bytes()
    {
        var bytes = new byte[1000];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0x01;

        Assert.Equal(RefusalReason.NotAWorkbook, Refuse(bytes, "noise.xlsx").Reason);
    }

    [Fact]
    public void Refuses_a_macro_enabled_workbook_by_its_content_type()
    {
        var bytes = Zips.Rewrite(SmallWorkbook(), "[Content_Types].xml",
            xml => xml.Replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml", StringComparison.Ordinal));

        var refusal = Refuse(bytes, "tools.xlsm");

        Assert.Equal(RefusalReason.MacroEnabled, refusal.Reason);
        Assert.Contains("tools.xlsm is a macro-enabled workbook", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_workbook_carrying_a_vba_project()
    {
        var bytes = Zips.Add(SmallWorkbook(), "xl/vbaProject.bin", "not really vba");

        Assert.Equal(RefusalReason.MacroEnabled, Refuse(bytes, "renamed.xlsx").Reason);
    }

    [Fact]
    public void Refuses_a_zip_bomb_from_its_directory_before_parsing()
    {
        var bytes = Zips.Add(SmallWorkbook(), "xl/media/zeros.bin", new string('\0', 64 * 1024 * 1024));

        var refusal = Refuse(bytes, "bomb.xlsx");

        Assert.Equal(RefusalReason.ZipBomb, refusal.Reason);
        Assert.Contains("bomb.xlsx", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_whose_directory_understates_its_size_is_cut_short_and_refused_as_damaged()
    {
        var padded = Zips.Rewrite(SmallWorkbook(), "xl/worksheets/sheet1.xml", xml => xml.Replace("?>", "?>" + new string(' ', 50 * 1024 * 1024), StringComparison.Ordinal));
        var lying = Zips.LieAboutSizes(padded, "xl/worksheets/sheet1.xml", 1000);

        var refusal = Refuse(lying, "liar.xlsx");

        Assert.Equal(RefusalReason.Corrupt, refusal.Reason);
    }

    [Fact]
    public void Refuses_too_many_parts()
    {
        var bytes = SmallWorkbook();
        for (var i = 0; i < 30; i++)
        {
            bytes = Zips.Add(bytes, $"xl/extra/{i}.xml", "<x/>");
        }

        var refusal = Refuse(bytes, "parts.xlsx", new WorkbookReadOptions { MaxEntries = 20 });

        Assert.Equal(RefusalReason.ZipBomb, refusal.Reason);
        Assert.Contains("parts", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_part_with_a_path_that_climbs_out()
    {
        var bytes = Zips.Add(SmallWorkbook(), "../../etc/evil.xml", "<x/>");

        Assert.Equal(RefusalReason.Corrupt, Refuse(bytes, "slip.xlsx").Reason);
    }

    [Fact]
    public void Refuses_a_dtd_and_never_resolves_external_entities()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"secret-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "TOP SECRET");
        try
        {
            var bytes = Zips.Rewrite(SmallWorkbook(), "xl/sharedStrings.xml", xml =>
                xml.Replace("?>", $"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file://{secret}\"><!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>", StringComparison.Ordinal)
                   .Replace(">Stage<", ">&xxe;&b;<", StringComparison.Ordinal));

            var refusal = Refuse(bytes, "xxe.xlsx");

            Assert.Equal(RefusalReason.Dtd, refusal.Reason);
            Assert.Contains("xl/sharedStrings.xml", refusal.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("TOP SECRET", refusal.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Refuses_a_dtd_behind_a_long_comment_or_in_a_part_not_named_xml()
    {
        var commented = Zips.Rewrite(SmallWorkbook(), "xl/sharedStrings.xml", xml =>
            xml.Replace("?>", $"?><!--{new string('x', 5000)}--><!DOCTYPE sst [<!ENTITY e \"boom\">]>", StringComparison.Ordinal));
        var unnamed = Zips.Add(SmallWorkbook(), "customXml/item1.data", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"boom\">]><x/>");

        Assert.Equal(RefusalReason.Dtd, Refuse(commented, "long.xlsx").Reason);
        Assert.Equal(RefusalReason.Dtd, Refuse(unnamed, "data.xlsx").Reason);
    }

    [Fact]
    public void Refuses_strict_open_xml()
    {
        var bytes = Zips.Rewrite(SmallWorkbook(), "xl/workbook.xml",
            xml => xml.Replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main", StringComparison.Ordinal));

        Assert.Equal(RefusalReason.StrictOoxml, Refuse(bytes, "strict.xlsx").Reason);
    }

    [Fact]
    public void Refuses_a_file_over_the_size_limit_before_reading_it()
    {
        var refusal = Refuse(new byte[2048], "big.xlsx", new WorkbookReadOptions { MaxFileBytes = 1024 });

        Assert.Equal(RefusalReason.TooLarge, refusal.Reason);
    }

    [Fact]
    public void Refuses_a_sheet_whose_used_range_is_over_the_cell_limit()
    {
        using var stream = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.AddWorksheet("Wide");
            sheet.Cell("A1").Value = "x";
            sheet.Cell("Z400").Value = "y";
            workbook.SaveAs(stream);
        }

        var refusal = Refuse(stream.ToArray(), "wide.xlsx", new WorkbookReadOptions { MaxCellsPerSheet = 5_000 });

        Assert.Equal(RefusalReason.TooLarge, refusal.Reason);
        Assert.Contains("\"Wide\" uses 400 rows × 26 columns", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_workbook_with_more_cells_written_than_it_reads_naming_the_sheet_that_reached_the_limit()
    {
        using var stream = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            var journey = workbook.AddWorksheet("Journey");
            var numbers = workbook.AddWorksheet("Numbers");
            for (var r = 1; r <= 20; r++)
            {
                for (var c = 1; c <= 20; c++)
                {
                    journey.Cell(r, c).Value = $"r{r}c{c}";
                    numbers.Cell(r, c).Value = r * c;
                }
            }
            workbook.SaveAs(stream);
        }

        var refusal = Refuse(stream.ToArray(), "dump.xlsx", new WorkbookReadOptions { MaxCellsWritten = 700 });

        Assert.Equal(RefusalReason.TooLarge, refusal.Reason);
        Assert.Contains("dump.xlsx has more than 700 cells written in its sheets (the sheet \"Numbers\" reached it)", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_damaged_zip()
    {
        var bytes = SmallWorkbook()[..600];

        Assert.Equal(RefusalReason.Corrupt, Refuse(bytes, "cut.xlsx").Reason);
    }

    [Fact]
    public void A_zip_that_is_not_an_office_file_is_not_a_workbook()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("photo.txt").Open());
            writer.Write("holiday");
        }

        Assert.Equal(RefusalReason.NotAWorkbook, Refuse(stream.ToArray(), "photos.xlsx").Reason);
    }
}
