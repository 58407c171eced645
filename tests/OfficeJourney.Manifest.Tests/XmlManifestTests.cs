using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;

namespace OfficeJourney.Manifest.Tests;

public sealed class XmlManifestTests
{
    public static TheoryData<string, string> Variants => new()
    {
        { "officejourney.local.xml", Manifests.LocalOrigin },
        { "officejourney.xml", Manifests.ProductionOrigin },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void The_manifest_has_the_required_elements_in_schema_order(string file, string origin)
    {
        var app = Manifests.Xml(file).Root!;

        Assert.Equal(Manifests.App + "OfficeApp", app.Name);
        Assert.Equal("TaskPaneApp", app.Attribute(Manifests.Xsi + "type")?.Value);
        string[] order = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "DefaultSettings", "Permissions", "VersionOverrides"];
        Assert.Equal(order, app.Elements().Select(e => e.Name.LocalName).Where(order.Contains));
        Assert.True(Guid.TryParse(app.Element(Manifests.App + "Id")!.Value, out _));
        Assert.Matches(@"^\d+\.\d+\.\d+\.\d+$", app.Element(Manifests.App + "Version")!.Value);
        Assert.Equal($"{origin}/taskpane.html", app.Element(Manifests.App + "DefaultSettings")!.Element(Manifests.App + "SourceLocation")!.Attribute("DefaultValue")!.Value);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Both_hosts_are_declared_with_a_home_tab_button_and_no_host_specific_requirement(string file, string origin)
    {
        var manifest = Manifests.Xml(file);
        var app = manifest.Root!;

        Assert.Equal(["Workbook", "Presentation"], app.Element(Manifests.App + "Hosts")!.Elements().Select(h => h.Attribute("Name")!.Value));
        Assert.Null(app.Element(Manifests.App + "Requirements"));
        Assert.DoesNotContain(manifest.Descendants().Where(e => e.Name.LocalName == "Set"), set => set.Attribute("Name")?.Value is "ExcelApi" or "PowerPointApi");
        var overrides = app.Element(Manifests.Overrides + "VersionOverrides")!;
        var hosts = overrides.Element(Manifests.Overrides + "Hosts")!.Elements(Manifests.Overrides + "Host").ToList();
        Assert.Equal(["Workbook", "Presentation"], hosts.Select(h => h.Attribute(Manifests.Xsi + "type")!.Value));
        Assert.All(hosts, host =>
        {
            Assert.Equal("TabHome", host.Descendants(Manifests.Overrides + "OfficeTab").Single().Attribute("id")!.Value);
            Assert.Equal("ShowTaskpane", host.Descendants(Manifests.Overrides + "Action").Single().Attribute(Manifests.Xsi + "type")!.Value);
        });
        Assert.StartsWith(origin, Manifests.Urls(manifest).First(u => u.EndsWith("taskpane.html", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_resource_a_control_names_is_defined_and_strings_fit_office_limits(string file, string origin)
    {
        var manifest = Manifests.Xml(file);
        var resources = manifest.Descendants(Manifests.Overrides + "Resources").Single();
        var defined = resources.Descendants().Where(e => e.Attribute("id") is not null).Select(e => e.Attribute("id")!.Value).ToHashSet(StringComparer.Ordinal);
        var used = manifest.Descendants().Attributes("resid").Select(a => a.Value).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(used.Except(defined));
        Assert.All(resources.Descendants(Manifests.Basic + "ShortStrings").Descendants(), s => Assert.True((s.Attribute("DefaultValue") ?? s.Attribute("Value"))!.Value.Length <= 125));
        Assert.All(resources.Descendants(Manifests.Basic + "LongStrings").Descendants(), s => Assert.True((s.Attribute("DefaultValue") ?? s.Attribute("Value"))!.Value.Length <= 250));
        Assert.All(resources.Descendants(Manifests.Basic + "Url").Concat(resources.Descendants(Manifests.Basic + "Image")), u => Assert.StartsWith(origin + "/", u.Attribute("DefaultValue")!.Value, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_url_is_https_and_every_file_it_names_is_in_the_pane(string file, string origin)
    {
        var urls = Manifests.Urls(Manifests.Xml(file)).Select(u => new Uri(u)).ToList();

        Assert.All(urls, url => Assert.Equal(Uri.UriSchemeHttps, url.Scheme));
        Assert.All(urls.Where(u => u.GetLeftPart(UriPartial.Authority) == origin && u.AbsolutePath.Length > 1), url =>
            Assert.True(File.Exists(Manifests.FileFor(url)), $"{url} names {Manifests.FileFor(url)}, which is not there"));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_icon_has_the_size_the_manifest_claims(string file, string origin)
    {
        var manifest = Manifests.Xml(file);
        var images = manifest.Descendants(Manifests.Basic + "Image").Where(i => i.Attribute("id") is not null)
            .ToDictionary(i => i.Attribute("id")!.Value, i => new Uri(i.Attribute("DefaultValue")!.Value), StringComparer.Ordinal);
        var claims = manifest.Descendants(Manifests.Basic + "Image").Where(i => i.Attribute("size") is not null)
            .Select(i => (Size: int.Parse(i.Attribute("size")!.Value, CultureInfo.InvariantCulture), Url: images[i.Attribute("resid")!.Value]))
            .Append((Size: 32, Url: new Uri(manifest.Root!.Element(Manifests.App + "IconUrl")!.Attribute("DefaultValue")!.Value)))
            .Append((Size: 64, Url: new Uri(manifest.Root!.Element(Manifests.App + "HighResolutionIconUrl")!.Attribute("DefaultValue")!.Value)));

        Assert.All(claims, claim => Assert.Equal((claim.Size, claim.Size), Manifests.PngSize(Manifests.FileFor(claim.Url))));
        Assert.StartsWith(origin, images.Values.First().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_local_and_production_manifests_differ_only_in_the_origin_and_the_comment()
    {
        static string Body(string file, string origin)
        {
            var document = Manifests.Xml(file);
            document.DescendantNodes().OfType<XComment>().ToList().ForEach(c => c.Remove());
            return document.ToString().Replace(origin, "{origin}", StringComparison.Ordinal);
        }

        Assert.Equal(Body("officejourney.xml", Manifests.ProductionOrigin), Body("officejourney.local.xml", Manifests.LocalOrigin));
    }

    [Fact]
    public void The_xml_and_json_manifests_are_one_add_in_at_one_version()
    {
        var xml = Manifests.Xml("officejourney.xml").Root!;
        using var json = Manifests.Json();

        Assert.Equal(xml.Element(Manifests.App + "Id")!.Value, json.RootElement.GetProperty("id").GetString());
        Assert.Equal(xml.Element(Manifests.App + "Version")!.Value, json.RootElement.GetProperty("version").GetString() + ".0");
    }

    [Fact]
    public void The_json_manifest_serves_workbooks_and_presentations_from_the_production_origin_with_its_package_icons()
    {
        using var json = Manifests.Json();
        var root = json.RootElement;
        var extension = root.GetProperty("extensions")[0];

        Assert.Equal(["workbook", "presentation"], extension.GetProperty("requirements").GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal($"{Manifests.ProductionOrigin}/taskpane.html", extension.GetProperty("runtimes")[0].GetProperty("code").GetProperty("page").GetString());
        Assert.Equal((192, 192), Manifests.PngSize(Path.Combine(Manifests.Folder, root.GetProperty("icons").GetProperty("color").GetString()!)));
        Assert.Equal((32, 32), Manifests.PngSize(Path.Combine(Manifests.Folder, root.GetProperty("icons").GetProperty("outline").GetString()!)));
        var urls = JsonUrls(root).ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.StartsWith(Manifests.ProductionOrigin + "/", url, StringComparison.Ordinal));
    }

    private static IEnumerable<string> JsonUrls(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Where(p => p.Name != "$schema").SelectMany(p => JsonUrls(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(JsonUrls),
        JsonValueKind.String when element.GetString()!.StartsWith("https://", StringComparison.Ordinal) => [element.GetString()!],
        _ => [],
    };
}
