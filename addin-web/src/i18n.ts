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
  start: "เริ่มแผนที่", read: "อ่านแผนที่", problems: "ปัญหา", preview: "ตัวอย่าง", save: "บันทึก", versions: "เวอร์ชัน",
  deck: "ดาวน์โหลดสไลด์", insert: "แทรกสไลด์", compare: "เปรียบเทียบ", upload: "เลือกเวิร์กบุ๊ก (.xlsx)",
};
const vi: Partial<Words> = {
  start: "Bắt đầu bản đồ", read: "Đọc bản đồ", problems: "Vấn đề", preview: "Xem trước", save: "Lưu", versions: "Phiên bản",
  deck: "Tải bản trình bày", insert: "Chèn trang chiếu", compare: "So sánh", upload: "Chọn sổ làm việc (.xlsx)",
};
const fa: Partial<Words> = {
  start: "شروع نقشه", read: "خواندن نقشه", problems: "مشکلات", preview: "پیش‌نمایش", save: "ذخیره", versions: "نسخه‌ها",
  deck: "دریافت اسلایدها", insert: "درج اسلایدها", compare: "مقایسه", upload: "انتخاب کارپوشه (.xlsx)",
};
const lv: Partial<Words> = {
  start: "Sākt karti", read: "Nolasīt karti", problems: "Problēmas", preview: "Priekšskatījums", save: "Saglabāt", versions: "Versijas",
  deck: "Lejupielādēt slaidus", insert: "Ievietot slaidus", compare: "Salīdzināt", upload: "Izvēlēties darbgrāmatu (.xlsx)",
};

const languages: Record<string, Partial<Words>> = { en, th, vi, fa, lv };

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
