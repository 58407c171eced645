using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OfficeJourney.Vocabulary;

/// <summary>
/// Reads the words of each language, kept as JSON in the repository's <c>languages/&lt;tag&gt;/</c> folders and embedded into
/// this assembly as <c>languages/&lt;tag&gt;/&lt;file&gt;</c>, one place for the reader's words and those the deck and the
/// templates write: translators edit words, not code, and a language is one folder (languages/README.md).
/// </summary>
public static class LanguageFiles
{
    private const string Folder = "languages/";

    /// <summary>One file of every language that has one, by language tag, each read by name (<see cref="WordsJson"/>).</summary>
    /// <exception cref="InvalidDataException">A file lacks a key <paramref name="read"/> asks for, or has one it does not.</exception>
    public static IReadOnlyDictionary<string, T> Read<T>(string file, Func<WordsJson, T> read) =>
        ReadAll(file, (name, stream) =>
        {
            using var json = Parse(name, stream);
            return WordsJson.Read(json.RootElement, name, read);
        });

    /// <summary>One file of every language that has one, by language tag, each deserialized as <paramref name="type"/>.</summary>
    /// <exception cref="InvalidDataException">A file does not have the keys <paramref name="type"/> expects.</exception>
    public static IReadOnlyDictionary<string, T> Read<T>(string file, JsonTypeInfo<T> type) =>
        ReadAll(file, (name, stream) =>
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
    internal static T ReadShared<T>(string file, Func<WordsJson, T> read)
    {
        var name = Folder + file;
        using var stream = Assembly.GetManifestResourceStream(name) ?? throw new InvalidDataException($"{name} is not embedded.");
        using var json = Parse(name, stream);
        return WordsJson.Read(json.RootElement, name, read);
    }

    private static Assembly Assembly => typeof(LanguageFiles).Assembly;

    private static Dictionary<string, T> ReadAll<T>(string file, Func<string, Stream, T> read)
    {
        var suffix = "/" + file;
        var files = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var name in Assembly.GetManifestResourceNames())
        {
            if (name.Length > Folder.Length + suffix.Length && name.StartsWith(Folder, StringComparison.Ordinal) && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                using var stream = Assembly.GetManifestResourceStream(name)!;
                files.Add(name[Folder.Length..^suffix.Length], read(name, stream));
            }
        }

        return files;
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
