namespace OfficeJourney.Model;

/// <summary>A named value as the sheet wrote it ("Age: 34", "Version: 3").</summary>
public sealed record Field(string Name, string Value);
