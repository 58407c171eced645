using System.Text;

namespace OfficeJourney.Excel.Reading.Formulas;

/// <summary>
/// The functions that are evaluated: pure, non-volatile, and unable to reach outside the workbook. Every other
/// function (INDIRECT, OFFSET, NOW, RAND, HYPERLINK, WEBSERVICE…) leaves its formula as written.
/// </summary>
internal static class FormulaFunctions
{
    private static readonly Dictionary<string, (int Min, int Max)> Arity = new(StringComparer.Ordinal)
    {
        ["SUM"] = (1, 255),
        ["AVERAGE"] = (1, 255),
        ["MIN"] = (1, 255),
        ["MAX"] = (1, 255),
        ["COUNT"] = (1, 255),
        ["ROUND"] = (2, 2),
        ["ABS"] = (1, 1),
        ["IF"] = (2, 3),
        ["AND"] = (1, 255),
        ["OR"] = (1, 255),
        ["NOT"] = (1, 1),
        ["CONCAT"] = (1, 254),
        ["CONCATENATE"] = (1, 255),
        ["TEXTJOIN"] = (3, 252),
        ["LEN"] = (1, 1),
        ["UPPER"] = (1, 1),
        ["LOWER"] = (1, 1),
        ["TRIM"] = (1, 1),
    };

    /// <summary>The name without the prefixes files carry for newer functions ("_xlfn.CONCAT").</summary>
    public static string Canonical(string written)
    {
        var name = written.ToUpperInvariant();
        foreach (var prefix in (string[])["_XLFN._XLWS.", "_XLFN.", "_XLWS."])
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return name[prefix.Length..];
            }
        }

        return name;
    }

    public static bool IsKnown(string name) => Arity.ContainsKey(name);

    public static void CheckArity(string name, int count)
    {
        var (min, max) = Arity[name];
        if (count < min || count > max)
        {
            throw new FormulaNotEvaluatedException($"the function {name} has {count} arguments");
        }
    }

    public static FormulaValue Invoke(CallNode call, FormulaScope scope)
    {
        var args = call.Arguments;
        switch (call.Name)
        {
            case "SUM":
                return FormulaValue.FromNumber(Numbers(args, scope).Sum());
            case "AVERAGE":
                var numbers = Numbers(args, scope);
                return numbers.Count == 0 ? throw FormulaValue.Error("#DIV/0!") : FormulaValue.FromNumber(numbers.Sum() / numbers.Count);
            case "MIN":
                var low = Numbers(args, scope);
                return FormulaValue.FromNumber(low.Count == 0 ? 0 : low.Min());
            case "MAX":
                var high = Numbers(args, scope);
                return FormulaValue.FromNumber(high.Count == 0 ? 0 : high.Max());
            case "COUNT":
                return FormulaValue.FromNumber(Count(args, scope));
            case "ROUND":
                return FormulaValue.FromNumber(Round(scope.Scalar(args[0]).ToNumber(), scope.Scalar(args[1]).ToNumber()));
            case "ABS":
                return FormulaValue.FromNumber(Math.Abs(scope.Scalar(args[0]).ToNumber()));
            case "IF":
                // Only the branch taken is evaluated, as in Excel; a branch left out yields FALSE (or 0 when written as ",,").
                return scope.Scalar(args[0]).ToBoolean()
                    ? scope.Scalar(args[1])
                    : args.Count == 3 ? scope.Scalar(args[2]) : FormulaValue.FromBoolean(false);
            case "AND":
                return FormulaValue.FromBoolean(Logicals(args, scope).All(b => b));
            case "OR":
                return FormulaValue.FromBoolean(Logicals(args, scope).Any(b => b));
            case "NOT":
                return FormulaValue.FromBoolean(!scope.Scalar(args[0]).ToBoolean());
            case "CONCAT":
                return Join(scope, string.Empty, ignoreEmpty: false, args, 0, ranges: true);
            case "CONCATENATE":
                return Join(scope, string.Empty, ignoreEmpty: false, args, 0, ranges: false);
            case "TEXTJOIN":
                return Join(scope, scope.Scalar(args[0]).ToText(), scope.Scalar(args[1]).ToBoolean(), args, 2, ranges: true);
            case "LEN":
                return FormulaValue.FromNumber(scope.Scalar(args[0]).ToText().Length);
            case "UPPER":
                return FormulaValue.FromText(scope.Scalar(args[0]).ToText().ToUpperInvariant());
            case "LOWER":
                return FormulaValue.FromText(scope.Scalar(args[0]).ToText().ToLowerInvariant());
            case "TRIM":
                return FormulaValue.FromText(Trim(scope.Scalar(args[0]).ToText()));
            default:
                throw new FormulaNotEvaluatedException($"the function {call.Name} is not evaluated");
        }
    }

    // Cells in references and ranges count only when they hold numbers; values written as arguments are converted.
    private static List<double> Numbers(IReadOnlyList<FormulaNode> args, FormulaScope scope)
    {
        var numbers = new List<double>();
        foreach (var arg in args)
        {
            foreach (var (value, fromCells) in scope.Each(arg, blanks: false))
            {
                if (value.Kind == FormulaValueKind.Number || !fromCells)
                {
                    numbers.Add(value.ToNumber());
                }
            }
        }

        return numbers;
    }

    private static int Count(IReadOnlyList<FormulaNode> args, FormulaScope scope)
    {
        var count = 0;
        foreach (var arg in args)
        {
            foreach (var (value, fromCells) in scope.Each(arg, blanks: false))
            {
                if (value.Kind == FormulaValueKind.Number
                    || (!fromCells && value.Kind == FormulaValueKind.Boolean)
                    || (!fromCells && value.Kind == FormulaValueKind.Text && IsNumeric(value)))
                {
                    count++;
                }
            }
        }

        return count;
    }

    private static bool IsNumeric(FormulaValue value)
    {
        try
        {
            value.ToNumber();
            return true;
        }
        catch (FormulaNotEvaluatedException)
        {
            return false; // COUNT skips text that is not a number
        }
    }

    private static List<bool> Logicals(IReadOnlyList<FormulaNode> args, FormulaScope scope)
    {
        var values = new List<bool>();
        foreach (var arg in args)
        {
            foreach (var (value, fromCells) in scope.Each(arg, blanks: false))
            {
                if (!fromCells || value.Kind is FormulaValueKind.Number or FormulaValueKind.Boolean)
                {
                    values.Add(value.ToBoolean());
                }
            }
        }

        return values.Count == 0 ? throw FormulaValue.Error("#VALUE!") : values;
    }

    private static FormulaValue Join(FormulaScope scope, string delimiter, bool ignoreEmpty, IReadOnlyList<FormulaNode> args, int first, bool ranges)
    {
        var text = new StringBuilder();
        var any = false;
        for (var i = first; i < args.Count; i++)
        {
            if (!ranges && args[i] is RangeNode)
            {
                throw new FormulaNotEvaluatedException("it uses a range where one value is expected");
            }

            foreach (var (value, _) in scope.Each(args[i], blanks: !ignoreEmpty))
            {
                var part = value.ToText();
                if (ignoreEmpty && part.Length == 0)
                {
                    continue;
                }

                if (any)
                {
                    text.Append(delimiter);
                }

                text.Append(part);
                any = true;
                scope.CheckLength(text.Length);
            }
        }

        return FormulaValue.FromText(text.ToString());
    }

    // Half away from zero, on the decimal value Excel shows (ROUND(2.675, 2) is 2.68, not binary 2.67).
    private static double Round(double number, double digits)
    {
        var places = (int)Math.Clamp(Math.Truncate(digits), -308, 308);
        if (places >= 0 && places <= 15 && Math.Abs(number) < 7.9e27)
        {
            var shown = Math.Round((decimal)number, 15 - Math.Min(15, Magnitude(number)), MidpointRounding.AwayFromZero);
            return (double)Math.Round(shown, places, MidpointRounding.AwayFromZero);
        }

        var scale = Math.Pow(10, -places);
        return places < 0 ? Math.Round(number / scale, MidpointRounding.AwayFromZero) * scale : number;
    }

    private static int Magnitude(double number) => number == 0 ? 0 : Math.Max(0, (int)Math.Floor(Math.Log10(Math.Abs(number))) + 1);

    // Excel's TRIM removes leading and trailing spaces and collapses runs of spaces; other white space stays.
    private static string Trim(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text.Trim(' '))
        {
            if (c != ' ' || result.Length == 0 || result[^1] != ' ')
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
