using CsCheck;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Slides.Tests.Brand;

public sealed class BrandPaletteTests
{
    private static readonly Gen<string> Brands = Gen.Int[0, 0xFFFFFF].Select(v => v.ToString("X6", System.Globalization.CultureInfo.InvariantCulture));

    // The colours a user is most likely to break a palette with: the extremes, pure primaries and mid-greys, whose
    // luminance sits where neither white nor dark text quite reaches AA.
    public static TheoryData<string> EdgeBrands() =>
    [
        "FFFFFF", "000000", "FFFF00", "00FFFF", "FF00FF", "FF0000", "00FF00", "0000FF", "808080", "777777", "7F7F7F",
        "2F5597", "8E44AD", "E67E22", "C0392B", "1E8449", "F3F4F6", "FDECEA", "1F2937", "D1D5DB", "FFCC00", "00A4EF",
    ];

    [Theory]
    [MemberData(nameof(EdgeBrands))]
    public void Every_text_colour_reads_on_every_fill_it_is_put_on_for_the_hardest_brands(string brand) =>
        AssertReadable(DeckTheme.WithBrand(brand));

    [Fact]
    public void Every_text_colour_reads_on_every_fill_it_is_put_on_whatever_the_brand() =>
        Brands.Sample(brand => AssertReadable(DeckTheme.WithBrand(brand)), iter: 2000);

    [Fact]
    public void The_brand_colour_fills_the_bands_exactly_as_given_and_is_the_theme_accent() =>
        Brands.Sample(brand =>
        {
            var theme = DeckTheme.WithBrand("#" + brand.ToLowerInvariant());
            Assert.Equal(brand, theme.BrandFill);
            Assert.Equal(brand, theme.ThemePartValues("OfficeJourney")["brand"]);
        });

    [Theory]
    [InlineData("FFFF00")]
    [InlineData("00FFFF")]
    [InlineData("F3F4F6")]
    public void A_brand_too_light_to_read_is_darkened_for_text_with_its_hue_kept(string brand)
    {
        var theme = DeckTheme.WithBrand(brand);
        var given = Rgb.Parse(brand).ToHsl();
        var text = Rgb.Parse(theme.Brand).ToHsl();

        Assert.NotEqual(brand, theme.Brand);
        Assert.True(Rgb.Contrast(Rgb.Parse(theme.Brand), Rgb.White) >= 4.5);
        Assert.True(Math.Abs(text.Hue - given.Hue) < 3, $"{theme.Brand} has hue {text.Hue}, the brand {given.Hue}");
    }

    [Theory]
    [InlineData("2F5597")]
    [InlineData("8E44AD")]
    [InlineData("000000")]
    public void A_brand_dark_enough_to_read_is_used_for_text_unchanged(string brand) =>
        Assert.Equal(brand, DeckTheme.WithBrand(brand).Brand);

    [Theory]
    [InlineData("FFFF00", "1F2937")]
    [InlineData("000000", "FFFFFF")]
    [InlineData("8E44AD", "FFFFFF")]
    [InlineData("808080", "000000")]
    public void Band_text_is_white_or_dark_whichever_reads_on_the_brand(string brand, string onBrand) =>
        Assert.Equal(onBrand, DeckTheme.WithBrand(brand).OnBrand);

    [Fact]
    public void The_emotion_curve_stands_out_on_the_slide_and_keeps_clear_of_the_pain_and_opportunity_hues() =>
        Brands.Sample(brand =>
        {
            var theme = DeckTheme.WithBrand(brand);
            var curve = Rgb.Parse(theme.Curve);
            Assert.True(Rgb.Contrast(curve, Rgb.White) >= 3, $"curve {theme.Curve} of {brand}");
            foreach (var meaning in new[] { theme.Pain, theme.Opportunity })
            {
                var apart = Math.Abs(((curve.ToHsl().Hue - Rgb.Parse(meaning).ToHsl().Hue + 540) % 360) - 180);
                Assert.True(apart >= 25, $"curve {theme.Curve} of {brand} is {apart}° from {meaning}");
            }
        });

    [Fact]
    public void The_theme_part_carries_the_derived_colours()
    {
        var theme = DeckTheme.WithBrand("FFFF00");
        var values = theme.ThemePartValues("OfficeJourney");

        Assert.Equal(("FFFF00", theme.Brand, theme.Phase, theme.Paper), (values["brand"], values["brandText"], values["phase"], values["paper"]));
    }

    [Fact]
    public void The_default_theme_is_the_palette_of_the_default_brand() =>
        Assert.Equal(DeckTheme.WithBrand("2F5597"), DeckTheme.Default);

    [Theory]
    [InlineData("2F5597", "2F5597")]
    [InlineData("ffff00", "FFFF00")]
    [InlineData("000000", "000000")]
    public void Colours_round_trip_through_hsl(string given, string expected)
    {
        var (hue, saturation, lightness) = Rgb.Parse(given.ToUpperInvariant()).ToHsl();
        Assert.Equal(expected, Rgb.FromHsl(hue, saturation, lightness).ToString());
    }

    [Theory]
    [InlineData("FFFFFF", "000000", 21)]
    [InlineData("FFFFFF", "FFFFFF", 1)]
    [InlineData("FFFFFF", "767676", 4.54)]
    public void Contrast_is_the_wcag_ratio(string a, string b, double expected) =>
        Assert.Equal(expected, Rgb.Contrast(Rgb.Parse(a), Rgb.Parse(b)), 2);

    private static void AssertReadable(DeckTheme theme)
    {
        foreach (var (text, fill) in theme.TextOnFills())
        {
            var contrast = Rgb.Contrast(Rgb.Parse(text), Rgb.Parse(fill));
            Assert.True(contrast >= 4.5, $"brand {theme.BrandFill}: {text} on {fill} is {contrast:0.00}:1");
        }
    }
}
