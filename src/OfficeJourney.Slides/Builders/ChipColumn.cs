using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;

namespace OfficeJourney.Slides.Builders;

/// <summary>
/// An item to draw (a touchpoint as a chip, with the channel whose icon goes before it when one is recognised), and the
/// whole text for the notes when <see cref="Text"/> shows only its start.
/// </summary>
internal sealed record ChipItem(string Text, string? ChannelKey)
{
    public string Whole { get; init; } = Text;
}

/// <summary>One chip as laid out: the box its text goes in and, when it has a channel, the icon slot at its leading side.</summary>
internal sealed record Chip(string Text, Box TextBox, IconSlot? Slot);

/// <summary>
/// Touchpoints stacked as chips, one small text box each, so that every chip's position is known exactly and an
/// icon can stand before it (a table cell cannot hold a picture). Heights come from <see cref="TextFit"/>.
/// </summary>
internal static class ChipColumn
{
    public static readonly long Gap = Emu.Points(2);
    private static readonly long SlotGap = Emu.Points(3);
    private static readonly long Inset = Emu.Points(2);

    /// <summary>Icons are 14–16 pt squares, a little larger than the text beside them.</summary>
    public static long SlotSize(double size) => Emu.Points(Math.Clamp(size + 4, 14, 16));

    public static long Height(IReadOnlyList<ChipItem> items, long width, double size) =>
        items.Count == 0 ? 0 : items.Sum(i => ChipHeight(i, width, size)) + ((items.Count - 1) * Gap);

    /// <summary>The width a chip's text may take: the icon slot and its gap come off the column's width.</summary>
    public static long TextWidth(long width, double size, bool slot) => width - (slot ? SlotSize(size) + SlotGap : 0);

    public static List<Chip> Layout(IReadOnlyList<ChipItem> items, Box area, double size, bool rightToLeft)
    {
        var chips = new List<Chip>(items.Count);
        var y = area.Y;
        var slotSize = SlotSize(size);
        foreach (var item in items)
        {
            var height = ChipHeight(item, area.Width, size);
            var hasSlot = item.ChannelKey is not null;
            var textWidth = TextWidth(area.Width, size, hasSlot);

            // The slot sits at the leading side (the right in a right-to-left deck), level with the chip's first line.
            var textX = rightToLeft || !hasSlot ? area.X : area.X + area.Width - textWidth;
            IconSlot? slot = null;
            if (item.ChannelKey is { } key)
            {
                var slotX = rightToLeft ? area.X + area.Width - slotSize : area.X;
                var firstLine = ShortestChip(size);
                slot = new IconSlot(key, new Box(slotX, y + Math.Max(0, (firstLine - slotSize) / 2), slotSize, slotSize));
            }

            chips.Add(new Chip(item.Text, new Box(textX, y, textWidth, height), slot));
            y += height + Gap;
        }

        return chips;
    }

    /// <summary>Draws the chips' text boxes; the icon slots are left free and returned for the icon drawer.</summary>
    public static List<IconSlot> Draw(SlideXml xml, IReadOnlyList<Chip> chips, double size, string fill, string ink)
    {
        var slots = new List<IconSlot>();
        foreach (var chip in chips)
        {
            xml.Shape("Touchpoint", "roundRect", chip.TextBox, fill, null, [new Paragraph(chip.Text, size, Color: ink)], Align.Center, insetPoints: 2);
            if (chip.Slot is { } slot)
            {
                slots.Add(slot);
            }
        }

        return slots;
    }

    public static long ChipHeight(ChipItem item, long width, double size)
    {
        var text = TextFit.Height(item.Text, TextWidth(width, size, item.ChannelKey is not null) - (2 * Inset), size) + Frame(size);
        return Math.Max(text, item.ChannelKey is null ? 0 : SlotSize(size));
    }

    /// <summary>No chip is shorter: a line of text in its frame.</summary>
    public static long ShortestChip(double size) => TextFit.Height(1, size) + Frame(size);

    // A third of a line more than the estimate: a shape's text that overflows is shrunk by LibreOffice's autofit.
    private static long Frame(double size) => (2 * Inset) + Emu.Points(size / 3);
}
