using System.Text.Json;
using System.Xml.Linq;

namespace OfficeJourney.Manifest.Tests;

/// <summary>The repository's manifests, icons and pane entry pages, found from the test's folder.</summary>
internal static class Manifests
{
    public static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    public static readonly XNamespace Overrides = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
    public static readonly XNamespace Basic = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public const string LocalOrigin = "https://localhost:5443";
    public const string ProductionOrigin = "https://journeys.contoso.com";

    public static string Folder => Path.Combine(Repository.Root, "manifest");

    public static XDocument Xml(string name) => XDocument.Load(Path.Combine(Folder, name), LoadOptions.SetLineInfo);

    public static JsonDocument Json() => JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json")));

    /// <summary>Every URL in a manifest: attribute values and element texts that start with a scheme.</summary>
    public static IEnumerable<string> Urls(XDocument manifest) =>
        manifest.Descendants().Attributes("DefaultValue").Select(a => a.Value)
            .Concat(manifest.Descendants().Where(e => !e.HasElements).Select(e => e.Value))
            .Where(v => v.Contains("://", StringComparison.Ordinal));

    /// <summary>Where a URL's path is in the built pane: addin-web/public for static files, addin-web for entry pages.</summary>
    public static string FileFor(Uri url)
    {
        var path = url.AbsolutePath.TrimStart('/');
        var page = Path.Combine(Repository.Root, "addin-web", path);
        return File.Exists(page) && path.EndsWith(".html", StringComparison.Ordinal) ? page : Path.Combine(Repository.Root, "addin-web", "public", path);
    }

    /// <summary>A PNG's width and height from its IHDR chunk.</summary>
    public static (int Width, int Height) PngSize(string file)
    {
        var bytes = File.ReadAllBytes(file);
        Assert.True(bytes.Length > 24 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', $"{file} is not a PNG");
        return (ReadBigEndian(bytes, 16), ReadBigEndian(bytes, 20));
    }

    private static int ReadBigEndian(byte[] bytes, int at) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
}
