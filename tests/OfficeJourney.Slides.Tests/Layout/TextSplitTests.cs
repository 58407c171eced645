using System.Globalization;
using OfficeJourney.Slides.Builders;

namespace OfficeJourney.Slides.Tests.Layout;

public sealed class TextSplitTests
{
    [Fact]
    public void Text_with_spaces_is_cut_after_a_space_into_pieces_no_longer_than_asked_and_nothing_is_lost()
    {
        var text = LayoutMaps.Words(10_000);

        var pieces = TextSplit.Pieces(text, 300);

        Assert.All(pieces, p => Assert.InRange(p.Length, 1, 300));
        Assert.All(pieces.SkipLast(1), p => Assert.Matches(@"word\d{6}$", p));
        Assert.Equal(text, string.Join(" ", pieces));
    }

    [Fact]
    public void Thai_without_spaces_is_cut_between_characters_never_before_a_combining_mark_or_inside_a_surrogate_pair()
    {
        // Thai vowel and tone marks combine with the consonant before them; an emoji is a surrogate pair.
        var text = string.Concat(Enumerable.Repeat("ที่นี่มีคนรอคิวนาน😀", 700));

        var pieces = TextSplit.Pieces(text, 97);

        Assert.Equal(text, string.Concat(pieces));
        Assert.All(pieces, p =>
        {
            Assert.InRange(p.Length, 1, 97);
            Assert.False(char.IsLowSurrogate(p[0]), "a piece starts inside a surrogate pair");
            Assert.NotEqual(UnicodeCategory.NonSpacingMark, CharUnicodeInfo.GetUnicodeCategory(p, 0));
        });
    }

    [Fact]
    public void Short_text_is_one_piece()
    {
        Assert.Equal(["Website"], TextSplit.Pieces("Website", 100));
    }
}
