namespace OfficeJourney.Excel.Reading.Formulas;

/// <summary>Why a formula is left as written; the reason completes "not evaluated because …".</summary>
internal sealed class FormulaNotEvaluatedException(string reason) : Exception(reason)
{
    public string Reason { get; } = reason;
}
