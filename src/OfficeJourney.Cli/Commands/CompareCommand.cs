using System.CommandLine;
using OfficeJourney.Comparison;
using OfficeJourney.Diagnostics;
using OfficeJourney.Interpretation;
using OfficeJourney.Interpretation.Options;
using OfficeJourney.Model;
using OfficeJourney.Slides;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Cli.Commands;

/// <summary>
/// `journey compare`: the review deck of what changed between two versions of a map, or, given one workbook holding a
/// current-state and a future-state map, the deck comparing the two.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("file") { Description = "The older and the newer version (.xlsx or .json); or one workbook with a current-state and a future-state map.", Arity = new ArgumentArity(1, 2) };
        var target = new Option<string>("--output", "-o") { Description = "The deck to write (.pptx).", Required = true };
        var brand = new Option<string?>("--brand-color") { Description = "The brand colour of headers and bands, as RRGGBB (e.g. 2F5597)." };
        var command = new Command("compare", "Make the review deck of what changed between two versions of a journey: stages and touchpoints added and removed, the emotion curve then and now, metrics then and now (better or worse), pain points resolved and new. Given one workbook with a current-state and a future-state map (sheets or titles saying As-is / To-be), compare those two.")
        {
            files, target, brand,
        };

        command.SetAction(parsed =>
        {
            var inputs = parsed.GetRequiredValue(files);
            var deckPath = parsed.GetRequiredValue(target);
            var options = new DeckOptions { Theme = parsed.GetValue(brand) is { } color ? ThemeFor(color) : DeckTheme.Default };
            var maps = new List<IReadOnlyList<JourneyMap>>();
            foreach (var input in inputs)
            {
                if (Read(input, error) is not { } read)
                {
                    return ExitCodes.Refused;
                }

                maps.Add(read);
            }

            // The zip package seeks and writes in small pieces: build it in memory, then write the file once.
            using var deck = new MemoryStream();
            int count;
            if (inputs.Length == 2)
            {
                Note(inputs[0], maps[0], output);
                Note(inputs[1], maps[1], output);
                count = ReviewDeckWriter.Write(maps[0][0], maps[1][0], deck, options, Path.GetFileNameWithoutExtension(inputs[0]), Path.GetFileNameWithoutExtension(inputs[1]));
            }
            else
            {
                var pair = CurrentAndFuture.Find(maps[0])
                    ?? throw new InputRefusedException($"{Path.GetFileName(inputs[0])} holds no current-state and future-state map of one journey (sheets or titles saying As-is and To-be, Current and Future…); give two files to compare two versions.");
                output.WriteLine($"Comparing \"{pair.Current.Sheet ?? pair.Current.Title}\" (current state) with \"{pair.Future.Sheet ?? pair.Future.Title}\" (future state).");
                count = ReviewDeckWriter.Write(pair, deck, options);
            }

            OutputFile.Write(deckPath, stream => deck.WriteTo(stream));
            output.WriteLine($"Wrote {deckPath}: {count} slides.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static IReadOnlyList<JourneyMap>? Read(string input, TextWriter error)
    {
        var result = JourneyInput.Read(input, InterpretOptions.Default);
        if (result.IsUsable)
        {
            return result.Maps;
        }

        foreach (var problem in result.Problems.Where(p => p.Severity == ProblemSeverity.Error))
        {
            error.WriteLine(ValidationReport.Line(problem));
        }

        error.WriteLine($"{JourneyCli.Name}: {Path.GetFileName(input)} holds no usable journey map; nothing was compared.");
        return null;
    }

    // A version is one journey; of a file with several, the first is compared, and the user is told so.
    private static void Note(string input, IReadOnlyList<JourneyMap> maps, TextWriter output)
    {
        if (maps.Count > 1)
        {
            output.WriteLine($"{Path.GetFileName(input)} holds {maps.Count} journeys; comparing the first, \"{maps[0].Title}\".");
        }
    }

    private static DeckTheme ThemeFor(string color)
    {
        try
        {
            return DeckTheme.WithBrand(color);
        }
        catch (UnknownChoiceException e)
        {
            throw new InputRefusedException(e.Message, e);
        }
    }
}
