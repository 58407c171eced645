using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OfficeJourney.Vocabulary;

/// <summary>
/// Reads the words of each language, kept as JSON in the repository's <c>languages/&lt;tag&gt;/</c> folders and embedded into
/// the assemblies that use them as <c>languages/&lt;tag&gt;/&lt;file&gt;</c>: translators edit words, not code, and a
/// language is one folder (languages/README.md).
/// </summary>
public static class LanguageFiles
{
    private const string Folder = "languages/";

    /// <summary>One file of every language that has one, by language tag.</summary>
    /// <exception cref="InvalidDataException">A file does not have the keys <paramref name="type"/> expects.</exception>
    public static IReadOnlyDictionary<string, T> Read<T>(Assembly assembly, string file, JsonTypeInfo<T> type)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var suffix = "/" + file;
        var files = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (name.Length > Folder.Length + suffix.Length && name.StartsWith(Folder, StringComparison.Ordinal) && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                files.Add(name[Folder.Length..^suffix.Length], Deserialize(assembly, name, type));
            }
        }

        return files;
    }

    /// <summary>A file about all languages, beside their folders.</summary>
    internal static T ReadShared<T>(Assembly assembly, string file, JsonTypeInfo<T> type) => Deserialize(assembly, Folder + file, type);

    private static T Deserialize<T>(Assembly assembly, string name, JsonTypeInfo<T> type)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidDataException($"{assembly.GetName().Name} does not embed {name}.");
        try
        {
            return JsonSerializer.Deserialize(stream, type) ?? throw new InvalidDataException($"{name} holds null.");
        }
        catch (JsonException e)
        {
            // The serializer's message names the key, not the file, and every language has a file of that name.
            throw new InvalidDataException($"{name}: {e.Message}", e);
        }
    }
}
