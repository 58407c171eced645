namespace OfficeJourney.Slides.Tests.Loop.Left;

/// <summary>One half of a loop for NamespaceTests to find: it uses Right only inside a method body.</summary>
internal sealed class Left
{
    public static string Name() => Right.Right.Of(new Left());
}
