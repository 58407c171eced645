using System.IO.Compression;
using static OfficeJourney.Slides.OpenXml.Ns;

namespace OfficeJourney.Slides.OpenXml;

/// <summary>
/// An Open Packaging package (a deck, a chart's workbook) written straight into a zip: each part an entry written once
/// and closed before the next is opened, so a part leaves memory as soon as it is finished (System.IO.Packaging kept
/// every part until the package closed). What depends on every part — the package's relationships and
/// [Content_Types].xml — is written last. Entries carry a fixed time, so the same input gives the same bytes. Small
/// parts are stored rather than deflated: starting a deflater costs 10–20 µs an entry (measured), far more than
/// writing a part of a few hundred bytes, and a deck has four entries a slide.
/// </summary>
internal sealed class OpcPackage : IDisposable
{
    private const string ContentTypesPart = "/[Content_Types].xml";

    // A relationships part of up to this many relationships (a slide's layout, notes, a chart or two) is a few hundred bytes.
    private const int StoredRelationships = 8;

    // A zip's earliest time (its dates start in 1980): no entry says when it was written.
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // The content type of a part named by its extension; any other part is named in an Override.
    private static readonly Dictionary<string, string> Defaults = new(StringComparer.Ordinal)
    {
        ["rels"] = PartKind.RelationshipsType,
        ["xml"] = "application/xml",
        ["png"] = PartKind.Png.ContentType,
        ["svg"] = PartKind.Svg.ContentType,
        ["xlsx"] = PartKind.Workbook.ContentType,
    };

    private readonly ZipArchive zip;
    private readonly HashSet<string> parts = new(StringComparer.Ordinal);
    private readonly SortedSet<string> extensions = new(StringComparer.Ordinal);
    private readonly List<(string Part, string ContentType)> overrides = [];

    /// <param name="output">Where the zip is written; left open.</param>
    public OpcPackage(Stream output) => zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);

    /// <summary>The package's own relationships (_rels/.rels): its main part.</summary>
    public PartRelationships Relationships { get; } = new("/");

    /// <summary>Opens a new part named from the package's root ("/ppt/slides/slide1.xml"); close it before the next.</summary>
    /// <param name="deflate">False for a part known to be small, which is stored as it is.</param>
    /// <exception cref="InvalidOperationException">The package already has a part of that name.</exception>
    public Stream Open(string part, string contentType, bool deflate = true)
    {
        var extension = part[(part.LastIndexOf('.') + 1)..];
        if (Defaults.GetValueOrDefault(extension) == contentType)
        {
            extensions.Add(extension);
        }
        else
        {
            overrides.Add((part, contentType));
        }

        return Entry(part, deflate);
    }

    /// <summary>A part written as the XML of a kind of part.</summary>
    public PartWriter Xml(string part, PartKind kind, bool deflate = true) => new(Open(part, kind.ContentType, deflate));

    /// <summary>
    /// A part holding <paramref name="bytes"/> as they are, stored: pictures and workbooks are compressed already,
    /// SVG icons are small.
    /// </summary>
    public void Write(string part, PartKind kind, byte[] bytes)
    {
        using var stream = Open(part, kind.ContentType, deflate: false);
        stream.Write(bytes);
    }

    /// <summary>Writes a part's relationships part, once every relationship of the part is added; none when it has none.</summary>
    public void Write(PartRelationships relationships)
    {
        if (relationships.Count == 0)
        {
            return;
        }

        extensions.Add("rels");
        using var xml = new PartWriter(Entry(relationships.PartName, deflate: relationships.Count > StoredRelationships));
        relationships.WriteTo(xml);
    }

    /// <summary>Writes the package's relationships and content types, and closes the zip.</summary>
    public void Dispose()
    {
        Write(Relationships);
        using (var xml = new PartWriter(Entry(ContentTypesPart, deflate: true)))
        {
            xml.Root(ContentTypes, "Types");
            foreach (var extension in extensions)
            {
                xml.Start(ContentTypes, "Default").Attr("Extension", extension).Attr("ContentType", Defaults[extension]).End();
            }

            foreach (var (part, contentType) in overrides)
            {
                xml.Start(ContentTypes, "Override").Attr("PartName", part).Attr("ContentType", contentType).End();
            }
        }

        zip.Dispose();
    }

    private Stream Entry(string part, bool deflate)
    {
        if (!parts.Add(part))
        {
            throw new InvalidOperationException($"The package already has a part {part}.");
        }

        var entry = zip.CreateEntry(part[1..], deflate ? CompressionLevel.Fastest : CompressionLevel.NoCompression);
        entry.LastWriteTime = EntryTime;
        return entry.Open();
    }
}
