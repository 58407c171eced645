using System.Runtime.CompilerServices;
using OfficeJourney.Grids;

namespace OfficeJourney.Excel.Reading.Formulas;

/// <summary>
/// Evaluates the formulas a workbook saved without values, using only that workbook's cells. Bounded: formula
/// length, nesting, references followed in one go, and total steps for the workbook. A chain of references deeper
/// than the limit is not refused: its far end is evaluated first and the chain resumed, so the stack stays shallow.
/// </summary>
internal sealed class FormulaEvaluator
{
    private const string TooLong = "evaluating it would take too long";

    private readonly Dictionary<string, IFormulaSheet> sheets = new(StringComparer.OrdinalIgnoreCase);
    private readonly FormulaLimits limits;
    private readonly List<PendingFormula> inProgress = [];
    private long steps;

    internal int MaxTextLength => limits.MaxTextLength;

    public FormulaEvaluator(IEnumerable<IFormulaSheet> workbook, FormulaLimits limits)
    {
        this.limits = limits;
        foreach (var sheet in workbook)
        {
            sheets.TryAdd(sheet.Name, sheet);
        }
    }

    /// <summary>Gives every pending formula of every sheet a value or a reason.</summary>
    public void EvaluateAll()
    {
        // Parsed up front, while the stack is shallow; the tokens count toward the workbook's steps.
        foreach (var sheet in sheets.Values)
        {
            foreach (var formula in sheet.Formulas)
            {
                Parse(formula);
            }
        }

        foreach (var sheet in sheets.Values)
        {
            foreach (var formula in sheet.Formulas)
            {
                Resolve(sheet, formula);
            }
        }
    }

    private void Parse(PendingFormula formula)
    {
        if (formula.Refusal is not null)
        {
            Fail(formula, formula.Refusal);
            return;
        }

        if (formula.Text.Length > limits.MaxFormulaLength)
        {
            Fail(formula, $"it is longer than {limits.MaxFormulaLength} characters");
            return;
        }

        if (steps > limits.MaxFormulaSteps)
        {
            Fail(formula, TooLong);
            return;
        }

        try
        {
            steps += formula.Text.Length / 4;
            formula.Node = FormulaParser.Parse(formula.Text);
        }
        catch (FormulaNotEvaluatedException e)
        {
            Fail(formula, e.Reason);
        }
    }

    private static void Fail(PendingFormula formula, string reason)
    {
        formula.State = PendingState.Failed;
        formula.Reason = reason;
    }

    private void Resolve(IFormulaSheet sheet, PendingFormula formula)
    {
        var pending = new Stack<(IFormulaSheet Sheet, PendingFormula Formula)>();
        var waiting = new HashSet<PendingFormula>();
        pending.Push((sheet, formula));
        waiting.Add(formula);
        while (pending.TryPeek(out var top))
        {
            if (top.Formula.State is PendingState.Evaluated or PendingState.Failed)
            {
                waiting.Remove(pending.Pop().Formula);
                continue;
            }

            try
            {
                Evaluate(top.Sheet, top.Formula, 0);
            }
            catch (FormulaNotEvaluatedException)
            {
                continue; // the formula is marked failed with its reason; the loop pops it
            }
            catch (FormulaTooDeepException deep)
            {
                if (!waiting.Add(deep.Formula))
                {
                    // It already waits, further down, for the cell that now needs it: a circular reference.
                    Fail(deep.Formula, "it is part of a circular reference");
                    continue;
                }

                pending.Push((deep.Sheet, deep.Formula));
            }
        }
    }

    private FormulaValue Evaluate(IFormulaSheet sheet, PendingFormula formula, int depth)
    {
        switch (formula.State)
        {
            case PendingState.Evaluated:
                return FormulaValue.FromCell(formula.Value, formula.Cell.ToA1());
            case PendingState.Failed:
                throw new FormulaNotEvaluatedException(formula.Reason!);
            case PendingState.InProgress:
                var start = inProgress.IndexOf(formula);
                var reason = start == inProgress.Count - 1 ? "it refers to itself" : "it is part of a circular reference";
                for (var i = start; i < inProgress.Count; i++)
                {
                    inProgress[i].CycleReason ??= reason;
                }

                throw new FormulaNotEvaluatedException(reason);
        }

        if (depth >= limits.MaxFormulaDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new FormulaTooDeepException(sheet, formula);
        }

        formula.State = PendingState.InProgress;
        inProgress.Add(formula);
        try
        {
            var value = Evaluate(formula.Node!, new FormulaScope(this, sheet, depth));
            formula.Value = value.ToCell();
            formula.State = PendingState.Evaluated;
            return value;
        }
        catch (FormulaNotEvaluatedException e)
        {
            Fail(formula, steps > limits.MaxFormulaSteps ? TooLong : formula.CycleReason ?? e.Reason);
            throw;
        }
        catch (FormulaTooDeepException)
        {
            formula.State = PendingState.Unvisited; // resumed once the far end of the chain has a value
            throw;
        }
        finally
        {
            inProgress.RemoveAt(inProgress.Count - 1);
        }
    }

    internal FormulaValue Evaluate(FormulaNode node, FormulaScope scope)
    {
        Step(1);
        switch (node)
        {
            case LiteralNode literal:
                return literal.Value;
            case MissingNode:
                return FormulaValue.Blank;
            case ReferenceNode reference:
                return CellValueAt(SheetOf(reference.Sheet, scope.Sheet), reference.Cell, scope.Depth);
            case RangeNode:
                throw new FormulaNotEvaluatedException("it uses a range where one value is expected");
            case SignNode sign:
                var number = Evaluate(sign.Operand, scope).ToNumber();
                number = sign.Negate ? -number : number;
                for (var i = 0; i < sign.Percents; i++)
                {
                    number /= 100;
                }

                return FormulaValue.FromNumber(number);
            case ChainNode chain:
                var left = Evaluate(chain.First, scope);
                foreach (var (op, operand) in chain.Rest)
                {
                    left = FormulaOperators.Apply(op, left, Evaluate(operand, scope), limits.MaxTextLength);
                }

                return left;
            case CallNode call:
                var result = FormulaFunctions.Invoke(call, scope);
                scope.CheckLength(result.Kind == FormulaValueKind.Text ? result.Text!.Length : 0);
                return result;
            default:
                throw new FormulaNotEvaluatedException("it cannot be read");
        }
    }

    /// <summary>The values an argument stands for: each cell of a reference or range (flagged), or the argument's own value.</summary>
    internal IEnumerable<(FormulaValue Value, bool FromCells)> Each(FormulaNode node, FormulaScope scope, bool blanks)
    {
        if (node is RangeNode range)
        {
            var sheet = SheetOf(range.Sheet, scope.Sheet);
            if (blanks)
            {
                Step((long)range.Range.Rows * range.Range.Columns);
            }

            foreach (var cell in sheet.CellsIn(range.Range, blanks))
            {
                yield return (CellValueAt(sheet, cell, scope.Depth), true);
            }
        }
        else if (node is ReferenceNode reference)
        {
            yield return (CellValueAt(SheetOf(reference.Sheet, scope.Sheet), reference.Cell, scope.Depth), true);
        }
        else
        {
            yield return (Evaluate(node, scope), false);
        }
    }

    private FormulaValue CellValueAt(IFormulaSheet sheet, CellAddress cell, int depth)
    {
        Step(1);
        if (!sheet.TryFind(cell, out var value, out var formula))
        {
            return FormulaValue.Blank;
        }

        if (formula is null)
        {
            return FormulaValue.FromCell(value, cell.ToA1());
        }

        try
        {
            return Evaluate(sheet, formula, depth + 1);
        }
        catch (FormulaNotEvaluatedException) when (formula.State == PendingState.Failed)
        {
            // Cells of a circular reference name the cycle themselves (CycleReason); others name the cell they wait for.
            throw new FormulaNotEvaluatedException($"it refers to {Label(sheet, cell)}, which is not evaluated");
        }
    }

    private IFormulaSheet SheetOf(string? name, IFormulaSheet current) =>
        name is null ? current
        : sheets.TryGetValue(name, out var sheet) ? sheet
        : throw new FormulaNotEvaluatedException($"it refers to the sheet \"{name}\", which is not in the workbook");

    private static string Label(IFormulaSheet sheet, CellAddress cell) => $"{sheet.Name}!{cell.ToA1()}";

    private void Step(long count)
    {
        steps += count;
        if (steps > limits.MaxFormulaSteps)
        {
            throw new FormulaNotEvaluatedException(TooLong);
        }
    }
}

/// <summary>What a function needs while it runs: the formula's sheet, and ways to evaluate its arguments.</summary>
internal readonly record struct FormulaScope(FormulaEvaluator Evaluator, IFormulaSheet Sheet, int Depth)
{
    public FormulaValue Scalar(FormulaNode node) => Evaluator.Evaluate(node, this);

    public IEnumerable<(FormulaValue Value, bool FromCells)> Each(FormulaNode node, bool blanks) => Evaluator.Each(node, this, blanks);

    public void CheckLength(int length) => FormulaOperators.CheckLength(length, Evaluator.MaxTextLength);
}

/// <summary>Thrown when a chain of references reaches the depth limit; the cell named is evaluated on its own first.</summary>
internal sealed class FormulaTooDeepException(IFormulaSheet sheet, PendingFormula formula) : Exception("The chain of references is deeper than the limit.")
{
    public IFormulaSheet Sheet { get; } = sheet;

    public PendingFormula Formula { get; } = formula;
}
