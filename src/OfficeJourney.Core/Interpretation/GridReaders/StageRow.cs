namespace OfficeJourney.Interpretation.GridReaders;

/// <summary>The stages read from a stage row.</summary>
/// <param name="StageOfColumn">The stage each column belongs to; a spacer column has none.</param>
/// <param name="Duplicates">A warning for each stage name written again further on.</param>
internal sealed record StageRow(List<RawStage> Stages, Dictionary<int, int> StageOfColumn, List<Problem> Duplicates);
