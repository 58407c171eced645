using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeJourney.Excel.Reading;
using OfficeJourney.Grids;
using static OfficeJourney.Excel.Tests.Reading.RawWorkbook;
using CellValue = OfficeJourney.Grids.CellValue;

namespace OfficeJourney.Excel.Tests.Reading;

/// <summary>What a workbook says besides its cell values: its title and the pictures and shapes drawn over its cells.</summary>
public sealed class WorkbookFactsTests
{
    private const string Anchors = """
        <xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
          <xdr:twoCellAnchor editAs="oneCell">
            <xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>5</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>
            <xdr:to><xdr:col>2</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>6</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>
            <xdr:pic>
              <xdr:nvPicPr><xdr:cNvPr id="1" name="Picture 1" descr="😊" /><xdr:cNvPicPr /></xdr:nvPicPr>
              <xdr:blipFill><a:blip r:embed="rId1" /></xdr:blipFill>
              <xdr:spPr />
            </xdr:pic>
            <xdr:clientData />
          </xdr:twoCellAnchor>
          <xdr:oneCellAnchor>
            <xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>5</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>
            <xdr:ext cx="100" cy="100" />
            <xdr:sp>
              <xdr:nvSpPr><xdr:cNvPr id="2" name="TextBox 2" /><xdr:cNvSpPr txBox="1" /></xdr:nvSpPr>
              <xdr:spPr />
              <xdr:txBody><a:bodyPr /><a:p><a:r><a:t>Pain </a:t></a:r><a:r><a:t>point</a:t></a:r></a:p></xdr:txBody>
            </xdr:sp>
            <xdr:clientData />
          </xdr:oneCellAnchor>
          <xdr:twoCellAnchor>
            <xdr:from><xdr:col>2</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>
            <xdr:to><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>
            <xdr:cxnSp macro=""><xdr:nvCxnSpPr><xdr:cNvPr id="3" name="Arrow 3" title="next step" /><xdr:cNvCxnSpPr /></xdr:nvCxnSpPr><xdr:spPr /></xdr:cxnSp>
            <xdr:clientData />
          </xdr:twoCellAnchor>
          <xdr:absoluteAnchor>
            <xdr:pos x="0" y="0" /><xdr:ext cx="100" cy="100" />
            <xdr:pic><xdr:nvPicPr><xdr:cNvPr id="4" name="Logo" descr="logo" /><xdr:cNvPicPr /></xdr:nvPicPr><xdr:blipFill /><xdr:spPr /></xdr:pic>
            <xdr:clientData />
          </xdr:absoluteAnchor>
          <xdr:twoCellAnchor>
            <xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>9</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>
            <xdr:to><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>
            <xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="5" name="Chart 5" /><xdr:cNvGraphicFramePr /></xdr:nvGraphicFramePr><xdr:xfrm /><a:graphic /></xdr:graphicFrame>
            <xdr:clientData />
          </xdr:twoCellAnchor>
        </xdr:wsDr>
        """;

    [Fact]
    public void The_workbook_title_is_read_from_the_document_properties_and_trimmed()
    {
        Assert.Equal("Retail journey", ReadTitled("  Retail journey \n"));
        Assert.Null(ReadTitled("   "));
        Assert.Null(ReadTitled(null));
    }

    [Fact]
    public void Pictures_shapes_and_connectors_anchored_to_cells_are_read_with_their_descriptions()
    {
        var sheet = Assert.Single(WorkbookReader.Read(new MemoryStream(WithDrawing(Anchors)), "drawn.xlsx").Sheets);

        Assert.Equal(
            [
                new CellPicture(Range("B6:C7"), PictureKind.Picture, "😊"),
                new CellPicture(Range("D6"), PictureKind.Shape, "Pain point"),
                new CellPicture(Range("C3:E3"), PictureKind.Connector, "next step"),
                new CellPicture(Range("A10:F21"), PictureKind.Chart, null),
            ],
            sheet.Pictures);
    }

    [Fact]
    public void At_most_the_configured_number_of_pictures_is_read_from_a_sheet()
    {
        var sheet = Assert.Single(WorkbookReader.Read(new MemoryStream(WithDrawing(Anchors)), "drawn.xlsx", new WorkbookReadOptions { MaxPicturesPerSheet = 2 }).Sheets);

        Assert.Equal([PictureKind.Picture, PictureKind.Shape], sheet.Pictures.Select(p => p.Kind));
    }

    [Fact]
    public void A_drawing_with_a_document_type_definition_is_refused()
    {
        var hostile = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"boom\">]>" + Anchors;

        var refused = Assert.Throws<WorkbookRefusedException>(() => WorkbookReader.Read(new MemoryStream(WithDrawing(hostile)), "dtd.xlsx"));

        Assert.Equal(RefusalReason.Dtd, refused.Reason);
    }

    [Fact]
    public void A_sheet_without_drawings_and_a_grid_from_the_task_pane_have_no_pictures_or_unread_formulas()
    {
        var bytes = Create((workbook, sheets) => AddSheet(workbook, sheets, "Sheet1", new Worksheet(new SheetData(new Row(Inline("A1", "x")) { RowIndex = 1 }))));
        var read = Assert.Single(WorkbookReader.Read(new MemoryStream(bytes), "plain.xlsx").Sheets);
        var pane = SheetGrid.FromRows("Sheet1", [[CellValue.FromText("x")]]);

        Assert.Empty(read.Pictures);
        Assert.Empty(read.UnreadFormulas);
        Assert.Empty(pane.Pictures);
        Assert.Empty(pane.UnreadFormulas);
    }

    private static string? ReadTitled(string? title)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            AddSheet(workbook, sheets, "Sheet1", new Worksheet(new SheetData()));
            if (title is not null)
            {
                document.PackageProperties.Title = title;
            }
        }

        return WorkbookReader.Read(new MemoryStream(stream.ToArray()), "titled.xlsx").Title;
    }

    private static byte[] WithDrawing(string xml) => Create((workbook, sheets) =>
    {
        var part = AddSheet(workbook, sheets, "Feelings", new Worksheet(new SheetData(new Row(Inline("A1", "Feelings")) { RowIndex = 1 })));
        var drawing = part.AddNewPart<DrawingsPart>();
        using (var stream = drawing.GetStream(FileMode.Create, FileAccess.Write))
        {
            var bytes = Encoding.UTF8.GetBytes(xml);
            stream.Write(bytes, 0, bytes.Length);
        }

        part.Worksheet.Append(new Drawing { Id = part.GetIdOfPart(drawing) });
    });

    private static CellRange Range(string a1) => CellRange.TryParse(a1, out var range) ? range : throw new ArgumentException(a1);
}
