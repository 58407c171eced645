using OfficeJourney.Interpretation;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Core.Tests.Vocabulary;

public sealed class VocabularyTests
{
    [Theory]
    [InlineData("Doing", LaneKind.Actions)]
    [InlineData("Customer actions", LaneKind.Actions)]
    [InlineData("Feelings (-2..+2)", LaneKind.Emotions)]
    [InlineData("Pain Points 😖", LaneKind.PainPoints)]
    [InlineData("Touch points", LaneKind.Touchpoints)]
    [InlineData("TOUCHPOINTS:", LaneKind.Touchpoints)]
    [InlineData("Painpoints in each step e.g. …", LaneKind.PainPoints)]
    [InlineData("Opportunity for future state e.g. …", LaneKind.Opportunities)]
    [InlineData("Back-office", LaneKind.Backstage)]
    [InlineData("Line of visibility – frontstage", LaneKind.Frontstage)]
    [InlineData("Support processes", LaneKind.SupportProcesses)]
    [InlineData("Physical evidence", LaneKind.PhysicalEvidence)]
    [InlineData("KPI", LaneKind.Kpis)]
    [InlineData("Owner / department", LaneKind.Owners)]
    [InlineData("สิ่งที่ลูกค้าทำ", LaneKind.Actions)]
    [InlineData("ความรู้สึกของลูกค้า", LaneKind.Emotions)]
    [InlineData("จุดสัมผัส", LaneKind.Touchpoints)]
    [InlineData("Điểm chạm", LaneKind.Touchpoints)]
    [InlineData("diem dau", LaneKind.PainPoints)]
    [InlineData("Cơ hội cải thiện", LaneKind.Opportunities)]
    [InlineData("نقاط درد", LaneKind.PainPoints)]
    [InlineData("فرصت ها", LaneKind.Opportunities)]
    [InlineData("فرصت‌ها", LaneKind.Opportunities)]
    [InlineData("اقدامات مشتري", LaneKind.Actions)]
    [InlineData("Iespējas", LaneKind.Opportunities)]
    [InlineData("Sāpju punkti", LaneKind.PainPoints)]
    [InlineData("Darbibas", LaneKind.Actions)]
    public void Recognises_lane_labels_in_every_language(string label, LaneKind kind)
    {
        Assert.Equal(kind, Lexicon.LaneKindOf(label));
    }

    [Theory]
    [InlineData("Customer")]
    [InlineData("Week 1")]
    [InlineData("Awareness")]
    public void Does_not_take_other_words_for_lane_labels(string label)
    {
        Assert.Null(Lexicon.LaneKindOf(label));
    }

    [Theory]
    [InlineData("Puntos de contacto", LaneKind.Touchpoints)]
    [InlineData("Acciones del cliente", LaneKind.Actions)]
    [InlineData("Emociones", LaneKind.Emotions)]
    [InlineData("Puntos de dolor", LaneKind.PainPoints)]
    [InlineData("Oportunidades de mejora", LaneKind.Opportunities)]
    [InlineData("Pontos de contato", LaneKind.Touchpoints)]
    [InlineData("Acoes", LaneKind.Actions)]
    [InlineData("Satisfação", LaneKind.Emotions)]
    [InlineData("Bastidores", LaneKind.Backstage)]
    [InlineData("Points de contact", LaneKind.Touchpoints)]
    [InlineData("Émotions", LaneKind.Emotions)]
    [InlineData("Irritants", LaneKind.PainPoints)]
    [InlineData("Pistes d'amélioration", LaneKind.Opportunities)]
    [InlineData("Punti di contatto", LaneKind.Touchpoints)]
    [InlineData("Azioni", LaneKind.Actions)]
    [InlineData("Criticità", LaneKind.PainPoints)]
    [InlineData("Soddisfazione", LaneKind.Emotions)]
    [InlineData("Berührungspunkte", LaneKind.Touchpoints)]
    [InlineData("Gefühle", LaneKind.Emotions)]
    [InlineData("Kennzahlen", LaneKind.Kpis)]
    [InlineData("Hinterbühne", LaneKind.Backstage)]
    [InlineData("Точки контакта", LaneKind.Touchpoints)]
    [InlineData("ДЕЙСТВИЯ", LaneKind.Actions)]
    [InlineData("Эмоции", LaneKind.Emotions)]
    [InlineData("Боли", LaneKind.PainPoints)]
    [InlineData("Цели и задачи", LaneKind.Goals)]
    [InlineData("Вспомогательные процессы", LaneKind.SupportProcesses)]
    [InlineData("Точки дотику", LaneKind.Touchpoints)]
    [InlineData("Titik kontak", LaneKind.Touchpoints)]
    [InlineData("Temas noktaları", LaneKind.Touchpoints)]
    [InlineData("Punkty styku", LaneKind.Touchpoints)]
    [InlineData("Pijnpunten", LaneKind.PainPoints)]
    [InlineData("Contactmomenten", LaneKind.Touchpoints)]
    public void Recognises_lane_labels_in_the_languages_it_reads_but_does_not_write(string label, LaneKind kind)
    {
        Assert.Equal(kind, Lexicon.LaneKindOf(label));
    }

    [Theory]
    [InlineData("Tim")]
    [InlineData("Order taken")]
    [InlineData("Escenario")]
    [InlineData("Consideration")]
    [InlineData("Purchase")]
    public void Words_of_the_languages_it_reads_do_not_take_other_words_for_lane_labels(string label)
    {
        Assert.Null(Lexicon.LaneKindOf(label));
    }

    [Theory]
    [InlineData("Etapa")]
    [InlineData("Étapes")]
    [InlineData("Tappe")]
    [InlineData("Schritt")]
    [InlineData("Этапы и задачи")]
    [InlineData("Этапы")]
    [InlineData("Етапи")]
    [InlineData("Tahapan")]
    [InlineData("Aşama")]
    [InlineData("Etapy")]
    [InlineData("Stappen")]
    public void Recognises_stage_headers_in_the_languages_it_reads(string label)
    {
        Assert.True(Lexicon.IsStageHeader(label));
    }

    [Theory]
    [InlineData("Fase")]
    [InlineData("Fasi")]
    [InlineData("Фаза")]
    [InlineData("Phasen")]
    public void Recognises_phase_headers_in_the_languages_it_reads(string label)
    {
        Assert.True(Lexicon.IsPhaseHeader(label));
        Assert.False(Lexicon.IsStageHeader(label));
    }

    [Theory]
    [InlineData("Motivated", 1)]
    [InlineData("Enthusiastic", 2)]
    [InlineData("Grateful", 1)]
    [InlineData("Pleasantly surprised", 1)]
    [InlineData("Safe", 1)]
    [InlineData("Informed", 1)]
    [InlineData("Undecided", 0)]
    [InlineData("Pensive", 0)]
    [InlineData("Dilemma", -1)]
    [InlineData("Lost", -1)]
    [InlineData("Frustrating", -1)]
    [InlineData("Worrying", -1)]
    [InlineData("Not happy", -1)]
    [InlineData("Helpless", -2)]
    [InlineData("Betrayed", -2)]
    [InlineData("ภูมิใจ", 1)]
    [InlineData("กระตือรือร้น", 2)]
    [InlineData("ยังไม่ตัดสินใจ", 0)]
    [InlineData("รำคาญ", -1)]
    [InlineData("สิ้นหวัง", -2)]
    [InlineData("Lạc quan", 1)]
    [InlineData("Háo hức", 2)]
    [InlineData("Thờ ơ", 0)]
    [InlineData("Hoang mang", -1)]
    [InlineData("Tuyệt vọng", -2)]
    [InlineData("خوش‌بین", 1)]
    [InlineData("محتاط", 0)]
    [InlineData("گیج", -1)]
    [InlineData("درمانده", -2)]
    [InlineData("Iedvesmota", 2)]
    [InlineData("Motivēts", 1)]
    [InlineData("Piesardzīga", 0)]
    [InlineData("Noguris", -1)]
    [InlineData("Bezpalīdzīga", -2)]
    [InlineData("Encantada", 2)]
    [InlineData("Esperanzado", 1)]
    [InlineData("Indecisa", 0)]
    [InlineData("Confundido", -1)]
    [InlineData("Furioso", -2)]
    [InlineData("Animado", 2)]
    [InlineData("Preocupada", -1)]
    [InlineData("Ravie", 2)]
    [InlineData("Rassuré", 1)]
    [InlineData("Mitigée", 0)]
    [InlineData("Decu", -1)]
    [InlineData("En colère", -2)]
    [InlineData("Soddisfatta", 1)]
    [InlineData("Deluso", -1)]
    [InlineData("Arrabbiato", -2)]
    [InlineData("Begeistert", 2)]
    [InlineData("Neugierig", 1)]
    [InlineData("Unentschlossen", 0)]
    [InlineData("Überfordert", -1)]
    [InlineData("Wütend", -2)]
    [InlineData("Радость", 2)]
    [InlineData("Интерес", 1)]
    [InlineData("Сомнение", 0)]
    [InlineData("Раздражение", -1)]
    [InlineData("ЗЛОСТЬ", -2)]
    [InlineData("Розчарування", -1)]
    [InlineData("Bingung", -1)]
    [InlineData("Mutlu", 1)]
    [InlineData("Zdezorientowana", -1)]
    [InlineData("Opgelucht", 1)]
    [InlineData("Boos", -2)]
    public void Reads_emotion_words_in_every_language_with_their_valence(string word, int valence)
    {
        Assert.Equal(valence, Lexicon.EmotionWordValence(word));
    }

    [Theory]
    [InlineData("Confused, Dilemma", -1)]
    [InlineData("Dilemma / excited", -1)]
    [InlineData("Hopeful, but overwhelmed", 1)]
    [InlineData("Feels empowered by the app", 2)]
    [InlineData("Frustrante, pero encantada", -1)]
    [InlineData("Растерянность, страх", -1)]
    public void Reads_the_first_feeling_of_a_list(string text, int valence)
    {
        Assert.Equal(valence, Lexicon.EmotionWordValenceWithin(text));
    }

    [Fact]
    public void No_emotion_word_has_two_valences()
    {
        var seen = new Dictionary<string, (string Word, int Valence)>(StringComparer.Ordinal);
        var clashes = new List<string>();
        foreach (var levels in EmotionTerms.Words.Values.Concat(RecognisedLanguages.EmotionWords.Values))
        {
            for (var level = 0; level < levels.Length; level++)
            {
                foreach (var word in levels[level])
                {
                    var key = TextKey.Normalize(word);
                    if (seen.TryGetValue(key, out var first) && first.Valence != 2 - level)
                    {
                        clashes.Add($"{first.Word} ({first.Valence}) / {word} ({2 - level})");
                    }

                    seen.TryAdd(key, (word, 2 - level));
                }
            }
        }

        Assert.Empty(clashes);
    }

    [Theory]
    [InlineData("🎉", 2)]
    [InlineData("🤗", 1)]
    [InlineData("✅", 1)]
    [InlineData("🥲", 0)]
    [InlineData("😅", 0)]
    [InlineData("😰", -1)]
    [InlineData("🙄", -1)]
    [InlineData("⚠️", -1)]
    [InlineData("❌", -1)]
    [InlineData("😱", -2)]
    [InlineData("💔", -2)]
    public void Reads_more_faces_and_signs(string emoji, int valence)
    {
        Assert.Equal(valence, EmotionReader.Read(emoji).Valence);
    }

    [Theory]
    [InlineData("section", "Section")]
    [InlineData("Task", "Step")]
    [InlineData("score", "Score")]
    [InlineData("Score (1-5)", "Score")]
    [InlineData("Sentiment score", "Score")]
    [InlineData("actors", "Actors")]
    [InlineData("Who", "Actors")]
    [InlineData("Personas", "Actors")]
    [InlineData("Giai đoạn", "Section")]
    [InlineData("Nhiệm vụ", "Step")]
    [InlineData("คะแนน", "Score")]
    [InlineData("امتیاز", "Score")]
    [InlineData("Dalībnieki", "Actors")]
    [InlineData("Sección", "Section")]
    [InlineData("Tarea", "Step")]
    [InlineData("Punteggio", "Score")]
    [InlineData("Этап", "Section")]
    [InlineData("Участники", "Actors")]
    public void Recognises_step_table_columns(string label, string column)
    {
        Assert.Equal(Enum.Parse<CommonTerms.StepColumn>(column), Lexicon.StepColumnOf(label));
    }

    [Theory]
    [InlineData("Touchpoints")]
    [InlineData("Search online")]
    [InlineData("mmSyntax")]
    public void Other_headers_are_no_step_columns(string label)
    {
        Assert.Null(Lexicon.StepColumnOf(label));
    }

    [Theory]
    [InlineData("Completar")]
    [InlineData("À remplir")]
    [InlineData("a remplir")]
    [InlineData("Da compilare")]
    [InlineData("Заполнить")]
    [InlineData("Ausfüllen")]
    public void Recognises_placeholders_in_the_languages_it_reads(string text)
    {
        Assert.True(Lexicon.IsPlaceholder(text));
    }

    [Theory]
    [InlineData("Nombre", "Name")]
    [InlineData("Edad", "Other")]
    [InlineData("Objectifs", "Goals")]
    [InlineData("Motivazioni", "Motivations")]
    [InlineData("Bedenken", "Objections")]
    [InlineData("Имя", "Name")]
    [InlineData("Цитата", "Other")]
    public void Recognises_persona_keys_in_the_languages_it_reads(string label, string key)
    {
        Assert.Equal(Enum.Parse<CommonTerms.PersonaKey>(key), Lexicon.PersonaKeyOf(label));
    }

    [Theory]
    [InlineData("en", "Delighted|Happy|Neutral|Frustrated|Angry")]
    [InlineData("th", "ดีใจมาก|พอใจ|เฉยๆ|หงุดหงิด|โกรธ")]
    [InlineData("vi", "Rất hài lòng|Hài lòng|Bình thường|Bực bội|Tức giận")]
    [InlineData("fa", "بسیار خوشحال|خوشحال|معمولی|کلافه|عصبانی")]
    [InlineData("lv", "Sajūsmā|Apmierināts|Neitrāls|Neapmierināts|Dusmīgs")]
    public void The_emotion_words_it_writes_are_unchanged(string language, string words)
    {
        Assert.Equal(words.Split('|'), JourneyVocabulary.EmotionWords(language));
    }

    [Theory]
    [InlineData("en", "Goals|Touchpoints|Channels|Actions|Thoughts|Emotions|Pain points|Opportunities|KPIs|Owner|Importance|Frontstage|Backstage|Support processes|Physical evidence|People|Policies|Technology")]
    [InlineData("th", "เป้าหมาย|จุดสัมผัส|ช่องทาง|การกระทำ|ความคิด|อารมณ์|ปัญหาที่พบ|โอกาส|ตัวชี้วัด|ผู้รับผิดชอบ|ความสำคัญ|หน้าบ้าน|หลังบ้าน|กระบวนการสนับสนุน|หลักฐานทางกายภาพ|บุคลากร|นโยบาย|เทคโนโลยี")]
    [InlineData("vi", "Mục tiêu|Điểm chạm|Kênh|Hành động|Suy nghĩ|Cảm xúc|Điểm đau|Cơ hội|Chỉ số KPI|Bộ phận phụ trách|Mức độ quan trọng|Tiền cảnh|Hậu cảnh|Quy trình hỗ trợ|Bằng chứng hữu hình|Con người|Chính sách|Công nghệ")]
    [InlineData("fa", "اهداف|نقاط تماس|کانال‌ها|اقدامات|افکار|احساسات|نقاط درد|فرصت‌ها|شاخص‌ها|مسئول|اهمیت|پیش‌صحنه|پشت صحنه|فرآیندهای پشتیبانی|شواهد فیزیکی|افراد|سیاست‌ها|فناوری")]
    [InlineData("lv", "Mērķi|Saskares punkti|Kanāli|Darbības|Domas|Emocijas|Sāpju punkti|Iespējas|KPI rādītāji|Atbildīgais|Svarīgums|Priekšskatuve|Aizkulises|Atbalsta procesi|Fiziskie pierādījumi|Cilvēki|Politikas|Tehnoloģijas")]
    public void The_lane_labels_it_writes_are_unchanged(string language, string labels)
    {
        var kinds = Enum.GetValues<LaneKind>().Where(k => k is not LaneKind.Custom and not LaneKind.Metric);
        Assert.Equal(labels.Split('|'), kinds.Select(k => JourneyVocabulary.LaneLabel(k, language)));
    }

    [Fact]
    public void The_languages_it_reads_are_not_languages_it_writes()
    {
        Assert.All(RecognisedLanguages.Tags, tag => Assert.False(Language.IsSupported(tag)));
        Assert.Throws<ArgumentException>(() => JourneyVocabulary.EmotionWords("es"));
    }
}
