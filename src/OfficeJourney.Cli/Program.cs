using System.Text;
using OfficeJourney.Cli.Commands;

Console.OutputEncoding = Encoding.UTF8;
return JourneyCli.Run(args, Console.Out, Console.Error);
