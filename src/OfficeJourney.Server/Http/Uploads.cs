using OfficeJourney.Excel.Reading;

namespace OfficeJourney.Server.Http;

/// <summary>Reads an upload's form, turning what the framework throws for a broken one into a refusal the handler answers.</summary>
internal static class Uploads
{
    public static async Task<IFormCollection> ReadFormAsync(HttpRequest request)
    {
        try
        {
            return await request.ReadFormAsync();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new RequestRefusedException(StatusCodes.Status413PayloadTooLarge, $"The upload is larger than {WorkbookReadOptions.Default.MaxFileBytes / (1024 * 1024)} MB; journey workbooks are far smaller.");
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            // A boundary missing or never closed, parts cut short: the form itself cannot be read.
            throw new RequestRefusedException(StatusCodes.Status400BadRequest, "The upload is not a readable multipart/form-data body; send the workbook in a field named \"file\".");
        }
    }
}
