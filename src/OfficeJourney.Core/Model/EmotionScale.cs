namespace OfficeJourney.Model;

/// <summary>The range emotion scores are on, e.g. -2..+2, 1..5 or 1..10.</summary>
public sealed record EmotionScale(double Min, double Max)
{
    public static readonly EmotionScale Bipolar2 = new(-2, 2);

    public double Clamp(double score) => Math.Clamp(score, Min, Max);

    public bool Contains(double score) => score >= Min && score <= Max;

    /// <summary>Maps a valence in -1..+1 (negative to positive) onto this scale.</summary>
    public double FromValence(double valence) =>
        Math.Round(Min + ((Math.Clamp(valence, -1, 1) + 1) / 2 * (Max - Min)), 2);

    /// <summary>Where a score sits on this scale, as a valence in -1..+1.</summary>
    public double ToValence(double score) => Max == Min ? 0 : ((Clamp(score) - Min) / (Max - Min) * 2) - 1;

    /// <summary>"-2..+2" for a scale around zero, "1..5" for one above it.</summary>
    public override string ToString() => Min < 0
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Min:0.##}..{Max:+0.##;-0.##;0}")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Min:0.##}..{Max:0.##}");
}
