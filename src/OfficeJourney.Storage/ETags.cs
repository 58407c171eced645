using System.Globalization;

namespace OfficeJourney.Storage;

/// <summary>
/// ETags as HTTP writes them: quoted strings; "*" matches any. SharePoint's contain commas ("{guid},3").
/// If-Match compares strongly (RFC 9110 §13.1.1): a weak tag (W/"3") never matches, since a weak validator
/// does not promise the bytes a save is based on.
/// </summary>
public static class ETags
{
    public static string For(int version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    public static bool Match(string ifMatch, string current)
    {
        ArgumentNullException.ThrowIfNull(ifMatch);
        if (ifMatch.Trim() == "*")
        {
            return true;
        }

        // .NET's own header parser reads the list: quoted tags keep their commas, weak ones are marked.
        using var request = new HttpRequestMessage();
        return request.Headers.TryAddWithoutValidation("If-Match", ifMatch)
            && request.Headers.IfMatch.Any(tag => !tag.IsWeak && string.Equals(tag.Tag, current, StringComparison.Ordinal));
    }
}
