using System.CommandLine;
using OfficeJourney.Interpretation;
using OfficeJourney.Interpretation.Options;
using OfficeJourney.Serialization;

namespace OfficeJourney.Cli.Commands;

/// <summary>`journey convert`: the map as JSON (the documented format), to a file or standard output.</summary>
internal static class ConvertCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = CommonOptions.InputFile();
        var target = new Option<string?>("--output", "-o") { Description = "Where to write the map JSON (default: standard output)." };
        var orientation = CommonOptions.Orientation();
        var command = new Command("convert", "Write the journey maps of a workbook as JSON (format: docs/journey-map-format.md). Nothing is written when the workbook has errors.")
        {
            file, target, orientation,
        };

        command.SetAction(parsed =>
        {
            var path = parsed.GetRequiredValue(file);
            var result = JourneyInput.Read(path, new InterpretOptions { Orientation = parsed.GetValue(orientation) });
            foreach (var problem in result.Problems)
            {
                error.WriteLine(ValidationReport.Line(problem));
            }

            if (!result.IsUsable)
            {
                error.WriteLine($"{JourneyCli.Name}: {Path.GetFileName(path)} holds no usable journey map; nothing was written.");
                return ExitCodes.Refused;
            }

            var json = JourneyJson.Serialize(new JourneyDocument { Maps = result.Maps });
            if (parsed.GetValue(target) is { } outputPath)
            {
                OutputFile.WriteAllText(outputPath, json);
                error.WriteLine($"Wrote {result.Maps.Count} map(s) to {outputPath}.");
            }
            else
            {
                output.WriteLine(json);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
