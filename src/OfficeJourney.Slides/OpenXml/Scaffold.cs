using System.Collections.Concurrent;
using System.Xml;

namespace OfficeJourney.Slides.OpenXml;

/// <summary>
/// The fixed parts every deck has (theme, master, one blank layout, notes master, presentation, view and table-style
/// properties), kept as XML files in Scaffold/ as PowerPoint writes them, so that PowerPoint opens the deck without
/// repair. An attribute written "$name" is filled in when a deck is written: the theme's colours and fonts, the
/// master's layout id. Each file is read once; every deck writes it through the same <see cref="PartWriter"/> as
/// everything else.
/// </summary>
internal static class Scaffold
{
    private static readonly XmlReaderSettings Reading = new() { IgnoreWhitespace = true, IgnoreComments = true, DtdProcessing = DtdProcessing.Prohibit };
    private static readonly ConcurrentDictionary<string, Node[]> Files = new(StringComparer.Ordinal);

    private enum Step
    {
        Start,
        Declare,
        Attribute,
        NamespacedAttribute,
        End,
    }

    /// <summary>Writes the scaffold file <paramref name="name"/> into a part, which the caller then closes.</summary>
    /// <exception cref="KeyNotFoundException">The file names a value <paramref name="values"/> does not have.</exception>
    public static void Write(PartWriter xml, string name, IReadOnlyDictionary<string, string>? values = null)
    {
        foreach (var node in Files.GetOrAdd(name, Read))
        {
            switch (node.Step)
            {
                case Step.Start:
                    xml.Start(node.Namespace, node.Name);
                    break;
                case Step.Declare:
                    xml.Declare(node.Namespace);
                    break;
                case Step.Attribute:
                    xml.Attr(node.Name, Fill(node.Value, values));
                    break;
                case Step.NamespacedAttribute:
                    xml.Attr(node.Namespace, node.Name, Fill(node.Value, values));
                    break;
                default:
                    xml.End();
                    break;
            }
        }
    }

    private static string Fill(string value, IReadOnlyDictionary<string, string>? values) =>
        value.StartsWith('$') ? (values ?? throw new KeyNotFoundException($"No value for {value}."))[value[1..]] : value;

    private static Node[] Read(string name)
    {
        using var file = typeof(Scaffold).Assembly.GetManifestResourceStream("Scaffold." + name)
            ?? throw new InvalidOperationException($"The scaffold part {name} is not embedded in the assembly.");
        using var reader = XmlReader.Create(file, Reading);
        var nodes = new List<Node>();
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var empty = reader.IsEmptyElement;
                    nodes.Add(new Node(Step.Start, Ns.Of(reader.NamespaceURI), reader.LocalName));
                    while (reader.MoveToNextAttribute())
                    {
                        nodes.Add(reader.Prefix == "xmlns" ? new Node(Step.Declare, Ns.Of(reader.Value))
                            : reader.NamespaceURI.Length == 0 ? new Node(Step.Attribute, default, reader.LocalName, reader.Value)
                            : new Node(Step.NamespacedAttribute, Ns.Of(reader.NamespaceURI), reader.LocalName, reader.Value));
                    }

                    if (empty)
                    {
                        nodes.Add(new Node(Step.End));
                    }

                    break;
                case XmlNodeType.EndElement:
                    nodes.Add(new Node(Step.End));
                    break;
                case XmlNodeType.XmlDeclaration:
                    break;
                default:
                    throw new InvalidDataException($"The scaffold part {name} holds a {reader.NodeType}: only elements and attributes are written.");
            }
        }

        return [.. nodes];
    }

    /// <summary>One step of writing a scaffold file again.</summary>
    private readonly record struct Node(Step Step, Namespace Namespace = default, string Name = "", string Value = "");
}
