using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace OfficeJourney.Slides.Tests;

/// <summary>
/// What PowerPoint needs and the Open XML validator does not check (it misses duplicate shape ids, for one, which
/// PowerPoint repairs), read straight from the zip so that the checker shares nothing with the writer.
/// </summary>
internal sealed class DeckInvariants
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static readonly XNamespace Rels = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace Types = "http://schemas.openxmlformats.org/package/2006/content-types";

    private readonly Dictionary<string, byte[]> entries;
    private readonly List<string> failures = [];

    public DeckInvariants(byte[] deck)
    {
        using var zip = new ZipArchive(new MemoryStream(deck));
        entries = zip.Entries.ToDictionary(e => "/" + e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }, StringComparer.Ordinal);
    }

    /// <summary>The deck passes the Open XML validator (Office 2016) and every check here.</summary>
    public static void AssertValid(byte[] deck)
    {
        using (var document = PresentationDocument.Open(new MemoryStream(deck), false))
        {
            var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
        }

        var failures = new DeckInvariants(deck).Check();
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    public IReadOnlyList<string> Check()
    {
        ContentTypes();
        Relationships();
        PresentationIds();
        foreach (var part in entries.Keys.Where(k => k.StartsWith("/ppt/slides/slide", StringComparison.Ordinal) || k.StartsWith("/ppt/notesSlides/", StringComparison.Ordinal)).Where(k => k.EndsWith(".xml", StringComparison.Ordinal)))
        {
            UniqueShapeIds(part);
        }

        foreach (var part in entries.Keys.Where(k => k.StartsWith("/ppt/slides/slide", StringComparison.Ordinal) && k.EndsWith(".xml", StringComparison.Ordinal)))
        {
            InsideTheSlide(part);
        }

        foreach (var chart in entries.Keys.Where(k => k.Contains("/charts/chart", StringComparison.Ordinal) && k.EndsWith(".xml", StringComparison.Ordinal)))
        {
            ChartMatchesItsWorkbook(chart);
        }

        return failures;
    }

    public XDocument Xml(string part) => XDocument.Load(new MemoryStream(entries[part]));

    public byte[] Bytes(string part) => entries[part];

    public IEnumerable<string> Parts => entries.Keys;

    private void ContentTypes()
    {
        var types = Xml("/[Content_Types].xml").Root!;
        var defaults = types.Elements(Types + "Default").Select(d => d.Attribute("Extension")!.Value.ToLowerInvariant()).ToHashSet();
        var overrides = types.Elements(Types + "Override").Select(o => o.Attribute("PartName")!.Value).ToList();
        foreach (var name in overrides.Where(o => !entries.ContainsKey(o)))
        {
            failures.Add($"content type override for a part that does not exist: {name}");
        }

        foreach (var part in entries.Keys.Where(k => k != "/[Content_Types].xml"))
        {
            if (!overrides.Contains(part, StringComparer.Ordinal) && !defaults.Contains(Path.GetExtension(part).TrimStart('.').ToLowerInvariant()))
            {
                failures.Add($"no content type for {part}");
            }
        }
    }

    private void Relationships()
    {
        foreach (var rels in entries.Keys.Where(k => k.EndsWith(".rels", StringComparison.Ordinal)).ToList())
        {
            var source = rels.Replace("_rels/", string.Empty, StringComparison.Ordinal)[..^5];
            var folder = source.Length <= 1 ? "/" : source[..(source.LastIndexOf('/') + 1)];
            foreach (var relationship in Xml(rels).Root!.Elements(Rels + "Relationship"))
            {
                if (relationship.Attribute("TargetMode")?.Value == "External")
                {
                    continue;
                }

                var target = relationship.Attribute("Target")!.Value;
                var resolved = target.StartsWith('/') ? target : Normalize(folder + target);
                if (!entries.ContainsKey(resolved))
                {
                    failures.Add($"{rels}: {relationship.Attribute("Id")!.Value} points at missing {resolved}");
                }
            }
        }
    }

    private void PresentationIds()
    {
        var presentation = Xml("/ppt/presentation.xml").Root!;
        var slideIds = presentation.Descendants(P + "sldId").Select(s => long.Parse(s.Attribute("id")!.Value, CultureInfo.InvariantCulture)).ToList();
        if (slideIds.Any(id => id < 256) || slideIds.Distinct().Count() != slideIds.Count)
        {
            failures.Add("slide ids must be unique and at least 256");
        }

        var masterIds = presentation.Descendants(P + "sldMasterId").Select(s => long.Parse(s.Attribute("id")!.Value, CultureInfo.InvariantCulture)).ToList();
        var layoutIds = entries.Keys.Where(k => k.StartsWith("/ppt/slideMasters/slideMaster", StringComparison.Ordinal) && k.EndsWith(".xml", StringComparison.Ordinal))
            .SelectMany(m => Xml(m).Descendants(P + "sldLayoutId")).Select(s => long.Parse(s.Attribute("id")!.Value, CultureInfo.InvariantCulture)).ToList();
        var all = masterIds.Concat(layoutIds).ToList();
        if (all.Any(id => id < 2147483648) || all.Distinct().Count() != all.Count)
        {
            failures.Add("master and layout ids must be unique and at least 2147483648");
        }

        var hasNotes = entries.Keys.Any(k => k.StartsWith("/ppt/notesSlides/", StringComparison.Ordinal));
        if (hasNotes && presentation.Element(P + "notesMasterIdLst") is null)
        {
            failures.Add("notes slides without a notes master listed in the presentation");
        }

        if (!entries.ContainsKey("/ppt/presProps.xml") || !entries.ContainsKey("/ppt/viewProps.xml") || !entries.ContainsKey("/ppt/tableStyles.xml"))
        {
            failures.Add("presProps, viewProps and tableStyles are expected");
        }
    }

    private void UniqueShapeIds(string part)
    {
        var ids = Xml(part).Descendants().Where(e => e.Name.LocalName == "cNvPr").Select(e => e.Attribute("id")!.Value).ToList();
        foreach (var duplicate in ids.GroupBy(i => i).Where(g => g.Count() > 1))
        {
            failures.Add($"{part}: shape id {duplicate.Key} is used {duplicate.Count()} times");
        }
    }

    private void InsideTheSlide(string part)
    {
        foreach (var transform in Xml(part).Descendants().Where(e => e.Name.LocalName == "xfrm" && e.Parent!.Name.LocalName is "spPr" or "graphicFrame"))
        {
            var offset = transform.Element(A + "off");
            var extent = transform.Element(A + "ext");
            if (offset is null || extent is null)
            {
                continue;
            }

            var x = long.Parse(offset.Attribute("x")!.Value, CultureInfo.InvariantCulture);
            var y = long.Parse(offset.Attribute("y")!.Value, CultureInfo.InvariantCulture);
            var right = x + long.Parse(extent.Attribute("cx")!.Value, CultureInfo.InvariantCulture);
            var bottom = y + long.Parse(extent.Attribute("cy")!.Value, CultureInfo.InvariantCulture);
            if (x < 0 || y < 0 || right > 12_192_000 + 12_700 * 8 || bottom > 6_858_000)
            {
                failures.Add($"{part}: a shape reaches outside the slide ({x},{y})–({right},{bottom})");
            }
        }
    }

    private void ChartMatchesItsWorkbook(string chart)
    {
        var xml = Xml(chart).Root!;
        var rels = Xml(chart.Replace("/charts/", "/charts/_rels/", StringComparison.Ordinal) + ".rels").Root!;
        var externalId = xml.Element(C + "externalData")?.Attribute(R + "id")?.Value;
        var target = rels.Elements(Rels + "Relationship").FirstOrDefault(r => r.Attribute("Id")!.Value == externalId)?.Attribute("Target")?.Value;
        if (target is null)
        {
            failures.Add($"{chart}: no externalData pointing at an embedded workbook");
            return;
        }

        var folder = chart[..(chart.LastIndexOf('/') + 1)];
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(entries[target.StartsWith('/') ? target : Normalize(folder + target)]), false);

        // The deck's validation does not open embedded packages; the workbook is zipped by hand, so it is validated here.
        foreach (var error in new OpenXmlValidator(FileFormatVersions.Office2016).Validate(workbook))
        {
            failures.Add($"{chart}: its workbook's {error.Part?.Uri} {error.Path?.XPath}: {error.Description}");
        }

        var sheetPart = workbook.WorkbookPart!.WorksheetParts.Single();
        var cells = sheetPart.Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty, StringComparer.Ordinal);
        foreach (var reference in xml.Descendants(C + "strRef").Concat(xml.Descendants(C + "numRef")))
        {
            var formula = reference.Element(C + "f")!.Value;
            var cache = reference.Elements().Single(e => e.Name.LocalName is "strCache" or "numCache");
            var addresses = Addresses(formula);
            foreach (var point in cache.Elements(C + "pt"))
            {
                var index = int.Parse(point.Attribute("idx")!.Value, CultureInfo.InvariantCulture);
                var expected = point.Element(C + "v")!.Value;
                if (index >= addresses.Count || !cells.TryGetValue(addresses[index], out var actual) || actual != expected)
                {
                    failures.Add($"{chart}: {formula} point {index} is \"{expected}\" in the cache but not in the workbook");
                }
            }
        }
    }

    // "Sheet1!$A$2:$A$6" → A2, A3, … A6 (one column, as the chart writes).
    private static List<string> Addresses(string formula)
    {
        var range = formula.Split('!')[1].Replace("$", string.Empty, StringComparison.Ordinal).Split(':');
        var column = new string([.. range[0].TakeWhile(char.IsLetter)]);
        var first = int.Parse(range[0][column.Length..], CultureInfo.InvariantCulture);
        var last = range.Length > 1 ? int.Parse(range[1][column.Length..], CultureInfo.InvariantCulture) : first;
        return [.. Enumerable.Range(first, last - first + 1).Select(r => column + r.ToString(CultureInfo.InvariantCulture))];
    }

    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (segment is not ("." or ""))
            {
                parts.Add(segment);
            }
        }

        return "/" + string.Join('/', parts);
    }
}
