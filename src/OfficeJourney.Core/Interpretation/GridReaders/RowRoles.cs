namespace OfficeJourney.Interpretation.GridReaders;

/// <summary>What the rows around the stage row are; <c>-1</c> where there is none.</summary>
/// <param name="LaneRows">The rows that are lanes.</param>
/// <param name="PhaseRow">Phase headers merged over several stages.</param>
/// <param name="PersonaRows">Rows naming the persona of each stage ("Persona | Stage | …", merged down or repeated).</param>
/// <param name="PeopleRow">A persona row that changes from step to step: who acts, kept as a lane of people.</param>
/// <param name="SubRow">Sub-row labels under the stage header's own merged cell ("New patient", "Returning").</param>
/// <param name="Segments">The stage columns of each journey: one per persona where each has its own.</param>
internal sealed record RowRoles(List<int> LaneRows, int PhaseRow, int PersonaRow, List<int> PersonaRows, int PeopleRow, int SubRow, List<List<int>> Segments);
