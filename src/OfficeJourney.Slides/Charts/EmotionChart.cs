using System.Globalization;
using System.Security;
using System.Text;
using System.IO.Compression;
using OfficeJourney.Model;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;

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

    /// <summary>
    /// The chart's workbook: a minimal, valid .xlsx written part by part (a second SDK package per deck
    /// would cost more than the rest of the slide). Strings are inline so there is no shared-string table to keep in step.
    /// </summary>
    public byte[] Workbook()
    {
        var sheet = new StringBuilder(512 + (stages.Count * 96));
        sheet.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"").Append(SpreadsheetNs).Append("\"><sheetData>")
            .Append("<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>").Append(Escape(seriesName)).Append("</t></is></c></row>");
        for (var i = 0; i < stages.Count; i++)
        {
            var row = (i + 2).ToString(CultureInfo.InvariantCulture);
            sheet.Append("<row r=\"").Append(row).Append("\"><c r=\"A").Append(row).Append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">").Append(Escape(stages[i])).Append("</t></is></c>");
            if (scores[i] is { } score)
            {
                sheet.Append("<c r=\"B").Append(row).Append("\"><v>").Append(Invariant(score)).Append("</v></c>");
            }

            sheet.Append("</row>");
        }

        sheet.Append("</sheetData></worksheet>");
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Entry(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Entry(zip, "xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{SpreadsheetNs}" xmlns:r="{ScaffoldParts.RelationshipsNs}"><sheets><sheet name="{Sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Entry(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            Entry(zip, "xl/worksheets/sheet1.xml", sheet.ToString());
        }

        return stream.ToArray();
    }

    private const string SpreadsheetNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static void Entry(ZipArchive zip, string name, string xml)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        var bytes = Encoding.UTF8.GetBytes(xml);
        entry.Write(bytes, 0, bytes.Length);
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

    private static string Escape(string value) => SecurityElement.Escape(value) ?? string.Empty;

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
