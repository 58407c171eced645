using System.Text.Json;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Core.Tests.Vocabulary;

/// <summary>
/// A language is one folder of languages/ (languages/README.md). These tests keep every folder complete, so that a word
/// missing, a key misspelt or a file forgotten fails here, named by file and key, and not in front of a user; and that a
/// folder of data files is all a language needs.
/// </summary>
public sealed class LanguageFolderTests
{
    private static readonly string Folder = Path.Combine(Repository.Root, "languages");
    private static readonly string[] ReadingFiles = ["emotions.json", "lanes.json", "terms.json"];

    // Words a language only read may have when someone wrote them: metric names, channels.
    private static readonly string[] OptionalReadingFiles = ["channels.json", "metrics.json"];

    public static TheoryData<string> WrittenLanguages() => [.. Written()];

    public static TheoryData<string> ReadOnlyLanguages() => [.. Folders().Except(Written())];

    [Theory]
    [MemberData(nameof(WrittenLanguages))]
    public void A_language_it_writes_has_every_file_and_key_English_has_and_no_other(string tag)
    {
        Assert.Equal(Files(Language.English), Files(tag));
        AssertNone(WrittenDifferences(Folder, tag));
    }

    [Theory]
    [MemberData(nameof(ReadOnlyLanguages))]
    public void A_language_it_only_reads_has_the_reading_files_and_no_key_English_lacks(string tag)
    {
        var files = Files(tag);
        Assert.Subset(files.ToHashSet(), ReadingFiles.ToHashSet());
        Assert.Subset(ReadingFiles.Concat(OptionalReadingFiles).ToHashSet(), files.ToHashSet());
        AssertNone(files.SelectMany(file => Differences(Read(Folder, Language.English, file), Read(Folder, tag, file), $"{tag}/{file}", everyKey: false)));
    }

    [Fact]
    public void Adding_a_language_is_adding_its_folder()
    {
        // Every file but the pane's is embedded as it is on disk, and the languages are the folders.
        var onDisk = Directory.EnumerateFiles(Folder, "*.json", SearchOption.AllDirectories)
            .Select(path => "languages/" + Path.GetRelativePath(Folder, path).Replace('\\', '/'))
            .Where(name => !name.EndsWith("/pane.json", StringComparison.Ordinal));
        var embedded = typeof(Language).Assembly.GetManifestResourceNames().Where(name => name.StartsWith("languages/", StringComparison.Ordinal));
        Assert.Equal(onDisk.Order(StringComparer.Ordinal), embedded.Order(StringComparer.Ordinal));

        Assert.Equal(Written(), Language.Supported);
        Assert.Equal(Folders().Except(Written()), RecognisedLanguages.Tags);
        Assert.Subset(Folders().ToHashSet(), Written().ToHashSet());
        Assert.Contains(Language.English, Written());
    }

    [Fact]
    public void A_new_folder_of_data_files_alone_is_a_written_language_detected_by_its_script_and_set_in_its_direction_and_font()
    {
        // Hebrew, which OfficeJourney does not have: a copy of languages/ with a he/ folder (English's words will do),
        // listed in languages.json, read by the same loader as the embedded folders.
        var copy = Directory.CreateTempSubdirectory("languages-");
        try
        {
            CopyFolder(Folder, copy.FullName);
            var hebrew = Directory.CreateDirectory(Path.Combine(copy.FullName, "he")).FullName;
            CopyFolder(Path.Combine(Folder, Language.English), hebrew);
            File.WriteAllText(Path.Combine(hebrew, "language.json"), """
                {
                  "name": "עברית", "direction": "rtl", "culture": "he-IL", "font": "Arial", "complexScript": true,
                  "script": "Hebr", "scriptRanges": ["0590-05FF", "FB1D-FB4F"], "letters": "", "lessIsBetter": ["נטישה"]
                }
                """);
            File.WriteAllText(Path.Combine(copy.FullName, "languages.json"), $$"""{ "written": [{{string.Join(", ", Written().Append("he").Select(tag => $"\"{tag}\""))}}] }""");

            AssertNone(WrittenDifferences(copy.FullName, "he"));
            var written = OfficeJourney.Vocabulary.WrittenLanguages.Read(FilesOf(copy.FullName), Language.English);

            Assert.Equal([.. Language.Supported, "he"], written.Tags);
            Assert.Equal("he", written.Detect("מפת מסע לקוח"));
            var he = written.Find("HE")!;
            Assert.Equal(("עברית", true, "he-IL", "Arial", "Arial"), (he.Name, he.RightToLeft, he.Culture, he.Font, he.ComplexScriptFont));
            Assert.Equal(["נטישה"], he.LessIsBetter);
            Assert.All(Language.Written.All, language => Assert.Equivalent(language, written.Find(language.Tag), strict: true));
            Assert.Equal(["th", "fa", "vi", "lv", "en"], new[] { "การเดินทาง", "نقشه سفر", "Trải nghiệm", "Klienta ceļš", "Customer journey" }.Select(written.Detect));
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_missing_or_extra_key_is_named()
    {
        var english = JsonDocument.Parse("""{ "lanes": { "goals": ["Goals"], "kpis": ["KPIs"] }, "stageHeaders": ["Stage"] }""").RootElement;
        var other = JsonDocument.Parse("""{ "lanes": { "goals": ["Mục tiêu"], "kpi": ["KPI"] }, "stageHeaders": [] }""").RootElement;

        Assert.Equal(
            ["vi/lanes.json: \"lanes.kpi\" is not a key English has", "vi/lanes.json: \"lanes.kpis\" is missing", "vi/lanes.json: \"stageHeaders\" has no words"],
            Differences(english, other, "vi/lanes.json", everyKey: true));
    }

    /// <summary>Where a written language's files differ in their keys from English's.</summary>
    private static IEnumerable<string> WrittenDifferences(string folder, string tag) =>
        Files(folder, Language.English).SelectMany(file => Differences(Read(folder, Language.English, file), Read(folder, tag, file), $"{tag}/{file}", everyKey: true));

    /// <summary>A languages/ folder on disk as the loader sees the embedded one.</summary>
    private static LanguageFiles FilesOf(string folder) => new(Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).ToDictionary(
        path => "languages/" + Path.GetRelativePath(folder, path).Replace('\\', '/'),
        path => (Func<Stream>)(() => File.OpenRead(path))));

    private static void CopyFolder(string from, string to)
    {
        foreach (var path in Directory.EnumerateFiles(from, "*.json", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, path));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(path, target);
        }
    }

    private static string[] Written() =>
        [.. Read("languages.json").GetProperty("written").EnumerateArray().Select(tag => tag.GetString()!)];

    private static IEnumerable<string> Folders() =>
        Directory.EnumerateDirectories(Folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    private static string[] Files(string tag) => Files(Folder, tag);

    private static string[] Files(string folder, string tag) =>
        [.. Directory.EnumerateFiles(Path.Combine(folder, tag), "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private static JsonElement Read(string folder, string tag, string file) => Parse(Path.Combine(folder, tag, file));

    private static JsonElement Read(string file) => Parse(Path.Combine(Folder, file));

    private static JsonElement Parse(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        return json.RootElement.Clone();
    }

    private static void AssertNone(IEnumerable<string> differences)
    {
        var found = differences.ToList();
        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    /// <summary>
    /// Where a language's file differs in its keys from English's: with <paramref name="everyKey"/>, missing keys too. Lists
    /// of words may be longer or shorter than English's but not empty; lists of records (a template's steps) are as long.
    /// </summary>
    private static List<string> Differences(JsonElement english, JsonElement other, string file, bool everyKey, string path = "")
    {
        var at = path.Length == 0 ? "the file" : $"\"{path}\"";
        if (Kind(other) != Kind(english))
        {
            return [$"{file}: {at} is {Kind(other)}, English's is {Kind(english)}"];
        }

        var differences = new List<string>();
        switch (english.ValueKind)
        {
            case JsonValueKind.Object:
                var keys = other.EnumerateObject().Select(property => property.Name).ToList();
                differences.AddRange(keys.GroupBy(key => key, StringComparer.Ordinal).Where(key => key.Count() > 1).Select(key => $"{file}: \"{Join(path, key.Key)}\" is there twice"));
                foreach (var property in other.EnumerateObject().DistinctBy(property => property.Name, StringComparer.Ordinal))
                {
                    differences.AddRange(english.TryGetProperty(property.Name, out var value)
                        ? Differences(value, property.Value, file, everyKey, Join(path, property.Name))
                        : [$"{file}: \"{Join(path, property.Name)}\" is not a key English has"]);
                }

                if (everyKey)
                {
                    differences.AddRange(english.EnumerateObject().Where(property => !keys.Contains(property.Name, StringComparer.Ordinal)).Select(property => $"{file}: \"{Join(path, property.Name)}\" is missing"));
                }

                break;
            case JsonValueKind.Array:
                var items = other.EnumerateArray().ToList();
                var englishItems = english.EnumerateArray().ToList();
                if (items.Count == 0)
                {
                    differences.Add($"{file}: {at} has no words");
                }
                else if (englishItems[0].ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    differences.AddRange(items.Count == englishItems.Count
                        ? items.SelectMany((item, i) => Differences(englishItems[i], item, file, everyKey, $"{path}[{i}]"))
                        : [$"{file}: {at} has {items.Count} entries, English's {englishItems.Count}"]);
                }
                else
                {
                    differences.AddRange(items.Select((item, i) => (item, i)).Where(w => w.item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(w.item.GetString())).Select(w => $"{file}: \"{path}[{w.i}]\" is not a word"));
                }

                break;
            // A text English leaves empty may be empty (language.json's letters: English has none of its own).
            case JsonValueKind.String when string.IsNullOrWhiteSpace(other.GetString()) && !string.IsNullOrEmpty(english.GetString()):
                differences.Add($"{file}: {at} is empty");
                break;
        }

        return differences;
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a text",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
