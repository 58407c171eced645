using OfficeJourney.Model;

namespace OfficeJourney.Vocabulary;

/// <summary>
/// Whether a sheet name or title says current state ("As-is", "Hiện trạng") or future state ("To-be", "وضعیت آینده"),
/// from the "states" words of every language's terms.json. A word counts whole ("Future" in "Future state", not in
/// "Futures"), except in Thai, which writes no spaces between words.
/// </summary>
internal static class StateTerms
{
    private static readonly (string Key, MapType State)[] Terms = [.. LanguageWords.Terms.Values
        .Where(file => file.States is not null)
        .SelectMany(file => file.States!.Future.Select(t => (t, MapType.FutureState)).Concat(file.States!.Current.Select(t => (t, MapType.CurrentState))))
        .Select(term => (TextKey.Normalize(term.Item1), term.Item2))
        .Where(term => term.Item1.Length > 0)
        .OrderByDescending(term => term.Item1.Length)];

    /// <summary>The state the text names; the longest word found decides ("current state" over "state").</summary>
    public static MapType? Within(string text)
    {
        var key = " " + TextKey.Normalize(text) + " ";
        foreach (var (term, state) in Terms)
        {
            if (key.Contains(TextKey.ContainsThai(term) ? term : " " + term + " ", StringComparison.Ordinal))
            {
                return state;
            }
        }

        return null;
    }
}
