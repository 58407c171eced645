using System.Globalization;
using System.Text;
using System.Xml;

namespace OfficeJourney.Slides.OpenXml;

/// <summary>
/// The one way a deck's XML is written, straight into its part: elements named from <see cref="Ns"/> and written in
/// the order they are called, an element's attributes before its children; text and attribute values escaped by
/// <see cref="XmlWriter"/>; numbers in the invariant culture, whatever the machine's.
/// </summary>
internal sealed class PartWriter : IDisposable
{
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = true };

    private readonly XmlWriter xml;

    public PartWriter(Stream output)
    {
        xml = XmlWriter.Create(output, Settings);
        xml.WriteStartDocument(standalone: true);
    }

    /// <summary>Opens the part's root element and declares the other namespaces its descendants are in.</summary>
    public PartWriter Root(Namespace ns, string name, params ReadOnlySpan<Namespace> declared)
    {
        Start(ns, name);
        foreach (var other in declared)
        {
            Declare(other);
        }

        return this;
    }

    public PartWriter Start(Namespace ns, string name)
    {
        xml.WriteStartElement(ns.Prefix, name, ns.Uri);
        return this;
    }

    public void Declare(Namespace ns) => xml.WriteAttributeString("xmlns", ns.Prefix, null, ns.Uri);

    public PartWriter Attr(string name, string value)
    {
        xml.WriteAttributeString(name, value);
        return this;
    }

    public PartWriter Attr(string name, long value) => Attr(name, value.ToString(CultureInfo.InvariantCulture));

    public PartWriter Attr(string name, double value) => Attr(name, Invariant(value));

    /// <summary>A boolean as Open XML writes it: 1 or 0.</summary>
    public PartWriter Attr(string name, bool value) => Attr(name, value ? "1" : "0");

    public PartWriter Attr(Namespace ns, string name, string value)
    {
        xml.WriteAttributeString(ns.Prefix, name, ns.Uri, value);
        return this;
    }

    /// <summary>Text inside the element opened last.</summary>
    public PartWriter Content(string text)
    {
        xml.WriteString(text);
        return this;
    }

    /// <summary>Closes the element opened last.</summary>
    public void End() => xml.WriteEndElement();

    /// <summary>An element with nothing in it.</summary>
    public void Empty(Namespace ns, string name) => Start(ns, name).End();

    /// <summary>An element with one attribute and nothing else, the commonest in DrawingML (&lt;a:srgbClr val="…"/&gt;).</summary>
    public void Leaf(Namespace ns, string name, string attribute, string value) => Start(ns, name).Attr(attribute, value).End();

    public void Leaf(Namespace ns, string name, string attribute, long value) => Start(ns, name).Attr(attribute, value).End();

    public void Leaf(Namespace ns, string name, string attribute, bool value) => Start(ns, name).Attr(attribute, value).End();

    /// <summary>An element holding only text.</summary>
    public void Text(Namespace ns, string name, string text) => Start(ns, name).Content(text).End();

    public void Text(Namespace ns, string name, double value) => Text(ns, name, Invariant(value));

    /// <summary>Closes every element still open and the part.</summary>
    public void Dispose()
    {
        xml.WriteEndDocument();
        xml.Dispose();
    }

    // "R": the shortest text that reads back as the same double.
    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
