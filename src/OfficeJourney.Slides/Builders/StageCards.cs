using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;

namespace OfficeJourney.Slides.Builders;

/// <summary>A lane's content on a stage slide: its heading, colours and items; touchpoints as chips with icon slots.</summary>
internal sealed record StageCard(string Heading, string Color, string Fill, IReadOnlyList<ChipItem> Items, bool Chips);

/// <summary>A card placed on a slide.</summary>
internal sealed record PlacedCard(StageCard Card, Box Box);

/// <summary>One stage slide's cards, their text size and how many columns they are packed into.</summary>
internal sealed record StagePage(double Size, int Columns, IReadOnlyList<PlacedCard> Cards)
{
    public double HeadingSize => Size + 2;
}

/// <summary>
/// Packs a stage's cards into two or three columns of balanced height across the whole width, in reading order, at
/// the largest text size (up to 20 pt) at which they fit; only when 10 pt does not fit do they go on over further
/// slides, each again at its own largest size. A card taller than a slide is cut, its heading repeated.
/// </summary>
internal static class StageCards
{
    public const double MinSize = 10;
    public const double MaxSize = 20;
    public static readonly long Top = DeckContext.ContentTop + Emu.Inches(0.1);
    public static readonly long Pad = Emu.Points(8);
    public static readonly long BulletIndent = Emu.Points(14);
    private static readonly long ColumnGap = Emu.Inches(0.25);
    private static readonly long CardGap = Emu.Inches(0.15);
    private static readonly long HeadingGap = Emu.Points(4);

    private static long Available => DeckContext.ContentBottom - Top;

    public static long ColumnWidth(int columns) => (DeckContext.ContentWidth - ((columns - 1) * ColumnGap)) / columns;

    /// <param name="plan">Told how many slides the cards take before each is fitted, so that a deck that cannot hold them is refused first.</param>
    public static List<StagePage> Pages(IReadOnlyList<StageCard> cards, bool rightToLeft, Action<int> plan)
    {
        var columns = Math.Clamp(cards.Count, 1, 3);
        if (Fit(cards, rightToLeft) is { } single)
        {
            plan(1);
            return [single];
        }

        // Too much for one slide at the smallest size: columns of cards at that size, shared out over as few slides as hold them.
        var width = ColumnWidth(columns);
        var parts = cards.SelectMany(c => Split(c, width)).ToList();
        var heights = parts.Select(c => Height(c, width, MinSize) + CardGap).ToList();
        var pages = Format.Chunks(OverviewPages.Balanced(heights, Available + CardGap), columns).ToList();
        plan(pages.Count);
        return [.. pages.Select(page =>
            Fit([.. page.SelectMany(r => parts.GetRange(r.Start, r.Count))], rightToLeft) ?? Place([.. page.Select(r => parts.GetRange(r.Start, r.Count))], columns, MinSize, rightToLeft))];
    }

    /// <summary>
    /// The fewest slides cards of these many items can take, from the counts alone: no card is shorter than its frame
    /// with a line at 10 pt an item, and a slide holds three columns. Counted before any text is measured.
    /// </summary>
    public static int Fewest(IEnumerable<(int Items, bool Chips)> cards)
    {
        var line = TextFit.Height(1, MinSize);
        var chip = ChipColumn.ShortestChip(MinSize) + ChipColumn.Gap;
        var frame = Frame(TextFit.Height(1, MinSize + 2), MinSize);
        long total = 0;
        foreach (var (items, chips) in cards)
        {
            total += frame + (items * (chips ? chip : line)) - (chips ? ChipColumn.Gap : 0) + CardGap;
        }

        var columns = (total + Available + CardGap - 1) / (Available + CardGap);
        return (int)Math.Min(int.MaxValue, (columns + 2) / 3);
    }

    public static long Height(StageCard card, long width, double size)
    {
        var inner = width - (2 * Pad);
        var height = Frame(card, inner, size);
        foreach (var item in card.Items)
        {
            height += ItemHeight(card, item, inner, size);
        }

        // Chips stand a gap apart: none after the last.
        return height - (card.Chips && card.Items.Count > 0 ? ChipColumn.Gap : 0);
    }

    /// <summary>A card's padding and heading, and half a line to spare: at 20 pt one word wrapped sooner than estimated is a whole line more.</summary>
    private static long Frame(StageCard card, long inner, double size) => Frame(TextFit.Height(card.Heading, inner, size + 2), size);

    private static long Frame(long heading, double size) => (2 * Pad) + heading + HeadingGap + (TextFit.Height(1, size) / 2);

    /// <summary>What an item adds to its card: a chip and the gap after it, or a bullet's lines.</summary>
    private static long ItemHeight(StageCard card, ChipItem item, long inner, double size) =>
        card.Chips ? ChipColumn.ChipHeight(item, inner, size) + ChipColumn.Gap : TextFit.Height(item.Text, inner - BulletIndent, size);

    /// <summary>The cards on one slide at the largest size and, at that size, the column count that keeps the tallest column shortest; null when 10 pt does not fit.</summary>
    private static StagePage? Fit(IReadOnlyList<StageCard> cards, bool rightToLeft)
    {
        // Two wider columns can take a larger size than three; when three already take the largest, two need not be tried.
        var options = cards.Count >= 3 ? new[] { 3, 2 } : [Math.Max(1, cards.Count)];
        var fits = new List<(int Columns, double? Size)>();
        foreach (var columns in options)
        {
            var fitted = LargestSize(cards, columns);
            if (fitted is not null)
            {
                fits.Add((columns, fitted));
            }

            if (fitted == MaxSize)
            {
                break;
            }
        }

        if (fits.Count == 0)
        {
            return null;
        }

        var size = fits.Max(o => o.Size!.Value);
        var best = fits.Where(o => o.Size == size).Select(o => (o.Columns, Packed: Pack(cards, o.Columns, size)!.Value)).MinBy(o => o.Packed.Tallest);
        return Place(best.Packed.Columns, best.Columns, size, rightToLeft);
    }

    /// <summary>Card heights grow with the size: the largest whole size from 10 to 20 pt at which the cards fit, found by halving.</summary>
    private static double? LargestSize(IReadOnlyList<StageCard> cards, int columns)
    {
        if (Pack(cards, columns, MinSize) is null)
        {
            return null;
        }

        int low = (int)MinSize, high = (int)MaxSize;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            (low, high) = Pack(cards, columns, middle) is null ? (low, middle - 1) : (middle, high);
        }

        return low;
    }

    /// <summary>The cards in at most <paramref name="columns"/> balanced columns at a size, with the tallest column's height; null when they do not fit.</summary>
    private static (List<List<StageCard>> Columns, long Tallest)? Pack(IReadOnlyList<StageCard> cards, int columns, double size)
    {
        var width = ColumnWidth(columns);
        var heights = cards.Select(c => Height(c, width, size) + CardGap).ToList();
        if (heights.Max() > Available + CardGap)
        {
            return null;
        }

        var ranges = OverviewPages.Balanced(heights, Available + CardGap);
        return ranges.Count > columns
            ? null
            : ([.. ranges.Select(r => cards.Skip(r.Start).Take(r.Count).ToList())], ranges.Max(r => heights.Skip(r.Start).Take(r.Count).Sum()));
    }

    private static StagePage Place(List<List<StageCard>> columnCards, int columns, double size, bool rightToLeft)
    {
        var width = ColumnWidth(columns);
        var placed = new List<PlacedCard>();
        for (var c = 0; c < columnCards.Count; c++)
        {
            var visual = rightToLeft ? columns - 1 - c : c;
            var x = DeckContext.Margin + (visual * (width + ColumnGap));
            var y = Top;
            foreach (var card in columnCards[c])
            {
                var height = Height(card, width, size);
                placed.Add(new PlacedCard(card, new Box(x, y, width, height)));
                y += height + CardGap;
            }
        }

        return new StagePage(size, columns, placed);
    }

    /// <summary>
    /// A card taller than a slide at 10 pt as several, each under the heading again. An item taller than a whole card
    /// keeps the start that fills one, with "…", whole in the slide's notes: continued over slides, one 20,000-character
    /// item in each lane of a stage made 3,600 slides of a 600 KB map.
    /// </summary>
    private static IEnumerable<StageCard> Split(StageCard card, long width)
    {
        if (Height(card, width, MinSize) <= Available)
        {
            yield return card;
            yield break;
        }

        var textWidth = width - (2 * Pad) - BulletIndent - ChipColumn.SlotSize(MinSize);
        var inner = width - (2 * Pad);
        var lines = Math.Max(1, (int)((Available - Frame(card, inner, MinSize)) / TextFit.TallestLine(MinSize)) - 1);
        var empty = Frame(card, inner, MinSize) - (card.Chips ? ChipColumn.Gap : 0);
        var part = new List<ChipItem>();
        var used = empty;
        foreach (var whole in card.Items)
        {
            var item = whole with { Text = TextFit.Fitted(whole.Text, textWidth, MinSize, lines) };
            var height = ItemHeight(card, item, inner, MinSize);
            if (part.Count > 0 && used + height > Available)
            {
                yield return card with { Items = part };
                part = [];
                used = empty;
            }

            part.Add(item);
            used += height;
        }

        yield return card with { Items = part };
    }
}
