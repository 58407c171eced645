using System.Globalization;
using System.Xml.Linq;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Slides.Tests.Brand;

/// <summary>
/// Every run of coloured text on a slide, with what it is written on: its shape's or table cell's fill; for a shape
/// without one, the last filled shape drawn before it that holds its centre; else the white slide. Read from the
/// slide's XML, so that the check shares nothing with the writer.
/// </summary>
internal static class SlideContrast
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";

    public sealed record Run(string Text, string Color, string Background, double Points, bool Bold)
    {
        /// <summary>WCAG's large text (18 pt, or 14 pt bold) needs 3:1, other text 4.5:1.</summary>
        public double Needed => Points >= 18 || (Bold && Points >= 14) ? 3 : 4.5;

        public double Contrast => Rgb.Contrast(Rgb.Parse(Color), Rgb.Parse(Background));
    }

    public static IEnumerable<Run> Runs(XDocument slide)
    {
        var painted = new List<(long X, long Y, long Right, long Bottom, string Fill)>();
        foreach (var element in slide.Descendants().Where(e => e.Name == P + "sp" || e.Name == A + "tc"))
        {
            if (element.Name == A + "tc")
            {
                var cellFill = FillOf(element.Element(A + "tcPr")) ?? "FFFFFF";
                foreach (var run in RunsIn(element, cellFill))
                {
                    yield return run;
                }

                continue;
            }

            var properties = element.Element(P + "spPr");
            var fill = FillOf(properties);
            var box = properties?.Element(A + "xfrm") is { } xfrm ? Box(xfrm) : null;
            var background = fill ?? (box is { } b
                ? painted.LastOrDefault(p => p.X <= b.CentreX && b.CentreX <= p.Right && p.Y <= b.CentreY && b.CentreY <= p.Bottom).Fill
                : null) ?? "FFFFFF";
            if (fill is not null && box is { } painting)
            {
                painted.Add((painting.X, painting.Y, painting.Right, painting.Bottom, fill));
            }

            foreach (var run in RunsIn(element, background))
            {
                yield return run;
            }
        }
    }

    private static IEnumerable<Run> RunsIn(XElement owner, string background) =>
        owner.Descendants(A + "r")
            .Select(r => (Run: r, Properties: r.Element(A + "rPr")))
            .Where(r => FillOf(r.Properties) is not null)
            .Select(r => new Run(
                r.Run.Element(A + "t")?.Value ?? string.Empty,
                FillOf(r.Properties)!,
                background,
                r.Properties!.Attribute("sz") is { } size ? int.Parse(size.Value, CultureInfo.InvariantCulture) / 100.0 : 18,
                r.Properties.Attribute("b")?.Value == "1"));

    private static string? FillOf(XElement? properties) =>
        properties?.Element(A + "solidFill")?.Element(A + "srgbClr")?.Attribute("val")?.Value;

    private static (long X, long Y, long Right, long Bottom, long CentreX, long CentreY)? Box(XElement xfrm)
    {
        if (xfrm.Element(A + "off") is not { } off || xfrm.Element(A + "ext") is not { } ext)
        {
            return null;
        }

        long Read(XElement e, string name) => long.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);
        var (x, y, w, h) = (Read(off, "x"), Read(off, "y"), Read(ext, "cx"), Read(ext, "cy"));
        return (x, y, x + w, y + h, x + (w / 2), y + (h / 2));
    }
}
