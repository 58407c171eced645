using OfficeJourney.Grids;
using OfficeJourney.Interpretation;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Slides.Tests;

/// <summary>
/// Journeys that count people, rate touchpoints and measure against targets, one per written language, read from a
/// grid by the interpreter: visitors 10,000 → 2,500 → 2,000 (the largest drop-off is the first step, 75%), touchpoints
/// rated inline on a five-point scale in an online and an offline zone, NPS 30 against a target of 40.
/// </summary>
internal sealed record MeasuredMaps(string Language, string[] Stages, string Web, string Store, string Pain, string Opportunity, string TargetWord)
{
    public static readonly double[] Counts = [10000, 2500, 2000];

    public static readonly MeasuredMaps[] All =
    [
        new("en", ["Awareness", "Consideration", "Purchase", "Loyalty"], "Website", "Store visit", "Long queue at the till", "Self-checkout", "target"),
        new("th", ["การรับรู้", "การพิจารณา", "การซื้อ", "ความภักดี"], "เว็บไซต์", "ไปที่หน้าร้าน", "ต่อคิวนานที่แคชเชียร์", "ชำระเงินด้วยตนเอง", "เป้าหมาย"),
        new("vi", ["Nhận biết", "Cân nhắc", "Mua hàng", "Trung thành"], "Trang web", "Đến cửa hàng", "Xếp hàng lâu ở quầy thu ngân", "Quầy tự thanh toán", "mục tiêu"),
        new("fa", ["آگاهی", "بررسی", "خرید", "وفاداری"], "وب‌سایت", "مراجعه به فروشگاه", "صف طولانی صندوق", "پرداخت سلف‌سرویس", "هدف"),
        new("lv", ["Uzzināšana", "Izvērtēšana", "Pirkums", "Lojalitāte"], "Tīmekļa vietne", "Veikala apmeklējums", "Gara rinda pie kases", "Pašapkalpošanās kase", "mērķis"),
    ];

    public static TheoryData<string> Languages() => [.. All.Select(m => m.Language)];

    public static MeasuredMaps In(string language) => All.Single(m => m.Language == language);

    public JourneyMap Map() => Read(Stages, Web, Store, Pain, Opportunity);

    /// <summary>The same grid with other texts in it (hostile ones, long ones).</summary>
    public JourneyMap Read(string[] stages, string web, string store, string pain, string opportunity)
    {
        var sheet = SheetGrid.FromRows("Journey",
        [
            Row([string.Empty, .. stages]),
            Row([Label(LaneKind.Touchpoints), $"{web} (4/5)", $"{store} (5/5)", $"{web} (2/5)", "Email (3/5)"]),
            Row([Label(LaneKind.Channels), "Online", "Offline", "Online", "Online"]),
            [CellValue.FromText(Label(LaneKind.Emotions) + " (1-5)"), .. new double[] { 4, 2, 3, 3 }.Select(CellValue.FromNumber)],
            Row([Label(LaneKind.PainPoints), string.Empty, pain, string.Empty, string.Empty]),
            Row([Label(LaneKind.Opportunities), string.Empty, string.Empty, opportunity, string.Empty]),
            [CellValue.FromText(JourneyVocabulary.MetricLabel(MetricKind.Count, Language)), .. Counts.Select(CellValue.FromNumber), CellValue.FromText(string.Empty)],
            [CellValue.FromText($"NPS ({TargetWord} 40)"), .. new double[] { 30, 45, 50 }.Select(CellValue.FromNumber), CellValue.FromText(string.Empty)],
            Row([Label(LaneKind.Owners), "Marketing", string.Empty, "E-commerce", "CRM"]),
        ]);
        var result = new GridInterpreter().Interpret(sheet);
        Assert.True(result.IsUsable, string.Join("; ", result.Problems));
        return Assert.Single(result.Maps);
    }

    private static CellValue[] Row(string[] cells) => [.. cells.Select(CellValue.FromText)];

    private string Label(LaneKind kind) => JourneyVocabulary.LaneLabel(kind, Language);
}
