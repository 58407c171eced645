using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OfficeJourney.Vocabulary;

/// <summary>
/// A JSON object of a language file, read by name and strictly: a key asked for and missing, a key never asked for, or
/// a value of the wrong kind stops the reading, naming the file and the key. Lighter than JsonSerializer, whose set-up
/// costs a cold process 60–90 ms, paid by every run of the reader and every deck. Loops, not LINQ, for the same reason:
/// LINQ over a value type (an enum, a JsonElement) is compiled anew at start-up even when ahead of time.
/// </summary>
public sealed class WordsJson
{
    private readonly JsonElement json;
    private readonly string file;
    private readonly string path;
    private readonly HashSet<string> asked = new(StringComparer.Ordinal);
    private readonly List<WordsJson> objects = [];

    internal WordsJson(JsonElement json, string file, string path = "")
    {
        this.json = json;
        this.file = file;
        this.path = path;
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw Invalid($"{Where()} is not an object");
        }
    }

    public bool Has(string key) => json.TryGetProperty(key, out _);

    /// <summary>The keys of this object, in the file's order, for sections keyed by free names (channels.json).</summary>
    public IReadOnlyList<string> Keys() => [.. json.EnumerateObject().Select(p => p.Name)];

    public string Text(string key) => Value(key, JsonValueKind.String).GetString()!;

    public bool Flag(string key) => Value(key) is { ValueKind: JsonValueKind.True or JsonValueKind.False } flag
        ? flag.GetBoolean()
        : throw Invalid($"{Where(key)} is not true or false");

    /// <summary>A text that is one of <paramref name="choices"/> ("ltr" or "rtl").</summary>
    public string Choice(string key, params string[] choices)
    {
        var text = Text(key);
        return Array.IndexOf(choices, text) >= 0 ? text : throw Invalid($"{Where(key)} is not {string.Join(" or ", choices.Select(c => $"\"{c}\""))}");
    }

    /// <summary>A list of words.</summary>
    public string[] Words(string key)
    {
        var list = Value(key, JsonValueKind.Array);
        var words = new string[list.GetArrayLength()];
        var i = 0;
        foreach (var word in list.EnumerateArray())
        {
            words[i] = word.ValueKind == JsonValueKind.String ? word.GetString()! : throw Invalid($"{Where(key)}[{i}] is not a text");
            i++;
        }

        return words;
    }

    public WordsJson Section(string key)
    {
        var child = new WordsJson(Value(key, JsonValueKind.Object), file, Join(key));
        objects.Add(child);
        return child;
    }

    /// <summary>An object of word lists keyed by the names of <typeparamref name="TKey"/>'s values ("pain-points", "name").</summary>
    public IReadOnlyDictionary<TKey, string[]> WordsByName<TKey>(string key)
        where TKey : struct, Enum
    {
        var names = Section(key);
        var words = new Dictionary<TKey, string[]>();
        foreach (var property in names.json.EnumerateObject())
        {
            var name = property.Name;
            words.Add(NameOf<TKey>.Values.TryGetValue(name, out var value) ? value : throw Invalid($"{names.Where(name)} names no {typeof(TKey).Name}"), names.Words(name));
        }

        return words;
    }

    /// <summary>Reads a whole file: the object, then that no key was left unread.</summary>
    internal static T Read<T>(JsonElement json, string file, Func<WordsJson, T> read)
    {
        var words = new WordsJson(json, file);
        var value = read(words);
        words.ThrowOnUnread();
        return value;
    }

    private void ThrowOnUnread()
    {
        foreach (var property in json.EnumerateObject())
        {
            if (!asked.Contains(property.Name))
            {
                throw Invalid($"{Where(property.Name)} is not a key this file has");
            }
        }

        objects.ForEach(o => o.ThrowOnUnread());
    }

    private JsonElement Value(string key, JsonValueKind? kind = null)
    {
        asked.Add(key);
        if (!json.TryGetProperty(key, out var value))
        {
            throw Invalid($"{Where(key)} is missing");
        }

        return kind is not { } expected || value.ValueKind == expected ? value : throw Invalid($"{Where(key)} is not {Kind(expected)}");
    }

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        _ => "a text",
    };

    private string Join(string key) => path.Length == 0 ? key : $"{path}.{key}";

    private string Where(string? key = null) => key is null && path.Length == 0 ? "the file" : $"\"{(key is null ? path : Join(key))}\"";

    /// <summary>The name an enum value has in the language files and the map format ("largest-drop-off").</summary>
    public static string JsonName<TKey>(TKey value)
        where TKey : struct, Enum => NameOf<TKey>.Names[value];

    /// <summary>What a reader throws on a value of the right kind that it cannot use, naming the file and the key.</summary>
    internal InvalidDataException Invalid(string key, string what) => Invalid($"{Where(key)} {what}");

    private InvalidDataException Invalid(string what) => new($"{file}: {what}.");

    /// <summary>The names an enum's values have in JSON: as in the map format where it names them, else camel case.</summary>
    private static class NameOf<TKey>
        where TKey : struct, Enum
    {
        public static readonly Dictionary<string, TKey> Values = ReadNames();

        public static readonly Dictionary<TKey, string> Names = Values.ToDictionary(pair => pair.Value, pair => pair.Key);

        private static Dictionary<string, TKey> ReadNames()
        {
            var names = new Dictionary<string, TKey>(StringComparer.Ordinal);
            foreach (var value in Enum.GetValues<TKey>())
            {
                var name = value.ToString();
                names.Add(typeof(TKey).GetField(name)!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(name), value);
            }

            return names;
        }
    }
}
