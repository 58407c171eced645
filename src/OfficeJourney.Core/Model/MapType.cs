using System.Text.Json.Serialization;

namespace OfficeJourney.Model;

public enum MapType
{
    [JsonStringEnumMemberName("current-state")]
    CurrentState,
    [JsonStringEnumMemberName("future-state")]
    FutureState,
    [JsonStringEnumMemberName("day-in-the-life")]
    DayInTheLife,
    [JsonStringEnumMemberName("service-blueprint")]
    ServiceBlueprint,
}
