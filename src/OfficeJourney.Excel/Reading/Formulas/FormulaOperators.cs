namespace OfficeJourney.Excel.Reading.Formulas;

/// <summary>Excel's binary operators on single values: arithmetic, &amp;, and comparisons.</summary>
internal static class FormulaOperators
{
    public static FormulaValue Apply(string op, FormulaValue left, FormulaValue right, int maxText)
    {
        switch (op)
        {
            case "+":
                return FormulaValue.FromNumber(left.ToNumber() + right.ToNumber());
            case "-":
                return FormulaValue.FromNumber(left.ToNumber() - right.ToNumber());
            case "*":
                return FormulaValue.FromNumber(left.ToNumber() * right.ToNumber());
            case "/":
                var divisor = right.ToNumber();
                return divisor == 0 ? throw FormulaValue.Error("#DIV/0!") : FormulaValue.FromNumber(left.ToNumber() / divisor);
            case "^":
                var (x, y) = (left.ToNumber(), right.ToNumber());
                return x == 0 && y == 0 ? throw FormulaValue.Error("#NUM!") : FormulaValue.FromNumber(Math.Pow(x, y));
            case "&":
                var (a, b) = (left.ToText(), right.ToText());
                CheckLength(a.Length + b.Length, maxText);
                return FormulaValue.FromText(a + b);
            default:
                var order = Compare(left, right);
                return FormulaValue.FromBoolean(op switch
                {
                    "=" => order == 0,
                    "<>" => order != 0,
                    "<" => order < 0,
                    ">" => order > 0,
                    "<=" => order <= 0,
                    ">=" => order >= 0,
                    _ => throw new FormulaNotEvaluatedException($"it uses the operator {op}, which is not evaluated"),
                });
        }
    }

    public static void CheckLength(int length, int max)
    {
        if (length > max)
        {
            throw new FormulaNotEvaluatedException($"its text would be longer than the {max} characters a cell holds");
        }
    }

    // Excel orders numbers before text before booleans; a blank takes the other side's kind; text ignores case.
    private static int Compare(FormulaValue left, FormulaValue right)
    {
        left = left.Kind == FormulaValueKind.Blank ? BlankAs(right.Kind) : left;
        right = right.Kind == FormulaValueKind.Blank ? BlankAs(left.Kind) : right;
        if (left.Kind != right.Kind)
        {
            return Rank(left.Kind).CompareTo(Rank(right.Kind));
        }

        return left.Kind == FormulaValueKind.Text
            ? Math.Sign(string.Compare(left.Text, right.Text, StringComparison.OrdinalIgnoreCase))
            : left.Number.CompareTo(right.Number);
    }

    private static FormulaValue BlankAs(FormulaValueKind kind) => kind switch
    {
        FormulaValueKind.Text => FormulaValue.FromText(string.Empty),
        FormulaValueKind.Boolean => FormulaValue.FromBoolean(false),
        _ => FormulaValue.FromNumber(0),
    };

    private static int Rank(FormulaValueKind kind) => kind switch
    {
        FormulaValueKind.Number => 0,
        FormulaValueKind.Text => 1,
        _ => 2,
    };
}
