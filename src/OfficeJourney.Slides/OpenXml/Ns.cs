namespace OfficeJourney.Slides.OpenXml;

/// <summary>An XML namespace and the prefix a deck's parts give it.</summary>
internal readonly record struct Namespace(string Prefix, string Uri);

/// <summary>
/// The one map of the namespaces a deck's parts are written in, with the prefixes PowerPoint gives them
/// (as python-pptx's oxml/ns.py): every element and attribute the deck writes takes its namespace from here.
/// </summary>
internal static class Ns
{
    public static readonly Namespace A = new("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
    public static readonly Namespace P = new("p", "http://schemas.openxmlformats.org/presentationml/2006/main");
    public static readonly Namespace R = new("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    public static readonly Namespace C = new("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
    public static readonly Namespace P14 = new("p14", "http://schemas.microsoft.com/office/powerpoint/2010/main");

    /// <summary>Office 2016's SVG pictures: a:blip's extension naming the SVG beside its PNG fallback.</summary>
    public static readonly Namespace ASvg = new("asvg", "http://schemas.microsoft.com/office/drawing/2016/SVG/main");

    /// <summary>SpreadsheetML, the default namespace of a chart's embedded workbook.</summary>
    public static readonly Namespace X = new(string.Empty, "http://schemas.openxmlformats.org/spreadsheetml/2006/main");

    public static readonly Namespace Xml = new("xml", "http://www.w3.org/XML/1998/namespace");

    /// <summary>The package's own parts, [Content_Types].xml and the .rels parts, for the workbook zipped here.</summary>
    public static readonly Namespace ContentTypes = new(string.Empty, "http://schemas.openxmlformats.org/package/2006/content-types");

    public static readonly Namespace PackageRelationships = new(string.Empty, "http://schemas.openxmlformats.org/package/2006/relationships");

    /// <summary>What a graphic frame holding a table names in a:graphicData/@uri (no element is written in it).</summary>
    public const string TableGraphic = "http://schemas.openxmlformats.org/drawingml/2006/table";

    /// <summary>The namespace of a URI a scaffold part is written in.</summary>
    /// <exception cref="InvalidDataException">A URI the map does not have.</exception>
    public static Namespace Of(string uri) =>
        uri == A.Uri ? A
        : uri == P.Uri ? P
        : uri == R.Uri ? R
        : throw new InvalidDataException($"\"{uri}\" is not a namespace the deck's parts are written in.");
}
