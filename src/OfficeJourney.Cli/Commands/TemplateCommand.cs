using System.CommandLine;
using OfficeJourney.Excel.Templates;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Cli.Commands;

/// <summary>`journey template`: a ready-to-fill journey workbook with an industry example, in a supported language.</summary>
internal static class TemplateCommand
{
    public static Command Create(TextWriter output)
    {
        var type = new Option<string>("--type")
        {
            Description = "The kind of map: current-state, future-state, day-in-the-life or service-blueprint.",
            Required = true,
        }.AcceptOnlyFromAmong([.. TemplateNames.TypeNames]);
        var industry = new Option<string>("--industry")
        {
            Description = "The example it is filled with: retail, travel, banking or b2b-software.",
            DefaultValueFactory = _ => "retail",
        }.AcceptOnlyFromAmong([.. TemplateNames.IndustryNames]);
        var language = new Option<string>("--lang")
        {
            Description = $"The language of the labels and the example: {Languages()}.",
            DefaultValueFactory = _ => Language.English,
        }.AcceptOnlyFromAmong([.. Language.Supported]);
        var target = new Option<string>("--output", "-o") { Description = "The workbook to write (.xlsx).", Required = true };
        var command = new Command("template", "Write a journey map template workbook, filled with an industry example to overwrite.")
        {
            type, industry, language, target,
        };

        command.SetAction(parsed =>
        {
            var path = parsed.GetRequiredValue(target);
            if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                throw new InputRefusedException($"{path}: a template is an Excel workbook; name it with .xlsx.");
            }

            var map = TemplateCatalog.Create(
                TemplateNames.ParseType(parsed.GetRequiredValue(type)),
                TemplateNames.ParseIndustry(parsed.GetRequiredValue(industry)),
                parsed.GetRequiredValue(language).ToLowerInvariant());
            OutputFile.Write(path, stream => JourneyWorkbookWriter.Write(map, stream));
            output.WriteLine($"Wrote {path}: \"{map.Title}\", {map.Stages.Count} stages, {map.Lanes.Count} lanes. Overwrite the example with your journey, then run '{JourneyCli.Name} validate {path}'.");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>"en, th, vi, fa (right to left) or lv": the written languages as languages/ lists them.</summary>
    private static string Languages()
    {
        var tags = Language.Written.All.Select(l => l.RightToLeft ? $"{l.Tag} (right to left)" : l.Tag).ToList();
        return tags.Count == 1 ? tags[0] : $"{string.Join(", ", tags[..^1])} or {tags[^1]}";
    }
}
