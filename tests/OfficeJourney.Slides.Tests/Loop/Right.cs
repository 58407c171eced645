namespace OfficeJourney.Slides.Tests.Loop.Right;

/// <summary>The other half: it uses Left in a signature.</summary>
internal static class Right
{
    public static string Of(Left.Left left) => left.GetType().Name;
}
