using System.CommandLine;
using OfficeJourney.Interpretation;
using OfficeJourney.Interpretation.Options;

namespace OfficeJourney.Cli.Commands;

internal static class CommonOptions
{
    public static Argument<string> InputFile() => new("file")
    {
        Description = "A workbook (.xlsx), a journey map (.json) or a Mermaid journey (.mmd, or .md with a ```mermaid block).",
    };

    public static Option<GridOrientation> Orientation() => new("--orientation")
    {
        Description = "Where the stages are: Auto (detect), StagesAcross (stage names across a row), StagesDown (stage names down a column).",
        DefaultValueFactory = _ => GridOrientation.Auto,
    };
}
