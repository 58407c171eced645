namespace OfficeJourney.Slides.Drawing;

public enum Align
{
    Start,
    Center,
    End,
}

/// <summary>One paragraph of a text body: its text and how it looks.</summary>
internal sealed record Paragraph(string Text, double Size = 14, bool Bold = false, string? Color = null, Align Align = Align.Start, bool Bullet = false, string? Prefix = null, string? PrefixColor = null)
{
    /// <summary>
    /// A line of speaker notes: what the text is (a lane, a stage) in bold, then the text as it is, in its own run; an
    /// item of megabytes is written from its own string rather than copied into a new one.
    /// </summary>
    public static Paragraph Note(string heading, string text) => new(text, Prefix: heading + ": ");
}
