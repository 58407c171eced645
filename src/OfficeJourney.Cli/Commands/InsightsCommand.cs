using System.CommandLine;
using OfficeJourney.Insights;
using OfficeJourney.Interpretation;
using OfficeJourney.Model;

namespace OfficeJourney.Cli.Commands;

/// <summary>`journey insights`: a map's funnel and the findings a review starts from, each with its stages and cells.</summary>
internal static class InsightsCommand
{
    public static Command Create(TextWriter output)
    {
        var file = CommonOptions.InputFile();
        var json = new Option<bool>("--json") { Description = "Print the funnel and findings as JSON (the shape the API gives), for scripts." };
        var sheet = new Option<string?>("--sheet") { Description = "The sheet whose map to look at, when a workbook holds several (default: the first map)." };
        var orientation = CommonOptions.Orientation();
        var command = new Command("insights", "List a journey map's funnel (count per stage, conversion, drop-off, the largest marked) and its findings grouped by kind, each with its stages and cells. Exit code 0 when a map was read, 2 when it was refused or holds no usable map.")
        {
            file, json, sheet, orientation,
        };

        command.SetAction(parsed =>
        {
            var path = parsed.GetRequiredValue(file);
            var result = JourneyInput.Read(path, new Interpretation.Options.InterpretOptions { Orientation = parsed.GetValue(orientation) });
            var map = Choose(path, result, parsed.GetValue(sheet));
            var report = InsightsReport.Of(map);
            if (parsed.GetValue(json))
            {
                InsightsText.WriteJson(output, report);
            }
            else
            {
                InsightsText.Write(output, Path.GetFileName(path), map, report);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static JourneyMap Choose(string path, InterpretationResult result, string? sheet)
    {
        var name = Path.GetFileName(path);
        if (!result.IsUsable || result.Maps.Count == 0)
        {
            var first = result.Problems.FirstOrDefault(p => p.Severity == Diagnostics.ProblemSeverity.Error);
            throw new InputRefusedException($"{name} holds no usable journey map{(first is null ? "" : $": {first.ToString().TrimEnd('.')}")}. Run 'journey validate {name}' to see every problem.");
        }

        if (sheet is null)
        {
            return result.Maps[0];
        }

        return result.Maps.FirstOrDefault(m => string.Equals(m.Sheet, sheet, StringComparison.OrdinalIgnoreCase))
            ?? throw new InputRefusedException($"{name} has no journey map on a sheet named \"{sheet}\"; its maps are on {string.Join(", ", result.Maps.Select(m => $"\"{m.Sheet}\""))}.");
    }
}
