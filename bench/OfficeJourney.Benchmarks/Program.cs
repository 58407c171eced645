using BenchmarkDotNet.Running;
using OfficeJourney.Benchmarks;

switch (args)
{
    case ["formulas"]:
        FormulaMeasurement.Run();
        break;
    case ["interpret-worst", ..] when args.Length <= 2:
        InterpretWorstCases.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1414);
        break;
    case ["insights-worst"]:
        InsightWorstCases.Run(200, 500);
        break;
    case ["deck-slides", ..]:
        DeckSlideCosts.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 300);
        break;
    case ["deck-worst"]:
        DeckWorstCases.Run();
        break;
    case ["deck-worst", var name]:
        DeckWorstCases.RunCase(name);
        break;
    case ["refusals"]:
        RefusalMeasurement.Run();
        break;
    case ["load", ..] when args.Length <= 3:
        await LoadTest.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 16, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 30);
        break;
    case ["refuse", var path, var mode, var label]:
        RefusalMeasurement.Refuse(path, mode, label);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(ReadAndInterpretBenchmarks).Assembly).Run(args);
        break;
}
