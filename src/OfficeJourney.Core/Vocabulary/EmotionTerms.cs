namespace OfficeJourney.Vocabulary;

/// <summary>
/// Emotion words and emoji with their valence, from -2 (angry) to +2 (delighted). The first word of each
/// level per language is the one OfficeJourney offers in templates' drop-down lists.
/// </summary>
internal static class EmotionTerms
{
    /// <summary>Levels from +2 down to -2, per language (languages/&lt;tag&gt;/emotions.json).</summary>
    public static readonly IReadOnlyDictionary<string, string[][]> Words =
        LanguageWords.Written.ToDictionary(language => language, language => LanguageWords.Emotions[language].Levels);

    /// <summary>Emoji faces and gestures with their valence.</summary>
    public static readonly IReadOnlyDictionary<string, int> Emoji = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["😍"] = 2, ["🤩"] = 2, ["😁"] = 2, ["😄"] = 2, ["😃"] = 2, ["😀"] = 2, ["🥰"] = 2, ["😆"] = 2, ["🥳"] = 2, ["❤️"] = 2, ["❤"] = 2,
        ["🙂"] = 1, ["😊"] = 1, ["☺️"] = 1, ["☺"] = 1, ["👍"] = 1, ["😌"] = 1, ["😉"] = 1,
        ["😐"] = 0, ["😶"] = 0, ["🤔"] = 0, ["😑"] = 0, ["🤷"] = 0,
        ["😕"] = -1, ["🙁"] = -1, ["☹️"] = -1, ["☹"] = -1, ["😟"] = -1, ["😒"] = -1, ["😞"] = -1, ["😔"] = -1, ["👎"] = -1, ["😬"] = -1, ["😣"] = -1, ["😥"] = -1, ["😓"] = -1,
        ["🎉"] = 2, ["🙌"] = 2, ["💯"] = 2, ["😻"] = 2, ["💖"] = 2, ["💕"] = 2, ["🤗"] = 1, ["😎"] = 1, ["👏"] = 1, ["😇"] = 1, ["👌"] = 1, ["💪"] = 1, ["🙏"] = 1, ["🥹"] = 1, ["✅"] = 1, ["✔️"] = 1, ["✔"] = 1,

        // Mixed or ambiguous faces sit at 0: smiling through tears, a nervous laugh, irony, astonishment.
        ["🥲"] = 0, ["😅"] = 0, ["🙃"] = 0, ["😲"] = 0, ["😮"] = 0, ["😯"] = 0, ["😏"] = 0, ["🤐"] = 0, ["🤷‍♀"] = 0, ["🤷‍♂"] = 0, ["🤷‍♀️"] = 0, ["🤷‍♂️"] = 0,

        // 🤯 is read as overwhelmed, the way journey maps use it, not as amazed.
        ["😰"] = -1, ["😨"] = -1, ["😳"] = -1, ["🙄"] = -1, ["😴"] = -1, ["😪"] = -1, ["🥱"] = -1, ["🤯"] = -1, ["😵"] = -1, ["😵‍💫"] = -1, ["🤨"] = -1, ["🫤"] = -1, ["😧"] = -1, ["😦"] = -1, ["😮‍💨"] = -1,
        ["⚠️"] = -1, ["⚠"] = -1, ["❌"] = -1, ["✖️"] = -1, ["✖"] = -1,
        ["😱"] = -2, ["💔"] = -2, ["😿"] = -2, ["🤮"] = -2, ["🤢"] = -2, ["⛔"] = -2,
        ["😠"] = -2, ["😡"] = -2, ["😤"] = -2, ["😢"] = -2, ["😭"] = -2, ["😫"] = -2, ["😩"] = -2, ["🤬"] = -2, ["😖"] = -2,
    };
}
