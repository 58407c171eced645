using System.CommandLine;
using OfficeJourney.Interpretation;
using OfficeJourney.Interpretation.Options;
using OfficeJourney.Mermaid;
using OfficeJourney.Serialization;

namespace OfficeJourney.Cli.Commands;

/// <summary>
/// `journey convert`: the map as JSON (the documented format) or as a Mermaid journey (docs/mermaid.md; several maps as
/// Markdown, a block each), to a file or standard output.
/// </summary>
internal static class ConvertCommand
{
    private const string Json = "json";
    private const string Mermaid = "mermaid";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = CommonOptions.InputFile();
        var target = new Option<string?>("--output", "-o") { Description = "Where to write the map (default: standard output)." };
        var format = new Option<string>("--to")
        {
            Description = "json (the map format, docs/journey-map-format.md) or mermaid (a Mermaid journey diagram, docs/mermaid.md).",
            DefaultValueFactory = _ => Json,
        };
        format.AcceptOnlyFromAmong(Json, Mermaid);
        var orientation = CommonOptions.Orientation();
        var command = new Command("convert", "Write the journey maps of a workbook as JSON or as a Mermaid journey. Nothing is written when the workbook has errors.")
        {
            file, target, format, orientation,
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

            var text = parsed.GetValue(format) == Mermaid
                ? result.Maps.Count == 1 ? MermaidWriter.Write(result.Maps[0]) : MermaidWriter.WriteMarkdown(result.Maps)
                : JourneyJson.Serialize(new JourneyDocument { Maps = result.Maps });
            if (parsed.GetValue(format) == Mermaid && result.Maps.Count > 1)
            {
                error.WriteLine($"{result.Maps.Count} maps are written as Markdown, a ```mermaid block each; reading it back reads the first.");
            }

            if (parsed.GetValue(target) is { } outputPath)
            {
                OutputFile.WriteAllText(outputPath, text);
                error.WriteLine($"Wrote {result.Maps.Count} map(s) to {outputPath}.");
            }
            else
            {
                output.Write(text.EndsWith('\n') ? text : text + "\n");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
