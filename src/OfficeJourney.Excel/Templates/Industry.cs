namespace OfficeJourney.Excel.Templates;

/// <summary>The industries the templates carry an example for.</summary>
public enum Industry
{
    Retail,
    Travel,
    Banking,
    B2BSoftware,
}
