using OfficeJourney.Interpretation;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Core.Tests.Interpretation;

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
    [InlineData("4", 4d, null)]
    [InlineData("+1", 1d, null)]
    [InlineData("−2", -2d, null)]
    [InlineData("۴", 4d, null)]
    [InlineData("๓", 3d, null)]
    [InlineData("Excited (4)", 4d, null)]
    [InlineData("Delighted", null, 2)]
    [InlineData("angry", null, -2)]
    [InlineData("Excited / Concerned", null, 2)]
    [InlineData("Feels overwhelmed by choice", null, -1)]
    [InlineData("หงุดหงิด", null, -1)]
    [InlineData("ไม่พอใจ", null, -1)]
    [InlineData("Rất hài lòng", null, 2)]
    [InlineData("không hài lòng", null, -1)]
    [InlineData("عصبانی", null, -2)]
    [InlineData("Neapmierināta", null, -1)]
    [InlineData("🙂", null, 1)]
    [InlineData("😡", null, -2)]
    [InlineData("☹️", null, -1)]
    public void Reads_emotions_as_numbers_words_and_faces(string text, double? number, int? valence)
    {
        var reading = EmotionReader.Read(text);

        Assert.Equal(number, reading.Number);
        Assert.Equal(valence, reading.Valence);
    }

    [Theory]
    [InlineData("happy-ish")]
    [InlineData("Search online: 3: Me")]
    [InlineData("See notes")]
    public void Text_that_is_no_emotion_is_not_a_score(string text)
    {
        Assert.False(EmotionReader.Read(text).IsScore);
    }

    [Theory]
    [InlineData("Feelings (-2..+2)", -2, 2)]
    [InlineData("Score 1–5", 1, 5)]
    [InlineData("Emotion (1 to 10)", 1, 10)]
    [InlineData("احساسات (۱ تا ۵)", 1, 5)]
    [InlineData("ความรู้สึก (1 ถึง 5)", 1, 5)]
    [InlineData("Cảm xúc (1 đến 7)", 1, 7)]
    [InlineData("Emocijas (-3 līdz 3)", -3, 3)]
    public void Reads_the_scale_a_label_states(string label, double min, double max)
    {
        Assert.Equal(new EmotionScale(min, max), EmotionReader.StatedScale(label));
    }

    [Theory]
    [InlineData("Checkout abandonment 68%", "Checkout abandonment", "68%", null)]
    [InlineData("NPS: 42 (target 50)", "NPS", "42", "50")]
    [InlineData("Conversion rate 2.1% → 3%", "Conversion rate", "2.1%", "3%")]
    [InlineData("Time on site 3:40", "Time on site", "3:40", null)]
    [InlineData("68% checkout abandonment", "checkout abandonment", "68%", null)]
    [InlineData("Reach 1.2M", "Reach", "1.2M", null)]
    [InlineData("Tỷ lệ nhấp 1.8% (mục tiêu 2.5%)", "Tỷ lệ nhấp", "1.8%", "2.5%")]
    [InlineData("نرخ کلیک ۱٫۸٪ (هدف ۲٫۵٪)", "نرخ کلیک", "۱٫۸٪", "۲٫۵٪")]
    [InlineData("Customer satisfaction", "Customer satisfaction", null, null)]
    public void Reads_kpis_as_written(string text, string name, string? value, string? target)
    {
        Assert.Equal(new Kpi(name, value, target), KpiParser.Parse(text));
    }

    [Theory]
    [InlineData("• First\n• Second", false, new[] { "First", "Second" })]
    [InlineData("- First\r\n- Second", false, new[] { "First", "Second" })]
    [InlineData("1. One\n2) Two", false, new[] { "One", "Two" })]
    [InlineData("Email, SMS; App", true, new[] { "Email", "SMS", "App" })]
    [InlineData("Email, SMS", false, new[] { "Email, SMS" })]
    [InlineData("Fill in", false, new string[0])]
    [InlineData("-2-3", false, new[] { "-2-3" })]
    [InlineData("ايميل، پیامک", true, new[] { "ايميل", "پیامک" })]
    public void Splits_cells_into_items(string text, bool listLane, string[] items)
    {
        Assert.Equal(items, ItemSplitter.Split(text, listLane));
    }
}
