using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using OfficeJourney.Diagnostics;
using OfficeJourney.Interpretation;

namespace OfficeJourney.Cli;

/// <summary>Prints what `journey validate` found, for people or (with --json) for scripts.</summary>
internal static class ValidationReport
{
    public static string Line(Problem problem) =>
        $"{(problem.Severity == ProblemSeverity.Error ? "error  " : "warning")} {problem}";

    public static void WriteText(TextWriter output, string path, InterpretationResult result)
    {
        var name = Path.GetFileName(path);
        output.WriteLine($"{name}: {(result.Maps.Count == 1 ? "1 journey map" : $"{result.Maps.Count} journey maps")}");
        foreach (var sheet in result.Sheets)
        {
            output.WriteLine($"  sheet \"{sheet.Sheet}\": {sheet.Summary}");
        }

        if (result.Sheets.Count == 0)
        {
            foreach (var map in result.Maps)
            {
                output.WriteLine($"  \"{map.Title}\": {Count(map.Stages.Count, "stage")}, {Count(map.Lanes.Count, "lane")}");
            }
        }

        foreach (var problem in result.Problems)
        {
            output.WriteLine(Line(problem));
        }

        var errors = result.Problems.Count(p => p.Severity == ProblemSeverity.Error);
        var warnings = result.Problems.Count - errors;
        output.WriteLine(result.IsUsable
            ? $"OK: {Count(errors, "error")}, {Count(warnings, "warning")}."
            : $"Not usable: {Count(errors, "error")}, {Count(warnings, "warning")}. Fix the errors above and validate again.");
    }

    private static readonly ReportJsonContext Context = new(new JsonSerializerOptions(ReportJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static void WriteJson(TextWriter output, string path, InterpretationResult result)
    {
        var report = new Report(
            Path.GetFileName(path),
            result.IsUsable,
            null,
            result.Maps.Select(m => new MapSummary(m.Title, m.Sheet, Name(m.Type), m.Stages.Count, m.Lanes.Count)).ToList(),
            result.Sheets.Select(s => new SheetSummary(s.Sheet, Name(s.Role), s.Maps, s.Summary)).ToList(),
            result.Problems.Select(p => new ProblemSummary(Name(p.Severity), p.Code, p.Message, p.Location?.Display)).ToList());
        output.WriteLine(JsonSerializer.Serialize(report, Context.Report));
    }

    public static void WriteRefusalJson(TextWriter output, string path, string message)
    {
        var report = new Report(Path.GetFileName(path), false, message, [], [], []);
        output.WriteLine(JsonSerializer.Serialize(report, Context.Report));
    }

    // The same spelling as the map format: "current-state", "journey", "warning".
    private static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";

    internal sealed record Report(string File, bool Usable, string? Refused, List<MapSummary> Maps, List<SheetSummary> Sheets, List<ProblemSummary> Problems);

    internal sealed record MapSummary(string Title, string? Sheet, string Type, int Stages, int Lanes);

    internal sealed record SheetSummary(string Sheet, string Role, int Maps, string Summary);

    internal sealed record ProblemSummary(string Severity, string Code, string Message, string? Location);
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ValidationReport.Report))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
