using OfficeJourney.Core.Tests.Interpretation;
using OfficeJourney.Grids;
using OfficeJourney.Interpretation;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Core.Tests.Insights;

/// <summary>
/// One small journey per written language that trips every insight rule once: visitors falling 10,000 → 2,500 → 2,000
/// (the largest drop-off, Awareness → Consideration), a feeling that falls from 4 to 2 as the channel moves from the web
/// to the store, where a pain point sits with no opportunity; NPS 30 against a target of 40; a fourth stage measured by
/// nothing and a second with no owner.
/// </summary>
internal sealed record InsightFixture(string Language, string[] Stages, string Web, string Store, string Pain, string Opportunity, string TargetWord)
{
    public static readonly InsightFixture[] All =
    [
        new("en", ["Awareness", "Consideration", "Purchase", "Loyalty"], "Website", "Store visit", "Long queue at the till", "Self-checkout", "target"),
        new("th", ["การรับรู้", "การพิจารณา", "การซื้อ", "ความภักดี"], "เว็บไซต์", "ไปที่หน้าร้าน", "ต่อคิวนานที่แคชเชียร์", "ชำระเงินด้วยตนเอง", "เป้าหมาย"),
        new("vi", ["Nhận biết", "Cân nhắc", "Mua hàng", "Trung thành"], "Trang web", "Đến cửa hàng", "Xếp hàng lâu ở quầy thu ngân", "Quầy tự thanh toán", "mục tiêu"),
        new("fa", ["آگاهی", "بررسی", "خرید", "وفاداری"], "وب‌سایت", "مراجعه به فروشگاه", "صف طولانی صندوق", "پرداخت سلف‌سرویس", "هدف"),
        new("lv", ["Uzzināšana", "Izvērtēšana", "Pirkums", "Lojalitāte"], "Tīmekļa vietne", "Veikala apmeklējums", "Gara rinda pie kases", "Pašapkalpošanās kase", "mērķis"),
    ];

    public static TheoryData<string> Languages() => [.. All.Select(f => f.Language)];

    public static InsightFixture In(string language) => All.Single(f => f.Language == language);

    /// <summary>The grid, stages across from B1; lanes down from row 2 in this order.</summary>
    public SheetGrid Sheet() => Grid.Sheet("Journey",
        ["", .. Stages],
        [Label(LaneKind.Touchpoints), Web, Store, Web, "Email"],
        [Label(LaneKind.Emotions) + " (1-5)", "#4", "#2", "#3", "#3"],
        [Label(LaneKind.PainPoints), "", Pain, "", ""],
        [Label(LaneKind.Opportunities), "", "", Opportunity, ""],
        [JourneyVocabulary.MetricLabel(MetricKind.Count, Language), "#10000", "#2500", "#2000", ""],
        [$"NPS ({TargetWord} 40)", "#30", "#45", "#50", ""],
        [Label(LaneKind.Owners), "Marketing", "", "E-commerce", "CRM"]);

    public JourneyMap Map()
    {
        var result = new GridInterpreter().Interpret(Sheet());
        Assert.True(result.IsUsable, string.Join("; ", result.Problems));
        return Assert.Single(result.Maps);
    }

    private string Label(LaneKind kind) => JourneyVocabulary.LaneLabel(kind, Language);
}
