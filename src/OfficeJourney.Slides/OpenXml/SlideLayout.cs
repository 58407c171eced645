namespace OfficeJourney.Slides.OpenXml;

/// <summary>The layouts a slide can be on (Scaffold/slideLayout*.xml).</summary>
internal enum SlideLayout
{
    /// <summary>No placeholders: the slide carries shapes of its own.</summary>
    Blank,

    /// <summary>Three picture placeholders, idx 10 to 12, one per persona card.</summary>
    PersonaCards,
}
