/** The pane's words in the five languages our users write in; the Office display language picks one. */
const en = {
  appTitle: "OfficeJourney",
  start: "Start a map", mapType: "Map type", industry: "Example", language: "Language", insertTemplate: "Insert template",
  read: "Read the map", readSelection: "Selection", readSheet: "This sheet", readAll: "All sheets", reread: "Read again",
  problems: "Problems", noProblems: "No problems: the map reads cleanly.", preview: "Preview",
  save: "Save", message: "What changed (version note)", saved: "Saved as version {0}", openMap: "Open a map", search: "Search by title",
  versions: "Versions", compare: "Compare", changes: "What changed", noChanges: "No changes.",
  deck: "Download deck", insert: "Insert slides", slides: "Slides", version: "Version", latest: "Latest",
  keepSource: "Keep the deck's look", useDestination: "Use this presentation's theme", update: "Update from latest version",
  upload: "Choose a workbook (.xlsx)", uploadHint: "Or open this pane in Excel or PowerPoint.", notUsable: "This grid cannot be made into a map yet: fix the errors below.",
  inserted: "Inserted {0} slides after the current slide.", updated: "Updated to version {0}: {1}", upToDate: "The slides show the latest version.",
  busy: "Working…", signIn: "Sign in", site: "Team site",
} as const;

export type Words = Record<keyof typeof en, string>;

const th: Partial<Words> = {
  start: "เริ่มแผนที่", mapType: "ประเภทแผนที่", industry: "ตัวอย่าง", language: "ภาษา", insertTemplate: "แทรกเทมเพลต",
  read: "อ่านแผนที่", readSelection: "ส่วนที่เลือก", readSheet: "แผ่นงานนี้", readAll: "ทุกแผ่นงาน", reread: "อ่านอีกครั้ง",
  problems: "ปัญหา", noProblems: "ไม่มีปัญหา: อ่านแผนที่ได้ครบถ้วน", preview: "ตัวอย่าง",
  save: "บันทึก", message: "สิ่งที่เปลี่ยน (หมายเหตุเวอร์ชัน)", saved: "บันทึกเป็นเวอร์ชัน {0} แล้ว", openMap: "เปิดแผนที่", search: "ค้นหาตามชื่อ",
  versions: "เวอร์ชัน", compare: "เปรียบเทียบ", changes: "สิ่งที่เปลี่ยน", noChanges: "ไม่มีการเปลี่ยนแปลง",
  deck: "ดาวน์โหลดสไลด์", insert: "แทรกสไลด์", slides: "สไลด์", version: "เวอร์ชัน", latest: "ล่าสุด",
  keepSource: "คงรูปแบบของสไลด์", useDestination: "ใช้ธีมของงานนำเสนอนี้", update: "อัปเดตเป็นเวอร์ชันล่าสุด",
  upload: "เลือกเวิร์กบุ๊ก (.xlsx)", uploadHint: "หรือเปิดบานหน้าต่างนี้ใน Excel หรือ PowerPoint", notUsable: "ยังสร้างแผนที่จากตารางนี้ไม่ได้: แก้ไขข้อผิดพลาดด้านล่าง",
  inserted: "แทรก {0} สไลด์ต่อจากสไลด์ปัจจุบันแล้ว", updated: "อัปเดตเป็นเวอร์ชัน {0}: {1}", upToDate: "สไลด์แสดงเวอร์ชันล่าสุดแล้ว",
  busy: "กำลังทำงาน…", signIn: "ลงชื่อเข้าใช้", site: "ไซต์ทีม",
};
const vi: Partial<Words> = {
  start: "Bắt đầu bản đồ", mapType: "Loại bản đồ", industry: "Ví dụ", language: "Ngôn ngữ", insertTemplate: "Chèn mẫu",
  read: "Đọc bản đồ", readSelection: "Vùng chọn", readSheet: "Trang tính này", readAll: "Tất cả trang tính", reread: "Đọc lại",
  problems: "Vấn đề", noProblems: "Không có vấn đề: bản đồ đọc được trọn vẹn.", preview: "Xem trước",
  save: "Lưu", message: "Điều đã thay đổi (ghi chú phiên bản)", saved: "Đã lưu thành phiên bản {0}", openMap: "Mở bản đồ", search: "Tìm theo tiêu đề",
  versions: "Phiên bản", compare: "So sánh", changes: "Điều đã thay đổi", noChanges: "Không có thay đổi.",
  deck: "Tải bản trình bày", insert: "Chèn trang chiếu", slides: "Trang chiếu", version: "Phiên bản", latest: "Mới nhất",
  keepSource: "Giữ giao diện của bản trình bày", useDestination: "Dùng chủ đề của bản trình bày này", update: "Cập nhật lên phiên bản mới nhất",
  upload: "Chọn sổ làm việc (.xlsx)", uploadHint: "Hoặc mở ngăn này trong Excel hay PowerPoint.", notUsable: "Chưa thể tạo bản đồ từ bảng này: hãy sửa các lỗi bên dưới.",
  inserted: "Đã chèn {0} trang chiếu sau trang hiện tại.", updated: "Đã cập nhật lên phiên bản {0}: {1}", upToDate: "Các trang chiếu đã là phiên bản mới nhất.",
  busy: "Đang xử lý…", signIn: "Đăng nhập", site: "Trang nhóm",
};
const fa: Partial<Words> = {
  start: "شروع نقشه", mapType: "نوع نقشه", industry: "نمونه", language: "زبان", insertTemplate: "درج الگو",
  read: "خواندن نقشه", readSelection: "محدوده انتخاب‌شده", readSheet: "این برگه", readAll: "همه برگه‌ها", reread: "خواندن دوباره",
  problems: "مشکلات", noProblems: "مشکلی نیست: نقشه کامل خوانده شد.", preview: "پیش‌نمایش",
  save: "ذخیره", message: "چه تغییر کرد (یادداشت نسخه)", saved: "به‌عنوان نسخه {0} ذخیره شد", openMap: "باز کردن نقشه", search: "جستجو بر اساس عنوان",
  versions: "نسخه‌ها", compare: "مقایسه", changes: "چه تغییر کرد", noChanges: "تغییری نیست.",
  deck: "دریافت اسلایدها", insert: "درج اسلایدها", slides: "اسلایدها", version: "نسخه", latest: "آخرین",
  keepSource: "حفظ ظاهر اسلایدها", useDestination: "استفاده از پوسته این ارائه", update: "به‌روزرسانی به آخرین نسخه",
  upload: "انتخاب کارپوشه (.xlsx)", uploadHint: "یا این پنجره را در Excel یا PowerPoint باز کنید.", notUsable: "هنوز نمی‌توان از این جدول نقشه ساخت: خطاهای زیر را برطرف کنید.",
  inserted: "{0} اسلاید پس از اسلاید کنونی درج شد.", updated: "به نسخه {0} به‌روز شد: {1}", upToDate: "اسلایدها آخرین نسخه را نشان می‌دهند.",
  busy: "در حال انجام…", signIn: "ورود", site: "سایت تیم",
};
const lv: Partial<Words> = {
  start: "Sākt karti", mapType: "Kartes veids", industry: "Piemērs", language: "Valoda", insertTemplate: "Ievietot veidni",
  read: "Nolasīt karti", readSelection: "Atlase", readSheet: "Šī lapa", readAll: "Visas lapas", reread: "Nolasīt vēlreiz",
  problems: "Problēmas", noProblems: "Problēmu nav: karte nolasīta pilnībā.", preview: "Priekšskatījums",
  save: "Saglabāt", message: "Kas mainījās (versijas piezīme)", saved: "Saglabāts kā versija {0}", openMap: "Atvērt karti", search: "Meklēt pēc nosaukuma",
  versions: "Versijas", compare: "Salīdzināt", changes: "Kas mainījās", noChanges: "Izmaiņu nav.",
  deck: "Lejupielādēt slaidus", insert: "Ievietot slaidus", slides: "Slaidi", version: "Versija", latest: "Jaunākā",
  keepSource: "Saglabāt slaidu izskatu", useDestination: "Izmantot šīs prezentācijas dizainu", update: "Atjaunināt uz jaunāko versiju",
  upload: "Izvēlēties darbgrāmatu (.xlsx)", uploadHint: "Vai atveriet šo rūti programmā Excel vai PowerPoint.", notUsable: "No šīs tabulas vēl nevar izveidot karti: izlabojiet tālāk norādītās kļūdas.",
  inserted: "Ievietoti {0} slaidi aiz pašreizējā slaida.", updated: "Atjaunināts uz versiju {0}: {1}", upToDate: "Slaidos ir jaunākā versija.",
  busy: "Notiek darbs…", signIn: "Pierakstīties", site: "Komandas vietne",
};

const languages: Record<string, Partial<Words>> = { en, th, vi, fa, lv };

/** Each language by its own name, as a language menu shows it. */
const endonyms: Record<string, string> = { en: "English", th: "ไทย", vi: "Tiếng Việt", fa: "فارسی", lv: "Latviešu" };

export function languageName(tag: string): string {
  return endonyms[tag] ?? tag;
}

/** Words a language lacks (a test keeps this empty for the five). */
export function missingWords(lang: string): string[] {
  return Object.keys(en).filter((key) => key !== "appTitle" && !(key in (languages[lang] ?? {})));
}

export interface Locale { lang: string; dir: "ltr" | "rtl"; words: Words }

/** "fa-IR" → Persian, right to left; unknown languages fall back to English word by word. */
export function localeFor(displayLanguage: string | undefined): Locale {
  const lang = (displayLanguage ?? "en").slice(0, 2).toLowerCase();
  const chosen = languages[lang] ? lang : "en";
  return { lang: chosen, dir: chosen === "fa" ? "rtl" : "ltr", words: { ...en, ...languages[chosen] } as Words };
}

export function format(text: string, ...values: (string | number)[]): string {
  return text.replace(/\{(\d)\}/g, (_, i: string) => String(values[Number(i)] ?? ""));
}
