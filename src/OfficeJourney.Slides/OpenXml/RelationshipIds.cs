using System.Globalization;
using DocumentFormat.OpenXml.Packaging;

namespace OfficeJourney.Slides.OpenXml;

/// <summary>
/// The relationships of one part, their ids given out in order (rId1, rId2, …): the SDK's own are random, and a deck
/// should be the same every time. A part holds as many related parts as it needs (a slide, several charts).
/// </summary>
internal sealed class RelationshipIds(OpenXmlPartContainer owner)
{
    private int count;

    /// <summary>A new part related to the owner, and the id it is related by.</summary>
    public (T Part, string Id) Add<T>()
        where T : OpenXmlPart, IFixedContentTypePart
    {
        var id = Next();
        return (owner.AddNewPart<T>(id), id);
    }

    /// <summary>A new picture (PNG, SVG…) related to the owner, a slide, holding <paramref name="bytes"/>, and the id it is related by.</summary>
    /// <remarks>The SDK names a picture by its type (media/image2.svg) only when a slide adds it; added by content type it is a .bin.</remarks>
    public (ImagePart Part, string Id) AddImage(ImagePartType type, byte[] bytes)
    {
        var slide = owner as SlidePart ?? throw new InvalidOperationException("Pictures are added to slides only.");
        var id = Next();
        var part = slide.AddImagePart(type, id);
        using (var data = new MemoryStream(bytes, writable: false))
        {
            part.FeedData(data);
        }

        return (part, id);
    }

    /// <summary>Relates the owner to a part that is already in the package.</summary>
    public string Link(OpenXmlPart part)
    {
        var id = Next();
        owner.AddPart(part, id);
        return id;
    }

    /// <summary>Gives a part the SDK related with an id of its own the next id in order.</summary>
    public string Claim(OpenXmlPart part)
    {
        var id = Next();
        owner.ChangeIdOfPart(part, id);
        return id;
    }

    /// <summary>
    /// The id of a part's <paramref name="position"/>th relationship (from 1), for packages written without the SDK
    /// (a chart's workbook): every id in a deck is spelled here.
    /// </summary>
    public static string Of(int position) => "rId" + position.ToString(CultureInfo.InvariantCulture);

    private string Next() => Of(++count);
}
