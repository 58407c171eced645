using BenchmarkDotNet.Running;
using OfficeJourney.Benchmarks;

switch (args)
{
    case ["refusals"]:
        RefusalMeasurement.Run();
        break;
    case ["refuse", var path, var mode, var label]:
        RefusalMeasurement.Refuse(path, mode, label);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(ReadAndInterpretBenchmarks).Assembly).Run(args);
        break;
}
