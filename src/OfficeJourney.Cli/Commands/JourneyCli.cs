using System.CommandLine;
using OfficeJourney.Cli;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Cli.Commands;

/// <summary>The `journey` command line: parses, runs one command, and turns every failure into a message and an exit code.</summary>
internal static class JourneyCli
{
    public const string Name = "journey";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var verbose = new Option<bool>("--verbose")
        {
            Description = "Show details of internal failures (for bug reports).",
            Recursive = true,
        };
        var root = new RootCommand(
            """
            OfficeJourney turns the customer journey grids you keep in Excel into journey maps.

            Try it:
              journey template --type current-state --industry retail -o my-journey.xlsx
              journey validate my-journey.xlsx
              journey insights my-journey.xlsx
              journey convert my-journey.xlsx -o my-journey.json
              journey deck my-journey.xlsx -o my-journey.pptx
              journey convert my-journey.xlsx --to mermaid -o my-journey.mmd
              journey deck my-journey.mmd -o my-journey.pptx
            """)
        {
            verbose,
            ValidateCommand.Create(output),
            InsightsCommand.Create(output),
            ConvertCommand.Create(output, error),
            TemplateCommand.Create(output),
            DeckCommand.Create(output, error),
            CompareCommand.Create(output, error),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"{Name}: {parseError.Message}");
            }

            error.WriteLine($"Run '{Name} --help' to see what each command takes.");
            return ExitCodes.Refused;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (InputRefusedException e)
        {
            error.WriteLine($"{Name}: {e.Message}");
            return ExitCodes.Refused;
        }
        catch (DeckTooLargeException e)
        {
            error.WriteLine($"{Name}: {e.Message}");
            return ExitCodes.Refused;
        }
#pragma warning disable CA1031 // The last line of defence: no stack trace reaches a user unless asked for.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine($"{Name}: something went wrong inside OfficeJourney: {e.Message}");
            if (parsed.GetValue(verbose))
            {
                error.WriteLine(e);
            }
            else
            {
                error.WriteLine($"Run again with --verbose for details to include in a bug report.");
            }

            return ExitCodes.InternalFailure;
        }
    }
}
