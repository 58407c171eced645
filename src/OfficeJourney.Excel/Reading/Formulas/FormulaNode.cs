using OfficeJourney.Grids;

namespace OfficeJourney.Excel.Reading.Formulas;

/// <summary>A parsed formula. Runs of one binary operator level are kept flat so long sums do not make deep trees.</summary>
internal abstract record FormulaNode;

internal sealed record LiteralNode(FormulaValue Value) : FormulaNode;

/// <summary>An argument left out, as in IF(A1,,2).</summary>
internal sealed record MissingNode : FormulaNode;

/// <summary>A cell reference; <see cref="Sheet"/> is null for the formula's own sheet.</summary>
internal sealed record ReferenceNode(string? Sheet, CellAddress Cell) : FormulaNode;

internal sealed record RangeNode(string? Sheet, CellRange Range) : FormulaNode;

/// <summary>Leading signs (odd count of "-" negates) and trailing "%" signs.</summary>
internal sealed record SignNode(bool Negate, int Percents, FormulaNode Operand) : FormulaNode;

/// <summary>Operands joined left to right by operators of one precedence level.</summary>
internal sealed record ChainNode(FormulaNode First, IReadOnlyList<(string Operator, FormulaNode Operand)> Rest) : FormulaNode;

internal sealed record CallNode(string Name, IReadOnlyList<FormulaNode> Arguments) : FormulaNode;
