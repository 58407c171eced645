using System.Globalization;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeJourney.Model;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.Package;

namespace OfficeJourney.Slides.Charts;

/// <summary>
/// The emotion curve as a native line chart. One owner for the sheet layout of both the chart's formulas
/// and caches and its embedded workbook (stages in A2:A{n+1}, scores in B2:B{n+1}, the series name in B1),
/// so that "Edit Data" opens exactly the numbers drawn.
/// </summary>
internal sealed class EmotionChart(IReadOnlyList<string> stages, IReadOnlyList<double?> scores, string seriesName, EmotionScale scale, TextStyle text, DeckTheme theme)
{
    private const string Sheet = "Sheet1";

    public string CategoryFormula => $"{Sheet}!$A$2:$A${stages.Count + 1}";

    public string ValueFormula => $"{Sheet}!$B$2:$B${stages.Count + 1}";

    public const string NameFormula = "Sheet1!$B$1";

    public byte[] Workbook()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(new Row(Text("A1", string.Empty), Text("B1", seriesName)) { RowIndex = 1 });
            for (var i = 0; i < stages.Count; i++)
            {
                var row = new Row { RowIndex = (uint)(i + 2) };
                row.Append(Text($"A{i + 2}", stages[i]));
                if (scores[i] is { } score)
                {
                    row.Append(new Cell { CellReference = $"B{i + 2}", CellValue = new CellValue(Invariant(score)) });
                }

                data.Append(row);
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Name = Sheet, SheetId = 1, Id = workbook.GetIdOfPart(sheetPart) }));
        }

        return stream.ToArray();
    }

    public string Xml(string workbookRelationship)
    {
        var xml = new StringBuilder(4096);
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
            .Append("<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:a=\"").Append(ScaffoldParts.MainNs)
            .Append("\" xmlns:r=\"").Append(ScaffoldParts.RelationshipsNs).Append("\">")
            .Append("<c:date1904 val=\"0\"/><c:roundedCorners val=\"0\"/><c:chart><c:autoTitleDeleted val=\"1\"/><c:plotArea><c:layout/>")
            .Append("<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/><c:ser><c:idx val=\"0\"/><c:order val=\"0\"/>")
            .Append("<c:tx><c:strRef><c:f>").Append(NameFormula).Append("</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>").Append(Escape(seriesName)).Append("</c:v></c:pt></c:strCache></c:strRef></c:tx>")
            .Append("<c:spPr><a:ln w=\"38100\" cap=\"rnd\"><a:solidFill><a:srgbClr val=\"").Append(theme.Curve).Append("\"/></a:solidFill><a:round/></a:ln></c:spPr>")
            .Append("<c:marker><c:symbol val=\"circle\"/><c:size val=\"9\"/><c:spPr><a:solidFill><a:srgbClr val=\"").Append(theme.Curve).Append("\"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr></c:marker>")
            .Append("<c:cat><c:strRef><c:f>").Append(CategoryFormula).Append("</c:f><c:strCache><c:ptCount val=\"").Append(stages.Count).Append("\"/>");
        for (var i = 0; i < stages.Count; i++)
        {
            xml.Append("<c:pt idx=\"").Append(i).Append("\"><c:v>").Append(Escape(stages[i])).Append("</c:v></c:pt>");
        }

        xml.Append("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>").Append(ValueFormula).Append("</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"").Append(stages.Count).Append("\"/>");
        for (var i = 0; i < stages.Count; i++)
        {
            if (scores[i] is { } score)
            {
                xml.Append("<c:pt idx=\"").Append(i).Append("\"><c:v>").Append(Invariant(score)).Append("</c:v></c:pt>");
            }
        }

        var rtl = text.RightToLeft;
        xml.Append("</c:numCache></c:numRef></c:val><c:smooth val=\"0\"/></c:ser><c:marker val=\"1\"/><c:axId val=\"50010\"/><c:axId val=\"50020\"/></c:lineChart>")
            .Append("<c:catAx><c:axId val=\"50010\"/><c:scaling><c:orientation val=\"").Append(rtl ? "maxMin" : "minMax").Append("\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"b\"/>")
            .Append("<c:numFmt formatCode=\"General\" sourceLinked=\"1\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"low\"/>")
            .Append("<c:spPr><a:ln w=\"9525\"><a:solidFill><a:srgbClr val=\"").Append(theme.Line).Append("\"/></a:solidFill></a:ln></c:spPr>")
            .Append(TextProperties(1200, rtl))
            .Append("<c:crossAx val=\"50020\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>")
            .Append("<c:valAx><c:axId val=\"50020\"/><c:scaling><c:orientation val=\"minMax\"/><c:max val=\"").Append(Invariant(scale.Max)).Append("\"/><c:min val=\"").Append(Invariant(scale.Min)).Append("\"/></c:scaling>")
            .Append("<c:delete val=\"0\"/><c:axPos val=\"").Append(rtl ? "r" : "l").Append("\"/><c:majorGridlines><c:spPr><a:ln w=\"6350\"><a:solidFill><a:srgbClr val=\"").Append(theme.Line).Append("\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>")
            .Append("<c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>")
            .Append(TextProperties(1100, rtl))
            .Append("<c:crossAx val=\"50010\"/><c:crosses val=\"").Append(rtl ? "max" : "autoZero").Append("\"/><c:crossBetween val=\"between\"/><c:majorUnit val=\"").Append(Invariant(MajorUnit(scale))).Append("\"/></c:valAx>")
            .Append("</c:plotArea><c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>")
            .Append(TextProperties(1200, rtl))
            .Append("<c:externalData r:id=\"").Append(workbookRelationship).Append("\"><c:autoUpdate val=\"0\"/></c:externalData></c:chartSpace>");
        return xml.ToString();
    }

    private string TextProperties(int size, bool rtl)
    {
        var cs = text.ComplexScriptFont is { } font ? $"<a:cs typeface=\"{font}\"/>" : string.Empty;
        return $"<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr{(rtl ? " rtl=\"1\"" : string.Empty)}><a:defRPr sz=\"{size}\"><a:solidFill><a:srgbClr val=\"{theme.Ink}\"/></a:solidFill><a:latin typeface=\"{DeckTheme.LatinFont}\"/>{cs}</a:defRPr></a:pPr><a:endParaRPr lang=\"{text.LanguageTag}\"/></a:p></c:txPr>";
    }

    private static double MajorUnit(EmotionScale scale) => scale.Max - scale.Min > 10 ? Math.Ceiling((scale.Max - scale.Min) / 10) : 1;

    private static Cell Text(string reference, string value) =>
        new(new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve })) { CellReference = reference, DataType = CellValues.InlineString };

    private static string Escape(string value) => SecurityElement.Escape(value) ?? string.Empty;

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
