namespace OfficeJourney.Vocabulary;

/// <summary>The three impact words every written language has (metrics.json's "impact"), for writing a rating.</summary>
public enum ImpactLevel
{
    High,
    Medium,
    Low,
}
