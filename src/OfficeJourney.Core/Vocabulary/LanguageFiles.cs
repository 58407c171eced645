using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OfficeJourney.Vocabulary;

/// <summary>
/// Reads the words of each language, kept as JSON in the repository's <c>languages/&lt;tag&gt;/</c> folders and embedded into
/// this assembly as <c>languages/&lt;tag&gt;/&lt;file&gt;</c>, one place for the reader's words and those the deck and the
/// templates write: translators edit words, not code, and a language is one folder (languages/README.md).
/// </summary>
public sealed class LanguageFiles
{
    private const string Folder = "languages/";

    private readonly IReadOnlyDictionary<string, Func<Stream>> files;

    /// <param name="files">The files by name, <c>languages/&lt;tag&gt;/&lt;file&gt;</c> and <c>languages/&lt;file&gt;</c>, each opened when read.</param>
    internal LanguageFiles(IReadOnlyDictionary<string, Func<Stream>> files) => this.files = files;

    /// <summary>The folders as embedded into this assembly: the ones OfficeJourney reads, writes and detects.</summary>
    public static LanguageFiles Embedded { get; } = new(EmbeddedFiles());

    /// <summary>One file of every language that has one, by language tag, each read by name (<see cref="WordsJson"/>).</summary>
    /// <exception cref="InvalidDataException">A file lacks a key <paramref name="read"/> asks for, or has one it does not.</exception>
    public IReadOnlyDictionary<string, T> Read<T>(string file, Func<WordsJson, T> read) => Read(file, (_, json) => read(json));

    /// <summary>One file of every language that has one, by language tag, each read by name with its language's tag.</summary>
    /// <exception cref="InvalidDataException">A file lacks a key <paramref name="read"/> asks for, or has one it does not.</exception>
    public IReadOnlyDictionary<string, T> Read<T>(string file, Func<string, WordsJson, T> read) =>
        ReadAll(file, (tag, name, stream) =>
        {
            using var json = Parse(name, stream);
            return WordsJson.Read(json.RootElement, name, words => read(tag, words));
        });

    /// <summary>One file of every language that has one, by language tag, each deserialized as <paramref name="type"/>.</summary>
    /// <exception cref="InvalidDataException">A file does not have the keys <paramref name="type"/> expects.</exception>
    public IReadOnlyDictionary<string, T> Read<T>(string file, JsonTypeInfo<T> type) =>
        ReadAll(file, (_, name, stream) =>
        {
            try
            {
                return JsonSerializer.Deserialize(stream, type) ?? throw new InvalidDataException($"{name} holds null.");
            }
            catch (JsonException e)
            {
                // The serializer's message names the key, not the file, and every language has a file of that name.
                throw new InvalidDataException($"{name}: {e.Message}", e);
            }
        });

    /// <summary>A file about all languages, beside their folders.</summary>
    internal T ReadShared<T>(string file, Func<WordsJson, T> read)
    {
        var name = Folder + file;
        using var stream = files.TryGetValue(name, out var open) ? open() : throw new InvalidDataException($"{name} is missing.");
        using var json = Parse(name, stream);
        return WordsJson.Read(json.RootElement, name, read);
    }

    private static Dictionary<string, Func<Stream>> EmbeddedFiles()
    {
        var assembly = typeof(LanguageFiles).Assembly;
        var files = new Dictionary<string, Func<Stream>>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (name.StartsWith(Folder, StringComparison.Ordinal))
            {
                files.Add(name, () => assembly.GetManifestResourceStream(name)!);
            }
        }

        return files;
    }

    private Dictionary<string, T> ReadAll<T>(string file, Func<string, string, Stream, T> read)
    {
        var suffix = "/" + file;
        var found = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (name, open) in files)
        {
            if (name.Length > Folder.Length + suffix.Length && name.StartsWith(Folder, StringComparison.Ordinal) && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                using var stream = open();
                var tag = name[Folder.Length..^suffix.Length];
                found.Add(tag, read(tag, name, stream));
            }
        }

        return found;
    }

    private static JsonDocument Parse(string name, Stream stream)
    {
        try
        {
            return JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{name}: {e.Message}", e);
        }
    }
}
