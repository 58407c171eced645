namespace OfficeJourney.Vocabulary;

/// <summary>
/// Emotion words and emoji with their valence, from -2 (angry) to +2 (delighted). The first word of each
/// level per language is the one OfficeJourney offers in templates' drop-down lists.
/// </summary>
internal static class EmotionTerms
{
    /// <summary>Levels from +2 down to -2, per language.</summary>
    public static readonly IReadOnlyDictionary<string, string[][]> Words = new Dictionary<string, string[][]>
    {
        [Language.English] =
        [
            ["Delighted", "excited", "thrilled", "ecstatic", "elated", "love it", "loving it", "amazed", "very happy", "great", "fantastic", "awesome", "very satisfied", "overjoyed", "very positive"],
            ["Happy", "pleased", "satisfied", "positive", "good", "glad", "content", "hopeful", "curious", "interested", "confident", "relieved", "optimistic", "calm", "engaged", "reassured"],
            ["Neutral", "ok", "okay", "fine", "indifferent", "meh", "uncertain", "mixed", "so-so", "unsure", "average"],
            ["Frustrated", "confused", "anxious", "concerned", "worried", "unhappy", "disappointed", "annoyed", "bored", "impatient", "sad", "negative", "skeptical", "sceptical", "stressed", "nervous", "uneasy", "overwhelmed", "dissatisfied", "irritated", "doubtful", "hesitant"],
            ["Angry", "furious", "very unhappy", "terrible", "awful", "upset", "hate it", "hopeless", "outraged", "livid", "miserable", "very frustrated", "very dissatisfied", "despair", "very negative"],
        ],
        [Language.Thai] =
        [
            ["ดีใจมาก", "ประทับใจ", "ตื่นเต้น", "มีความสุขมาก", "พอใจมาก", "ประทับใจมาก"],
            ["พอใจ", "ดีใจ", "มีความสุข", "สนใจ", "มั่นใจ", "โล่งใจ", "อยากรู้"],
            ["เฉยๆ", "เฉย ๆ", "ปกติ", "กลางๆ", "ไม่แน่ใจ"],
            ["หงุดหงิด", "ผิดหวัง", "กังวล", "สับสน", "ไม่พอใจ", "เบื่อ", "เครียด", "ลังเล"],
            ["โกรธ", "โกรธมาก", "แย่มาก", "ไม่พอใจมาก", "หงุดหงิดมาก"],
        ],
        [Language.Vietnamese] =
        [
            ["Rất hài lòng", "thích thú", "hào hứng", "vui sướng", "tuyệt vời", "rất vui", "phấn khích"],
            ["Hài lòng", "vui", "vui vẻ", "tò mò", "tự tin", "yên tâm", "quan tâm", "hy vọng"],
            ["Bình thường", "trung lập", "trung tính", "tạm được", "không chắc", "phân vân"],
            ["Bực bội", "thất vọng", "lo lắng", "bối rối", "khó chịu", "không hài lòng", "chán", "căng thẳng", "bực mình"],
            ["Tức giận", "giận dữ", "rất tệ", "rất không hài lòng", "phẫn nộ", "rất bực bội"],
        ],
        [Language.Persian] =
        [
            ["بسیار خوشحال", "هیجان‌زده", "خیلی خوشحال", "شگفت‌زده", "بسیار راضی", "خیلی راضی"],
            ["خوشحال", "راضی", "امیدوار", "کنجکاو", "مطمئن", "آسوده"],
            ["معمولی", "خنثی", "بی‌تفاوت", "مردد"],
            ["کلافه", "ناامید", "نگران", "سردرگم", "ناراضی", "ناراحت", "مضطرب", "دلسرد"],
            ["عصبانی", "خشمگین", "بسیار ناراضی", "خیلی عصبانی", "خیلی ناراضی"],
        ],
        [Language.Latvian] =
        [
            ["Sajūsmā", "ļoti apmierināts", "ļoti apmierināta", "laimīgs", "laimīga", "ļoti priecīgs", "ļoti priecīga"],
            ["Apmierināts", "apmierināta", "priecīgs", "priecīga", "ieinteresēts", "ieinteresēta", "zinātkārs", "zinātkāra", "pārliecināts", "pārliecināta", "cerīgs", "cerīga"],
            ["Neitrāls", "neitrāla", "normāli", "vienaldzīgs", "vienaldzīga", "neziņā"],
            ["Neapmierināts", "neapmierināta", "vīlies", "vīlusies", "noraizējies", "noraizējusies", "apmulsis", "apmulsusi", "satraukts", "satraukta", "nokaitināts", "nokaitināta", "garlaikots", "garlaikota"],
            ["Dusmīgs", "dusmīga", "ļoti dusmīgs", "ļoti dusmīga", "ļoti neapmierināts", "ļoti neapmierināta", "nikns", "nikna", "izmisis", "izmisusi"],
        ],
    };

    /// <summary>Emoji faces and gestures with their valence.</summary>
    public static readonly IReadOnlyDictionary<string, int> Emoji = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["😍"] = 2, ["🤩"] = 2, ["😁"] = 2, ["😄"] = 2, ["😃"] = 2, ["😀"] = 2, ["🥰"] = 2, ["😆"] = 2, ["🥳"] = 2, ["❤️"] = 2, ["❤"] = 2,
        ["🙂"] = 1, ["😊"] = 1, ["☺️"] = 1, ["☺"] = 1, ["👍"] = 1, ["😌"] = 1, ["😉"] = 1,
        ["😐"] = 0, ["😶"] = 0, ["🤔"] = 0, ["😑"] = 0, ["🤷"] = 0,
        ["😕"] = -1, ["🙁"] = -1, ["☹️"] = -1, ["☹"] = -1, ["😟"] = -1, ["😒"] = -1, ["😞"] = -1, ["😔"] = -1, ["👎"] = -1, ["😬"] = -1, ["😣"] = -1, ["😥"] = -1, ["😓"] = -1,
        ["😠"] = -2, ["😡"] = -2, ["😤"] = -2, ["😢"] = -2, ["😭"] = -2, ["😫"] = -2, ["😩"] = -2, ["🤬"] = -2, ["😖"] = -2,
    };
}
