using System.Text;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Core.Tests.Vocabulary;

/// <summary>
/// A sheet's language is told by the scripts and letters its language.json gives (languages/README.md), and a
/// language.json that cannot be understood stops the loading, naming its file and key.
/// </summary>
public sealed class LanguageDetectionTests
{
    [Theory]
    [InlineData("Customer journey: awareness, purchase", "en")]
    [InlineData("การเดินทางของลูกค้า", "th")]
    [InlineData("Trải nghiệm của khách hàng", "vi")]
    [InlineData("نقشه سفر مشتری", "fa")]
    [InlineData("Klienta ceļojuma karte", "lv")]
    [InlineData("ab กข", "th")] // a tie goes to the script that is not English's: English words turn up everywhere
    [InlineData("گس กข", "th")] // between two others, to the one languages.json lists first
    [InlineData("Checkout ā ă", "vi")] // as many letters of Vietnamese as of Latvian
    [InlineData("Checkout ā ā ă", "lv")]
    [InlineData("Gestão de Prontuários: você não sabe a raça do pet", "en")] // â, ê and ô are French and Portuguese letters too
    [InlineData("Fenêtre de côté, pâtisserie", "en")]
    [InlineData("12 345 – 67 %", null)]
    public void A_text_is_the_language_of_its_script_and_then_of_its_letters(string text, string? language)
    {
        Assert.Equal(language, Language.Detect(text));
    }

    [Fact]
    public void A_language_has_its_direction_culture_and_font_from_its_folder()
    {
        Assert.Equal(["fa"], Language.Supported.Where(Language.IsRightToLeft));
        Assert.True(Language.IsRightToLeft("FA"));
        Assert.Equal(("th-TH", "Leelawadee UI", "Leelawadee UI"), (Language.Of("th").Culture, Language.Of("th").Font, Language.Of("th").ComplexScriptFont));
        Assert.Equal(("vi-VN", "Calibri", null), (Language.Of("vi").Culture, Language.Of("vi").Font, Language.Of("vi").ComplexScriptFont));
        Assert.Equal("en-US", Language.Of("de").Culture);
    }

    [Theory]
    [InlineData("\"direction\": \"up\"", "languages/en/language.json: \"direction\" is not \"ltr\" or \"rtl\".")]
    [InlineData("\"scriptRanges\": [\"0041-005A\", \"007A-0061\"]", "languages/en/language.json: \"scriptRanges[1]\" is not a range of code points written as 0E00-0E7F.")]
    [InlineData("\"letters\": []", "languages/en/language.json: \"letters\" is not a text.")]
    public void A_language_json_it_cannot_use_is_refused_naming_the_file_and_key(string replaced, string message)
    {
        var key = replaced[..replaced.IndexOf(':', StringComparison.Ordinal)];
        var json = string.Join(",\n", English().Split(",\n").Select(line => line.TrimStart().StartsWith(key, StringComparison.Ordinal) ? replaced : line));

        var refused = Assert.Throws<InvalidDataException>(() => Read(("languages/languages.json", """{ "written": ["en"] }"""), ("languages/en/language.json", json)));

        Assert.Equal(message, refused.Message);
    }

    [Fact]
    public void A_written_language_without_a_language_json_or_a_read_only_one_with_one_is_refused()
    {
        var missing = Assert.Throws<InvalidDataException>(() => Read(("languages/languages.json", """{ "written": ["en", "xx"] }"""), ("languages/en/language.json", English())));
        var stray = Assert.Throws<InvalidDataException>(() => Read(("languages/languages.json", """{ "written": ["en"] }"""), ("languages/en/language.json", English()), ("languages/xx/language.json", English())));

        Assert.Equal("languages/xx/language.json is missing: languages.json lists xx as written.", missing.Message);
        Assert.Equal("languages/xx/language.json belongs to a language languages.json does not list as written.", stray.Message);
    }

    private static string English() => File.ReadAllText(Path.Combine(Repository.Root, "languages", "en", "language.json"));

    private static WrittenLanguages Read(params (string Name, string Json)[] files) =>
        WrittenLanguages.Read(new LanguageFiles(files.ToDictionary(f => f.Name, f => (Func<Stream>)(() => new MemoryStream(Encoding.UTF8.GetBytes(f.Json))))), Language.English);
}
