using System.Globalization;
using System.Text;
using OfficeJourney.Slides.OpenXml;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Slides.Tests.Visual;

/// <summary>
/// Icon decks rendered by LibreOffice (soffice to PDF, pdftoppm to a grey bitmap): every known channel's slot has the
/// icon's dark strokes in it, a channel without an icon leaves its slot empty, right to left as left to right.
/// </summary>
public sealed class ChannelIconRenderTests : IDisposable
{
    private const int Dpi = 72;
    private const long EmuPerPixel = 914400 / Dpi;

    private readonly string folder = Directory.CreateTempSubdirectory("journey-icons-").FullName;

    [Theory]
    [InlineData("en")]
    [InlineData("fa")]
    public void LibreOffice_draws_each_icon_in_its_slot_and_nothing_for_a_channel_without_one(string language)
    {
        string[] keys = [.. ChannelTerms.ChannelKeys, "hologram"];
        var deck = Path.Combine(folder, language + ".pptx");
        File.WriteAllBytes(deck, IconDeck.Write(language, [keys]));

        LibreOfficeTests.Rendered.Run("soffice", ["-env:UserInstallation=file://" + Path.Combine(folder, "profile"), "--headless", "--convert-to", "pdf", "--outdir", folder, deck]);
        LibreOfficeTests.Rendered.Run("pdftoppm", ["-r", Dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-f", "1", "-l", "1", "-singlefile", Path.ChangeExtension(deck, ".pdf"), Path.Combine(folder, language)]);
        var page = GreyPage.Read(Path.Combine(folder, language + ".pgm"));

        var rightToLeft = language == "fa";
        for (var row = 0; row < keys.Length; row++)
        {
            var slot = IconDeck.Slot(row, rightToLeft);
            var dark = page.DarkPixels((int)(slot.X / EmuPerPixel), (int)(slot.Y / EmuPerPixel), (int)(slot.Width / EmuPerPixel), (int)(slot.Height / EmuPerPixel));
            if (keys[row] == "hologram")
            {
                Assert.Equal(0, dark);
            }
            else
            {
                Assert.True(dark >= 20, $"the {keys[row]} icon's slot has {dark} dark pixels");
            }
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>A binary PGM (P5, 8 bits) as pdftoppm -gray writes it.</summary>
    private sealed class GreyPage(int width, byte[] pixels, int offset)
    {
        public static GreyPage Read(string path)
        {
            var bytes = File.ReadAllBytes(path);
            var at = 0;
            string Token()
            {
                while (char.IsWhiteSpace((char)bytes[at]))
                {
                    at++;
                }

                var start = at;
                while (!char.IsWhiteSpace((char)bytes[at]))
                {
                    at++;
                }

                return Encoding.ASCII.GetString(bytes, start, at - start);
            }

            Assert.Equal("P5", Token());
            var width = int.Parse(Token(), CultureInfo.InvariantCulture);
            _ = Token();
            Assert.Equal("255", Token());
            return new GreyPage(width, bytes, at + 1);
        }

        public int DarkPixels(int left, int top, int across, int down)
        {
            var count = 0;
            for (var y = top; y < top + down; y++)
            {
                for (var x = left; x < left + across; x++)
                {
                    count += pixels[offset + (y * width) + x] < 128 ? 1 : 0;
                }
            }

            return count;
        }
    }
}
