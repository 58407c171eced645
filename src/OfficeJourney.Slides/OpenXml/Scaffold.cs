using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace OfficeJourney.Slides.OpenXml;

/// <summary>
/// The fixed parts every deck has (theme, master, one blank layout, notes master, presentation, view and table-style
/// properties), kept as XML files in Scaffold/ as PowerPoint writes them, so that PowerPoint opens the deck without
/// repair. An attribute written "$name" is filled in when a deck is written: the theme's colours and fonts, the
/// master's layout id. The files are read through the same <see cref="PartWriter"/> as everything else.
/// </summary>
internal static class Scaffold
{
    private static readonly XmlReaderSettings Reading = new() { IgnoreWhitespace = true, IgnoreComments = true, DtdProcessing = DtdProcessing.Prohibit };

    /// <exception cref="KeyNotFoundException">The file names a value <paramref name="values"/> does not have.</exception>
    public static void Write(OpenXmlPart part, string name, IReadOnlyDictionary<string, string>? values = null)
    {
        using var file = typeof(Scaffold).Assembly.GetManifestResourceStream("Scaffold." + name)
            ?? throw new InvalidOperationException($"The scaffold part {name} is not embedded in the assembly.");
        using var reader = XmlReader.Create(file, Reading);
        using var xml = new PartWriter(part.GetStream(FileMode.Create));
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var empty = reader.IsEmptyElement;
                    xml.Start(Ns.Of(reader.NamespaceURI), reader.LocalName);
                    while (reader.MoveToNextAttribute())
                    {
                        if (reader.Prefix == "xmlns")
                        {
                            xml.Declare(Ns.Of(reader.Value));
                        }
                        else if (reader.NamespaceURI.Length == 0)
                        {
                            xml.Attr(reader.LocalName, Fill(reader.Value, values));
                        }
                        else
                        {
                            xml.Attr(Ns.Of(reader.NamespaceURI), reader.LocalName, Fill(reader.Value, values));
                        }
                    }

                    if (empty)
                    {
                        xml.End();
                    }

                    break;
                case XmlNodeType.EndElement:
                    xml.End();
                    break;
                case XmlNodeType.XmlDeclaration:
                    break;
                default:
                    throw new InvalidDataException($"The scaffold part {name} holds a {reader.NodeType}: only elements and attributes are copied.");
            }
        }
    }

    private static string Fill(string value, IReadOnlyDictionary<string, string>? values) =>
        value.StartsWith('$') ? (values ?? throw new KeyNotFoundException($"No value for {value}."))[value[1..]] : value;
}
