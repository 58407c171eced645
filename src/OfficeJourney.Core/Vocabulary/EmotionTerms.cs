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
            ["Delighted", "excited", "thrilled", "ecstatic", "elated", "love it", "loving it", "amazed", "very happy", "great", "fantastic", "awesome", "very satisfied", "overjoyed", "very positive", "enthusiastic", "inspired", "inspiring", "joyful", "impressed", "impressive", "empowered", "exhilarated", "euphoric", "wowed", "blown away", "exciting", "amazing", "wonderful", "brilliant", "excellent", "delightful", "very pleased", "very excited", "very good", "super happy", "so happy", "extremely happy", "extremely satisfied", "loved it", "very impressed"],
            ["Happy", "pleased", "satisfied", "positive", "good", "glad", "content", "hopeful", "curious", "interested", "confident", "relieved", "optimistic", "calm", "engaged", "reassured", "motivated", "eager", "keen", "proud", "grateful", "thankful", "trusting", "comfortable", "surprised", "pleasantly surprised", "intrigued", "interesting", "determined", "encouraged", "encouraging", "reassuring", "safe", "secure", "valued", "welcomed", "informed", "appreciated", "respected", "cared for", "at ease", "relaxed", "cheerful", "amused", "looking forward", "expectant", "assured", "in control", "accomplished", "satisfying", "enjoyable", "fun", "not bad"],
            ["Neutral", "ok", "okay", "fine", "indifferent", "meh", "uncertain", "mixed", "so-so", "unsure", "average", "undecided", "ambivalent", "cautious", "thoughtful", "pensive", "wondering", "contemplative", "reflective", "mixed feelings", "on the fence", "so so", "alright", "all right", "nothing special", "not sure", "unmoved"],
            // "Dilemma" and "torn" sit at -1, not 0: being stuck between options is uncomfortable and stalls the
            // journey, a moment that wants help; plain indecision ("undecided", "ambivalent") stays neutral.
            ["Frustrated", "confused", "anxious", "concerned", "worried", "unhappy", "disappointed", "annoyed", "bored", "impatient", "sad", "negative", "skeptical", "sceptical", "stressed", "nervous", "uneasy", "overwhelmed", "dissatisfied", "irritated", "doubtful", "hesitant", "dilemma", "torn", "lost", "puzzled", "perplexed", "insecure", "unsafe", "vulnerable", "uncomfortable", "tired", "lonely", "isolated", "embarrassed", "ashamed", "scared", "afraid", "fearful", "frightened", "rejected", "ignored", "neglected", "unwelcome", "misunderstood", "unheard", "let down", "rushed", "pressured", "under pressure", "discouraged", "demotivated", "unmotivated", "distrustful", "mistrustful", "suspicious", "wary", "overloaded", "drained", "shocked", "hurt", "bad", "not happy", "not satisfied", "not good", "not great", "not confident", "frustrating", "confusing", "annoying", "disappointing", "stressful", "worrying", "overwhelming", "tiring", "boring", "irritating", "tedious", "scary", "frightening", "embarrassing", "upsetting", "disheartening"],
            ["Angry", "furious", "very unhappy", "terrible", "awful", "upset", "hate it", "hopeless", "outraged", "livid", "miserable", "very frustrated", "very dissatisfied", "despair", "very negative", "exhausted", "exhausting", "helpless", "powerless", "desperate", "betrayed", "panicked", "panicking", "terrified", "terrifying", "horrified", "horrible", "devastated", "heartbroken", "distressed", "enraged", "infuriated", "infuriating", "maddening", "frantic", "trapped", "abandoned", "humiliated", "disgusted", "fed up", "very disappointed", "very annoyed", "very stressed", "very anxious", "very worried", "very confused", "extremely frustrated", "hate"],
        ],
        [Language.Thai] =
        [
            ["ดีใจมาก", "ประทับใจ", "ตื่นเต้น", "มีความสุขมาก", "พอใจมาก", "ประทับใจมาก", "ปลื้ม", "ปลื้มใจ", "สุดยอด", "ชอบมาก", "ยอดเยี่ยม", "กระตือรือร้น", "ได้แรงบันดาลใจ", "มีแรงบันดาลใจ", "ทึ่ง", "อิ่มเอมใจ", "ว้าว", "ตื่นเต้นมาก", "มีความสุขที่สุด"],
            ["พอใจ", "ดีใจ", "มีความสุข", "สนใจ", "มั่นใจ", "โล่งใจ", "อยากรู้", "มีความหวัง", "มีแรงจูงใจ", "มองโลกในแง่ดี", "อยากลอง", "ภูมิใจ", "ขอบคุณ", "ซาบซึ้ง", "ไว้ใจ", "ไว้วางใจ", "สบายใจ", "อุ่นใจ", "ปลอดภัย", "ประหลาดใจ", "มุ่งมั่น", "ชื่นชม", "ยินดี", "มีกำลังใจ", "ได้รับกำลังใจ", "รู้สึกมีคุณค่า", "รู้สึกได้รับการต้อนรับ", "ผ่อนคลาย", "สงบ", "สนุก"],
            ["เฉยๆ", "เฉย ๆ", "ปกติ", "กลางๆ", "ไม่แน่ใจ", "ยังไม่ตัดสินใจ", "ไม่สนใจ", "ระมัดระวัง", "ครุ่นคิด", "สงสัย", "ชั่งใจ", "ก้ำกึ่ง", "งั้นๆ", "งั้น ๆ", "พอใช้", "แปลกใจ", "เฉยเฉย"],
            ["หงุดหงิด", "ผิดหวัง", "กังวล", "สับสน", "ไม่พอใจ", "เบื่อ", "เครียด", "ลังเล", "สองจิตสองใจ", "รำคาญ", "รำคาญใจ", "ไม่มั่นใจ", "หลงทาง", "งง", "มึนงง", "ร้อนใจ", "เหนื่อย", "เหงา", "เขินอาย", "อับอาย", "กลัว", "หวาดกลัว", "ถูกปฏิเสธ", "ถูกเมิน", "ถูกละเลย", "วิตกกังวล", "ท้อแท้", "ท้อใจ", "ไม่ไว้ใจ", "ระแวง", "ไม่สบายใจ", "เศร้า", "เสียใจ", "อึดอัด", "ไม่ปลอดภัย", "กดดัน", "ตกใจ", "น่ารำคาญ", "น่าผิดหวัง", "น่าสับสน", "น่ากังวล", "น่าเบื่อ", "ไม่ชอบ"],
            ["โกรธ", "โกรธมาก", "แย่มาก", "ไม่พอใจมาก", "หงุดหงิดมาก", "โมโห", "โมโหมาก", "สิ้นหวัง", "หมดหวัง", "ทำอะไรไม่ถูก", "ถูกหักหลัง", "ตื่นตระหนก", "หมดแรง", "เหนื่อยมาก", "เกลียด", "ผิดหวังมาก", "เครียดมาก", "กังวลมาก", "รับไม่ได้", "ขยะแขยง", "หมดความอดทน"],
        ],
        [Language.Vietnamese] =
        [
            ["Rất hài lòng", "thích thú", "hào hứng", "vui sướng", "tuyệt vời", "rất vui", "phấn khích", "hạnh phúc", "háo hức", "được truyền cảm hứng", "nhiệt tình", "ấn tượng", "mãn nguyện", "sung sướng", "rất thích", "rất tuyệt", "được trao quyền", "cực kỳ hài lòng"],
            ["Hài lòng", "vui", "vui vẻ", "tò mò", "tự tin", "yên tâm", "quan tâm", "hy vọng", "hi vọng", "có động lực", "lạc quan", "mong chờ", "tự hào", "biết ơn", "tin tưởng", "thoải mái", "ngạc nhiên", "quyết tâm", "được khích lệ", "an toàn", "an tâm", "được trân trọng", "được chào đón", "được thông tin đầy đủ", "được hỗ trợ", "nhẹ nhõm", "thư giãn", "bình tĩnh", "hứng thú", "thú vị"],
            ["Bình thường", "trung lập", "trung tính", "tạm được", "không chắc", "phân vân", "chưa quyết định", "thờ ơ", "dè dặt", "thận trọng", "suy tư", "trầm ngâm", "băn khoăn", "đắn đo", "lưỡng lự", "cân nhắc", "không chắc chắn", "cũng được", "bình thường thôi"],
            ["Bực bội", "thất vọng", "lo lắng", "bối rối", "khó chịu", "không hài lòng", "chán", "căng thẳng", "bực mình", "tiến thoái lưỡng nan", "lạc lõng", "hoang mang", "nghi ngờ", "hoài nghi", "bất an", "thiếu tự tin", "mất kiên nhẫn", "sốt ruột", "mệt mỏi", "cô đơn", "xấu hổ", "ngại ngùng", "sợ hãi", "lo sợ", "bị từ chối", "bị phớt lờ", "buồn", "áp lực", "quá tải", "choáng ngợp", "không tin tưởng", "khó hiểu", "phiền phức", "chán nản", "ức chế", "lúng túng", "sốc"],
            ["Tức giận", "giận dữ", "rất tệ", "rất không hài lòng", "phẫn nộ", "rất bực bội", "rất thất vọng", "tuyệt vọng", "bất lực", "bị phản bội", "hoảng loạn", "hoảng sợ", "kiệt sức", "bị bỏ rơi", "cực kỳ khó chịu", "điên tiết", "bức xúc", "ghét", "rất lo lắng", "rất căng thẳng"],
        ],
        [Language.Persian] =
        [
            ["بسیار خوشحال", "هیجان‌زده", "خیلی خوشحال", "شگفت‌زده", "بسیار راضی", "خیلی راضی", "پرشور", "الهام‌گرفته", "ذوق‌زده", "تحت تأثیر", "تحت تاثیر", "عالی", "فوق‌العاده", "شیفته", "خیلی هیجان‌زده", "سرشار از انرژی"],
            ["خوشحال", "راضی", "امیدوار", "کنجکاو", "مطمئن", "آسوده", "با انگیزه", "باانگیزه", "خوش‌بین", "مشتاق", "مفتخر", "سربلند", "قدردان", "سپاسگزار", "دلگرم", "آرام", "متعجب", "علاقه‌مند", "مصمم", "شاد", "خشنود", "احساس امنیت", "در امان", "احساس ارزشمندی", "آگاه", "حمایت‌شده", "احساس راحتی", "اطمینان خاطر"],
            ["معمولی", "خنثی", "بی‌تفاوت", "مردد", "دودل", "محتاط", "متفکر", "در فکر", "نه خوب نه بد", "بد نیست", "بی‌طرف"],
            ["کلافه", "ناامید", "نگران", "سردرگم", "ناراضی", "ناراحت", "مضطرب", "دلسرد", "دوراهی", "بلاتکلیف", "گیج", "گم‌شده", "سرگردان", "بدبین", "مشکوک", "ناامن", "احساس ناامنی", "بی‌قرار", "بی‌حوصله", "خسته", "احساس تنهایی", "خجالت‌زده", "شرمنده", "ترسیده", "ترسان", "طردشده", "نادیده گرفته شده", "دلخور", "عصبی", "تحت فشار", "پریشان", "غمگین", "معذب", "بی‌اعتماد", "سرخورده", "گیج‌کننده", "آزاردهنده", "ناامیدکننده", "استرس‌زا", "نگران‌کننده", "خسته‌کننده", "کسل"],
            ["عصبانی", "خشمگین", "بسیار ناراضی", "خیلی عصبانی", "خیلی ناراضی", "مستأصل", "مستاصل", "درمانده", "خیانت‌دیده", "وحشت‌زده", "متنفر", "بسیار ناامید", "خیلی ناامید", "از پا افتاده", "بی‌رمق", "خشمگین شده", "به ستوه آمده"],
        ],
        [Language.Latvian] =
        [
            ["Sajūsmā", "ļoti apmierināts", "ļoti apmierināta", "laimīgs", "laimīga", "ļoti priecīgs", "ļoti priecīga", "sajūsmināts", "sajūsmināta", "iedvesmots", "iedvesmota", "entuziastisks", "entuziastiska", "līksms", "līksma", "iespaidots", "iespaidota", "lieliski", "fantastiski", "ļoti laimīgs", "ļoti laimīga"],
            ["Apmierināts", "apmierināta", "priecīgs", "priecīga", "ieinteresēts", "ieinteresēta", "zinātkārs", "zinātkāra", "pārliecināts", "pārliecināta", "cerīgs", "cerīga", "motivēts", "motivēta", "optimistisks", "optimistiska", "mierīgs", "mierīga", "atvieglots", "atvieglota", "dedzīgs", "dedzīga", "pateicīgs", "pateicīga", "lepns", "lepna", "drošs", "droša", "pārsteigts", "pārsteigta", "ieintriģēts", "ieintriģēta", "apņēmīgs", "apņēmīga", "iedrošināts", "iedrošināta", "novērtēts", "novērtēta", "gaidīts", "gaidīta", "informēts", "informēta", "atbalstīts", "atbalstīta", "ziņkārīgs", "ziņkārīga", "uzticas", "komfortabli"],
            ["Neitrāls", "neitrāla", "normāli", "vienaldzīgs", "vienaldzīga", "neziņā", "neizlēmis", "neizlēmusi", "piesardzīgs", "piesardzīga", "domīgs", "domīga", "pārdomās", "tā nekas", "nezinu"],
            ["Neapmierināts", "neapmierināta", "vīlies", "vīlusies", "noraizējies", "noraizējusies", "apmulsis", "apmulsusi", "satraukts", "satraukta", "nokaitināts", "nokaitināta", "garlaikots", "garlaikota", "dilemmā", "sajucis", "sajukusi", "apjucis", "apjukusi", "neizpratnē", "nedrošs", "nedroša", "šaubās", "skeptisks", "skeptiska", "aizdomīgs", "aizdomīga", "nepacietīgs", "nepacietīga", "noguris", "nogurusi", "vientuļš", "vientuļa", "nokaunējies", "nokaunējusies", "nobijies", "nobijusies", "bailīgs", "bailīga", "atraidīts", "atraidīta", "ignorēts", "ignorēta", "sarūgtināts", "sarūgtināta", "aizkaitināts", "aizkaitināta", "saspringts", "saspringta", "stresā", "nemierīgs", "nemierīga", "pārslogots", "pārslogota", "bēdīgs", "bēdīga", "skumjš", "skumja", "nervozs", "nervoza", "mulsinoši", "kaitinoši", "stresaini"],
            ["Dusmīgs", "dusmīga", "ļoti dusmīgs", "ļoti dusmīga", "ļoti neapmierināts", "ļoti neapmierināta", "nikns", "nikna", "izmisis", "izmisusi", "bezpalīdzīgs", "bezpalīdzīga", "panikā", "pārbijies", "pārbijusies", "saniknots", "saniknota", "ļoti vīlies", "ļoti vīlusies", "bezcerīgs", "bezcerīga", "pārguris", "pārgurusi", "izsmelts", "izsmelta", "šausmīgi", "briesmīgi", "nodevības sajūta"],
        ],
    };

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
