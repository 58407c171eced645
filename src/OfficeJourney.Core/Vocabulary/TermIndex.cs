namespace OfficeJourney.Vocabulary;

/// <summary>
/// Finds which term a label names: exactly, or as a phrase near the start of a longer label
/// ("Customer actions", "Painpoints in each step e.g. …"). Thai, written without spaces, is searched as substrings.
/// </summary>
internal sealed class TermIndex<T>
{
    private const int MaxLeadingWords = 2;
    private const int MaxWordsAnywhere = 5;
    private const int MaxThaiTail = 15;

    private readonly Dictionary<string, T> exact = new(StringComparer.Ordinal);
    private readonly List<(string Key, T Value)> thai = [];
    private int longestTermWords = 1;

    public TermIndex(IEnumerable<(string Term, T Value)> terms)
    {
        foreach (var (term, value) in terms)
        {
            var key = TextKey.Normalize(term);
            if (key.Length == 0 || !exact.TryAdd(key, value))
            {
                continue;
            }

            longestTermWords = Math.Max(longestTermWords, key.Count(c => c == ' ') + 1);
            if (TextKey.ContainsThai(key))
            {
                thai.Add((key, value));
            }
        }

        // Longest first, so that "ไม่พอใจ" wins over "พอใจ".
        thai.Sort((a, b) => b.Key.Length.CompareTo(a.Key.Length));
    }

    public bool TryMatchExact(string key, out T value) => exact.TryGetValue(key, out value!);

    /// <summary>Matches an already normalised key; the earliest, then longest, phrase wins.</summary>
    public bool TryMatch(string key, out T value)
    {
        if (key.Length == 0)
        {
            value = default!;
            return false;
        }

        if (exact.TryGetValue(key, out value!))
        {
            return true;
        }

        var words = key.Split(' ');
        var limit = words.Length <= MaxWordsAnywhere ? words.Length : Math.Min(words.Length, MaxLeadingWords + 1);
        for (var start = 0; start < limit; start++)
        {
            for (var length = Math.Min(longestTermWords, words.Length - start); length >= 1; length--)
            {
                var phrase = length == 1 ? words[start] : string.Join(' ', words, start, length);
                if (exact.TryGetValue(phrase, out value!))
                {
                    return true;
                }
            }
        }

        if (thai.Count > 0 && TextKey.ContainsThai(key))
        {
            // Thai has no spaces between words: a label starts with its term and adds a little ("ความรู้สึกของลูกค้า").
            foreach (var (term, termValue) in thai)
            {
                if (key.StartsWith(term, StringComparison.Ordinal) && key.Length - term.Length <= MaxThaiTail)
                {
                    value = termValue;
                    return true;
                }
            }
        }

        value = default!;
        return false;
    }
}
