namespace OfficeJourney.Excel.Reading.Formulas;

internal enum FormulaTokenKind : byte
{
    Number,
    Text,
    Boolean,

    /// <summary>A cell address, with its sheet when one was written ("Sheet2!B3", "'My sheet'!$B$3").</summary>
    Reference,
    Function,
    Operator,
    OpenParen,
    CloseParen,
    Comma,
    Colon,
    End,
}

internal readonly record struct FormulaToken(FormulaTokenKind Kind, string Text, double Number = 0, string? Sheet = null);
