namespace OfficeJourney.Interpretation.Text;

/// <summary>Splits "Key: value" as people write it in one cell.</summary>
internal static class KeyValue
{
    private const int MaxKeyLength = 40;

    public static bool TrySplit(string text, out string key, out string value)
    {
        var colon = text.IndexOfAny([':', '：']);
        if (colon > 0 && colon <= MaxKeyLength && colon < text.Length - 1)
        {
            key = text[..colon].Trim();
            value = text[(colon + 1)..].Trim();
            return key.Length > 0 && value.Length > 0;
        }

        key = value = string.Empty;
        return false;
    }

    /// <summary>The key part of "Key: value", or of "Key:" alone, or the whole text.</summary>
    public static string KeyOf(string text)
    {
        var colon = text.IndexOfAny([':', '：']);
        return colon > 0 && colon <= MaxKeyLength ? text[..colon].Trim() : text.Trim();
    }
}
