using System.CommandLine;
using OfficeJourney.Diagnostics;
using OfficeJourney.Interpretation;
using OfficeJourney.Interpretation.Options;
using OfficeJourney.Model;
using OfficeJourney.Slides;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Cli.Commands;

/// <summary>`journey deck`: a PowerPoint deck per input, or one deck for one input; refused inputs do not stop the others.</summary>
internal static class DeckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("file") { Description = "Workbooks (.xlsx), journey maps (.json) or Mermaid journeys (.mmd, .md).", Arity = ArgumentArity.OneOrMore };
        var target = new Option<string?>("--output", "-o") { Description = "The deck to write (.pptx), for one input." };
        var folder = new Option<string?>("--out-dir") { Description = "A folder for one deck per input, named after it." };
        var slides = new Option<string?>("--slides") { Description = $"Which slides, comma-separated: {string.Join(", ", DeckSlideNames.Names)} (the title slide is always there; funnel, impact and insights only for maps that count, rate or measure). Default: all." };
        var brand = new Option<string?>("--brand-color") { Description = "The brand colour of headers and bands, as RRGGBB (e.g. 2F5597)." };
        var command = new Command("deck", "Make a native, editable PowerPoint deck of each journey: overview, emotion curve, funnel, one slide per stage, touchpoint impact, pain points and opportunities, personas, KPIs, service blueprint, insights. A workbook with several journeys gives one deck with a section per journey.")
        {
            files, target, folder, slides, brand,
        };

        command.SetAction(parsed =>
        {
            var inputs = parsed.GetRequiredValue(files);
            var outputPath = parsed.GetValue(target);
            var outputFolder = parsed.GetValue(folder);
            if ((outputPath is null) == (outputFolder is null))
            {
                throw new InputRefusedException("Give either -o <deck.pptx> (one input) or --out-dir <folder> (one deck per input).");
            }

            if (outputPath is not null && inputs.Length > 1)
            {
                throw new InputRefusedException("Several inputs make several decks: use --out-dir <folder> instead of -o.");
            }

            if (outputFolder is not null)
            {
                Directory.CreateDirectory(outputFolder);
            }

            var options = new DeckOptions
            {
                Slides = ParseSlides(parsed.GetValue(slides)),
                Theme = parsed.GetValue(brand) is { } color ? ThemeFor(color) : DeckTheme.Default,
            };
            // Inputs are independent: use every core, then report in the order given.
            var reports = new (bool Written, string Output, string Error)[inputs.Length];
            Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                using var log = new StringWriter();
                using var problems = new StringWriter();
                var deckPath = outputPath ?? Path.Combine(outputFolder!, Path.GetFileNameWithoutExtension(inputs[i]) + ".pptx");
                var written = TryWrite(inputs[i], deckPath, options, log, problems);
                reports[i] = (written, log.ToString(), problems.ToString());
            });

            foreach (var (_, log, problems) in reports)
            {
                output.Write(log);
                error.Write(problems);
            }

            var refused = reports.Count(r => !r.Written);

            if (inputs.Length > 1)
            {
                output.WriteLine($"{inputs.Length - refused} of {inputs.Length} decks written.");
            }

            return refused == 0 ? ExitCodes.Success : ExitCodes.Refused;
        });
        return command;
    }

    private static bool TryWrite(string input, string deckPath, DeckOptions options, TextWriter output, TextWriter error)
    {
        InterpretationResult result;
        try
        {
            result = JourneyInput.Read(input, InterpretOptions.Default);
        }
        catch (InputRefusedException e)
        {
            error.WriteLine($"{JourneyCli.Name}: {e.Message}");
            return false;
        }

        if (!result.IsUsable)
        {
            foreach (var problem in result.Problems.Where(p => p.Severity == ProblemSeverity.Error))
            {
                error.WriteLine(ValidationReport.Line(problem));
            }

            error.WriteLine($"{JourneyCli.Name}: {Path.GetFileName(input)} holds no usable journey map; no deck was made for it.");
            return false;
        }

        // The zip package seeks and writes in small pieces: build it in memory, then write the file once.
        using var deck = new MemoryStream();
        int count;
        try
        {
            count = DeckWriter.Write(result.Maps, deck, options);
        }
        catch (DeckTooLargeException e)
        {
            error.WriteLine($"{JourneyCli.Name}: {Path.GetFileName(input)}: {e.Message} No deck was made for it.");
            return false;
        }

        OutputFile.Write(deckPath, stream => deck.WriteTo(stream));
        output.WriteLine($"Wrote {deckPath}: {count} slides.");
        return true;
    }

    private static DeckSlides ParseSlides(string? list)
    {
        try
        {
            return DeckSlideNames.Parse(list);
        }
        catch (UnknownChoiceException e)
        {
            throw new InputRefusedException(e.Message, e);
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
