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
    public static IReadOnlyList<string> Find(string text, ChannelDimension dimension) => dimension switch
    {
        ChannelDimension.Channel => Channels.Find(text),
        ChannelDimension.Device => Devices.Find(text),
        _ => Departments.Find(text),
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
                    if (TextKey.ContainsThai(phrase))
                    {
                        thai.Add((phrase, key));
                    }
                }
            }

            thai.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
        }

        public List<string> Find(string text)
        {
            var key = TextKey.Normalize(text);
            var found = new List<string>();
            if (key.Length == 0)
            {
                return found;
            }

            var words = key.Split(' ');
            for (var start = 0; start < words.Length; start++)
            {
                for (var length = Math.Min(longestWords, words.Length - start); length >= 1; length--)
                {
                    if (phrases.TryGetValue(length == 1 ? words[start] : string.Join(' ', words, start, length), out var value))
                    {
                        if (!found.Contains(value))
                        {
                            found.Add(value);
                        }

                        start += length - 1;
                        break;
                    }
                }
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
