using OfficeJourney.Vocabulary;

namespace OfficeJourney.Slides.Builders;

/// <summary>The deck's own words (slide titles, column heads) in each supported language.</summary>
internal sealed record DeckWords(
    string Overview, string Emotions, string PainsAndOpportunities, string Personas, string Kpis, string Blueprint,
    string LineOfVisibility, string Stage, string Continued, string Lowest, string Persona, string Version,
    string Kpi, string Value, string Target, string Status, string OnTarget, string OffTarget, string Emotion)
{
    public static DeckWords For(string language) => language switch
    {
        Language.Thai => new("ภาพรวมเส้นทางลูกค้า", "เส้นกราฟอารมณ์", "ปัญหาและโอกาส", "เพอร์โซนา", "ตัวชี้วัด (KPI)", "พิมพ์เขียวบริการ",
            "เส้นแบ่งการมองเห็น", "ขั้นตอน", "ต่อ", "จุดต่ำสุด", "เพอร์โซนา", "เวอร์ชัน", "KPI", "ค่า", "เป้าหมาย", "สถานะ", "ถึงเป้า", "ต่ำกว่าเป้า", "อารมณ์"),
        Language.Vietnamese => new("Tổng quan hành trình", "Đường cảm xúc", "Điểm đau và cơ hội", "Chân dung khách hàng", "Chỉ số KPI", "Bản thiết kế dịch vụ",
            "Đường ranh giới hiển thị", "Giai đoạn", "tiếp theo", "Điểm thấp nhất", "Chân dung", "Phiên bản", "KPI", "Giá trị", "Mục tiêu", "Trạng thái", "đạt mục tiêu", "chưa đạt", "Cảm xúc"),
        Language.Persian => new("نمای کلی سفر", "منحنی احساسات", "نقاط درد و فرصت‌ها", "پرسوناها", "شاخص‌های کلیدی", "نقشه خدمات",
            "خط دید", "مرحله", "ادامه", "پایین‌ترین نقطه", "پرسونا", "نسخه", "شاخص", "مقدار", "هدف", "وضعیت", "در هدف", "خارج از هدف", "احساس"),
        Language.Latvian => new("Ceļa pārskats", "Emociju līkne", "Sāpju punkti un iespējas", "Personas", "KPI rādītāji", "Pakalpojuma plāns",
            "Redzamības līnija", "Posms", "turpinājums", "Zemākais punkts", "Persona", "Versija", "KPI", "Vērtība", "Mērķis", "Statuss", "mērķis sasniegts", "mērķis nav sasniegts", "Emocija"),
        _ => new("Journey overview", "Emotion curve", "Pain points and opportunities", "Personas", "KPIs", "Service blueprint",
            "Line of visibility", "Stage", "continued", "Lowest point", "Persona", "Version", "KPI", "Value", "Target", "Status", "on target", "off target", "Emotion"),
    };
}
