using OfficeJourney.Model;

namespace OfficeJourney.Excel.Templates;

/// <summary>The names people type for map types and industries ("service-blueprint", "b2b-software"), for the command line and the API alike.</summary>
public static class TemplateNames
{
    private static readonly Dictionary<string, MapType> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["current-state"] = MapType.CurrentState,
        ["future-state"] = MapType.FutureState,
        ["day-in-the-life"] = MapType.DayInTheLife,
        ["service-blueprint"] = MapType.ServiceBlueprint,
    };

    private static readonly Dictionary<string, Industry> Industries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["retail"] = Industry.Retail,
        ["travel"] = Industry.Travel,
        ["banking"] = Industry.Banking,
        ["b2b-software"] = Industry.B2BSoftware,
    };

    public static IReadOnlyCollection<string> TypeNames => Types.Keys;

    public static IReadOnlyCollection<string> IndustryNames => Industries.Keys;

    /// <exception cref="UnknownChoiceException">Not a map type, with the names there are.</exception>
    public static MapType ParseType(string name) =>
        Types.TryGetValue(name, out var type) ? type : throw new UnknownChoiceException($"\"{name}\" is not a map type: choose from {string.Join(", ", Types.Keys)}.");

    /// <exception cref="UnknownChoiceException">Not an industry, with the names there are.</exception>
    public static Industry ParseIndustry(string name) =>
        Industries.TryGetValue(name, out var industry) ? industry : throw new UnknownChoiceException($"\"{name}\" is not an industry: choose from {string.Join(", ", Industries.Keys)}.");
}
