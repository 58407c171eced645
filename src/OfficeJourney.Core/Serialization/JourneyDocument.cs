using OfficeJourney.Model;

namespace OfficeJourney.Serialization;

/// <summary>
/// The JSON file format: a format version and one or more maps. Documented in docs/journey-map-format.md.
/// </summary>
public sealed record JourneyDocument
{
    public const int CurrentFormatVersion = 1;

    public int FormatVersion { get; init; } = CurrentFormatVersion;

    public required IReadOnlyList<JourneyMap> Maps { get; init; }
}
