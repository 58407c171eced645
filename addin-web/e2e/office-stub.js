// A stand-in for office.js in headless Chromium: the host named by window.__officeHost ("Excel",
// "PowerPoint" or none), an in-memory workbook or presentation, and a record of every call the pane makes
// (window.__officeCalls). Only the API surface the pane's adapters use is here.
(() => {
  const setup = window.__officeSetup || {};
  const calls = (window.__officeCalls = []);
  const record = (name, args) => calls.push({ name, args });
  const supported = setup.requirements || {};
  const Office = {
    HostType: { Excel: "Excel", PowerPoint: "PowerPoint" },
    context: {
      displayLanguage: setup.displayLanguage || "en-US",
      requirements: { isSetSupported: (set, version) => (supported[set] ?? "9.9") >= version },
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
    const deck = (window.__presentation = {
      slides: (setup.slides || ["256#"]).map((id) => ({ id, tags: [] })),
      selected: setup.selected || "256#",
    });
    let next = 300;
    const proxy = (slide) => ({
      id: slide.id,
      tags: {
        add: (key, value) => {
          record("tags.add", [slide.id, key, value]);
          slide.tags.push({ key: key.toUpperCase(), value });
        },
        load() {},
        get items() {
          return slide.tags;
        },
      },
      delete: () => {
        record("delete", [slide.id]);
        deck.slides = deck.slides.filter((s) => s !== slide);
      },
    });
    window.PowerPoint = {
      run: (work) =>
        work({
          sync,
          presentation: {
            get slides() {
              return {
                load() {},
                get items() {
                  return deck.slides.map(proxy);
                },
                getItem: (id) => proxy(deck.slides.find((s) => s.id === id)),
              };
            },
            getSelectedSlides: () => ({ load() {}, items: [{ id: deck.selected }] }),
            insertSlidesFromBase64: (base64, options) => {
              record("insertSlidesFromBase64", [base64, options]);
              const count = setup.slidesPerInsert || 3;
              const at = deck.slides.findIndex((s) => s.id === options.targetSlideId) + 1;
              deck.slides.splice(at, 0, ...Array.from({ length: count }, () => ({ id: `${next++}#`, tags: [] })));
            },
          },
        }),
    };
  }
})();
