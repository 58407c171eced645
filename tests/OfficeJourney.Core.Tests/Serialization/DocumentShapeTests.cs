using System.Globalization;
using System.Text;
using OfficeJourney.Serialization;

namespace OfficeJourney.Core.Tests.Serialization;

/// <summary>
/// A map document's lists are counted as its JSON is read once, before it is parsed into maps: a document of more
/// items than OfficeJourney reads is refused without building them.
/// </summary>
public sealed class DocumentShapeTests
{
    [Fact]
    public void A_document_of_a_million_items_is_refused_naming_the_limit_without_building_them()
    {
        var utf8 = Encoding.UTF8.GetBytes(Document(Items(1_200_000)));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var refused = Assert.Throws<JourneyFormatException>(() => JourneyJson.Deserialize(utf8));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Contains("at most 100,000 items", refused.Message, StringComparison.Ordinal);
        // Parsed into maps, these items took 160 MB.
        Assert.True(allocated < 1024 * 1024, $"counting allocated {allocated / 1024} KB");
    }

    [Fact]
    public void A_document_of_exactly_as_many_items_as_are_read_is_read()
    {
        var document = JourneyJson.Deserialize(Document(Items(DocumentShape.MaxItems)));

        Assert.Equal(DocumentShape.MaxItems, document.Maps[0].Lanes[0].Cells[0].Items.Count);
    }

    [Fact]
    public void Items_under_an_escaped_name_are_counted_as_the_parser_reads_them()
    {
        var json = Document(Items(DocumentShape.MaxItems + 1)).Replace("\"items\"", "\"ite\\u006ds\"", StringComparison.Ordinal);

        Assert.Contains("at most 100,000 items", Assert.Throws<JourneyFormatException>(() => JourneyJson.Deserialize(json)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_other_list_is_refused_past_two_hundred_thousand_entries_naming_it()
    {
        var personas = string.Join(",", Enumerable.Repeat("{\"name\":\"p\"}", DocumentShape.MaxEntries + 1));
        var json = Document(Items(1)).Replace("\"stages\":", $"\"personas\":[{personas}],\"stages\":", StringComparison.Ordinal);

        var refused = Assert.Throws<JourneyFormatException>(() => JourneyJson.Deserialize(json));

        Assert.Contains("\"personas\" lists hold more than 200,000 entries", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_that_cannot_be_read_is_left_to_the_parser_to_name_where()
    {
        var refused = Assert.Throws<JourneyFormatException>(() => JourneyJson.Deserialize("{\"formatVersion\":1,\"maps\":[{\"title\":"));

        Assert.Contains("not a journey map document", refused.Message, StringComparison.Ordinal);
    }

    private static string Items(int count) => string.Join(",", Enumerable.Repeat("{\"text\":\"a\"}", count));

    private static string Document(string items) => string.Create(CultureInfo.InvariantCulture,
        $$"""{"formatVersion":1,"maps":[{"title":"Many","stages":[{"name":"Only"}],"lanes":[{"label":"Touchpoints","kind":"touchpoints","cells":[{"items":[{{items}}]}]}]}]}""");
}
