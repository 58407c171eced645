namespace OfficeJourney.Excel.Reading.Formulas;

/// <summary>How far one workbook's formulas may go before one is left as written (from the read options).</summary>
internal sealed record FormulaLimits(int MaxFormulaLength, int MaxFormulaDepth, long MaxFormulaSteps, int MaxTextLength);
