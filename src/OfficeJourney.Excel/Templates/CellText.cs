using ClosedXML.Excel;

namespace OfficeJourney.Excel.Templates;

/// <summary>
/// Writes user text into cells so that it can never become a formula: always a typed string cell
/// (ClosedXML's SetValue, unlike the Value setter, neither parses formulas nor turns "1/2" into a date),
/// and Excel's quote prefix on text that starts like a formula, so editing the cell keeps it text too.
/// </summary>
internal static class CellText
{
    public static void Write(IXLCell cell, string text)
    {
        cell.SetValue(text);
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n' or '\0')
        {
            cell.Style.IncludeQuotePrefix = true;
        }
    }
}
