using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OfficeJourney.Serialization;

/// <summary>
/// Counts what a map document's arrays hold before it is parsed into maps, reading its JSON once without keeping any
/// of it: sixteen megabytes of the smallest items are a million objects, about 160 MB each once parsed, and four such
/// saves at once grew the service by 650 MB before the item limit refused them.
/// </summary>
internal static class DocumentShape
{
    /// <summary>Items in a document: as many as the largest sheet has cells (the same limit <see cref="MapChecker"/> names).</summary>
    public const int MaxItems = 100_000;

    /// <summary>Entries of any other list (cells, stages, personas, notes…) counted over the whole document: two of the largest maps' cells.</summary>
    public const int MaxEntries = 200_000;

    /// <exception cref="JourneyFormatException">A list holds more than it may.</exception>
    public static void Check(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var lists = new Stack<string?>(); // the list each open array is, null for an object
        string? property = null;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is not (JsonTokenType.EndArray or JsonTokenType.EndObject or JsonTokenType.PropertyName)
                    && lists.TryPeek(out var list) && list is not null)
                {
                    Count(counts, list);
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.ValueIsEscaped ? reader.GetString() : Name(names, reader.ValueSpan);
                        break;
                    case JsonTokenType.StartArray:
                        lists.Push(lists.TryPeek(out var parent) && parent is not null ? parent + "[]" : property ?? "[]");
                        break;
                    case JsonTokenType.StartObject:
                        lists.Push(null);
                        break;
                    case JsonTokenType.EndArray or JsonTokenType.EndObject:
                        lists.Pop();
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: the parser says where, in the words every other unreadable document gets.
        }
    }

    private static void Count(Dictionary<string, int> counts, string list)
    {
        // Lists of names never seen before are counted together past the first few hundred, so that counting stays small.
        if (counts.Count >= 256 && !counts.ContainsKey(list))
        {
            list = "other";
        }

        var count = counts[list] = counts.GetValueOrDefault(list) + 1;
        if (list == "items" && count > MaxItems)
        {
            throw new JourneyFormatException(string.Create(CultureInfo.InvariantCulture,
                $"This map document has more than {MaxItems:N0} items; OfficeJourney reads at most {MaxItems:N0} items in a document, as many as the largest sheet has cells."));
        }

        if (count > MaxEntries)
        {
            throw new JourneyFormatException(string.Create(CultureInfo.InvariantCulture,
                $"This map document's \"{list}\" lists hold more than {MaxEntries:N0} entries; OfficeJourney reads at most {MaxEntries:N0}."));
        }
    }

    // A name already seen is found without a new string: a document repeats a few names a million times. The names
    // kept are few, so that a document of a million different names costs no more.
    private static string Name(Dictionary<string, string> names, ReadOnlySpan<byte> name)
    {
        Span<char> chars = stackalloc char[64];
        if (name.Length <= chars.Length && Encoding.UTF8.TryGetChars(name, chars, out var written)
            && names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(chars[..written], out var known))
        {
            return known;
        }

        var text = Encoding.UTF8.GetString(name);
        if (names.Count < 256)
        {
            names.TryAdd(text, text);
        }

        return text;
    }
}
