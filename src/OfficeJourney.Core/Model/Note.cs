namespace OfficeJourney.Model;

/// <summary>Text around the grid that is not part of it (instructions, scenario, sources): kept, never dropped.</summary>
public sealed record Note(string Text, SourceRef? Source);
