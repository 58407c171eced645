using OfficeJourney.Model;
using OfficeJourney.Slides.Builders;

namespace OfficeJourney.Slides;

/// <summary>
/// A map as a deck writes it: every text cleaned of what XML cannot hold (<see cref="CleanText"/>), and every name
/// (the title, stages, phases, lanes, personas) cut at <see cref="MaxName"/> characters with "…". A name is repeated
/// on every slide and beside every item in the notes: a lane label of a million characters made a 2 MB map a 25 MB
/// deck that took a minute and 6 GB. Items are not cut here; each slide shows what it holds of them and its notes the rest.
/// </summary>
internal static class DeckMap
{
    public const int MaxName = 300;

    public static JourneyMap Of(JourneyMap map)
    {
        var cleaned = CleanText.Of(map);
        return cleaned with
        {
            Title = Name(cleaned.Title),
            Stages = [.. cleaned.Stages.Select(s => s with { Name = Name(s.Name) })],
            Phases = [.. cleaned.Phases.Select(p => p with { Name = Name(p.Name) })],
            Lanes = [.. cleaned.Lanes.Select(l => l with { Label = Name(l.Label) })],
            Personas = [.. cleaned.Personas.Select(p => p with { Name = Name(p.Name) })],
        };
    }

    private static string Name(string name) => TextFit.Clip(name, MaxName);
}
