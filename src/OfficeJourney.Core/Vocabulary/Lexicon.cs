using OfficeJourney.Model;

namespace OfficeJourney.Vocabulary;

/// <summary>Recognises what a label or a cell says, in any supported language.</summary>
internal static class Lexicon
{
    // Each index takes the supported languages first and the recognised ones after: a term already known keeps its meaning.
    private static readonly TermIndex<LaneKind> Lanes = new(
        LaneTerms.ByKind.SelectMany(kind => kind.Value.Values.SelectMany(terms => terms.Select(term => (term, kind.Key))))
            .Concat(RecognisedLanguages.LaneLabels.Values.SelectMany(kinds => kinds.SelectMany(kind => kind.Value.Select(term => (term, kind.Key))))));

    private static readonly TermIndex<bool> StageHeaders = new(
        LaneTerms.Stage.Values.Concat(RecognisedLanguages.StageHeaders.Values).SelectMany(t => t).Select(t => (t, true)));

    private static readonly TermIndex<bool> PhaseHeaders = new(
        LaneTerms.Phase.Values.Concat(RecognisedLanguages.PhaseHeaders.Values).SelectMany(t => t).Select(t => (t, true)));

    private static readonly TermIndex<int> EmotionWords = new(
        EmotionTerms.Words.Values.Concat(RecognisedLanguages.EmotionWords.Values)
            .SelectMany(levels => levels.SelectMany((words, level) => words.Select(w => (w, 2 - level)))));

    private static readonly HashSet<string> Placeholders = new(
        CommonTerms.Placeholders.Concat(RecognisedLanguages.Placeholders.Values.SelectMany(t => t)).Select(TextKey.Normalize),
        StringComparer.Ordinal);

    private static readonly TermIndex<CommonTerms.PersonaKey> PersonaKeys = new(
        CommonTerms.PersonaKeys.SelectMany(k => k.Value.Select(term => (term, k.Key)))
            .Concat(RecognisedLanguages.PersonaKeys.Values.SelectMany(keys => keys.SelectMany(k => k.Value.Select(term => (term, k.Key))))));

    private static readonly TermIndex<CommonTerms.StepColumn> StepColumns = new(
        CommonTerms.StepColumns.SelectMany(c => c.Value.Values.SelectMany(terms => terms.Select(term => (term, c.Key))))
            .Concat(RecognisedLanguages.StepColumns.Values.SelectMany(columns => columns.SelectMany(c => c.Value.Select(term => (term, c.Key))))));

    private static readonly TermIndex<CommonTerms.PropertyKey> PropertyKeys = new(
        CommonTerms.PropertyKeys.SelectMany(k => k.Value.Select(term => (term, k.Key))));

    private static readonly TermIndex<MapType> MapTypes = new(
        CommonTerms.MapTypes.SelectMany(t => t.Value.Values.SelectMany(terms => terms.Select(term => (term, t.Key)))));

    public static LaneKind? LaneKindOf(string label)
    {
        var key = TextKey.Normalize(TextKey.WithoutBrackets(label));
        if (Lanes.TryMatch(key, out var kind))
        {
            return kind;
        }

        // "(Feelings)" or a label that is all brackets: try what the brackets hold.
        return key.Length == 0 && Lanes.TryMatch(TextKey.Normalize(label), out kind) ? kind : null;
    }

    /// <summary>The lane a label names exactly (asides in brackets aside): "Touchpoint", "Importance score (1–5)".</summary>
    public static LaneKind? ExactLaneKindOf(string label) =>
        Lanes.TryMatchExact(TextKey.Normalize(TextKey.WithoutBrackets(label)), out var kind) ? kind : null;

    /// <summary>"Stage", "Journey stage", and either half of "Stage/Phase" or "Etapa / Fase".</summary>
    public static bool IsStageHeader(string label)
    {
        var bare = TextKey.WithoutBrackets(label);
        if (StageHeaders.TryMatchExact(TextKey.Normalize(bare), out _))
        {
            return true;
        }

        return bare.Contains('/', StringComparison.Ordinal)
            && bare.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Any(part => StageHeaders.TryMatchExact(TextKey.Normalize(part), out _));
    }

    public static bool IsPhaseHeader(string label) => PhaseHeaders.TryMatchExact(TextKey.Normalize(TextKey.WithoutBrackets(label)), out _);

    /// <summary>The valence (-2..+2) of an emotion word or phrase, matched as a whole.</summary>
    public static int? EmotionWordValence(string text)
    {
        var key = TextKey.Normalize(text);
        return EmotionWords.TryMatchExact(key, out var valence) ? valence : null;
    }

    /// <summary>
    /// The valence of an emotion word within a longer text: "Excited / Concerned" (the first), "Feels
    /// overwhelmed by choice". Words are whole: "happy-ish" is not "happy".
    /// </summary>
    public static int? EmotionWordValenceWithin(string text)
    {
        foreach (var segment in text.Split(['/', ',', ';', '&', '|', '\n', '(', ')', '+', '،', '؛'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (EmotionWords.TryMatchExact(TextKey.Normalize(segment), out var exact))
            {
                return exact;
            }
        }

        if (TextKey.ContainsThai(text))
        {
            return EmotionWords.TryMatch(TextKey.Normalize(text), out var thai) ? thai : null;
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var length = 3; length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                var phrase = TextKey.Normalize(string.Join(' ', words, start, length));
                if (EmotionWords.TryMatchExact(phrase, out var valence))
                {
                    return valence;
                }
            }
        }

        return null;
    }

    public static int? EmojiValence(string emoji) => EmotionTerms.Emoji.TryGetValue(emoji, out var v) ? v : null;

    public static bool IsPlaceholder(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return true;
        }

        if (trimmed.Length > 40)
        {
            return false;
        }

        if (trimmed.All(c => c is '-' or '–' or '—' or '.' or '…' or '_' or '?' or ' ' or '/'))
        {
            return true;
        }

        // Emoji and symbols fold to nothing: "😀" is content, not a placeholder.
        var key = TextKey.Normalize(trimmed);
        return key.Length > 0 && Placeholders.Contains(key);
    }

    public static CommonTerms.PersonaKey? PersonaKeyOf(string label)
    {
        var bare = TextKey.WithoutBrackets(label);
        return PersonaKeys.TryMatchExact(TextKey.Normalize(bare), out var k) || PersonaKeys.TryMatchExact(TextKey.Normalize(TextKey.SplitCamelCase(bare)), out k) ? k : null;
    }

    /// <summary>The step-table column a header names exactly (asides in brackets aside): "section", "Task", "score (1-5)", "actors".</summary>
    public static CommonTerms.StepColumn? StepColumnOf(string label) =>
        StepColumns.TryMatchExact(TextKey.Normalize(TextKey.WithoutBrackets(label)), out var column) ? column : null;

    public static CommonTerms.PropertyKey? PropertyKeyOf(string label)
    {
        var key = TextKey.Normalize(TextKey.WithoutBrackets(label));
        return PropertyKeys.TryMatchExact(key, out var k) ? k : null;
    }

    public static MapType? MapTypeOf(string text)
    {
        var key = TextKey.Normalize(text);
        return MapTypes.TryMatch(key, out var type) ? type : null;
    }

    /// <summary>A map type named anywhere in a title ("Future state journey – Maya").</summary>
    public static MapType? MapTypeWithin(string title)
    {
        var key = TextKey.Normalize(title);
        foreach (var (type, languages) in CommonTerms.MapTypes)
        {
            foreach (var term in languages.Values.SelectMany(t => t))
            {
                var termKey = TextKey.Normalize(term);
                if (termKey.Length > 5 && key.Contains(termKey, StringComparison.Ordinal))
                {
                    return type;
                }
            }
        }

        return null;
    }
}
