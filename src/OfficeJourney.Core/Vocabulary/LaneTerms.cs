using OfficeJourney.Model;

namespace OfficeJourney.Vocabulary;

/// <summary>
/// What people call each lane, in every supported language. The first term of each language is the
/// label OfficeJourney writes (templates, exports); the rest are synonyms it recognises.
/// </summary>
internal static class LaneTerms
{
    public static readonly IReadOnlyDictionary<LaneKind, IReadOnlyDictionary<string, string[]>> ByKind =
        new Dictionary<LaneKind, IReadOnlyDictionary<string, string[]>>
        {
            [LaneKind.Goals] = ByLanguage.Of(
                en: ["Goals", "goal", "customer goal", "customer goals", "user goals", "needs", "customer needs", "jobs to be done", "expectations", "expectation", "customer expectations"],
                th: ["เป้าหมาย", "เป้าหมายของลูกค้า", "ความต้องการ", "ความคาดหวัง"],
                vi: ["Mục tiêu", "mục tiêu của khách hàng", "nhu cầu", "kỳ vọng"],
                fa: ["اهداف", "هدف", "اهداف مشتری", "نیازها", "انتظارات"],
                lv: ["Mērķi", "mērķis", "klienta mērķi", "vajadzības", "gaidas"]),
            [LaneKind.Touchpoints] = ByLanguage.Of(
                en: ["Touchpoints", "touchpoint", "touch points", "touch point", "touch-points", "touch-point", "customer touchpoints", "interaction points", "points of contact", "where"],
                th: ["จุดสัมผัส", "จุดสัมผัสลูกค้า", "ทัชพอยต์", "จุดติดต่อ"],
                vi: ["Điểm chạm", "điểm tiếp xúc", "điểm tương tác"],
                fa: ["نقاط تماس", "نقطه تماس", "نقاط تعامل", "نقاط ارتباط"],
                lv: ["Saskares punkti", "saskares punkts", "saskarsmes punkti", "kontaktpunkti"]),
            [LaneKind.Channels] = ByLanguage.Of(
                en: ["Channels", "channel", "marketing channel", "marketing channels", "media"],
                th: ["ช่องทาง", "ช่องทางการสื่อสาร", "ช่องทางการตลาด"],
                vi: ["Kênh", "kênh tiếp thị", "kênh truyền thông"],
                fa: ["کانال‌ها", "کانال", "کانال های ارتباطی", "رسانه"],
                lv: ["Kanāli", "kanāls", "saziņas kanāli", "mārketinga kanāli"]),
            [LaneKind.Actions] = ByLanguage.Of(
                en: ["Actions", "action", "doing", "does", "customer actions", "user actions", "customer action", "activities", "activity", "tasks", "what they do", "behaviour", "behavior", "customer activities"],
                th: ["การกระทำ", "สิ่งที่ลูกค้าทำ", "กิจกรรม", "พฤติกรรม"],
                vi: ["Hành động", "hành động của khách hàng", "hoạt động", "việc làm"],
                fa: ["اقدامات", "اقدامات مشتری", "کنش‌ها", "فعالیت‌ها", "رفتار"],
                lv: ["Darbības", "klienta darbības", "ko dara", "aktivitātes", "rīcība"]),
            [LaneKind.Thoughts] = ByLanguage.Of(
                en: ["Thoughts", "thought", "thinking", "thinks", "customer thoughts", "what they think", "questions", "says", "quotes", "says and thinks", "thinks and feels"],
                th: ["ความคิด", "สิ่งที่ลูกค้าคิด", "คำถาม"],
                vi: ["Suy nghĩ", "suy nghĩ của khách hàng", "câu hỏi"],
                fa: ["افکار", "فکرها", "افکار مشتری", "پرسش‌ها"],
                lv: ["Domas", "ko domā", "klienta domas", "jautājumi"]),
            [LaneKind.Emotions] = ByLanguage.Of(
                en: ["Emotions", "emotion", "feelings", "feeling", "feels", "mood", "sentiment", "emotional journey", "emotion score", "emotional state", "satisfaction", "satisfaction score", "experience score", "score"],
                th: ["อารมณ์", "ความรู้สึก", "อารมณ์ความรู้สึก", "คะแนนความรู้สึก"],
                vi: ["Cảm xúc", "cảm nhận", "tâm trạng", "mức độ hài lòng"],
                fa: ["احساسات", "احساس", "هیجانات", "حس", "حال و هوا"],
                lv: ["Emocijas", "emocija", "sajūtas", "noskaņojums", "pieredze"]),
            [LaneKind.PainPoints] = ByLanguage.Of(
                en: ["Pain points", "pain point", "painpoints", "painpoint", "pains", "pain", "frustrations", "problems", "issues", "barriers", "friction", "challenges", "fail points"],
                th: ["ปัญหาที่พบ", "ปัญหา", "จุดเจ็บปวด", "อุปสรรค", "เพนพอยต์"],
                vi: ["Điểm đau", "vấn đề", "khó khăn", "rào cản"],
                fa: ["نقاط درد", "مشکلات", "دردها", "موانع", "چالش‌ها"],
                lv: ["Sāpju punkti", "problēmas", "grūtības", "šķēršļi"]),
            [LaneKind.Opportunities] = ByLanguage.Of(
                en: ["Opportunities", "opportunity", "brand opportunities", "improvement opportunity", "improvement opportunities", "ideas", "improvements", "how might we", "recommendations", "suggestions"],
                th: ["โอกาส", "โอกาสในการปรับปรุง", "ข้อเสนอแนะ", "แนวทางปรับปรุง"],
                vi: ["Cơ hội", "cơ hội cải thiện", "ý tưởng", "đề xuất"],
                fa: ["فرصت‌ها", "فرصت", "فرصت‌های بهبود", "ایده‌ها", "پیشنهادها"],
                lv: ["Iespējas", "iespēja", "uzlabojumi", "idejas", "ieteikumi"]),
            [LaneKind.Kpis] = ByLanguage.Of(
                en: ["KPIs", "kpi", "metrics", "metric", "measures", "success metrics", "measurements", "key performance indicators"],
                th: ["ตัวชี้วัด", "ตัวชี้วัด kpi", "เคพีไอ"],
                vi: ["Chỉ số KPI", "chỉ số", "chỉ số đo lường", "thước đo"],
                fa: ["شاخص‌ها", "شاخص های کلیدی عملکرد", "معیارها", "سنجه‌ها"],
                lv: ["KPI rādītāji", "rādītāji", "mērījumi", "snieguma rādītāji"]),
            [LaneKind.Owners] = ByLanguage.Of(
                en: ["Owner", "owners", "department", "departments", "team", "teams", "responsible", "ownership", "accountable"],
                th: ["ผู้รับผิดชอบ", "แผนก", "ฝ่าย", "ทีม"],
                vi: ["Bộ phận phụ trách", "người phụ trách", "bộ phận", "phòng ban", "chủ sở hữu"],
                fa: ["مسئول", "مسئولان", "واحد", "دپارتمان", "مالک"],
                lv: ["Atbildīgais", "atbildīgie", "nodaļa", "komanda", "īpašnieks"]),
            [LaneKind.Importance] = ByLanguage.Of(
                en: ["Importance", "importance score", "priority", "weight", "impact"],
                th: ["ความสำคัญ", "ลำดับความสำคัญ"],
                vi: ["Mức độ quan trọng", "độ ưu tiên", "tầm quan trọng"],
                fa: ["اهمیت", "اولویت"],
                lv: ["Svarīgums", "prioritāte", "nozīmīgums"]),
            [LaneKind.Frontstage] = ByLanguage.Of(
                en: ["Frontstage", "front stage", "front-stage", "frontstage actions", "frontstage interactions", "employee actions", "front office"],
                th: ["หน้าบ้าน", "ส่วนหน้าบ้าน", "ฟรอนต์สเตจ"],
                vi: ["Tiền cảnh", "hoạt động tiền cảnh", "tiền tuyến"],
                fa: ["پیش‌صحنه", "پیش صحنه", "جلوی صحنه"],
                lv: ["Priekšskatuve", "redzamās darbības", "priekšplāns"]),
            [LaneKind.Backstage] = ByLanguage.Of(
                en: ["Backstage", "back stage", "back-stage", "backstage actions", "back office", "back-office"],
                th: ["หลังบ้าน", "ส่วนหลังบ้าน", "แบ็กสเตจ"],
                vi: ["Hậu cảnh", "hậu trường", "hoạt động hậu cảnh"],
                fa: ["پشت صحنه", "پشت‌صحنه"],
                lv: ["Aizkulises", "neredzamās darbības"]),
            [LaneKind.SupportProcesses] = ByLanguage.Of(
                en: ["Support processes", "support process", "supporting processes", "support systems"],
                th: ["กระบวนการสนับสนุน"],
                vi: ["Quy trình hỗ trợ"],
                fa: ["فرآیندهای پشتیبانی", "فرایندهای پشتیبانی"],
                lv: ["Atbalsta procesi"]),
            [LaneKind.PhysicalEvidence] = ByLanguage.Of(
                en: ["Physical evidence", "evidence", "props"],
                th: ["หลักฐานทางกายภาพ"],
                vi: ["Bằng chứng hữu hình", "bằng chứng vật lý"],
                fa: ["شواهد فیزیکی", "شواهد"],
                lv: ["Fiziskie pierādījumi", "pierādījumi"]),
            [LaneKind.People] = ByLanguage.Of(
                en: ["People", "staff", "employees", "actors", "roles"],
                th: ["บุคลากร", "พนักงาน"],
                vi: ["Con người", "nhân sự", "nhân viên"],
                fa: ["افراد", "کارکنان"],
                lv: ["Cilvēki", "darbinieki"]),
            [LaneKind.Policies] = ByLanguage.Of(
                en: ["Policies", "policy", "rules", "regulations", "compliance"],
                th: ["นโยบาย", "กฎระเบียบ"],
                vi: ["Chính sách", "quy định"],
                fa: ["سیاست‌ها", "خط‌مشی‌ها", "قوانین"],
                lv: ["Politikas", "noteikumi", "politika"]),
            [LaneKind.Technology] = ByLanguage.Of(
                en: ["Technology", "technologies", "systems", "tools", "tech", "it systems", "software"],
                th: ["เทคโนโลยี", "ระบบ"],
                vi: ["Công nghệ", "hệ thống"],
                fa: ["فناوری", "سیستم‌ها", "فن‌آوری"],
                lv: ["Tehnoloģijas", "sistēmas", "rīki"]),
        };

    /// <summary>Words that head the stage row or column ("Stage", "Journey stage").</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Stage = ByLanguage.Of(
        en: ["Stage", "stages", "journey stage", "journey stages", "journey phase", "step", "steps", "section"],
        th: ["ขั้นตอน", "ช่วง", "ขั้นตอนการเดินทาง"],
        vi: ["Giai đoạn", "các giai đoạn", "bước"],
        fa: ["مرحله", "مراحل", "گام"],
        lv: ["Posms", "posmi", "stadija", "solis"]);

    /// <summary>Words that head the phase row ("Phase").</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Phase = ByLanguage.Of(
        en: ["Phase", "phases"],
        th: ["ระยะ"],
        vi: ["Pha", "thời kỳ"],
        fa: ["فاز", "فازها"],
        lv: ["Fāze", "fāzes"]);
}
