using System.Globalization;
using System.Text.RegularExpressions;
using OfficeJourney.Slides.Builders;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Slides.Tests.Visual;

/// <summary>
/// What a reader of the slide needs, checked on a deck's geometry: text of 10 pt or more, shapes inside the slide,
/// text-bearing shapes clear of each other, WCAG AA contrast, and overviews that use the slide's height.
/// Each returns one line per failure naming the slide, its title, the shape and by how much.
/// </summary>
internal static class VisualRules
{
    public const int SmallestSize = 1000;
    public const double OverviewCoverage = 0.70;
    public const int OverviewLanes = 4;

    /// <summary>Two boxes sharing less than this on a side (1 pt) touch rather than overlap.</summary>
    private const long Tolerance = Rect.Point;

    private static readonly string[] TitleBar = ["Title", "Title rule", "Subtitle", "Footer"];

    /// <summary>Every run with text and every empty line's end mark (it sets the line's height) at 10 pt or more; chart text too.</summary>
    public static List<string> TextSizes(DeckGeometry deck) =>
    [
        .. from slide in deck.Slides
           from shape in slide.Shapes
           from area in shape.Text
           let small = area.Paragraphs.SelectMany(p => p.Shows
                   ? p.Runs.Where(r => r.Shows && r.Size < SmallestSize).Select(r => (r.Size!.Value, $"\"{Clip(r.Text)}\""))
                   : p.EndSize < SmallestSize ? [(p.EndSize.Value, "an empty line")] : [])
               .ToList()
           where small.Count > 0
           let worst = small.MinBy(s => s.Item1)
           select $"{slide.Label}: {Where(shape, area)} sets {worst.Item2} at {Size(worst.Item1)} pt, {Size(SmallestSize - worst.Item1)} pt below 10 pt ({small.Count} run(s) under 10 pt)",
        .. from slide in deck.Slides
           from size in slide.ChartTextSizes.Where(s => s.Size < SmallestSize).Distinct()
           select $"{slide.Label}: chart {size.Chart} sets text at {Size(size.Size)} pt, {Size(SmallestSize - size.Size)} pt below 10 pt",
    ];

    /// <summary>
    /// Every empty line of a table cell sets its size: a line of no size is the renderer's 18 pt, and grows the row past
    /// what it was measured for.
    /// </summary>
    public static List<string> EmptyTableLines(DeckGeometry deck) =>
    [
        .. from slide in deck.Slides
           from shape in slide.Shapes.Where(s => s.IsTable)
           from area in shape.Text
           where area.Paragraphs.Any(p => !p.Shows && p.EndSize is null)
           select $"{slide.Label}: {Where(shape, area)} holds an empty line of no size, which renders at 18 pt",
    ];

    /// <summary>Every shape's box within the slide; a line (connector, polyline, zero-height rule) may reach half its width past an edge.</summary>
    public static List<string> InsideTheSlide(DeckGeometry deck)
    {
        var failures = new List<string>();
        foreach (var slide in deck.Slides)
        {
            foreach (var shape in slide.Shapes)
            {
                var slack = shape.IsLine ? shape.LineWidth / 2 : 0;
                var past = new (string Edge, long By)[]
                {
                    ("left", -shape.Box.X), ("top", -shape.Box.Y), ("right", shape.Box.Right - deck.Width), ("bottom", shape.Box.Bottom - deck.Height),
                }.Where(p => p.By > slack).ToList();
                if (past.Count > 0)
                {
                    failures.Add($"{slide.Label}: {Describe(shape)} {shape.Box} reaches past the slide's " +
                        string.Join(", ", past.Select(p => $"{p.Edge} edge by {Points(p.By)} pt")));
                }
            }
        }

        return failures;
    }

    /// <summary>
    /// No two shapes carrying text (words, tables, charts, pictures) share more than a sliver of where their content goes:
    /// a text shape's box less its insets (so interlocking chevrons do not count), a frame's or picture's whole box. A text
    /// shape lying entirely inside a filled one sits on it (a label on a card). Shapes without text (bands, rules, dots,
    /// curves) may lie under text.
    /// </summary>
    public static List<string> Overlaps(DeckGeometry deck)
    {
        var failures = new List<string>();
        foreach (var slide in deck.Slides)
        {
            var carriers = slide.Shapes.Where(s => s.CarriesText && !s.IsLine).ToList();
            for (var i = 0; i < carriers.Count; i++)
            {
                for (var j = i + 1; j < carriers.Count; j++)
                {
                    var (first, second) = (carriers[i], carriers[j]);
                    var (one, other) = (Content(first), Content(second));
                    if (!one.Overlaps(other, Tolerance) || SitsOn(second, first) || SitsOn(first, second))
                    {
                        continue;
                    }

                    var common = one.Intersect(other);
                    failures.Add($"{slide.Label}: {Describe(first)} {one} and {Describe(second)} {other} overlap by {Points(common.Width)}×{Points(common.Height)} pt");
                }
            }
        }

        return failures;
    }

    /// <summary>
    /// Each text colour against what lies behind it: the shape's or cell's own fill, else the topmost filled shape drawn
    /// earlier that holds the text's box, else the slide's background; filled shapes drawn later than that and partly under the text count too.
    /// </summary>
    public static List<string> Contrast(DeckGeometry deck)
    {
        var failures = new List<string>();
        foreach (var slide in deck.Slides)
        {
            foreach (var shape in slide.Shapes.Where(s => s.HasText))
            {
                foreach (var area in shape.Text.Where(a => a.Shows))
                {
                    var behind = Behind(slide, shape, area);
                    var seen = new HashSet<(string, string)>();
                    foreach (var run in area.Paragraphs.SelectMany(p => p.Runs).Where(r => r.Shows))
                    {
                        var color = run.Color ?? deck.Ink;
                        var size = run.Size ?? 1800;
                        foreach (var (fill, what) in behind)
                        {
                            var ratio = Wcag.Ratio(color, fill);
                            var required = Wcag.Required(size, run.Bold);
                            if (ratio < required && seen.Add((color, fill)))
                            {
                                failures.Add(string.Create(CultureInfo.InvariantCulture,
                                    $"{slide.Label}: {Where(shape, area)} sets \"{Clip(run.Text)}\" ({Size(size)} pt{(run.Bold ? " bold" : string.Empty)}) in #{color} on #{fill} ({what}): {ratio:0.00}:1, AA needs {required:0.0}:1"));
                            }
                        }
                    }
                }
            }
        }

        return failures;
    }

    /// <summary>An overview page showing four lanes or more spreads its content over 70% of the height between the title bar and the footer.</summary>
    public static List<string> OverviewHeight(DeckGeometry deck)
    {
        var usable = DeckContext.ContentBottom - DeckContext.ContentTop;
        var failures = new List<string>();
        foreach (var slide in deck.Slides.Where(s => IsOverview(s.Title)))
        {
            var lanes = slide.Shapes.Where(s => s.IsTable).Sum(s => s.TableRows);
            var content = slide.Shapes.Where(s => !TitleBar.Contains(s.Name) && s.Box.Y < DeckContext.ContentBottom).ToList();
            if (lanes < OverviewLanes || content.Count == 0)
            {
                continue;
            }

            var top = Math.Max(content.Min(s => s.Box.Y), DeckContext.ContentTop);
            var bottom = Math.Min(content.Max(s => s.Box.Bottom), DeckContext.ContentBottom);
            var covered = (double)(bottom - top) / usable;
            if (covered < OverviewCoverage)
            {
                var last = content.MaxBy(s => s.Box.Bottom)!;
                failures.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{slide.Label}: {lanes} lanes cover {covered:P0} of the usable height ({Points(bottom - top)} of {Points(usable)} pt), the last being {Describe(last)} ending at {Points(last.Box.Bottom)} pt; {OverviewCoverage:P0} asks {Points((long)(OverviewCoverage * usable) - (bottom - top))} pt more"));
            }
        }

        return failures;
    }

    /// <summary>The overview's title in any written language, numbered "(2/3)" when it continues.</summary>
    public static bool IsOverview(string title) =>
        Language.Supported.Select(l => DeckWords.For(l).Overview).Any(o => Regex.IsMatch(title, "^" + Regex.Escape(o) + @"( \(\d+/\d+\))?$"));

    private static List<(string Fill, string What)> Behind(SlideGeometry slide, SlideShape shape, TextArea area)
    {
        if (area.Fill is { } own)
        {
            return [(own, area.Where == "text" ? "its own fill" : "the cell's fill")];
        }

        var earlier = slide.Shapes.Where(s => s.Order < shape.Order && s.Fill is not null && !s.IsLine).ToList();
        var holder = earlier.LastOrDefault(s => s.Box.Contains(area.Box, Tolerance));
        var behind = new List<(string, string)> { holder is null ? (slide.Background, "the slide's background") : (holder.Fill!, $"the fill of \"{holder.Name}\"") };
        behind.AddRange(earlier.Where(s => s.Order > (holder?.Order ?? -1) && s != holder && s.Box.Overlaps(area.Box, Tolerance))
            .Select(s => (s.Fill!, $"the fill of \"{s.Name}\", partly under it")));
        return behind;
    }

    private static Rect Content(SlideShape shape) => shape.HasText && !shape.IsTable ? shape.Text[0].Box : shape.Box;

    private static bool SitsOn(SlideShape inner, SlideShape outer) => outer.Fill is not null && outer.Box.Contains(inner.Box, Tolerance);

    private static string Where(SlideShape shape, TextArea area) => area.Where == "text" ? Describe(shape) : $"{Describe(shape)} {area.Where}";

    private static string Describe(SlideShape shape) => shape.HasText && !shape.IsTable
        ? $"shape \"{shape.Name}\" (\"{Clip(shape.PlainText)}\")"
        : $"{(shape.IsTable ? "table" : shape.Kind == "graphicFrame" ? "chart" : "shape")} \"{shape.Name}\"";

    private static string Clip(string text) => text.Length <= 40 ? text : text[..37] + "…";

    private static string Points(long emu) => (emu / (double)Rect.Point).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Size(int hundredthsOfAPoint) => (hundredthsOfAPoint / 100.0).ToString("0.#", CultureInfo.InvariantCulture);
}
