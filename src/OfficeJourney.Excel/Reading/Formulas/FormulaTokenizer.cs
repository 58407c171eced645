using System.Globalization;
using OfficeJourney.Grids;

namespace OfficeJourney.Excel.Reading.Formulas;

/// <summary>
/// Splits a formula as stored in the file (invariant numbers, "," between arguments, no leading "=") into tokens.
/// Anything outside the evaluated subset — other workbooks, names, tables, array constants, error literals — is refused here.
/// </summary>
internal static class FormulaTokenizer
{
    public static List<FormulaToken> Tokenize(string formula)
    {
        var tokens = new List<FormulaToken>();
        var i = 0;
        while (i < formula.Length)
        {
            var c = formula[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            switch (c)
            {
                case '"':
                    tokens.Add(new FormulaToken(FormulaTokenKind.Text, ReadQuoted(formula, ref i, '"')));
                    continue;
                case '(':
                    tokens.Add(new FormulaToken(FormulaTokenKind.OpenParen, "("));
                    i++;
                    continue;
                case ')':
                    tokens.Add(new FormulaToken(FormulaTokenKind.CloseParen, ")"));
                    i++;
                    continue;
                case ',':
                    tokens.Add(new FormulaToken(FormulaTokenKind.Comma, ","));
                    i++;
                    continue;
                case ':':
                    tokens.Add(new FormulaToken(FormulaTokenKind.Colon, ":"));
                    i++;
                    continue;
                case '+' or '-' or '*' or '/' or '^' or '&' or '%' or '=':
                    tokens.Add(new FormulaToken(FormulaTokenKind.Operator, c.ToString()));
                    i++;
                    continue;
                case '<' or '>':
                    var two = i + 1 < formula.Length && (formula[i + 1] == '=' || (c == '<' && formula[i + 1] == '>'));
                    tokens.Add(new FormulaToken(FormulaTokenKind.Operator, formula.Substring(i, two ? 2 : 1)));
                    i += two ? 2 : 1;
                    continue;
                case '[':
                    throw new FormulaNotEvaluatedException("it refers to another workbook");
                case '{':
                    throw new FormulaNotEvaluatedException("it uses an array constant");
                case '#':
                    throw new FormulaNotEvaluatedException("it holds an error value");
                case '\'':
                    tokens.Add(ReadSheetReference(formula, ref i, ReadQuoted(formula, ref i, '\'')));
                    continue;
            }

            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < formula.Length && char.IsAsciiDigit(formula[i + 1])))
            {
                tokens.Add(ReadNumber(formula, ref i));
            }
            else if (char.IsLetter(c) || c is '_' or '$' or '\\')
            {
                tokens.Add(ReadWord(formula, ref i));
            }
            else
            {
                throw new FormulaNotEvaluatedException($"it uses \"{c}\", which is not evaluated");
            }
        }

        tokens.Add(new FormulaToken(FormulaTokenKind.End, string.Empty));
        return tokens;
    }

    private static string ReadQuoted(string formula, ref int i, char quote)
    {
        var text = new System.Text.StringBuilder();
        i++;
        while (i < formula.Length)
        {
            if (formula[i] == quote)
            {
                if (i + 1 < formula.Length && formula[i + 1] == quote)
                {
                    text.Append(quote);
                    i += 2;
                    continue;
                }

                i++;
                return text.ToString();
            }

            text.Append(formula[i++]);
        }

        throw new FormulaNotEvaluatedException("it cannot be read (a quote is not closed)");
    }

    private static FormulaToken ReadNumber(string formula, ref int i)
    {
        var start = i;
        while (i < formula.Length && (char.IsAsciiDigit(formula[i]) || formula[i] == '.'))
        {
            i++;
        }

        if (i < formula.Length && formula[i] is 'e' or 'E')
        {
            var j = i + 1;
            if (j < formula.Length && formula[j] is '+' or '-')
            {
                j++;
            }

            if (j < formula.Length && char.IsAsciiDigit(formula[j]))
            {
                i = j;
                while (i < formula.Length && char.IsAsciiDigit(formula[i]))
                {
                    i++;
                }
            }
        }

        var text = formula[start..i];
        if (!double.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            throw new FormulaNotEvaluatedException($"it cannot be read (\"{text}\" is not a number)");
        }

        return new FormulaToken(FormulaTokenKind.Number, text, number);
    }

    // A word is a function name, TRUE/FALSE, a cell address, or a sheet name followed by "!".
    private static FormulaToken ReadWord(string formula, ref int i)
    {
        var start = i;
        while (i < formula.Length && (char.IsLetterOrDigit(formula[i]) || formula[i] is '_' or '.' or '$' or '\\'))
        {
            i++;
        }

        var word = formula[start..i];
        if (i < formula.Length && formula[i] == '!')
        {
            return ReadSheetReference(formula, ref i, word);
        }

        if (i < formula.Length && formula[i] == '(')
        {
            return new FormulaToken(FormulaTokenKind.Function, word);
        }

        if (i < formula.Length && formula[i] == '[')
        {
            throw new FormulaNotEvaluatedException("it uses a table reference");
        }

        if (word.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || word.Equals("FALSE", StringComparison.OrdinalIgnoreCase))
        {
            return new FormulaToken(FormulaTokenKind.Boolean, word.ToUpperInvariant(), word.Length == 4 ? 1 : 0);
        }

        if (CellAddress.TryParse(word, out _))
        {
            return new FormulaToken(FormulaTokenKind.Reference, word);
        }

        throw new FormulaNotEvaluatedException($"it uses the name {word}, which is not evaluated");
    }

    private static FormulaToken ReadSheetReference(string formula, ref int i, string sheet)
    {
        if (sheet.Contains('[', StringComparison.Ordinal) || sheet.Contains(':', StringComparison.Ordinal) || sheet.Contains('/', StringComparison.Ordinal) || sheet.Contains('\\', StringComparison.Ordinal))
        {
            throw new FormulaNotEvaluatedException("it refers to another workbook");
        }

        if (i >= formula.Length || formula[i] != '!')
        {
            throw new FormulaNotEvaluatedException("it cannot be read (a quoted name is not a sheet reference)");
        }

        i++;
        var start = i;
        while (i < formula.Length && (char.IsAsciiLetterOrDigit(formula[i]) || formula[i] == '$'))
        {
            i++;
        }

        var address = formula[start..i];
        if (!CellAddress.TryParse(address, out _))
        {
            throw new FormulaNotEvaluatedException($"it uses {sheet}!{address}, which is not a cell reference");
        }

        return new FormulaToken(FormulaTokenKind.Reference, address, Sheet: sheet);
    }
}
