namespace OfficeJourney.Slides.Drawing;

public enum Align
{
    Start,
    Center,
    End,
}

/// <summary>One paragraph of a text body: its text and how it looks.</summary>
internal sealed record Paragraph(string Text, double Size = 14, bool Bold = false, string? Color = null, Align Align = Align.Start, bool Bullet = false, string? Prefix = null, string? PrefixColor = null);
