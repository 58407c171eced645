using System.Security.Cryptography;
using System.Text;

namespace OfficeJourney.Storage.SharePoint;

/// <summary>
/// A map's id is "{site}~{file}": the configured site's name and the file's name without ".json". File names
/// are chosen by us, never taken from user text; a create with an idempotency key gets a name derived from the
/// user and the key, so a retried create finds the first one's file instead of making a second.
/// </summary>
internal static class MapIds
{
    private const char Separator = '~';

    public static string Compose(string site, string file) => site + Separator + file;

    public static bool TryParse(string id, out string site, out string file)
    {
        var at = id.IndexOf(Separator, StringComparison.Ordinal);
        site = at > 0 ? id[..at] : string.Empty;
        file = at > 0 ? id[(at + 1)..] : string.Empty;
        return at > 0 && file.Length == 32 && file.All(char.IsAsciiHexDigitLower);
    }

    public static string NewFile(string user, string? idempotencyKey) =>
        idempotencyKey is null
            ? Guid.NewGuid().ToString("N")
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(user + "\n" + idempotencyKey)))[..32];

    public static string JsonName(string file) => file + ".json";

    public static string AttachmentName(string file, AttachmentKind kind) => kind switch
    {
        AttachmentKind.SourceWorkbook => file + ".xlsx",
        AttachmentKind.Deck => file + ".pptx",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
