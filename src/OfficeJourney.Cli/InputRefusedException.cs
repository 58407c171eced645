namespace OfficeJourney.Cli;

/// <summary>An input file that cannot be read as a journey: the message is for the user, as it is.</summary>
internal sealed class InputRefusedException(string message, Exception? inner = null) : Exception(message, inner);
