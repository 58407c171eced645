using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using OfficeJourney.Insights;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Cli;

/// <summary>Prints what `journey insights` found, for people or (with --json) in the shape the API gives.</summary>
internal static class InsightsText
{
    private static readonly InsightsJsonContext Context = new(new JsonSerializerOptions(InsightsJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static void WriteJson(TextWriter output, InsightsReport report) =>
        output.WriteLine(JsonSerializer.Serialize(report, Context.InsightsReport));

    public static void Write(TextWriter output, string file, JourneyMap map, InsightsReport report)
    {
        output.WriteLine($"{file}: \"{map.Title}\"{(map.Sheet is null ? "" : $" (sheet \"{map.Sheet}\")")}");
        if (report.Funnel is { } funnel)
        {
            output.WriteLine($"Funnel: {funnel.Label}");
            var width = funnel.Steps.Max(s => s.StageName.Length);
            for (var i = 0; i < funnel.Steps.Count; i++)
            {
                var step = funnel.Steps[i];
                var line = $"  {step.StageName.PadRight(width)}  {step.Count.ToString("#,0.##", CultureInfo.InvariantCulture),12}";
                if (step.Conversion is { } conversion && step.DropOff is { } drop)
                {
                    line += $"  {Percent(conversion),7} went on  {Percent(drop),7} dropped off";
                }

                output.WriteLine(i == funnel.LargestDropOff ? line + "  ← largest drop-off" : line);
            }
        }
        else
        {
            output.WriteLine("Funnel: none (no stage counts: add a lane such as \"Visitors\" with a number per stage).");
        }

        output.WriteLine(report.Findings.Count == 1 ? "1 finding" : $"{report.Findings.Count} findings");
        var headings = InsightWords.For(map.Language).Headings;
        foreach (var group in report.Findings.GroupBy(f => f.Kind))
        {
            output.WriteLine($"{headings[WordsJson.JsonName(group.Key)]} ({group.Count()})");
            foreach (var finding in group)
            {
                output.WriteLine($"  - {finding.Message}");
                var stages = string.Join(", ", finding.Stages.Where(s => s < map.Stages.Count).Select(s => map.Stages[s].Name));
                var cells = finding.Cells.Count == 0 ? "" : $"; cells: {string.Join(", ", finding.Cells)}";
                output.WriteLine($"    stages: {stages}{cells}");
            }
        }
    }

    private static string Percent(double share) => share.ToString("0.0%", CultureInfo.InvariantCulture);
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(InsightsReport))]
internal sealed partial class InsightsJsonContext : JsonSerializerContext;
