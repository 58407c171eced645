namespace OfficeJourney.Model;

/// <summary>
/// A name given for one of a fixed set of choices (a slide, a map type, an industry, a colour) that is none of
/// them. Its message is for the person who typed it and names the choices there are, so callers show it as it is.
/// </summary>
public sealed class UnknownChoiceException(string message) : ArgumentException(message);
