using System.Globalization;
using static OfficeJourney.Slides.OpenXml.Ns;

namespace OfficeJourney.Slides.OpenXml;

/// <summary>
/// The relationships of one part, their ids given out in order (rId1, rId2, …), so that a deck is the same every time.
/// Targets are part names from the package's root, as the Open XML SDK wrote them. Written by
/// <see cref="OpcPackage.Write(PartRelationships)"/> once the part has all of its relationships.
/// </summary>
internal sealed class PartRelationships(string part)
{
    private readonly List<(string Type, string Target)> targets = [];

    public int Count => targets.Count;

    /// <summary>Where the relationships are kept: /ppt/slides/_rels/slide1.xml.rels for /ppt/slides/slide1.xml, /_rels/.rels for the package.</summary>
    public string PartName
    {
        get
        {
            var folder = part.LastIndexOf('/') + 1;
            return string.Concat(part.AsSpan(0, folder), "_rels/", part.AsSpan(folder), ".rels");
        }
    }

    /// <summary>Relates the part to another of a kind, by its name.</summary>
    /// <returns>The id it is related by.</returns>
    public string Add(PartKind kind, string target)
    {
        targets.Add((kind.RelationshipType, target));
        return Of(targets.Count);
    }

    /// <summary>The id of a part's <paramref name="position"/>th relationship (from 1).</summary>
    public static string Of(int position) => "rId" + position.ToString(CultureInfo.InvariantCulture);

    public void WriteTo(PartWriter xml)
    {
        xml.Root(PackageRelationships, "Relationships");
        for (var i = 0; i < targets.Count; i++)
        {
            xml.Start(PackageRelationships, "Relationship").Attr("Id", Of(i + 1)).Attr("Type", targets[i].Type).Attr("Target", targets[i].Target).End();
        }
    }
}
