namespace OfficeJourney.Slides.OpenXml;

/// <summary>English Metric Units, the length unit of DrawingML: 914400 to the inch, 12700 to the point.</summary>
internal static class Emu
{
    public const long PerInch = 914_400;
    public const long PerPoint = 12_700;

    /// <summary>16:9 at 13.333 × 7.5 inches, PowerPoint's default widescreen size.</summary>
    public const long SlideWidth = 12_192_000;
    public const long SlideHeight = 6_858_000;

    public static long Inches(double inches) => (long)Math.Round(inches * PerInch);

    public static long Points(double points) => (long)Math.Round(points * PerPoint);
}
