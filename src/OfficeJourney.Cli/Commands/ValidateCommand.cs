using System.CommandLine;
using OfficeJourney.Interpretation;
using OfficeJourney.Interpretation.Options;

namespace OfficeJourney.Cli.Commands;

/// <summary>`journey validate`: reads a workbook or map and reports what was found and every problem, by cell.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output)
    {
        var file = CommonOptions.InputFile();
        var json = new Option<bool>("--json") { Description = "Print the report as JSON, for scripts." };
        var orientation = CommonOptions.Orientation();
        var command = new Command("validate", "Check a journey workbook: lists the maps found and every problem with its sheet and cell. Exit code 0 when a map was read (warnings allowed), 2 when it was refused or holds no usable map.")
        {
            file, json, orientation,
        };

        command.SetAction(parsed =>
        {
            var path = parsed.GetRequiredValue(file);
            InterpretationResult result;
            try
            {
                result = JourneyInput.Read(path, new InterpretOptions { Orientation = parsed.GetValue(orientation) });
            }
            catch (InputRefusedException e) when (parsed.GetValue(json))
            {
                ValidationReport.WriteRefusalJson(output, path, e.Message);
                return ExitCodes.Refused;
            }

            if (parsed.GetValue(json))
            {
                ValidationReport.WriteJson(output, path, result);
            }
            else
            {
                ValidationReport.WriteText(output, path, result);
            }

            return result.IsUsable ? ExitCodes.Success : ExitCodes.Refused;
        });
        return command;
    }
}
