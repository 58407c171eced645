using OfficeJourney.Grids;

namespace OfficeJourney.Excel.Reading.Formulas;

/// <summary>
/// Recursive-descent parser for the evaluated subset, with Excel's precedence (low to high): comparison, &amp;,
/// + -, * /, ^, %, leading signs. Nesting is capped as Excel caps it, so a hostile formula cannot exhaust the stack.
/// </summary>
internal sealed class FormulaParser
{
    /// <summary>Excel allows 64 levels of nested functions; parentheses count here too.</summary>
    public const int MaxNesting = 64;

    private static readonly string[][] Levels =
    [
        ["=", "<>", "<", ">", "<=", ">="],
        ["&"],
        ["+", "-"],
        ["*", "/"],
        ["^"],
    ];

    private readonly List<FormulaToken> tokens;
    private int position;
    private int nesting;

    private FormulaParser(List<FormulaToken> tokens) => this.tokens = tokens;

    public static FormulaNode Parse(string formula)
    {
        var parser = new FormulaParser(FormulaTokenizer.Tokenize(formula));
        var node = parser.Expression();
        if (parser.Current.Kind != FormulaTokenKind.End)
        {
            throw new FormulaNotEvaluatedException($"it cannot be read (unexpected \"{parser.Current.Text}\")");
        }

        return node;
    }

    private FormulaToken Current => tokens[position];

    private FormulaNode Expression() => Level(0);

    private FormulaNode Level(int level)
    {
        if (level == Levels.Length)
        {
            return Signed();
        }

        var first = Level(level + 1);
        List<(string, FormulaNode)>? rest = null;
        while (Current.Kind == FormulaTokenKind.Operator && Levels[level].Contains(Current.Text))
        {
            var op = Current.Text;
            position++;
            (rest ??= []).Add((op, Level(level + 1)));
        }

        return rest is null ? first : new ChainNode(first, rest);
    }

    private FormulaNode Signed()
    {
        var negate = false;
        var signed = false;
        while (Current.Kind == FormulaTokenKind.Operator && Current.Text is "-" or "+")
        {
            negate ^= Current.Text == "-";
            signed = true;
            position++;
        }

        var operand = Primary();
        var percents = 0;
        while (Current.Kind == FormulaTokenKind.Operator && Current.Text == "%")
        {
            percents++;
            position++;
        }

        return signed || percents > 0 ? new SignNode(negate, percents, operand) : operand;
    }

    private FormulaNode Primary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case FormulaTokenKind.Number:
                position++;
                return new LiteralNode(FormulaValue.FromNumber(token.Number));
            case FormulaTokenKind.Text:
                position++;
                return new LiteralNode(FormulaValue.FromText(token.Text));
            case FormulaTokenKind.Boolean:
                position++;
                return new LiteralNode(FormulaValue.FromBoolean(token.Number != 0));
            case FormulaTokenKind.Reference:
                position++;
                return ReferenceOrRange(token);
            case FormulaTokenKind.OpenParen:
                position++;
                Enter();
                var inner = Expression();
                Expect(FormulaTokenKind.CloseParen);
                nesting--;
                return inner;
            case FormulaTokenKind.Function:
                position++;
                return Call(token.Text);
            default:
                throw new FormulaNotEvaluatedException(token.Kind == FormulaTokenKind.End
                    ? "it cannot be read (it ends too soon)"
                    : $"it cannot be read (unexpected \"{token.Text}\")");
        }
    }

    private FormulaNode ReferenceOrRange(FormulaToken first)
    {
        var start = Address(first);
        if (Current.Kind != FormulaTokenKind.Colon)
        {
            return new ReferenceNode(first.Sheet, start);
        }

        position++;
        var second = Current;
        if (second.Kind != FormulaTokenKind.Reference || (second.Sheet is not null && !string.Equals(second.Sheet, first.Sheet, StringComparison.OrdinalIgnoreCase)))
        {
            throw new FormulaNotEvaluatedException("it uses a range that is not evaluated");
        }

        position++;
        var end = Address(second);
        return new RangeNode(first.Sheet, new CellRange(
            new CellAddress(Math.Min(start.Row, end.Row), Math.Min(start.Column, end.Column)),
            new CellAddress(Math.Max(start.Row, end.Row), Math.Max(start.Column, end.Column))));
    }

    private static CellAddress Address(FormulaToken token) =>
        CellAddress.TryParse(token.Text, out var address) ? address : throw new FormulaNotEvaluatedException($"it cannot be read (\"{token.Text}\" is not a cell)");

    private CallNode Call(string written)
    {
        var name = FormulaFunctions.Canonical(written);
        if (!FormulaFunctions.IsKnown(name))
        {
            throw new FormulaNotEvaluatedException($"the function {name} is not evaluated");
        }

        Expect(FormulaTokenKind.OpenParen);
        Enter();
        var arguments = new List<FormulaNode>();
        if (Current.Kind != FormulaTokenKind.CloseParen)
        {
            while (true)
            {
                arguments.Add(Current.Kind is FormulaTokenKind.Comma or FormulaTokenKind.CloseParen ? new MissingNode() : Expression());
                if (Current.Kind != FormulaTokenKind.Comma)
                {
                    break;
                }

                position++;
            }
        }

        Expect(FormulaTokenKind.CloseParen);
        nesting--;
        FormulaFunctions.CheckArity(name, arguments.Count);
        return new CallNode(name, arguments);
    }

    private void Enter()
    {
        if (++nesting > MaxNesting)
        {
            throw new FormulaNotEvaluatedException($"it is nested more than {MaxNesting} levels deep");
        }
    }

    private void Expect(FormulaTokenKind kind)
    {
        if (Current.Kind != kind)
        {
            throw new FormulaNotEvaluatedException(Current.Kind == FormulaTokenKind.End
                ? "it cannot be read (it ends too soon)"
                : $"it cannot be read (unexpected \"{Current.Text}\")");
        }

        position++;
    }
}
