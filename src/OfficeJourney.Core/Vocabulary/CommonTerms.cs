using OfficeJourney.Model;

namespace OfficeJourney.Vocabulary;

/// <summary>Placeholders, persona keys, map properties and map type names, in every supported language.</summary>
internal static class CommonTerms
{
    /// <summary>Cells that say "nothing here yet".</summary>
    public static readonly string[] Placeholders =
    [
        "fill in", "fill-in", "tbd", "tbc", "todo", "to do", "n/a", "na", "-", "--", "–", "—", "…", "...", "?", "??", "???",
        "enter text", "enter text here", "type here", "add text", "add here", "insert text", "xxx", "lorem ipsum",
        "กรอก", "กรอกข้อมูล", "รอระบุ", "ระบุ", "ใส่ข้อมูล",
        "điền vào", "cần điền", "nhập nội dung", "chưa có",
        "پر کنید", "تکمیل شود", "وارد کنید",
        "aizpildīt", "aizpildiet", "jāaizpilda", "ievadiet tekstu",
    ];

    public enum PersonaKey
    {
        Name,
        Description,
        Demographics,
        Goals,
        Motivations,
        Objections,
        Other,
    }

    public static readonly IReadOnlyDictionary<PersonaKey, string[]> PersonaKeys = new Dictionary<PersonaKey, string[]>
    {
        [PersonaKey.Name] = ["name", "persona", "persona name", "full name", "display name", "user", "users", "tên", "tên persona", "ชื่อ", "ชื่อเพอร์โซนา", "نام", "نام پرسونا", "vārds", "personas vārds", "persona vārds"],
        [PersonaKey.Description] = ["description", "bio", "about", "summary", "background", "profile", "mô tả", "tiểu sử", "คำอธิบาย", "ประวัติ", "توضیحات", "شرح", "apraksts", "profils"],
        [PersonaKey.Demographics] = ["demographics", "demographic", "nhân khẩu học", "ข้อมูลประชากร", "ข้อมูลทั่วไป", "جمعیت‌شناسی", "ویژگی‌های جمعیتی", "demogrāfija", "demogrāfiskie dati"],
        [PersonaKey.Goals] = ["goals", "goal", "needs", "mục tiêu", "nhu cầu", "เป้าหมาย", "ความต้องการ", "اهداف", "هدف", "نیازها", "mērķi", "vajadzības"],
        [PersonaKey.Motivations] = ["motivations", "motivation", "drivers", "motivators", "động lực", "แรงจูงใจ", "انگیزه‌ها", "انگیزه", "motivācija", "motivācijas"],
        [PersonaKey.Objections] = ["objections", "objection", "concerns", "hesitations", "fears", "phản đối", "lo ngại", "e ngại", "ข้อโต้แย้ง", "ข้อกังวล", "اعتراضات", "نگرانی‌ها", "تردیدها", "iebildumi", "bažas"],
        [PersonaKey.Other] =
        [
            "age", "gender", "occupation", "job", "job title", "role", "location", "city", "income", "education", "family", "quote", "personality", "behaviours", "behaviors", "frustrations", "pain points", "interests", "hobbies", "tech savviness", "preferred channels", "segment",
            "first name", "last name", "surname", "alias", "department", "skills", "school", "about me", "manager",
            "tuổi", "giới tính", "nghề nghiệp", "công việc", "địa điểm", "thu nhập", "học vấn", "gia đình", "trích dẫn", "sở thích", "khó khăn",
            "อายุ", "เพศ", "อาชีพ", "ตำแหน่ง", "ที่อยู่", "รายได้", "การศึกษา", "ครอบครัว", "คำพูด", "ความสนใจ", "ปัญหา",
            "سن", "جنسیت", "شغل", "نقش", "محل زندگی", "شهر", "درآمد", "تحصیلات", "خانواده", "نقل قول", "علایق", "مشکلات",
            "vecums", "dzimums", "profesija", "amats", "atrašanās vieta", "pilsēta", "ienākumi", "izglītība", "ģimene", "citāts", "intereses", "problēmas",
        ],
    };

    /// <summary>The columns of a step table (a Mermaid-style journey kept in Excel: section | task | score | actors).</summary>
    public enum StepColumn
    {
        /// <summary>The stage a step belongs to ("section", "stage", "phase").</summary>
        Section,

        /// <summary>The step itself ("task", "step", "activity").</summary>
        Step,

        /// <summary>How the step felt, as a number ("score", "rating").</summary>
        Score,

        /// <summary>Who takes part ("actors", "who", "roles").</summary>
        Actors,
    }

    /// <summary>Step-table column names in the supported languages (other languages: <see cref="RecognisedLanguages.StepColumns"/>).</summary>
    public static readonly IReadOnlyDictionary<StepColumn, IReadOnlyDictionary<string, string[]>> StepColumns =
        new Dictionary<StepColumn, IReadOnlyDictionary<string, string[]>>
        {
            [StepColumn.Section] = ByLanguage.Of(
                en: ["Section", "sections", "stage", "stages", "phase", "phases", "group", "journey stage"],
                th: ["ส่วน", "ขั้นตอน", "ช่วง", "ระยะ", "กลุ่ม"],
                vi: ["Phần", "giai đoạn", "pha", "nhóm"],
                fa: ["بخش", "مرحله", "فاز", "گروه"],
                lv: ["Sadaļa", "posms", "fāze", "grupa"]),
            [StepColumn.Step] = ByLanguage.Of(
                en: ["Task", "tasks", "step", "steps", "activity", "activities", "action"],
                th: ["งาน", "ขั้น", "กิจกรรม", "การกระทำ"],
                vi: ["Nhiệm vụ", "bước", "hoạt động", "công việc"],
                fa: ["وظیفه", "کار", "گام", "فعالیت"],
                lv: ["Uzdevums", "solis", "darbība", "aktivitāte"]),
            [StepColumn.Score] = ByLanguage.Of(
                en: ["Score", "scores", "rating", "emotion score", "sentiment score", "satisfaction", "satisfaction score", "sentiment", "feeling"],
                th: ["คะแนน", "คะแนนความรู้สึก", "ความพึงพอใจ"],
                vi: ["Điểm", "điểm cảm xúc", "đánh giá", "mức độ hài lòng"],
                fa: ["امتیاز", "نمره", "امتیاز احساس", "رضایت"],
                lv: ["Vērtējums", "punkti", "rezultāts", "apmierinātība"]),
            [StepColumn.Actors] = ByLanguage.Of(
                en: ["Actors", "actor", "who", "people", "participants", "persona", "personas", "roles", "role"],
                th: ["ผู้เกี่ยวข้อง", "ผู้มีส่วนร่วม", "ใคร", "บทบาท"],
                vi: ["Tác nhân", "người tham gia", "ai", "vai trò"],
                fa: ["کنشگران", "بازیگران", "چه کسی", "شرکت‌کنندگان", "نقش‌ها"],
                lv: ["Dalībnieki", "kas", "lomas", "aktieri"]),
        };

    public enum PropertyKey
    {
        Title,
        MapType,
        Other,
    }

    public static readonly IReadOnlyDictionary<PropertyKey, string[]> PropertyKeys = new Dictionary<PropertyKey, string[]>
    {
        [PropertyKey.Title] = ["title", "map title", "journey", "journey name", "tiêu đề", "tên hành trình", "ชื่อแผนที่", "ชื่อเส้นทาง", "หัวข้อ", "عنوان", "nosaukums", "kartes nosaukums"],
        [PropertyKey.MapType] = ["map type", "type", "journey type", "loại bản đồ", "loại", "ประเภทแผนที่", "ประเภท", "نوع نقشه", "نوع", "kartes veids", "veids"],
        [PropertyKey.Other] =
        [
            "scenario", "version", "date", "author", "owner", "team", "created", "updated", "last updated", "review date", "status", "source", "sources", "research", "product", "industry", "segment", "notes",
            "kịch bản", "phiên bản", "ngày", "tác giả", "nhóm", "trạng thái", "nguồn", "ngành",
            "สถานการณ์", "เวอร์ชัน", "วันที่", "ผู้จัดทำ", "ทีม", "สถานะ", "แหล่งที่มา", "อุตสาหกรรม",
            "سناریو", "نسخه", "تاریخ", "نویسنده", "تیم", "وضعیت", "منبع", "صنعت",
            "scenārijs", "versija", "datums", "autors", "komanda", "statuss", "avots", "nozare",
        ],
    };

    public static readonly IReadOnlyDictionary<MapType, IReadOnlyDictionary<string, string[]>> MapTypes =
        new Dictionary<MapType, IReadOnlyDictionary<string, string[]>>
        {
            [MapType.CurrentState] = ByLanguage.Of(
                ["Current state", "current-state", "as-is", "as is", "current state journey map"],
                ["สถานะปัจจุบัน", "สภาพปัจจุบัน"],
                ["Hiện trạng", "trạng thái hiện tại"],
                ["وضعیت فعلی", "وضعیت موجود"],
                ["Pašreizējais stāvoklis", "esošā situācija"]),
            [MapType.FutureState] = ByLanguage.Of(
                ["Future state", "future-state", "to-be", "to be", "future state journey map"],
                ["สถานะในอนาคต", "สภาพในอนาคต"],
                ["Trạng thái tương lai", "tương lai"],
                ["وضعیت آینده", "وضعیت مطلوب"],
                ["Nākotnes stāvoklis", "vēlamā situācija"]),
            [MapType.DayInTheLife] = ByLanguage.Of(
                ["Day in the life", "day-in-the-life", "a day in the life"],
                ["หนึ่งวันในชีวิต"],
                ["Một ngày trong cuộc sống"],
                ["یک روز از زندگی"],
                ["Diena dzīvē", "viena diena dzīvē"]),
            [MapType.ServiceBlueprint] = ByLanguage.Of(
                ["Service blueprint", "service-blueprint", "blueprint"],
                ["พิมพ์เขียวบริการ", "พิมพ์เขียวการบริการ"],
                ["Bản thiết kế dịch vụ", "sơ đồ dịch vụ"],
                ["نقشه خدمات", "طرح‌واره خدمت"],
                ["Pakalpojuma plāns", "pakalpojumu plāns"]),
        };
}
