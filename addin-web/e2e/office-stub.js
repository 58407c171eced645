// A stand-in for office.js in headless Chromium: the host named by window.__officeHost ("Excel",
// "PowerPoint" or none), an in-memory workbook or presentation, and a record of every call the pane makes
// (window.__officeCalls). Only the API surface the pane's adapters use is here.
(() => {
  const setup = window.__officeSetup || {};
  const calls = (window.__officeCalls = []);
  const record = (name, args) => calls.push({ name, args });
  const supported = setup.requirements || {};
  const atLeast = (have, want) => {
    const [a, b] = [have, want].map((v) => String(v).split(".").map(Number));
    for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) > (b[i] || 0);
    return true;
  };
  const Office = {
    HostType: { Excel: "Excel", PowerPoint: "PowerPoint" },
    context: {
      displayLanguage: setup.displayLanguage || "en-US",
      // Versions compare part by part as numbers, as Office does: "1.10" is above "1.9".
      requirements: { isSetSupported: (set, version = "1.1") => atLeast(supported[set] ?? "99.99", version) },
    },
    onReady: () => Promise.resolve({ host: setup.host || null, platform: setup.host ? "OfficeOnline" : null }),
  };
  window.Office = Office;
  const sync = async () => undefined;

  if (setup.host === "Excel") {
    const book = (window.__workbook = setup.workbook);
    const columnName = (i) => {
      let s = "";
      for (i++; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
      return s;
    };
    const usedRange = (sheet) => {
      const rows = sheet.values.length,
        cols = Math.max(...sheet.values.map((r) => r.length));
      return {
        load() {},
        isNullObject: false,
        rowCount: rows,
        columnCount: cols,
        rowHidden: false,
        columnHidden: false,
        get address() {
          return `${sheet.name}!A1:${columnName(cols - 1)}${rows}`;
        },
        get values() {
          return sheet.values.map((r) => [...r, ...Array(cols - r.length).fill("")]);
        },
        get numberFormat() {
          return sheet.values.map((r, i) => Array.from({ length: cols }, (_, j) => sheet.numberFormat?.[i]?.[j] ?? "General"));
        },
        getMergedAreasOrNullObject: () => ({ load() {}, isNullObject: true, address: "" }),
        getRow: () => ({
          load() {
            return { rowHidden: false };
          },
        }),
        getColumn: () => ({
          load() {
            return { columnHidden: false };
          },
        }),
      };
    };
    const worksheet = (sheet) => ({
      name: sheet.name,
      visibility: "Visible",
      load() {},
      getUsedRangeOrNullObject: () => usedRange(sheet),
      activate: () => {
        book.active = sheet.name;
        record("activate", [sheet.name]);
      },
      getRange: (cell) => ({
        select: () => record("select", [sheet.name, cell]),
        merge: () => record("merge", [sheet.name, cell]),
        set values(values) {
          record("write", [sheet.name, cell, values]);
          sheet.values = values;
        },
      }),
    });
    const worksheets = {
      load() {},
      get items() {
        return book.sheets.map(worksheet);
      },
      getActiveWorksheet: () => worksheet(book.sheets.find((s) => s.name === book.active) || book.sheets[0]),
      getItem: (name) => worksheet(book.sheets.find((s) => s.name === name)),
      add: (name) => {
        const sheet = { name, values: [[""]] };
        book.sheets.push(sheet);
        record("add", [name]);
        return worksheet(sheet);
      },
    };
    window.Excel = {
      SheetVisibility: { visible: "Visible" },
      WorksheetPositionType: { end: "End" },
      run: (work) =>
        work({
          sync,
          workbook: {
            worksheets,
            getSelectedRange: () => usedRange(book.sheets.find((s) => s.name === book.active) || book.sheets[0]),
            insertWorksheetsFromBase64: (base64, options) => {
              record("insertWorksheetsFromBase64", [base64.length, options]);
              book.sheets.push({ name: `Template ${book.sheets.length}`, values: [["Template"]] });
            },
          },
        }),
    };
  }

  if (setup.host === "PowerPoint") {
    // A slide: its id ("<n>#<creation id>" like PowerPoint's), tags (keys upper-cased, as PowerPoint stores them) and
    // shapes (name, type, geometry in points, text). Tests edit window.__presentation to stand for the user's edits.
    const shapesOf = (n) => [
      { name: "Title 1", type: "Placeholder", left: 40, top: 30, width: 880, height: 60, text: `Journey slide ${n}` },
      { name: "Picture 2", type: "Image", left: 40, top: 120, width: 400, height: 300, text: "" },
    ];
    // setup.presentation reopens a presentation a test kept from an earlier page (the pane reopened on the same deck).
    const deck = (window.__presentation = setup.presentation || {
      slides: (setup.slides || ["256#"]).map((id) => ({ id, tags: [], shapes: shapesOf(id) })),
      selected: setup.selected || "256#",
    });
    deck.inserts = 0;
    let next = Math.max(299, ...deck.slides.map((s) => parseInt(s.id, 10))) + 1;
    // Like Office.js, queued work fails at context.sync(), not at the call that queued it.
    let failure = null;
    const richApiError = (code, message) => Object.assign(new Error(message), { name: "RichApi.Error", code });
    const shapeProxy = (shape) => ({
      ...shape,
      // PowerPoint throws for the text frame of a shape that has none (pictures, lines, tables, groups).
      get textFrame() {
        if (!["GeometricShape", "TextBox", "Placeholder", "Callout"].includes(shape.type))
          throw richApiError("InvalidArgument", "This shape has no text frame.");
        return { textRange: { load() {}, text: shape.text } };
      },
    });
    const proxy = (slide) => ({
      id: slide.id,
      load() {},
      tags: {
        add: (key, value) => {
          record("tags.add", [slide.id, key, value]);
          const existing = slide.tags.find((t) => t.key === key.toUpperCase());
          if (existing) existing.value = value;
          else slide.tags.push({ key: key.toUpperCase(), value });
        },
        delete: (key) => {
          record("tags.delete", [slide.id, key]);
          slide.tags = slide.tags.filter((t) => t.key !== key.toUpperCase());
        },
        load() {},
        get items() {
          return slide.tags;
        },
      },
      shapes: {
        load() {},
        get items() {
          return slide.shapes.map(shapeProxy);
        },
      },
      delete: () => {
        record("delete", [slide.id]);
        deck.slides = deck.slides.filter((s) => s !== slide);
      },
    });
    const find = (id) => {
      const slide = deck.slides.find((s) => s.id === id);
      if (!slide) failure = richApiError("ItemNotFound", `There is no slide ${id}.`);
      return proxy(slide || { id, tags: [], shapes: [] });
    };
    window.PowerPoint = {
      run: (work) =>
        work({
          sync: async () => {
            const error = failure;
            failure = null;
            if (error) throw error;
          },
          presentation: {
            get slides() {
              return {
                load() {},
                get items() {
                  return deck.slides.map(proxy);
                },
                getItem: find,
              };
            },
            getSelectedSlides: () => ({ load() {}, items: [{ id: deck.selected }] }),
            insertSlidesFromBase64: (base64, options) => {
              record("insertSlidesFromBase64", [base64, options]);
              deck.inserts++;
              if (deck.inserts === setup.failInsertAt) {
                failure = richApiError("GeneralException", "The slides could not be inserted.");
                return;
              }
              // Without targetSlideId PowerPoint inserts at the start; an unknown one fails and inserts nothing.
              const at = options.targetSlideId === undefined ? 0 : deck.slides.findIndex((s) => s.id === options.targetSlideId) + 1;
              if (options.targetSlideId !== undefined && at === 0) {
                failure = richApiError("SlideNotFound", `There is no slide ${options.targetSlideId}.`);
                return;
              }
              const count = setup.slidesPerInsert || 3;
              deck.slides.splice(
                at,
                0,
                ...Array.from({ length: count }, () => {
                  const id = `${next++}#`;
                  return { id, tags: [], shapes: shapesOf(id) };
                }),
              );
            },
          },
        }),
    };
  }
})();
