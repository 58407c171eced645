#!/usr/bin/env node
// Remakes the small pictures of the grid layouts the reader understands (README, "What a grid may look like").
// Each layout below is written as an HTML table that looks like a spreadsheet (column letters, row numbers,
// gridlines, header fills, merged cells), saved as html/<name>.html, measured, then screenshot with
// Debian's headless Chromium:   node docs/images/layouts/make.mjs [name…]
// Needs: chromium, fonts-noto-core (apt-get install -y chromium fonts-noto-core).
//
// Cell notation: a string, or { v, cs, rs, f, b, i, al, ov } — v text, cs/rs column/row span (a merge),
// f fill ("h" header, "p" phase, "l" lane label, "s" section, "t" title), al align, ov text overflowing
// into the empty cells on its right (as Excel shows a long title). Cells covered by a merge are left out
// of the row, as in HTML. null is an empty cell.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const htmlDir = join(here, "html");
const chromium = process.env.CHROMIUM || "chromium";

const H = (v, o = {}) => ({ v, f: "h", b: true, ...o });
const L = (v, o = {}) => ({ v, f: "l", b: true, ...o });
const P = (v, o = {}) => ({ v, f: "p", b: true, al: "center", ...o });
const N = (v) => ({ v: String(v), al: "right" });

const layouts = {
  "a-stages-down": {
    widths: [22, 92, 106, 70, 118, 124],
    rows: [
      [null, { v: "Running shoes – customer journey", f: "t", b: true, ov: true }, null, null, null, null],
      [null, null, null, null, null, null],
      [null, H("Journey Stage"), H("Touchpoint"), H("Channel"), H("Pain Point"), H("Opportunity")],
      [null, L("Awareness"), "Instagram ad", "Social", "Too many brands", "Real runners' reviews"],
      [null, L("Consideration"), "Product page", "Web", "Sizing unclear", "Size finder"],
      [null, L("Purchase"), "Checkout", "Web", "Surprise fees", "Show costs early"],
      [null, L("Retention"), "Follow-up email", "Email", "Generic content", "Training tips"],
    ],
  },
  "b-long-format": {
    widths: [100, 120, 110, 80, 60],
    rows: [
      [H("Stage"), H("Touchpoint"), H("Channel"), H("Importance"), null],
      ["Awareness", "Search ad", "Google", N(3), null],
      ["Awareness", "Friend's tip", "Word of mouth", N(5), null],
      ["Consideration", "Reviews", "Web", N(4), null],
      ["Consideration", "Store visit", "Store", N(4), null],
      ["Consideration", "Comparison site", "Web", N(2), null],
      ["Purchase", "Checkout", "Web", N(5), null],
    ],
  },
  "c-stages-across": {
    widths: [150, 100, 110, 90, 100],
    rows: [
      [H("Этапы и задачи"), H("Поиск", { al: "center" }), H("Выбор", { al: "center" }), H("Покупка", { al: "center" }), H("Использование", { al: "center" })],
      [L("Задача клиента"), "Найти тариф", "Сравнить цены", "Оформить", "Пользоваться"],
      [L("Канал"), "Сайт", "Приложение", "Офис", "Приложение"],
      [L("Чувства"), "Интерес", "Сомнения", "Раздражение", "Спокойствие"],
      [L("Барьеры"), "Много текста", "Сложные условия", "Очередь", "—"],
      [L("Важность 1–5"), N(4), N(5), N(3), N(4)],
      [L("Удовлетворённость 1–5"), N(3), N(2), N(2), N(4)],
    ],
  },
  "d-channel-grid": {
    widths: [72, 74, 74, 80, 74, 66, 66],
    rows: [
      [H("Channel"), H("Discover", { cs: 2, al: "center" }), H("Compare", { cs: 2, al: "center" }), H("Buy", { cs: 2, al: "center" })],
      [L("Website"), "Blog post", null, "Product page", "Reviews", "Checkout", null],
      [L("Facebook"), "Ad", "Group post", null, null, null, null],
      [L("Google"), "Search", null, "Maps", null, null, null],
      [L("Store"), null, null, null, "Try on", "Till", null],
      [L("Delivery"), null, null, null, null, null, "Courier"],
    ],
  },
  "e-blueprint": {
    widths: [74, 78, 62, 62, 62, 62, 62, 62],
    rows: [
      [null, null, P("AWARE", { cs: 2 }), P("USE", { cs: 4 })],
      [L("User", { rs: 2, al: "center" }), L("Step"), H("See ad"), H("Visit site"), H("Sign up"), H("Set up"), H("Use daily"), H("Get help")],
      [L("Experience"), "Curious", "Hopeful", "Confused", "OK", "Happy", "Annoyed"],
      [L("Channels", { rs: 3, al: "center" }), L("Web"), null, { v: "x", al: "center" }, { v: "x", al: "center" }, { v: "x", al: "center" }, { v: "x", al: "center" }, null],
      [L("Phone"), { v: "x", al: "center" }, null, null, null, { v: "x", al: "center" }, { v: "x", al: "center" }],
      [L("Store"), null, null, null, { v: "x", al: "center" }, null, null],
      [L("Backstage", { rs: 2, al: "center" }), L("Staff"), null, null, null, "Onboarding", null, "Support"],
      [L("Systems"), "Ad server", "CMS", "CRM", "CRM", "App", "Tickets"],
    ],
  },
  "f-personas-in-one-table": {
    widths: [128, 90, 70, 170, 60],
    rows: [
      [H("Persona"), H("Stage"), H("Lane"), H("Notes"), null],
      [L("New patient", { rs: 4, al: "center" }), L("Booking", { rs: 2 }), "Doing", "Calls the front desk", null],
      ["Feeling", "Anxious", null],
      [L("Visit", { rs: 2 }), "Doing", "Fills in forms", null],
      ["Feeling", "Confused", null],
      [L("Returning patient", { rs: 4, al: "center" }), L("Booking", { rs: 2 }), "Doing", "Books in the app", null],
      ["Feeling", "Relieved", null],
      [L("Follow-up", { rs: 2 }), "Doing", "Gets results by email", null],
      ["Feeling", "Worried", null],
    ],
  },
  "g-scores-beside-stages": {
    widths: [120, 50, 80, 80, 80, 80],
    rows: [
      [{ v: "Anna Berg (UX research)", ov: true, b: true }, null, null, null, null, null],
      [{ v: "Tom Kaur (Marketing)", ov: true, b: true }, null, null, null, null, null],
      [null, null, null, null, null, null],
      ["Hear about us", N(7), null, null, null, null],
      ["Visit website", N(5), null, null, null, null],
      ["Compare plans", N(3), null, null, null, null],
      ["Sign up", N(6), null, null, null, null],
      ["First use", N(8), null, null, null, null],
      ["Get support", N(4), null, null, null, null],
      ["Renew", N(9), null, null, null, null],
    ],
  },
  "h-step-table": {
    widths: [90, 130, 60, 150, 70],
    rows: [
      [H("section"), H("Task"), H("score"), H("actors"), null],
      [{ v: "Sales", f: "s", b: true }, null, null, null, null],
      [null, "Visit shop", N(5), "Customer", null],
      [null, "Ask for advice", N(3), "Customer, Clerk", null],
      [null, "Pay", N(4), "Customer, Cashier", null],
      [{ v: "Delivery", f: "s", b: true }, null, null, null, null],
      [null, "Track parcel", N(2), "Customer", null],
      [null, "Receive parcel", N(5), "Customer, Courier", null],
    ],
  },
};

const fills = { h: "#ddebf7", p: "#fce4d6", l: "#e2efda", s: "#fff2cc", t: "transparent" };
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const letter = (i) => String.fromCharCode(65 + i);

function html(name, { widths, rows }) {
  const cols = widths.map((w) => `<col style="width:${w}px">`).join("");
  const head = `<tr><th class="corner"></th>${widths.map((_, i) => `<th>${letter(i)}</th>`).join("")}</tr>`;
  const body = rows.map((row, r) => {
    const cells = row.map((c) => {
      if (c === null || c === undefined) return "<td></td>";
      if (typeof c === "string") c = { v: c };
      const style = [];
      if (c.f) style.push(`background:${fills[c.f]}`);
      if (c.b) style.push("font-weight:bold");
      if (c.f === "t") style.push("font-size:14px");
      if (c.al) style.push(`text-align:${c.al}`);
      const attrs = (c.cs ? ` colspan="${c.cs}"` : "") + (c.rs ? ` rowspan="${c.rs}"` : "");
      const text = c.ov ? `<div class="ov">${esc(c.v)}</div>` : esc(c.v);
      return `<td${attrs}${style.length ? ` style="${style.join(";")}"` : ""}>${text}</td>`;
    }).join("");
    return `<tr><th>${r + 1}</th>${cells}</tr>`;
  }).join("\n");
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${name}</title><style>
body { margin: 0; background: #fff; }
table { border-collapse: collapse; table-layout: fixed; font: 12px Calibri, Carlito, "Noto Sans", sans-serif; color: #222; }
td, th { border: 1px solid #d4d4d4; height: 20px; padding: 0 5px; white-space: nowrap; overflow: hidden; text-align: left; vertical-align: middle; }
td { position: relative; }
td:has(.ov) { overflow: visible; }
th { background: #f3f3f3; color: #666; font-weight: normal; font-size: 11px; text-align: center; border-color: #c8c8c8; }
th.corner { width: 26px; }
.ov { position: absolute; left: 5px; top: 0; bottom: 0; display: flex; align-items: center; white-space: nowrap; z-index: 1; }
</style></head><body>
<table id="grid"><colgroup><col style="width:26px">${cols}</colgroup>
${head}
${body}
</table>
<script>const r = document.getElementById("grid").getBoundingClientRect();
document.body.dataset.size = Math.ceil(r.width) + "x" + Math.ceil(r.height);</script>
</body></html>
`;
}

const flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars"];
const run = (args) => execFileSync(chromium, [...flags, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });

mkdirSync(htmlDir, { recursive: true });
const wanted = process.argv.slice(2);
for (const [name, layout] of Object.entries(layouts)) {
  if (wanted.length && !wanted.includes(name)) continue;
  const file = join(htmlDir, `${name}.html`);
  writeFileSync(file, html(name, layout));
  const url = `file://${file}`;
  const size = /data-size="(\d+)x(\d+)"/.exec(run(["--window-size=1200,800", "--dump-dom", url]));
  if (!size) throw new Error(`${name}: could not measure the table`);
  const [w, h] = [Number(size[1]) + 1, Number(size[2]) + 1];
  const out = join(here, `${name}.png`);
  run([`--screenshot=${out}`, `--window-size=${w},${h}`, url]);
  if (!existsSync(out)) throw new Error(`${name}: no screenshot`);
  console.log(`${name}.png ${w}x${h}`);
}
