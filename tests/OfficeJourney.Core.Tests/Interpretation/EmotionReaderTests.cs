using OfficeJourney.Interpretation;
using OfficeJourney.Model;

namespace OfficeJourney.Core.Tests.Interpretation;

public sealed class EmotionReaderTests
{
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
}
