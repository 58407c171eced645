using System.Globalization;
using System.Text.RegularExpressions;
using OfficeJourney.Interpretation.Text;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Interpretation;

/// <summary>What an emotion cell says: a number on some scale, or a valence (-2..+2) from a word or a face.</summary>
internal readonly record struct EmotionReading(double? Number, int? Valence)
{
    public bool IsScore => Number is not null || Valence is not null;
}

/// <summary>Reads emotion cells and scales: "4", "+1", "۴", "Delighted", "หงุดหงิด", "🙂", "Excited (4)", "(-2..+2)".</summary>
internal static partial class EmotionReader
{
    public static EmotionReading Read(string text)
    {
        if (Numbers.TryParse(text, out var number))
        {
            return new EmotionReading(number, null);
        }

        var ascii = Numbers.ToAscii(text);
        var numberMatch = EmbeddedNumber().Match(ascii);
        if (numberMatch.Success && IsOnlyWordsAround(ascii, numberMatch))
        {
            return new EmotionReading(double.Parse(numberMatch.Groups["n"].Value, CultureInfo.InvariantCulture), null);
        }

        if (EmojiValence(text) is { } face)
        {
            return new EmotionReading(null, face);
        }

        var word = Lexicon.EmotionWordValence(text) ?? Lexicon.EmotionWordValenceWithin(text);
        return new EmotionReading(null, word);
    }

    /// <summary>The scale a label states: "Feelings (-2..+2)", "Score 1–5", "(1 to 10)".</summary>
    public static EmotionScale? StatedScale(string label)
    {
        var match = ScaleRange().Match(Numbers.ToAscii(label));
        if (!match.Success)
        {
            return null;
        }

        var min = double.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture);
        var max = double.Parse(match.Groups["max"].Value, CultureInfo.InvariantCulture);
        return min < max && max - min <= 100 ? new EmotionScale(min, max) : null;
    }

    /// <summary>The scale that fits numbers written without one; null when there are none.</summary>
    public static EmotionScale? InferScale(IReadOnlyCollection<double> numbers)
    {
        if (numbers.Count == 0)
        {
            return null;
        }

        var min = numbers.Min();
        var max = numbers.Max();
        if (min < 0)
        {
            var reach = Math.Max(Math.Abs(min), Math.Abs(max));
            var bound = reach <= 2 ? 2 : reach <= 3 ? 3 : reach <= 5 ? 5 : 10;
            return new EmotionScale(-bound, bound);
        }

        // The common scales people use; a score above a scale's end means the next one up, never a clamp.
        var low = min < 1 ? 0 : 1;
        return max switch
        {
            <= 5 => new EmotionScale(low, 5),
            <= 7 => new EmotionScale(low, 7),
            <= 10 => new EmotionScale(low, 10),
            _ => new EmotionScale(0, 100),
        };
    }

    private static int? EmojiValence(string text)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            if (element.Length > 0 && (element[0] > '\u2000') && Lexicon.EmojiValence(element.TrimEnd('\uFE0F')) is { } valence)
            {
                return valence;
            }

            if (Lexicon.EmojiValence(element) is { } exact)
            {
                return exact;
            }
        }

        return null;
    }

    // "4 - excited", "Excited (4)", "4/5": the number stands beside an emotion word or alone; "Search online: 3: Me" is not a score.
    private static bool IsOnlyWordsAround(string text, Match number)
    {
        var rest = text.Remove(number.Index, number.Length);
        if (rest.Any(char.IsDigit))
        {
            return false;
        }

        var words = rest.Trim().Trim('(', ')', '[', ']', '-', '–', ':', '/', ',', '.', ' ');
        return words.Length == 0 || Lexicon.EmotionWordValence(words) is not null;
    }

    [GeneratedRegex(@"(?<![\d.])(?<n>[+-]?\d{1,3}(?:\.\d+)?)(?![\d.]*%)(?!\s*(?:\.\.|to|-)\s*\d)")]
    private static partial Regex EmbeddedNumber();

    [GeneratedRegex(@"(?<min>-?\d{1,3}(?:\.\d+)?)\s*(?:\.\.\.?|…|-|to|~|—|→|تا|ถึง|đến|līdz)\s*\+?(?<max>-?\d{1,3}(?:\.\d+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex ScaleRange();
}
