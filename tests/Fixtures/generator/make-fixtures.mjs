// Writes the fixture workbooks of tests/Fixtures with SheetJS, copying layouts seen in public journey
// workbooks (stages down with fields as columns, a touchpoint inventory with the stage repeated, persona cards,
// stages across with ">>" headers and "Fill in" placeholders, a Mermaid-generating table) without copying any
// of them: most of those workbooks carry no licence.
// Run: npm ci && node make-fixtures.mjs   (the .xlsx files are committed; this script is how to remake them)
import * as XLSX from "xlsx";
import { writeFileSync } from "node:fs";

const out = new URL("../", import.meta.url);
const save = (wb, name) => writeFileSync(new URL(name, out), XLSX.write(wb, { type: "buffer", bookType: "xlsx" }));
const sheet = (rows, origin = "A1") => XLSX.utils.aoa_to_sheet(rows, { origin });
const book = (...sheets) => {
  const wb = XLSX.utils.book_new();
  for (const [name, ws] of sheets) XLSX.utils.book_append_sheet(wb, ws, name);
  return wb;
};

// 1. Stages as rows, the table at B4, a title and author above, and a second Stage | Score table below.
{
  const ws = sheet([["Customer Journey Map – Running shoes"], ["Prepared by: Growth team"]]);
  XLSX.utils.sheet_add_aoa(ws, [
    ["Journey Stage", "Customer Goal", "Customer Actions", "Touchpoints", "Customer Thoughts", "Emotion", "Pain Points", "Brand Opportunities", "Marketing Channel", "KPI"],
    ["Awareness", "Find better shoes", "Watches a running video", "Instagram, YouTube, Ads", "My knees hurt after runs", "Curious", "Too many similar brands", "Expert content on injuries", "Social", "Reach 1.2M"],
    ["Consideration", "Choose the right model", "Compares cushioning", "Website, Review sites", "Which one suits my gait?", "Excited / Concerned", "Jargon in product pages", "Gait finder", "Search", "Time on site 3:40"],
    ["Purchase", "Buy at a fair price", "Orders online", "Webshop; Checkout", "Hope they fit", "Anxious", "Delivery fee surprise", "Free delivery over €80", "Email", "Conversion 2.4% (target 3%)"],
    ["Product Experience", "Run without pain", "Runs three times a week", "Shoes, App", "Much better!", "Happy", "Laces come undone", "Lace lock tips", "App", "Return rate 6%"],
    ["Loyalty", "Replace worn shoes", "Reorders the same model", "Loyalty email", "Easy", "Confident", "-", "Reminder at 600 km", "CRM", "Repeat purchase 28%"],
    ["Advocacy", "Help friends", "Recommends to club", "Strava, Word of mouth", "Everyone should try these", "Delighted", "No referral reward", "Club discount codes", "Community", "NPS 51"],
  ], { origin: "B4" });
  XLSX.utils.sheet_add_aoa(ws, [["Stage", "Score"], ["Awareness", 3], ["Consideration", 3], ["Purchase", 4], ["Product Experience", 4], ["Loyalty", 5], ["Advocacy", 5]], { origin: "B13" });
  save(book(["Journey", ws]), "stages-as-rows-b4.xlsx");
}

// 2. Touchpoint inventory: one row per touchpoint, the stage repeated or left blank, and a second table by touchpoint.
{
  const ws = sheet([
    ["Journey Stage", "Touchpoint", "Channel", "Customer Interaction", "Expectation", "Current Experience", "Pain Point", "Importance", "Improvement Opportunity", "KPI"],
    ["Awareness", "Facebook ad", "Social", "Sees an offer", "Relevant offer", "Generic", "Irrelevant ads", 3, "Better targeting", "CTR 0.9%"],
    ["Awareness", "Friend referral", "Word of mouth", "Hears about us", "Trustworthy", "Good", "", 5, "Referral programme", "Referrals 120"],
    ["", "Google search", "Search", "Finds the site", "Fast answers", "Slow site", "Slow loading", 4, "Faster pages", "Bounce 52%"],
    ["Onboarding", "Welcome email", "Email", "Reads the steps", "Clear steps", "Too long", "Wall of text", 4, "Short checklist", "Open rate 61%"],
    ["Onboarding", "Setup call", "Phone", "Gets help", "Quick setup", "Waits two days", "Wait for the call", 5, "Self-booking", "Time to setup 2 days"],
    [],
    ["Touchpoint", "Importance Score (1–5)", "Customer Impact", "Improvement Priority"],
    ["Facebook ad", 3, "Medium", "Low"],
    ["Setup call", 5, "High", "High"],
  ]);
  save(book(["Touchpoints", ws]), "touchpoint-inventory.xlsx");
}

// 3. A journey with a persona card beside it: three side-by-side key/value blocks and a Pain point | Impact table.
{
  const journey = sheet([
    ["Stage", "Discover", "Try", "Subscribe"],
    ["Actions", "Reads a blog post", "Starts a free trial", "Picks a plan"],
    ["Pain points", "Unclear pricing", "Empty dashboard", "Card form errors"],
    ["Opportunities", "Pricing FAQ", "Sample data", "Wallet payments"],
  ]);
  const card = sheet([
    ["Name", "Lena Fischer", "", "Goals", "Launch her shop in a month", "", "Preferred channels", "Instagram, Email"],
    ["Age", 29, "", "Motivation", "Independence", "", "Purchase frequency", "Monthly"],
    ["Occupation", "UX designer", "", "Frustrations", "Tools that need a developer", "", "Budget", "€100"],
    ["Location", "Berlin", "", "", "", "", "", ""],
    [],
    ["Pain Point", "Impact"],
    ["Setup takes too long", "High"],
    ["Hidden costs", "Medium"],
  ]);
  save(book(["Journey", journey], ["Persona", card]), "persona-card.xlsx");
}

// 4. Stages as columns under instructions: a merged title, "Research >>" headers, long lane labels, "Fill in" cells.
{
  const ws = sheet([
    ["How to use this template: replace every Fill in with what you learned in interviews."],
    ["1. One column per step of the journey."],
    ["2. Use emoji for feelings."],
    ["3. Keep one idea per line."],
    ["4. Delete this text when you are done."],
    [],
    ["Customer Journey Map - Online banking (persona: Sam, 31)"],
    [],
    ["", "Research >>", "Compare >>", "Apply >>", "Use"],
    ["Doing (tasks)", "Googles 'best bank app'", "Reads fee tables", "Fill in", "Pays rent in the app"],
    ["Feeling (emoji) (graphic representation of the feeling 😊😢…)", "😊", "😐", "😢", "😀"],
    ["Thinking", "Fill in", "Why so many fees?", "This form is endless", "Fill in"],
    ["Painpoints in each step e.g. long forms", "Fill in", "Fees hidden in PDFs", "Upload fails on phone\n• Asked twice for ID", "Fill in"],
    ["Opportunity for future state e.g. pre-filled forms", "Comparison page", "Fee calculator", "Save and continue later", "Fill in"],
  ]);
  ws["!merges"] = [{ s: { r: 6, c: 0 }, e: { r: 6, c: 4 } }];
  save(book(["Draft", ws]), "instructions-and-fill-in.xlsx");
}

// 5. A Mermaid-generating table: section rows between task rows, a formula column with cached values, a score of 7.
{
  const rows = [["section", "Task", "score", "actors", "mmSyntax"],
    ["Discover", "", "", "", ""], ["", "Search online", 3, "Me", ""], ["", "Ask a friend", 4, "Me, Friend", ""],
    ["Buy", "", "", "", ""], ["", "Pay", 7, "Me", ""], ["", "Wait for delivery", 2, "Me", ""]];
  const ws = sheet(rows);
  for (let r = 2; r <= rows.length; r++) {
    const [section, task, score, actors] = rows[r - 1];
    const cached = section ? `section ${section}` : `    ${task}: ${score}: ${actors}`;
    ws[`E${r}`] = { t: "s", v: cached, f: `IF(A${r}<>"","section "&A${r},"    "&B${r}&": "&C${r}&": "&D${r})` };
  }
  save(book(["Journey 🧭", ws]), "mermaid-table.xlsx");
}

// 6. NN/g-style lens rows (title, persona, scenario, version), a phase row, several rows per lane.
{
  const ws = sheet([
    ["Title", "Remote onboarding journey"],
    ["Persona", "New hire, first remote job"],
    ["Scenario", "Joins a fully remote team"],
    ["Version", "2"],
    ["Phase", "Before day one", "", "First week", ""],
    ["Stage", "Offer", "Equipment", "Day one", "Team intro"],
    ["Actions", "Signs the offer", "Receives a laptop", "Logs in", "Meets the team"],
    ["", "Reads the handbook", "Installs tools", "Sets up email", ""],
    ["", "", "", "Finds the first task", "Schedules 1:1s"],
    ["Thoughts", "Exciting!", "Will it work?", "So many tools", "Nice people"],
    ["", "", "Who do I ask?", "", ""],
    ["Emotions (1-5)", 5, 3, 2, 4],
    ["Pain points", "", "Laptop arrived late", "Too many logins", ""],
  ]);
  ws["!merges"] = [{ s: { r: 4, c: 1 }, e: { r: 4, c: 2 } }, { s: { r: 4, c: 3 }, e: { r: 4, c: 4 } },
    { s: { r: 6, c: 0 }, e: { r: 8, c: 0 } }, { s: { r: 9, c: 0 }, e: { r: 10, c: 0 } }];
  save(book(["Onboarding", ws]), "nng-lens-rows.xlsx");
}

// 7. Thai: Thai labels, Thai digits, a hidden helper column.
{
  const ws = sheet([
    ["แผนที่เส้นทางลูกค้า – แอปส่งอาหาร"],
    [],
    ["ขั้นตอน", "ค้นหาร้าน", "สั่งอาหาร", "ช่วยคำนวณ", "รออาหาร", "รีวิว"],
    ["สิ่งที่ลูกค้าทำ", "เลื่อนดูร้านใกล้บ้าน", "เลือกเมนูและจ่ายเงิน", "x", "ติดตามไรเดอร์", "ให้ดาว"],
    ["ความรู้สึก (1-5)", "๔", "๓", "x", "๒", "๕"],
    ["ปัญหาที่พบ", "ร้านเยอะเกินไป", "ค่าส่งแพง", "x", "ไม่รู้ว่าไรเดอร์อยู่ไหน", "-"],
    ["โอกาส", "แนะนำร้านตามรสนิยม", "ส่งฟรีเมื่อสั่งครบ", "x", "แผนที่แบบเรียลไทม์", "คูปองหลังรีวิว"],
  ]);
  ws["!cols"] = [{}, {}, {}, { hidden: true }];
  save(book(["เส้นทางลูกค้า", ws]), "thai-food-delivery.xlsx");
}

// 8. Persian, right to left, Persian digits and a scale written "۱ تا ۵".
{
  const ws = sheet([
    ["نقشه سفر مشتری – بیمه خودرو"],
    [],
    ["مراحل", "جستجو", "مقایسه", "خرید", "خسارت"],
    ["اقدامات مشتری", "جستجوی بیمه ارزان", "مقایسه قیمت‌ها", "پرداخت آنلاین", "ثبت خسارت"],
    ["احساسات (۱ تا ۵)", "۳", "۲", "۴", "۱"],
    ["نقاط درد", "اطلاعات پراکنده", "شرایط پیچیده", "-", "پیگیری طولانی"],
    ["فرصت‌ها", "راهنمای ساده", "جدول مقایسه", "پرداخت سریع", "پیگیری آنلاین"],
  ]);
  const wb = book(["سفر مشتری", ws]);
  wb.Workbook = { Views: [{ RTL: true }] };
  save(wb, "persian-car-insurance-rtl.xlsx");
}

// 9. Vietnamese, stages down, labels with and without diacritics.
{
  const ws = sheet([
    ["Giai đoạn", "Hanh dong", "Diem cham", "Cảm xúc", "Điểm đau", "Cơ hội"],
    ["Tìm hiểu", "Đọc đánh giá trên mạng", "Facebook, Google", "Tò mò", "Thông tin rời rạc", "Trang so sánh"],
    ["Đăng ký", "Điền mẫu đơn", "Ứng dụng", "Bực bội", "Mẫu đơn dài", "Điền sẵn thông tin"],
    ["Sử dụng", "Chuyển tiền hằng ngày", "Ứng dụng; Thông báo", "Hài lòng", "Thông báo quá nhiều", "Tùy chỉnh thông báo"],
  ]);
  save(book(["Hành trình", ws]), "vietnamese-stages-down.xlsx");
}

// 10. Latvian, an emotion lane told by faces only, and a hidden row.
{
  const ws = sheet([
    ["Posms", "Meklēšana", "Pieteikšanās", "Lietošana"],
    ["Darbības", "Salīdzina piedāvājumus", "Aizpilda anketu", "Maksā ar telefonu"],
    ["Iekšējā piezīme", "slēpts", "slēpts", "slēpts"],
    ["Sajūtas", "🙂", "😠", "😀"],
    ["Sāpju punkti", "Neskaidras cenas", "Gara anketa", "-"],
    ["Iespējas", "Cenu kalkulators", "Saīsināta anketa", "Lojalitātes punkti"],
  ]);
  ws["!rows"] = [{}, {}, { hidden: true }];
  save(book(["Klienta ceļš", ws]), "latvian-faces.xlsx");
}

console.log("fixtures written");
