namespace OfficeJourney.Slides.Builders.Review;

/// <summary>What the two maps compared are called on the slides: "Then" and "Now", or "Version 3" and "Version 5", or "Current state" and "Future state".</summary>
internal sealed record ReviewLabels(string Then, string Now);
