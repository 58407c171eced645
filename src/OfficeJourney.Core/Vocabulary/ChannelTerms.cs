namespace OfficeJourney.Vocabulary;

/// <summary>Which side of a journey a word names: the channel it happens in, the device, or the department serving it.</summary>
public enum ChannelDimension
{
    Channel,
    Device,
    Department,
}

/// <summary>
/// Finds channels ("web", "store"), devices ("mobile", "desktop") and departments ("sales", "support") named anywhere
/// in a touchpoint or owner's text, in every language that has a languages/&lt;tag&gt;/channels.json. The keys are the
/// same in every language, so "Cửa hàng" and "หน้าร้าน" are both "store".
/// </summary>
public static class ChannelTerms
{
    private static readonly IReadOnlyDictionary<string, ChannelFile> Files = LanguageFiles.Embedded.Read("channels.json", ChannelFile.Read);

    private static readonly PhraseIndex Channels = new(Files.Values.SelectMany(f => f.Channels));
    private static readonly PhraseIndex Devices = new(Files.Values.SelectMany(f => f.Devices));
    private static readonly PhraseIndex Departments = new(Files.Values.SelectMany(f => f.Departments));

    /// <summary>The channel keys every channels.json has, in its order ("web", "app", "email"…).</summary>
    public static IReadOnlyList<string> ChannelKeys { get; } = [.. Files[Language.English].Channels.Select(c => c.Key)];

    /// <summary>The keys of what <paramref name="text"/> names in one dimension, in the order they appear in it.</summary>
    public static IReadOnlyList<string> Find(string text, ChannelDimension dimension) => Index(dimension).Find(TextKey.Normalize(text));

    /// <summary>
    /// The one channel a touchpoint is shown with (its icon): the first its text names, else the first its zone
    /// ("Social media") names; none when neither names one.
    /// </summary>
    public static string? ChannelOf(string text, string? zone) =>
        Channels.Find(TextKey.Normalize(text)) is [var first, ..] ? first
        : zone is not null && Channels.Find(TextKey.Normalize(zone)) is [var fromZone, ..] ? fromZone
        : null;

    /// <summary>What a text names in every dimension, the text folded once.</summary>
    public static IReadOnlyList<(ChannelDimension Dimension, string Key)> FindAll(string text)
    {
        var key = TextKey.Normalize(text);
        var found = new List<(ChannelDimension, string)>();
        foreach (var dimension in (ReadOnlySpan<ChannelDimension>)[ChannelDimension.Channel, ChannelDimension.Device, ChannelDimension.Department])
        {
            foreach (var value in Index(dimension).Find(key))
            {
                found.Add((dimension, value));
            }
        }

        return found;
    }

    private static PhraseIndex Index(ChannelDimension dimension) => dimension switch
    {
        ChannelDimension.Channel => Channels,
        ChannelDimension.Device => Devices,
        _ => Departments,
    };

    /// <summary>How a language writes a key of a dimension ("store" → "Cửa hàng"): the first term, else English's.</summary>
    public static string NameOf(string key, ChannelDimension dimension, string language)
    {
        static string? In(ChannelFile file, ChannelDimension dimension, string key) =>
            (dimension switch { ChannelDimension.Channel => file.Channels, ChannelDimension.Device => file.Devices, _ => file.Departments })
                .FirstOrDefault(e => e.Key == key).Value?[0];

        return (Files.TryGetValue(language, out var file) ? In(file, dimension, key) : null) ?? In(Files[Language.English], dimension, key) ?? key;
    }

    /// <summary>Phrases found by whole words anywhere in a text (Thai, without spaces, as substrings), longest first.</summary>
    private sealed class PhraseIndex
    {
        private readonly Dictionary<string, string> phrases = new(StringComparer.Ordinal);
        private readonly HashSet<string> firstWords = new(StringComparer.Ordinal);
        private readonly List<(string Phrase, string Key)> thai = [];
        private readonly int longestWords = 1;

        public PhraseIndex(IEnumerable<KeyValuePair<string, string[]>> terms)
        {
            foreach (var (key, words) in terms)
            {
                foreach (var word in words)
                {
                    var phrase = TextKey.Normalize(word);
                    if (phrase.Length == 0 || !phrases.TryAdd(phrase, key))
                    {
                        continue;
                    }

                    longestWords = Math.Max(longestWords, phrase.Count(c => c == ' ') + 1);
                    firstWords.Add(phrase.Split(' ')[0]);
                    if (TextKey.ContainsThai(phrase))
                    {
                        thai.Add((phrase, key));
                    }
                }
            }

            thai.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
        }

        /// <param name="key">Text folded by <see cref="TextKey.Normalize"/>: words apart by one space.</param>
        public List<string> Find(string key)
        {
            var found = new List<string>();
            if (key.Length == 0)
            {
                return found;
            }

            // Phrases are looked up as slices of the key, so a long touchpoint costs no string per word tried.
            var lookup = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
            var starts = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
            Span<int> ends = stackalloc int[longestWords];
            var start = 0;
            while (start < key.Length)
            {
                var words = 0;
                for (var end = start; words < longestWords; end++)
                {
                    if (end == key.Length || key[end] == ' ')
                    {
                        ends[words++] = end;
                        if (end == key.Length)
                        {
                            break;
                        }
                    }
                }

                var next = ends[0] + 1;
                for (var w = starts.Contains(key.AsSpan(start, ends[0] - start)) ? words - 1 : -1; w >= 0; w--)
                {
                    if (lookup.TryGetValue(key.AsSpan(start, ends[w] - start), out var value))
                    {
                        if (!found.Contains(value))
                        {
                            found.Add(value);
                        }

                        next = ends[w] + 1;
                        break;
                    }
                }

                start = next;
            }

            if (thai.Count > 0 && TextKey.ContainsThai(key))
            {
                foreach (var (phrase, value) in thai)
                {
                    if (!found.Contains(value) && key.Contains(phrase, StringComparison.Ordinal))
                    {
                        found.Add(value);
                    }
                }
            }

            return found;
        }
    }
}

/// <summary>channels.json: the words of each channel, device and department, by key.</summary>
internal sealed record ChannelFile(
    IReadOnlyList<KeyValuePair<string, string[]>> Channels,
    IReadOnlyList<KeyValuePair<string, string[]>> Devices,
    IReadOnlyList<KeyValuePair<string, string[]>> Departments)
{
    public static ChannelFile Read(WordsJson json) => new(Keyed(json.Section("channels")), Keyed(json.Section("devices")), Keyed(json.Section("departments")));

    private static List<KeyValuePair<string, string[]>> Keyed(WordsJson section) =>
        [.. section.Keys().Select(key => new KeyValuePair<string, string[]>(key, section.Words(key)))];
}
