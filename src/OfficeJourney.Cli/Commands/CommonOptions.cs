using System.CommandLine;
using OfficeJourney.Interpretation;
using OfficeJourney.Interpretation.Options;

namespace OfficeJourney.Cli.Commands;

internal static class CommonOptions
{
    public static Argument<string> InputFile() => new("file")
    {
        Description = "A workbook (.xlsx) or a journey map (.json).",
    };

    public static Option<GridOrientation> Orientation() => new("--orientation")
    {
        Description = "Where the stages are: Auto (detect), StagesAcross (stage names across a row), StagesDown (stage names down a column).",
        DefaultValueFactory = _ => GridOrientation.Auto,
    };
}
