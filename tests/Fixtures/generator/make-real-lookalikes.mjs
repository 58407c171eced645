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

// 9. pt-journey-long-persona-column — Brazilian product team: a long table from B1 (column A empty) with
//    Persona | Etapa/Fase | Ações do Usuário | Ponto de Contato | Dores | Insumo, one row per step; the persona
//    column names who acts (a role, two roles joined with "/" spelt with and without spaces, or "Sem Interação do
//    Usuário" for automated steps) and is blank on two rows; a stage name comes back later (non-adjacent) and twice
//    in a row for two actors; row 16 blank; rows 26-37 empty, then B38:F38 merged "FORA DO ESCOPO DAQUI PARA BAIXO"
//    over six out-of-scope rows; a second sheet of integrations and an empty "Personas" sheet.
{
  const ws = empty();
  const A = "Tutor", R = "Recepcionista", AR = "Tutor / Recepcionista", AR2 = "Tutor/Recepcionista", S = "Sem Interação do Usuário";
  const rows = [
    ["Persona", "Etapa/Fase", "Ações do Usuário", "Ponto de Contato", "Dores", "Insumo"],
    [A, "Cadastro do Pet", "No primeiro acesso o tutor conversa com um assistente que pergunta nome, espécie e idade do animal", "Tela 1 Cadastro", "Não exigir que o tutor saiba a raça exata do animal", "Lista de espécies e portes"],
    [AR, "Envio de Exames", "Ainda no assistente, o tutor pode anexar exames antigos em PDF ou foto", "Tela 2 Cadastro"],
    [R, "Gestão de Prontuários", "A recepção vê os prontuários com validade das vacinas e alertas de vencimento", "Tela 1 Prontuários"],
    [S, "Lembrete automático de vacinas", "O sistema verifica diariamente as vacinas a vencer e agenda lembretes"],
    [R, "Gestão de Prontuários", "Um assistente ajuda a montar a declaração de saúde para viagem", "Tela 2 Declarações"],
    [AR, "Cadastro de Usuários e Perfis", "Criar usuários da clínica e definir perfis (Tutor e Recepcionista)", "Tela Usuários e Perfis", "", "E-mail\nSenha\nNome\nTelefone\nPerfil"],
    [AR2, "Coleta de horários", "Importar a agenda dos veterinários a partir das planilhas de plantão"],
    ["", "Armazenamento da agenda", "Os horários importados ficam na base e são atualizados a cada troca de plantão"],
    ["", "Filtro de disponibilidade", "Mostra só os horários livres do dia seguinte conforme o porte do animal"],
    [AR2, "Cruzamento de horários", "Cruza a disponibilidade com a especialidade pedida pelo tutor"],
    [AR2, "Sugestão de Consulta", "Sugere os três melhores horários e o veterinário mais próximo"],
    [AR2, "Detalhe da consulta", "Ao escolher um horário, mostra preço, preparo e documentos necessários"],
    [AR2, "Triagem por sintomas", "Perguntas sobre sintomas para classificar urgência antes da consulta"],
    [S, "Confirmação inicial", "Envio automático da confirmação com o resumo da triagem"],
    [],
    [S, "Check-in", "Check-in automático quando o tutor chega à clínica com o QR code"],
    [S, "Sala de Espera - Fila", "Painel de fila atualizado pela ordem de chegada e urgência", "", "Entender a melhor solução. Ver exemplo de filas de pronto-socorro"],
    [AR2, "Sala de Espera - Avisos", "Avisos por WhatsApp quando faltar um paciente para a vez do pet", "", "Entender a melhor solução. Ver exemplo de filas de pronto-socorro"],
    [S, "Receita e Orientações", "Após a consulta, gera a receita e as orientações em linguagem simples"],
    [S, "Retorno - Remarcação", "Se o tutor faltar, propõe novos horários automaticamente"],
    [AR2, "Retorno - Remarcação", "A recepção confirma a remarcação por telefone quando o tutor não responde"],
    [AR2, "Retorno - Alta", "Registra a alta e encerra o ciclo de lembretes da consulta"],
    [AR2, "Acompanhamento", "Linha do tempo com consultas, vacinas e exames do pet"],
    [S, "Painel ", "Painel inicial com indicadores da clínica (faltas, ocupação, avaliações)"],
  ];
  put(ws, rows, "B1");
  put(ws, [["FORA DO ESCOPO DAQUI PARA BAIXO"],
    [S, "Gestão de prontuários", "Verificar pendências de vacinação obrigatória do município"],
    [S, "Sugestão de consultas", "Considerar a avaliação do veterinário no algoritmo de sugestão"],
    [S, "Análise de Sazonalidade", "Prever picos de atendimento por época do ano"],
    [S, "Orientação de preço", "Sugerir faixa de preço de consulta com base na região"],
    [S, "Escala de plantões", "Otimizar a escala de plantões conforme a demanda prevista"],
    [AR2, "Acompanhamento", "Oferecer plano de saúde pet quando o tutor tiver mais de um animal"]], "B38");
  ws["!merges"] = [XLSX.utils.decode_range("B38:F38")];
  ws["!cols"] = [{ wch: 3 }, { wch: 34 }, { wch: 30 }, { wch: 60 }, { wch: 28 }, { wch: 40 }, { wch: 30 }];
  const integ = XLSX.utils.aoa_to_sheet([["Ferramenta", "Processo", "Custo?"], ["API de CEP - vamos usar o serviço dos Correios", "Cadastro do Pet"]]);
  save(book(["Planilha1", ws], ["Requisitos de Integração", integ], ["Personas", empty()]), "pt-journey-long-persona-column.xlsx");
}

// 10. en-stages-across-homework-two-sheets — a course homework: title in A1, instructions in A3 and A5, the map
//     title merged across B8:I8, stages across row 9 each ending in " >>" but the last, seven long lane prompts
//     down A10:A16 (one with emoji inside the label), a first sheet still holding "Fill in" placeholders and a
//     second sheet with the same grid completed. (The original has emoji pictures on row 14; SheetJS cannot
//     write pictures, so they are left out.)
{
  const stages = ["Spark >>", "Exploring >>", "Shortlist >>", "Application >>", "Offer >>", "Visa >>", "Arrival >>", "First Week"];
  const labels = ["Goal or objective", "Doing (tasks)", "Thinking", "Saying",
    "Feeling (emoji) (graphic representation of the feeling 😊😢😁😒🤦‍♀️+ short description",
    "Painpoints in each step e.g. did you have to queue at an office, send paper forms 😒",
    "Opportunity for future state e.g how could the issues be fixed or the journey be improved at each step in the process"];
  const done = [
    ["I wanted to work abroad as a nurse for a few years", "Find a hospital that sponsors foreign nurses", "Pick two hospitals with good mentoring", "Apply to Galway and Cork hospitals", "Accept the offer before the deadline", "Get the work visa in time", "Settle into staff housing", "Meet my ward team"],
    ["Talked to colleagues who had worked in Ireland", "Read forums and agency pages", "Compared salaries, rosters and housing", "Filled in forms and uploaded certificates", "Signed the contract online", "Booked the embassy appointment", "Collected keys and a SIM card", "Shadowed a senior nurse"],
    ["Am I too old to start over in another country?", "So many agencies, which one is honest?", "Housing costs worry me more than the job", "I was fairly sure one of them would say yes", "Finally this is real", "I remember the long night before the appointment", "The city is smaller than I pictured", "The rota system is new to me"],
    ["Working abroad will grow my skills", "Looking up nursing registration rules", "I want the hospital with a mentor scheme", "My references were strong", "I passed the English test first time", "The embassy was slow but polite", "The welcome pack was useful", "Handover notes are very different here"],
    ["Excited but unsure about leaving family", "Hopeful after reading success stories", "Nervous and motivated at once", "What if they reject my registration", "Relieved to be accepted", "Stressed by the paperwork", "Lonely the first evening", "Proud after my first shift"],
    ["Leaving my parents for years", "Agencies give conflicting advice", "Need certified copies of every diploma", "Registration forms ask for the same data three times", "The offer letter used unfamiliar terms", "Visa fees paid in person only", "No bank account without an address", "Two different patient record systems"],
    ["Talk to a returning nurse first", "A trusted list of agencies", "A checklist of documents per hospital", "One shared registration form", "A glossary with the offer", "Online visa fee payment", "Bank account opened before arrival", "One-day training on the record system"],
  ];
  const grid = (filledCols, emptyMap) => {
    const ws = empty();
    put(ws, [["Journey Mapping Homework"], [], ["Map the journey of an overseas nurse - your own journey before next class - 12/5"], [],
      ["Copy this journey map template (editing is locked), paste it into your own file and then fill in your own journey from the very beginning"]], "A1");
    put(ws, [["Customer Journey Map - Overseas Nurse (persona)"]], "B8");
    put(ws, [stages], "B9");
    labels.forEach((label, r) => {
      const row = [label];
      for (let c = 0; c < 8; c++) row.push(c < filledCols(r) ? done[r][c] : (emptyMap(r, c) ? null : "Fill in"));
      put(ws, [row], `A${10 + r}`);
    });
    ws["!merges"] = [XLSX.utils.decode_range("B8:I8")];
    ws["!cols"] = [{ wch: 40 }, ...Array(8).fill({ wch: 24 })];
    return ws;
  };
  const draft = grid(r => (r === 6 ? 3 : 4), (r, c) => r === 5 && c === 3);
  const full = grid(() => 8, () => false);
  save(book(["Sheet1", draft], ["Sheet2", full]), "en-stages-across-homework-two-sheets.xlsx");
}

// 11. fr-empathy-map-persona-rows — a French student team's empathy map typed in a German Excel ("Tabelle1"):
//     one header row A1:H1 (trailing spaces kept), a second row that explains each column (A2 empty), then one
//     row per interviewed person (role + town), bullet lists as "*" lines inside cells, one person left unfinished.
{
  const ws = XLSX.utils.aoa_to_sheet([
    ["Personnage", "Profil: ", "Objectif ", "Entendre", "Visuel", "Attitude", "Ressenti et pensés ", "Ressenti et pensés 2"],
    ["", "Description de la personne et de son rapport au service", "Ce qu'elle veut atteindre et ce qu'elle doit faire pour y arriver", "Ce que la personne entend dans son entourage", "Ce que la personne voit autour d'elle", "Ce que dit la personne : comment elle se comporte", "Douleurs et blocages ", "Bénéfices et aspirations"],
    ["Cuisinier cantine Lyon", "*Prépare 400 repas par jour\n*Travaille avec des fiches papier", "*Souhaite connaître les allergies avant 9 h", "* entend parler du registre en ligne par la mairie", "* voit des fiches allergies raturées", "* reste sceptique sur l'outil", "*peur d'oublier un enfant\n*double saisie avec le logiciel des menus", "*une liste claire par service\n*moins d'appels aux parents"],
    ["Directrice école Villeurbanne", "*Gère 12 classes\n*Reçoit les certificats médicaux", "*veut centraliser les PAI", "*entend que d'autres écoles l'utilisent", "*d'autres applications sont utilisées par la mairie", "*pense que l'outil est utile surtout pour les sorties", "*se demande qui aura accès aux données", "*gagner du temps au quotidien"],
    ["Animatrice périscolaire Bron", "*encadre le goûter\n*change de groupe chaque semaine", "*pas de besoin particulier d'outil", "*entend très peu parler du registre", "*d'autres applications sont utilisées par le centre", "* ne voit pas l'apport réel", "* pas de visibilité sur les mises à jour", "* travailler plus sereinement"],
    ["Infirmière scolaire Caluire", "*suit les PAI de trois écoles", "*souhaite une alerte quand un PAI expire", "*a entendu parler d'un registre régional", "*N'a jamais eu accès aux menus à l'avance", "*très réservée sur le partage des données", "*risque de fuite des données de santé\n*", "*garder la main sur les informations sensibles"],
    ["Parent d'élève Genève", "*vit en Suisse et travaille à Lyon", "* aimerait déclarer l'allergie en ligne", "*connaît un service similaire en Suisse", "*apprécie les menus affichés en ligne", "*motivé à essayer", "*droit des données différent entre pays", "*faciliter les démarches de la rentrée"],
    ["Parent d'élève Annecy", "* travaille en horaires décalés"],
    ["Élève de CM2 Lyon", "Enfant de 10 ans allergique aux arachides", "connaît ses allergies\n*veut manger avec ses amis", "a entendu parler du registre par sa mère", "voit une étiquette de couleur sur son plateau", "gêné d'être mis à part", "*peur d'être montré du doigt", "*qu'on ne le sépare pas des autres"],
    ["Parent d'élève Lyon", "Ancien cuisinier de collectivité", "*Très intéressé car l'outil rendrait les repas plus sûrs", "*a entendu parler du registre en réunion", "*trop peu de parents le connaissent", "*devrait créer un compte\n*pense le faire", "*risque de données non à jour", "*très confiant dans l'utilité du registre"],
  ]);
  ws["!cols"] = Array(8).fill({ wch: 30 });
  save(book(["Tabelle1", ws]), "fr-empathy-map-persona-rows.xlsx");
}

// 12. fr-experience-map-persona-blocks — the same team's "experience analysis": a table from C3 (columns A-B and
//     rows 1-2 empty), header "Etapes" merged over D3:E3, eight persona blocks merged down column C, the stage
//     merged down D over its two sub-rows (former / new pupil) in E, some stages without sub-rows, a hidden row 6
//     with a stray stage and emotion, emotions as words from a list kept on a second sheet "Feuil1".
{
  const ws = empty();
  put(ws, [["Utilisateurs \n(fonctionnement actuel)", "Etapes", "", "Points de Contact", "Pensées", "Emotions", "Opportunités"]], "C3");
  const S1 = "Inscription de l'enfant et recueil des allergies", S2 = "Service du repas", S3 = "Signalement et suivi  d'incident";
  const O = "Ancien élève", N = "Nouvel élève";
  const merges = ["D3:E3"];
  const blocks = [
    ["Cuisinier cantine Lyon", "full", [["reprend la fiche de l'an passé", "Très satisfait", "Satisfait"], ["*doit appeler la famille pour tout vérifier", "Compliqué car les fiches sont incomplètes", "Non Satisfait"], ["connaît déjà les plats à éviter", "/", "Satisfait"], ["doit relire chaque étiquette", "un peu inquiet", "Moyen"], ["note l'incident dans le cahier", "Plus de travail pour les nouveaux", "Moyen"]]],
    ["Directrice école Villeurbanne", "full", [["Reprend le dossier de l'an passé", "ne se plaint pas", "Satisfait"], ["collecte les certificats sur papier", "prend plus de temps", "Moyen"], ["pas de souci particulier", "Satisfaite de l'organisation", "Satisfait"], ["la fiche suit l'enfant jusqu'au self", "ne se plaint pas", "Satisfait"], ["Incident saisi dans le registre de l'école", "pas de besoin de changer", "Satisfait"]]],
    ["Animatrice périscolaire Bron", "gap", [["la liste des enfants est déjà connue", "ne se plaint pas", "Satisfait"], ["reçoit la liste par e-mail", "ne se plaint pas", "Satisfait"], ["/", "/", "Satisfait"], ["/", "/", "Satisfait"], ["le goûter est noté sur la feuille de présence", "ne se plaint pas", "Satisfait"]]],
    ["Infirmière scolaire Caluire", "full", [["reprend le PAI de l'an passé", "Très déçue que rien ne soit centralisé", "Moyen"], ["*doit contacter le médecin traitant", "Très déçue que rien ne soit centralisé", "Moyen"], ["vérifie le PAI avant chaque sortie", "aimerait tester le registre", "Moyen"], ["prend plus de temps pour rassurer la famille", "aimerait tester le registre", "Moyen"], ["beaucoup d'échanges restent sur papier", null, "Moyen"]]],
    ["Infirmière scolaire Vénissieux", "full", [["reprend le dossier existant", "RAS", "Satisfait"], ["*recueille les informations sur la fiche", "un peu fastidieux mais émet des réserves", "Moyen"], ["/", "/", "Indifférent"], ["/", "/", "Indifférent"], ["les comptes rendus sont envoyés par e-mail", "un peu fastidieux en cas d'urgence", "Moyen"]]],
    ["Élève de CM2 Lyon", "short", [["donne juste son nom", "pas de souci particulier", "Satisfait"], ["répond à toutes les questions de la cantinière", "Le registre est délicat et pourrait l'exposer", "Satisfait"], ["/", "n'a pas de souci avec le fonctionnement actuel", "Satisfait"], [null, "n'a pas de souci avec le fonctionnement actuel", "Satisfait"]]],
    ["Parent d'élève Lyon", "mid", [["donne juste le nom de l'enfant", "trouve l'idée du registre très intéressante", "Non Satisfait"], ["est gêné de tout redonner chaque année", "trouve l'idée du registre très intéressante", "Non Satisfait"], ["/", "le registre rendrait les repas plus sûrs", "Moyen"], ["/", "le registre rendrait les repas plus sûrs", "Moyen"], ["/", " voudrait recevoir tous les incidents par e-mail", "Non Satisfait"]]],
    ["Directeur école Décines", "full", [["Reprend le dossier de l'an passé", "ne se plaint pas", "Satisfait"], ["collecte les certificats sur papier", "prend plus de temps", "Moyen"], ["pas de souci particulier", "Satisfait de l'organisation", "Satisfait"], ["la fiche suit l'enfant jusqu'au self", "ne se plaint pas", "Satisfait"], ["Incident saisi dans le registre de l'école", "pas de besoin de changer", "Satisfait"]]],
  ];
  let r = 4;
  for (const [who, shape, cells] of blocks) {
    const start = r;
    const line = (stage, sub, [contact, thought, emo]) => { put(ws, [[stage, sub, contact, thought, emo]], `D${r}`); r++; };
    if (shape === "full") {
      line(S1, O, cells[0]); line(null, N, cells[1]); merges.push(`D${r - 2}:D${r - 1}`);
      if (r === 6) { put(ws, [["Service du repas", null, null, null, "Triste"]], "D6"); r++; }
      line(S2, O, cells[2]); line(null, N, cells[3]); merges.push(`D${r - 2}:D${r - 1}`);
      line(S3, null, cells[4]);
    } else if (shape === "gap") {
      line(S1, O, cells[0]); line(null, N, cells[1]); merges.push(`D${r - 2}:D${r - 1}`);
      line(null, O, cells[2]); line(S2, N, cells[3]); line(S3, null, cells[4]);
    } else if (shape === "short") {
      line(S1, O, cells[0]); line(null, N, cells[1]); merges.push(`D${r - 2}:D${r - 1}`);
      line(S2, null, cells[2]); line(S3, null, cells[3]);
    } else {
      line(S1, O, cells[0]); line(null, N, cells[1]); merges.push(`D${r - 2}:D${r - 1}`);
      line(S2, O, cells[2]); line(null, N, cells[3]); merges.push(`D${r - 2}:D${r - 1}`);
      line(S3, null, cells[4]);
    }
    ws[`C${start}`] = { t: "s", v: who };
    merges.push(`C${start}:C${r - 1}`);
  }
  ws["!merges"] = merges.map(m => XLSX.utils.decode_range(m));
  ws["!ref"] = `C3:I${r - 1}`;
  ws["!rows"] = []; ws["!rows"][5] = { hidden: true };
  ws["!cols"] = [{ wch: 3 }, { wch: 3 }, { wch: 26 }, { wch: 30 }, { wch: 14 }, { wch: 40 }, { wch: 36 }, { wch: 14 }, { wch: 20 }];
  const list = XLSX.utils.aoa_to_sheet([["Emotions"], ["Satisfait"], ["Moyen"], ["Non Satisfait"], ["Indifférent"]]);
  save(book(["Tabelle1", ws], ["Feuil1", list]), "fr-experience-map-persona-blocks.xlsx");
}

// 13. en-persona-directory-table — demo-tenant personas for a collaboration suite: an "inputs" sheet first
//     (Input | Value at B2, notes below), then a "personas" sheet holding a header row A1:R1 and one row per
//     persona, the alias and display name written as formulas (cached values kept), two columns copying named
//     inputs, a manager column pointing at other aliases.
{
  const inputs = empty();
  put(inputs, [["Input", "Value"], ["Office 365 Plans", "BUSINESSPREMIUM;INTUNE"], ["Usage Location", "CA"], [], ["Notes"],
    ["Multiple Values:", "Separate multiple values (Skills, Interests, Schools) with a semicolon"],
    ["Photos:", "Each user photo must be in the ./photos folder and named after the alias"]], "B2");
  const head = ["Alias", "Manager", "Title", "FirstName", "LastName", "DisplayName", "JobTitle", "Department", "Office", "City", "State", "AboutMe", "Skills", "School", "AskMeAbout", "Interests", "Office365Plans", "UsageLocation"];
  const people = [
    ["Eng.", "Maya", "Lindqvist", "engmaya", "englucas", "Engineer", "Bridges", "Tower A", "Toronto", "ON", "Turns inspection data into repair plans", "Steel Design;Inspection;BIM", "University of Toronto;McGill University", "Bridge inspections", "Rowing; Chess"],
    ["Eng.", "Omar", "Haddad", "engomar", "englucas", "Engineer", "TBD", "Tower A", "Calgary", "AB", "Turns inspection data into repair plans", "Geotechnics;Drainage", "University of Calgary", "Soil reports", "Hiking; Cooking"],
    ["Eng.", "Lucas", "Moreau", "englucas", null, "Engineer", "Head of Engineering", "Tower A", "Calgary", "AB", "Leads teams that keep old structures safe", "Project Management;Codes and Standards", "Polytechnique Montréal;University of Alberta", "Permits; Safety audits", "Cycling; Jazz"],
    ["Eng.", "Priya", "Raman", "engpriya", null, "Engineer", "Tunnels", "Tower B", "Vancouver", "BC", "Turns inspection data into repair plans", "Tunnelling;Ventilation;Fire Safety", "University of British Columbia", "Tunnel ventilation", "Climbing;Photography;Tea"],
    ["Tech.", "Noah", "Bergeron", "technoah", null, "Technician", "Bridges", "Tower C", "Toronto", "ON", "Keeps drones and sensors flying", "Drone Surveys; Sensor Calibration", "Seneca College", "Drones; Field kits", "Model trains;Soccer"],
    ["Tech.", "Ava", "Kowalski", "techava", null, "Technician", "Tunnels", "Tower B", "Vancouver", "BC", "Leads teams that keep old structures safe", "Concrete Testing; Lab Safety", "BCIT", "Lab tests; Field kits", "Pottery;Hockey;Baking"],
    ["Eng.", "Ethan", "Clarke", "engethan", "engomar", "Engineer", "TBD", "Tower A", "Calgary", "AB", "Leads teams that keep old structures safe", "Hydraulics;Flood Modelling;GIS", "University of Calgary; Queen's University", "Flood risk", "Fishing;Chess Running"],
  ];
  const ws = XLSX.utils.aoa_to_sheet([head]);
  people.forEach(([title, first, last, alias, manager, job, dept, office, city, state, about, skills, school, ask, interests], i) => {
    const r = i + 2;
    const display = `${title} ${first} ${last}`;
    put(ws, [[alias, manager, title, first, last, display, job, dept, office, city, state, about, skills, school, ask, interests, "BUSINESSPREMIUM;INTUNE", "CA"]], `A${r}`);
    if (i === 0 || i === 3 || i === 4 || i === 5) ws[`A${r}`].f = `SUBSTITUTE(LOWER(CONCAT(C${r},D${r})),".","")`;
    ws[`F${r}`].f = `CONCAT(C${r}," ",D${r}," ",E${r})`;
    if (i === 0) { ws[`Q${r}`].f = "inputs!C3"; ws[`R${r}`].f = "inputs!C4"; }
  });
  ws["!cols"] = Array(18).fill({ wch: 16 });
  save(book(["inputs", inputs], ["personas", ws]), "en-persona-directory-table.xlsx");
}

// 14-15. vi-design-thinking-canvas-* — a Vietnamese data-analytics course template ("Design Thinking for Data
//     Visualization") that students fill in for a dashboard: one visible canvas sheet A1:Z101 with stage banners
//     (A8, A23, A41, A58), a 5W1H block, an EMPATHY MAP block (Thinking and feeling / Seeing / Saying and doing /
//     Pains / STAKEHOLDER / Gains / Key questions) beside it, Northstar and point-of-view blocks, an idea matrix, a
//     prototype review table A74:H99 with five drafts merged down column A, many merges; three hidden sheets (an
//     older version of the canvas with an empty CUSTOMER JOURNEY Step 1..6 template, a step table, a notes sheet).
//     "filled" answers every block; "sparse" answers only the first questions, as the second real copy did.
const designThinking = (filled, sheetName, file) => {
  const ws = empty();
  const v = (text, fallback = null) => (filled ? text : fallback);
  const cells = {
    A2: "Overview:",
    A3: "Chào mừng! Bảng tính này giúp bạn đi từ dữ liệu thô tới một dashboard mà người xem thật sự dùng được.",
    A5: "Design Thinking emphasizes on ITERATION.",
    A8: "Stage 1: Empathize - Nhìn rộng",
    A9: "5W1H", K9: "Now, become your users\n====>", L9: "EMPATHY MAP", R9: "See what\nwe have\n====>", S9: "EXPLORE DATASET",
    A10: "Ai sẽ là người xem\nDashboard này?", C10: "Dashboard này giải quyết\nvấn đề gì?", E10: "Stakeholder sẽ xem Dashboard này khi nào và ở đâu?",
    G10: "Tại sao phân tích này cần được thực hiện? (mục tiêu hoặc vấn đề cần giải quyết)", I10: "Stakeholder ra quyết định như thế nào?",
    L10: "Thinking and feeling\nWhat does the stakeholder think and feel?", N10: "Seeing\nWhat does the stakeholder see?", P10: "Saying and doing\nWhat does the stakeholder say?",
    S10: "Table number:", T10: "Fact table:\n", U10: "Dim table:\n",
    A11: "Trưởng phòng vận hành, Giám đốc chuỗi cửa hàng", C11: v("Dashboard giúp theo dõi tồn kho và doanh số của 40 cửa hàng cà phê theo ngày"),
    E11: v("Hàng sáng trước giờ mở cửa và trong cuộc họp tuần với các quản lý vùng"), G11: v("Để giảm hàng hết hạn và tránh hết hàng vào giờ cao điểm"),
    I11: v("So sánh tồn kho với doanh số dự kiến rồi điều chuyển hàng giữa các cửa hàng"),
    L11: v("\"Cửa hàng nào sắp hết sữa? Mình có đang nhập quá nhiều bánh không?\""), N11: v("Các file Excel riêng lẻ của từng cửa hàng, báo cáo gửi qua Zalo"),
    P11: v("\"Gửi anh số tồn kho sáng nay.\", \"Sao tuần này hủy nhiều bánh vậy?\""), S11: v("7"), T11: v("2"), U11: v("5"),
    S12: "Nội dung của tables",
    A13: "Nếu chỉ chọn 1 key Stakeholder thì đó sẽ là ai?", C13: "Dùng 1 câu để mô tả vấn đề",
    L13: "Pains\nWhat are the biggest problems and challenges?", N13: "\n\n\n\nSTAKEHOLDER", P13: "Gains\nWhat are the opportunities and benefits?",
    S13: "Phân cụm data mô tả: Có những nhóm thông tin mô tả nào?\n\nDate, Store, Product",
    A14: "Trưởng phòng vận hành", C14: v("Trưởng phòng vận hành cần biết ngay cửa hàng nào thừa hoặc thiếu hàng để điều chuyển kịp thời"),
    L14: v("1. Tổng hợp số liệu mất cả buổi sáng.\n2. Không thấy được hàng sắp hết hạn."), P14: v("1. Một nơi duy nhất để xem tồn kho.\n2. Giảm hàng hủy mỗi tuần."),
    L16: "STAKEHOLDER NEED", S16: "Phân cụm đo lường: Có những nhóm measure nào trong data? Đâu là những measure quan trọng?",
    L17: "Key questions \nWhat are the key questions that stakeholder want to answer?",
    L18: v("1.\tCửa hàng nào đang thiếu hàng hôm nay?\n2.\tSản phẩm nào bị hủy nhiều nhất?"),
    A21: "* Note: Hãy Empathize thêm 1 lần nữa để make sure mình đã hiểu rõ vấn đề và những painpoint của stakeholder",
    A23: "Stage 2: Define POV - Nhìn sâu",
    A24: "Northstar Metric\nĐâu là chỉ số quan trọng nhất mà stakeholder muốn nhìn thấy?", E24: "Choose\nyour POV\n==>",
    F24: "Define Point of View\nĐây là bước xác định những góc nhìn quan trọng của dashboard", K24: "Develop Growth Formula\n==>", L24: "Growth Formula\nXoáy sâu vào từng góc nhìn",
    A25: "NORTHSTAR 1", C25: "NORTHSTAR 2 (Optional)", F25: "Brainstorming Point of View", G25: "Góc nhìn 1", H25: "Góc nhìn 2", I25: "Góc nhìn 3", J25: "Góc nhìn 4",
    L25: "NORTHSTAR 1 Formula", O25: v("Tỷ lệ hủy = Giá trị hàng hủy / Giá trị hàng nhập"),
    A26: "What VALUE you want to measure?", C26: "What VALUE you want to measure?",
    G26: v("Tổng quan"), H26: v("Cửa hàng"), I26: v("Sản phẩm"), J26: v("Nhà cung cấp"),
    A27: v("Tỷ lệ hủy hàng (Waste Rate)", "Doanh thu"), C27: v("Số ngày tồn kho (Days of Stock)", "Tỷ lệ hủy"),
    G27: "Góc nhìn 5", H27: "Góc nhìn 6", I27: "Góc nhìn 7", J27: "Góc nhìn 8",
    L27: "Growth formula breakdown theo góc nhìn Tổng quan", L28: "Growth formula breakdown theo góc nhìn Cửa hàng",
    F29: "Góc nhìn quan trọng", G29: "Description", I29: "Tại sao stakeholder lại muốn nhìn góc nhìn này?", L29: "Growth formula breakdown theo góc nhìn Sản phẩm",
    A30: "WHEN the value DELIVERY SUCCESS?", C30: "WHEN the value DELIVERY SUCCESS?", F30: v("Tổng quan", "Góc nhìn 1"), G30: v("Bức tranh chung về tồn kho toàn chuỗi", "Tổng quan"),
    I30: v("Để biết ngay tình hình chung mỗi sáng"), L30: "Growth formula breakdown theo góc nhìn Nhà cung cấp",
    A31: v("Khi tỷ lệ này giảm dần qua các tuần"), C31: v("Khi số ngày tồn kho nằm trong khoảng 2-4 ngày"),
    F32: v("Cửa hàng", "Góc nhìn 2"), G32: v("So sánh tồn kho và doanh số giữa các cửa hàng", "Cửa hàng"), I32: v("Cửa hàng nào cần điều chuyển hàng?"),
    L32: "NORTHSTAR 2 Formula", O32: v("Days of Stock = Tồn kho / Doanh số trung bình ngày"),
    A33: "Northstar Metric Name", C33: "Northstar Metric Name", A34: v("Waste Rate"), C34: v("Days of Stock"),
    F34: v("Sản phẩm", "Góc nhìn 3"), G34: v("Sản phẩm nào bị hủy hoặc hết hàng nhiều nhất", "Sản phẩm"), I34: v("Để điều chỉnh đơn đặt hàng"),
    L34: "Growth formula breakdown theo góc nhìn 1", L35: "Growth formula breakdown theo góc nhìn 2",
    A36: "WHY do you choose this metric?", C36: "WHY do you choose this metric?", F36: v("Nhà cung cấp", "Góc nhìn 4"), G36: v("Nhà cung cấp nào giao trễ hoặc giao hàng gần hết hạn", "Hủy hàng"),
    I36: v("Để đàm phán lại lịch giao hàng"), L36: "Growth formula breakdown theo góc nhìn 3", A37: v("Đây là chi phí mất đi trực tiếp mỗi tuần"), C37: v("Cho biết tồn kho có vừa đủ không"),
    L37: "Growth formula breakdown theo góc nhìn 4",
    A39: "ITERATION - QUAY LẠI BƯỚC EMPATHIZE ĐỂ ITERATE THÊM 1 LẦN NỮA",
    A41: "Stage 3: Ideate - Ý tưởng", A42: "BRAINSTORMING", F42: "Structure\nyour work\n==>", G42: "STRUCTURE IDEA",
    A43: "Start with:", B43: "Xuất phát từ Growth Formula Breakdown của từng góc nhìn, brainstorming các chỉ số", G43: "Start with:",
    H43: "Trong 1 page/1 point of view sẽ luôn có 3 nhóm thông tin: rất quan trọng, quan trọng, chi tiết",
    A44: "Idea Name", B44: "Góc nhìn 1", C44: "Góc nhìn 2", D44: "Góc nhìn 3", E44: "Góc nhìn 4", G44: "Idea Name", H44: "PAGE 1", J44: "PAGE 2", L44: "PAGE 3", N44: "PAGE 4",
    A45: "Layer 0 dimension: Các Scorecard", G45: "Thông tin rất quan trọng", G47: "Thông tin quan trọng",
    A48: "Layer 1 dimension: chỉ số được breakdown theo 1 chiều\nEx: doanh thu theo tháng",
    B48: v("Tỷ lệ hủy theo tuần"), C48: v("Tồn kho theo cửa hàng"), D48: v("Hàng hủy theo sản phẩm"), E48: v("Giao trễ theo nhà cung cấp"),
    G50: "Thông tin chi tiết", A51: "Layer 2 dimension: chỉ số được breakdown theo 2 chiều\nEx: Doanh thu theo tháng và vùng",
    G53: "Có điều gì quan trọng mình bỏ lỡ không?", A54: "Có điều gì quan trọng mình bỏ lỡ không?",
    A58: "Stage 4: Prototype and Review", A59: "CREATE A PROTOTYPE WORKSHOP",
    A73: "PHASE 1: Build Prototype sau đó đánh giá chi tiết từng layer theo các tiêu chí",
    A74: "# Cải tiến", B74: "Khu vực", C74: "Chất lượng thông tin", D74: "Hiệu quả truyền tải thông điệp (chọn chart)", E74: "Bố cục", F74: "Màu sắc", G74: "Chú thích (tên chart, trục, đơn vị...)", H74: "Action cần cải tiến",
    A100: "Nguyên lý Design Thinking: Luôn lấy con người làm trọng tâm. Quay trở lại bước Empathize bất cứ khi nào cần.",
  };
  for (let d = 0; d < 5; d++) {
    const r = 75 + d * 5;
    cells[`A${r}`] = `Bản thảo ${d + 1}`;
    ["Overview", "View 1", "View 2", "View 3", "View 4"].forEach((view, i) => { cells[`B${r + i}`] = view; });
  }
  for (const [ref, text] of Object.entries(cells)) if (text !== null) ws[ref] = { t: "s", v: text };
  ws["!ref"] = "A1:Z101";
  const merges = ["A21:G21", "E24:E38", "F25:F28", "K24:K37", "L31:Q31", "L24:Q24", "H99:J99", "A80:A84", "A85:A89", "A90:A94", "A95:A99", "A100:J101",
    "I36:J37", "J44:K44", "J45:K46", "H53:I55", "J53:K55", "H44:I44", "G45:G46", "H45:I46", "H47:I49", "J47:K49", "H50:I52", "J50:K52", "C34:D35", "A36:B36",
    "C36:D36", "A37:B38", "C37:D38", "B43:E43", "F42:F56", "G47:G49", "G50:G52", "G53:G55", "F34:F35", "G34:H35", "F36:F37", "G36:H37", "A1:I1", "A2:I2",
    "A3:I4", "A5:I5", "A8:U8", "K9:K20", "L16:Q16", "C25:D25", "L25:N26", "O25:Q26", "C26:D26", "L27:N27", "O27:Q27", "I11:J18", "A14:B18", "C14:D18",
    "F24:J24", "I29:J29", "I34:J35", "A34:B35", "A27:B29", "C27:D29", "G29:H29", "A25:B25", "A30:B30", "C30:D30", "F30:F31", "G30:H31", "I30:J31", "A31:B32"];
  for (let r = 85; r <= 98; r++) if (r !== 89 && r !== 90) merges.push(`H${r}:J${r}`);
  ws["!merges"] = merges.map(m => XLSX.utils.decode_range(m));
  const older = empty();
  put(older, [["Design Thinking for Data Visualization: A Practical Guide for Data Analysts"]], "A1");
  put(older, [["Stage 1: Empathize - Nhìn rộng"]], "A14");
  put(older, [["CUSTOMER JOURNEY"], ["Step 1:", "Step 2:", "Step 3:", "Step 4:", "Step 5:", "Step 6:"], Array(6).fill("Action:\nThinking:")], "L22");
  put(older, [["Stage 2: Define POV - Nhìn sâu"]], "A29");
  put(older, [["EMPATHY", "", "", "", "POV", "", "", "", "IDEATE", "", "", "", "PROTOTYPE"], ["5W1H", "Empathy Map", "Customer Journey", "Dataset", "Your Winning POV:"]], "A95");
  older["!merges"] = [XLSX.utils.decode_range("L22:Q22")];
  const steps = XLSX.utils.aoa_to_sheet([["Step", "Detail", "Hint", "Content"], ["Step 1 - Empathize - Nhìn rộng", "Đối tượng sử dụng báo cáo", "Báo cáo dữ liệu này dành cho ai?"],
    ["", "Stakeholder Challenge", "Stakeholder đang gặp khó khăn gì?"], ["", "Dashboard Goal", "Mục tiêu của dashboard này là gì?"],
    ["Step 2: Define point of view - Nhìn sâu", "Top Down", "Đặt mình ở vị trí của stakeholder"], ["Step 3 - Ideate", "List down Key metrics", "Các metrics có sẵn trong dữ liệu"],
    ["Step 4 - Prototype", "Xây dựng báo cáo hoàn thiện", "Chọn loại chart phù hợp"], ["Step 5 - Review", "Đánh giá lại từng phần của báo cáo", "Tự review và chỉnh sửa"]]);
  steps["!merges"] = [XLSX.utils.decode_range("A2:A4")];
  const notes = XLSX.utils.aoa_to_sheet([["Tổng hợp các slide"]]);
  const wb = book([sheetName, ws], ["Design Thinking Ver 2", older], ["Design Thinking", steps], ["Kiến thức về Design Thinking", notes]);
  wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }, { Hidden: 1 }, { Hidden: 1 }] };
  save(wb, file);
};
designThinking(true, "Design Thinking Ver 4", "vi-design-thinking-canvas-filled.xlsx");
designThinking(false, "Design Thinking Ver 3", "vi-design-thinking-canvas-sparse.xlsx");

console.log("real look-alikes written");
