// Writes tests/Fixtures/real/*.xlsx: look-alikes of journey workbooks published in public GitHub repositories
// (see ../real/README.md for the sources). Each copies a real workbook's STRUCTURE — sheet names' language,
// where the grid starts, blank rows and gap columns, hidden rows, numbers vs text, second tables — with
// invented content (other products, other words, same language). No original text is reused and no
// original file is kept in the repository.
// Run: npm ci && node make-real-lookalikes.mjs
import * as XLSX from "xlsx";
import { mkdirSync, writeFileSync } from "node:fs";

const out = new URL("../real/", import.meta.url);
mkdirSync(out, { recursive: true });
const save = (wb, name) => writeFileSync(new URL(name, out), XLSX.write(wb, { type: "buffer", bookType: "xlsx" }));
const book = (...sheets) => {
  const wb = XLSX.utils.book_new();
  for (const [name, ws] of sheets) XLSX.utils.book_append_sheet(wb, ws, name);
  return wb;
};
const empty = () => XLSX.utils.aoa_to_sheet([]);
const put = (ws, rows, origin) => XLSX.utils.sheet_add_aoa(ws, rows, { origin });
const widen = (ws, ref) => { ws["!ref"] = ref; return ws; };

// 1. en-stages-down-b4-score-table — internship task: stages down at B4 (fields as columns, A and rows 1-3 empty),
//    rows 11-14 blank, then a headed Stage | Score table at B15 holding the numeric curve.
{
  const ws = empty();
  put(ws, [
    ["Journey Stage", "Customer Goal", "Customer Actions", "Touchpoints", "Customer Thoughts", "Emotion", "Pain Points", "Brand Opportunities", "Marketing Channel", "KPI"],
    ["Awareness", "Find a coffee that suits mornings", "Notices a roastery in a podcast ad", "Podcast, Instagram, Ads", "\"My supermarket beans taste flat.\"", "Curious", "Every roastery says the same", "Tasting notes people understand", "Podcasts, Social Media", "Reach, Ad recall"],
    ["Consideration", "Pick a blend and grind", "Takes the flavour quiz and reads grind tips", "Website, Quiz, Reviews", "\"Which grind fits my moka pot?\"", "Interested", "Grind sizes are confusing", "Brewer-based grind picker", "Website, SEO", "Quiz completions"],
    ["Purchase", "Subscribe without risk", "Chooses a 2-week plan and pays", "Checkout, App", "\"Can I pause it easily?\"", "Hopeful / Hesitant", "Pause rules are hidden", "Show pause and skip up front", "Website, Email", "Subscription rate"],
    ["Product Experience", "Brew a good cup every day", "Opens the bag and follows the card", "Parcel, Brew card, Chat", "\"Smells amazing.\"", "Pleased", "Parcel does not fit the letterbox", "Slimmer letterbox parcel", "Email, Chat", "Delivery NPS"],
    ["Loyalty", "Keep coffee fresh without effort", "Swaps blends and skips a delivery", "App, Email", "\"It adapts to me.\"", "Content", "Swapping takes four taps", "One-tap swap", "App, Email", "Retention at 6 months"],
    ["Advocacy", "Share a favourite blend", "Gifts a bag to a colleague", "Gift page, Word of Mouth", "\"You have to try this one.\"", "Proud", "Gift codes expire quickly", "Longer gift validity", "Referrals, Social Media", "Gifts sent, Referrals"],
  ], "B4");
  put(ws, [["Stage", "Score"], ["Awareness", 2], ["Consideration", 3], ["Purchase", 3], ["Product Experience", 5], ["Loyalty", 4], ["Advocacy", 5]], "B15");
  ws["!cols"] = [{ wch: 3 }, { wch: 18 }, { wch: 22 }, { wch: 26 }, { wch: 16 }, { wch: 21 }, { wch: 12 }];
  save(book(["Sheet1", ws]), "en-stages-down-b4-score-table.xlsx");
}

// 2. en-touchpoint-inventory-b4 — one row per touchpoint from B4, the stage repeated on every row, Importance as
//    words (High/Medium), rows 20-25 blank, then a second table at D26 ranking touchpoints (a score 3-5 and words).
{
  const ws = empty();
  const rows = [
    ["Journey Stage", "Touchpoint", "Channel", "Customer Interaction", "Customer Expectation", "Current Experience", "Pain Point", "Importance", "Improvement Opportunity", "KPI"],
    ["Awareness", "Radio spot", "Local radio", "Hears about the gym", "Catchy and local", "Plays at rush hour", "Easy to forget the name", "Medium", "Repeat the name twice", "Recall"],
    ["Awareness", "Flyer", "Letterbox", "Reads the opening offer", "Clear price", "Offer printed small", "Price hard to find", "Medium", "Bigger price line", "QR scans"],
    ["Consideration", "Class timetable", "Website", "Checks evening classes", "Up-to-date times", "Updated weekly", "Cancelled classes still listed", "High", "Live timetable", "Timetable views"],
    ["Consideration", "Trial pass", "Front desk", "Asks for a free visit", "No pressure", "Sales talk at the desk", "Feels pushed", "High", "Self-service trial pass", "Trial uptake"],
    ["Consideration", "Online reviews", "Maps / Review sites", "Reads member reviews", "Honest opinions", "Mixed reviews", "Old complaints on top", "Medium", "Reply to reviews", "Average rating"],
    ["Purchase", "Membership form", "Tablet at desk", "Signs up", "Two minutes at most", "Long paper-like form", "Asks for data twice", "High", "Pre-filled form", "Form completion"],
    ["Purchase", "Direct debit", "Bank", "Sets up payment", "Safe and clear", "Works", "First charge date unclear", "High", "Show first charge date", "Failed payments"],
    ["Onboarding", "Welcome tour", "Coach", "Gets shown the machines", "Personal attention", "Group tour", "Too fast", "Medium", "Book a 1:1 slot", "Tour bookings"],
    ["Onboarding", "Gym app", "Mobile App", "Books first class", "Works first time", "Login codes by SMS", "Codes arrive late", "High", "Email magic link", "App activation"],
    ["Usage", "Locker", "Changing room", "Stores belongings", "Free locker", "Often full at 6 pm", "Waits for a locker", "Medium", "More lockers", "Complaints"],
    ["Usage", "Class booking", "Mobile App", "Books weekly classes", "Fair access", "Fills in minutes", "Never gets a spot", "High", "Waiting list", "Class fill rate"],
    ["Retention", "Progress email", "Email", "Reads monthly summary", "Motivating", "Generic numbers", "Not personal", "Medium", "Personal goals", "Open rate"],
    ["Retention", "Freeze option", "Front desk", "Pauses during holiday", "Simple", "Only in person", "Must visit to pause", "High", "Pause in app", "Cancellations"],
    ["Advocacy", "Bring-a-friend", "Mobile App", "Invites a friend", "Reward for both", "Reward for member only", "Friend gets nothing", "Medium", "Two-sided reward", "Invites sent"],
    ["Advocacy", "Review request", "SMS", "Rates the gym", "Short", "Ten questions", "Too long", "Medium", "One-question rating", "Responses"],
  ];
  put(ws, rows, "B4");
  put(ws, [["Touchpoint", "Importance Score", "Customer Impact", "Improvement Priority"],
    ["Class booking", 5, "High", "High"], ["Membership form", 5, "High", "High"], ["Trial pass", 5, "High", "High"], ["Gym app", 4, "High", "High"],
    ["Freeze option", 4, "Medium", "Medium"], ["Class timetable", 4, "High", "Medium"], ["Direct debit", 4, "Medium", "Medium"], ["Locker", 3, "Medium", "Medium"],
    ["Welcome tour", 3, "Medium", "Low"], ["Online reviews", 3, "Medium", "Medium"], ["Progress email", 3, "Medium", "Low"], ["Bring-a-friend", 3, "Medium", "Medium"],
    ["Flyer", 3, "Medium", "Low"], ["Radio spot", 3, "Medium", "Low"]], "D26");
  save(book(["Sheet1", ws]), "en-touchpoint-inventory-b4.xlsx");
}

// 3. en-persona-card-three-blocks — persona only: three key/value blocks side by side from C4 (gap columns E and
//    H-I), the first block longer than the others, then a Pain Point | Impact table at C14. No journey.
{
  const ws = empty();
  put(ws, [
    ["Field", "Details", "", "Category", "Details", "", "", "Category", "Details"],
    ["Persona Name", "Mireille Okafor", "", "Primary Goal", "Cook healthy dinners in 20 minutes", "", "", "Purchase Frequency", "Weekly meal-kit order"],
    ["Age", 34, "", "Interests", "Cooking, Cycling, Podcasts", "", "", "Research Method", "Recipe blogs, TikTok, Friends"],
    ["Gender", "Female", "", "Shopping Preference", "Online delivery", "", "", "Product Comparison", "Three meal-kit brands"],
    ["Occupation", "Nurse (shift work)", "", "Preferred Content", "Short recipe videos", "", "", "Price Sensitivity", "High"],
    ["Location", "Leeds, UK", "", "Main Motivation", "Eat well despite night shifts", "", "", "Main Purchase Factors", "Price, Prep time, Portions"],
    ["Income Level", "Middle Income"],
    ["Lifestyle", "Busy, irregular hours"],
  ], "C4");
  put(ws, [["Pain Point", "Impact"], ["Deliveries arrive while she sleeps", "High"], ["Portions too big for one", "High"],
    ["Packaging waste", "Medium"], ["Recipes need rare spices", "Medium"], ["Skipping a week is fiddly", "Medium"]], "C14");
  save(book(["Sheet1", ws]), "en-persona-card-three-blocks.xlsx");
}

// 4. ru-stages-across-a1 — R7-Office CJM: stages across row 1 from B1 under the corner label "Этапы и задачи",
//    eight lanes down column A with long labels, two lanes of plain numbers 1-5 (importance, satisfaction),
//    empty cells written as a lone no-break space, no title, no merges.
{
  const NB = "\u00a0";
  const ws = XLSX.utils.aoa_to_sheet([
    ["Этапы и задачи", "Этап осознания потребности", "Этап выбора клуба", "Регистрация", "Покупка абонемента", "Запись на тренировку", "Посещение клуба", "Оценка тренера"],
    ["Задача клиента: чего он хочет добиться на этапе", "Понять, как начать заниматься спортом", "Найти клуб рядом с домом", "Создать личный кабинет", "Выбрать выгодный абонемент", "Записаться на групповое занятие", "Прийти и позаниматься без очередей", "Поделиться мнением о тренере"],
    ["Канал взаимодействия", "Соцсети, знакомые", "Карты, сайт сети, агрегаторы", "Приложение, SMS", "Приложение, ресепшн", "Приложение", "Клуб, турникет, приложение", "Приложение, e-mail"],
    ["Процессы на этапе", "Смотрит ролики и читает отзывы", "Сравнивает клубы по расстоянию и цене", "Вводит телефон и код из SMS", "Сравнивает тарифы и платит картой", "Выбирает время и тренера", "Проходит по QR-коду, берёт шкафчик", "Ставит оценку и пишет комментарий"],
    ["Чувства и мысли клиента", "Смогу ли я заниматься регулярно?", "Не слишком ли далеко ехать?", "Почему код так долго приходит?", "Не переплачиваю ли я?", "Успею ли занять место?", "Как здесь всё устроено?", "Услышат ли мой отзыв?"],
    ["Барьеры", "Непонятно, с чего начать", NB, "SMS-код приходит с задержкой", "Условия заморозки описаны мелко", "Места на популярные занятия быстро заканчиваются", NB, "Форма отзыва спрятана в меню"],
    ["Важность этапа", 3, 5, 4, 5, 4, 5, 2],
    ["Удовлетворённость клиента", 4, 3, 2, 3, 3, 4, 3],
    ["Решения по этапу", "Бесплатная вводная тренировка", "Фильтр клубов по району и цене", "Вход по ссылке из e-mail", "Калькулятор стоимости абонемента", "Лист ожидания с уведомлением", "Схема клуба в приложении", "Запрос оценки сразу после занятия"],
  ]);
  ws["!cols"] = [{ wch: 36 }, { wch: 25 }, { wch: 24 }, { wch: 24 }, { wch: 26 }, { wch: 33 }, { wch: 28 }, { wch: 26 }];
  save(book(["Лист1", ws]), "ru-stages-across-a1.xlsx");
}

// 5. es-steps-with-scores-no-header — Google Sheets export (Mexico): team names and student ids in A1:B4, a blank
//    row, then seven steps down A6:A12 with a 0-10 score beside each and NO header, hidden helper rows 14-20 that
//    hold the chart's mid-line (5.0), a stray "Visible:" at D23, and two rows "Visible:" / "Invisible: " at 30-31
//    with nine items across B..J that do not line up one-to-one with the seven steps. The chart itself is lost.
{
  const ws = XLSX.utils.aoa_to_sheet([
    ["Mariana Soto Reyes ", "B02039911"],
    ["Héctor Ibarra Luna", "B02039874"],
    ["Paola Quintero Vega", "B02039820"],
    ["Tomás Elizondo Ruiz", "B02040012"],
    [],
    ["Ver un video en TikTok", 8],
    ["Entrar a la tienda en línea", 9],
    ["Elegir la talla de la bici", 4],
    ["Pagar con tarjeta", 8],
    ["Recibir la caja en casa", 6],
    ["Armar la bicicleta", 2],
    ["Primer paseo", 10],
  ]);
  for (let r = 6; r <= 12; r++) ws[`B${r}`].z = "0.0";
  for (let r = 14; r <= 20; r++) ws[`B${r}`] = { t: "n", v: 5, z: "0.0" };
  ws["D23"] = { t: "s", v: "Visible:" };
  put(ws, [
    ["Visible:", "Video patrocinado", "Catálogo de la tienda", "Tabla de tallas", "Pantalla de pago", "Repartidor", "Caja y manual", "Herramientas incluidas", "Bicicleta armada", "ya notaste que los frenos necesitan ajuste"],
    ["Invisible: ", "Segmentación de anuncios", "Inventario sincronizado", "Reglas de tallas", "Antifraude", "Ruta de reparto", "Control de calidad", "Empaque en bodega", "Soporte por chat", "el taller ajusta los frenos y todo funciona otra vez "],
  ], "A30");
  ws["!ref"] = "A1:J31";
  ws["!rows"] = [];
  for (let r = 13; r <= 19; r++) ws["!rows"][r] = { hidden: true };
  ws["!cols"] = [{ wch: 30 }, { wch: 12 }, { wch: 24 }, { wch: 26 }, { wch: 23 }, { wch: 25 }];
  save(book(["Hoja 1", ws]), "es-steps-with-scores-no-header.xlsx");
}

// 6. en-user-journey-step-table-gaps — a developer's "user journey" for an API: a user story in A1, headers at
//    B2/D2/F2/H2 with EMPTY gap columns between them (C, E, G), one step per row, a second sheet of JSON schemas.
{
  const ws = XLSX.utils.aoa_to_sheet([
    ["As a member I want to reserve a meeting room so that my team has a place to meet"],
    ["", "JURNEY", "", "UX", "", "DATA", "", "SECURITY"],
    ["", "as a member I can see today's free rooms", "", "the start page lists rooms with a green or red badge", "", "GET /room -> room array", "", "anonym"],
    ["", "as a member I can open a room to see its equipment", "", "each room in the list links to a detail card", "", "GET /room/3 -> room", "", "anonym"],
    ["", "as a member I can reserve a room for up to 2 hours", "", "the reserve button sits on the detail card, greyed when full", "", "POST /room/reserve body: reservation", "", "member_role"],
    ["", "as a member I can list my reservations", "", "my reservations are under the profile menu", "", "GET /member/profile -> currentMember", "", "member_role"],
    ["", "as a member I check in at the room and the receptionist confirms it", "", "the receptionist sees today's check-ins and confirms them", "", "PUT /room/checkin -> body:checkin", "", "reception role"],
  ]);
  const schemas = XLSX.utils.aoa_to_sheet([["Schemas"], ["", "reservation"], ["", "{\n    \"type\": \"object\",\n    \"properties\": { \"roomId\": { \"type\": \"integer\" }, \"hours\": { \"type\": \"integer\" } }\n}"]]);
  save(book(["Sheet1", ws], ["Sheet2", schemas]), "en-user-journey-step-table-gaps.xlsx");
}

// 7. en-empathy-map-quadrants — an empathy map drawn with cells: "Think and Feel" block at G5, "Hear" at B16 and
//    "See" at K16 side by side, "Say and Do" at G28, "Pain" at C33 / "Gain" at I33, and two empty extra sheets.
//    (The original has a picture in the middle; SheetJS CE cannot write pictures, so it is left out.)
{
  const ws = empty();
  put(ws, [["Think and Feel"], ["Keep the bakery open all winter"], ["Win back the morning commuters"], ["Don't burn out the two bakers"]], "G5");
  put(ws, [["Hear"], ["The new chain sells cheaper croissants"], ["Regulars miss the rye loaf"], ["Flour prices will rise again"], ["Delivery apps take a big cut"]], "B16");
  put(ws, [["See"], ["Queues only on Saturdays"], ["Empty shelves by 11 am"], ["Office workers walking past with takeaway cups"], ["Leftover bread every evening"]], "K16");
  put(ws, [["Say and Do"], ["Bake in smaller batches"], ["Post the daily bake on the window"], ["Offer a commuter coffee + roll deal"], ["Donate leftovers to the shelter"]], "G28");
  put(ws, [["Pain"]], "C33");
  put(ws, [["Gain"]], "I33");
  put(ws, [["Starting at 3 am every day is exhausting"], ["Cannot predict how much to bake"], ["Rent went up 12 percent"]], "B34");
  put(ws, [["Pre-orders tell us how much to bake"], ["Regulars become word of mouth"], ["Less waste means better margins"]], "I34");
  widen(ws, "B2:S42");
  save(book(["Sheet1", ws], ["Sheet2", empty()], ["Sheet3", empty()]), "en-empathy-map-quadrants.xlsx");
}

// 8. fr-persona-user-stories — a "personas" sheet that is really a list of user stories: a title in A1 and the same
//    prompt repeated down column A (19 rows), only the first five completed in column B.
{
  const prompt = "En tant qu'utilisateur, je veux que :";
  const rows = [["PERSONAS APPLI DE COVOITURAGE"]];
  const wishes = [
    "à l'ouverture de l'appli, je retrouve directement mes trajets réguliers",
    "je puisse publier un trajet en moins d'une minute",
    "je veux que les messages avec les conducteurs soient séparés des notifications",
    "je veux voir clairement le prix par passager avant de réserver",
    "je veux être prévenu si le conducteur est en retard",
  ];
  for (let i = 0; i < 19; i++) rows.push(i < wishes.length ? [prompt, wishes[i]] : [prompt]);
  save(book(["Sheet1", XLSX.utils.aoa_to_sheet(rows)]), "fr-persona-user-stories.xlsx");
}

console.log("real look-alikes written");
