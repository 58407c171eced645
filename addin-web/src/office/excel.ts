import { asCellValues, freeSheetName, type RangeSnapshot } from "../grid";
import { localeFor } from "../i18n";
import type { TemplateCells } from "../types";

/** Which cells to read. */
export type ReadScope = "selection" | "usedRange" | "allSheets";

/**
 * Every Excel call the pane makes, and nothing else: thin enough to be covered by the end-to-end run against a
 * stand-in host; the logic around it takes plain data.
 */
export interface ExcelHost {
  read(scope: ReadScope): Promise<RangeSnapshot[]>;
  select(sheet: string, cell: string): Promise<void>;
  insertTemplate(base64: string): Promise<string>;
  writeTemplate(cells: TemplateCells): Promise<string>;
  supportsInsertWorksheets(): boolean;
  /** What this Excel lacks for reading grids, in words for the user; null when nothing. */
  missing(): string | null;
}

export class OfficeExcelHost implements ExcelHost {
  supportsInsertWorksheets(): boolean {
    return Office.context.requirements.isSetSupported("ExcelApi", "1.13");
  }

  missing(): string | null {
    return Office.context.requirements.isSetSupported("ExcelApi", "1.4")
      ? null
      : "Reading journey grids needs ExcelApi 1.4 (Excel 2016 or later, Microsoft 365, or Excel on the web). This Excel is older: upload the workbook in the web app instead.";
  }

  read(scope: ReadScope): Promise<RangeSnapshot[]> {
    return Excel.run(async (context) => {
      const ranges: { sheet: Excel.Worksheet; range: Excel.Range }[] = [];
      if (scope === "allSheets") {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name,items/visibility");
        await context.sync();
        for (const sheet of sheets.items.filter((s) => s.visibility === Excel.SheetVisibility.visible)) {
          ranges.push({ sheet, range: sheet.getUsedRangeOrNullObject(true) });
        }
      } else {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        ranges.push({ sheet, range: scope === "selection" ? context.workbook.getSelectedRange() : sheet.getUsedRangeOrNullObject(true) });
      }

      const loaded = ranges.map(({ sheet, range }) => {
        sheet.load("name");
        range.load("address,values,numberFormat,rowCount,columnCount,rowHidden,columnHidden,isNullObject");
        const merged = supportsMergedAreas() ? range.getMergedAreasOrNullObject() : null;
        merged?.load("address,isNullObject");
        return { sheet, range, merged };
      });
      await context.sync();
      const present = loaded.filter(({ range }) => !range.isNullObject);

      // rowHidden is null when some rows are hidden and some not: only then ask row by row, in one more sync.
      const rows = present.map(({ range }) =>
        range.rowHidden === null ? Array.from({ length: range.rowCount }, (_, i) => range.getRow(i).load("rowHidden")) : null,
      );
      const columns = present.map(({ range }) =>
        range.columnHidden === null ? Array.from({ length: range.columnCount }, (_, i) => range.getColumn(i).load("columnHidden")) : null,
      );
      if (rows.some(Boolean) || columns.some(Boolean)) await context.sync();

      return present.map(({ sheet, range, merged }, index) => ({
        sheet: sheet.name,
        address: range.address,
        values: range.values,
        numberFormat: range.numberFormat,
        mergedAreas: merged && !merged.isNullObject ? [merged.address] : [],
        rowHidden: rows[index]?.map((r) => r.rowHidden) ?? new Array<boolean>(range.rowCount).fill(range.rowHidden === true),
        columnHidden: columns[index]?.map((c) => c.columnHidden) ?? new Array<boolean>(range.columnCount).fill(range.columnHidden === true),
        // A sheet is taken as right to left when Office's language is one its language.json says reads so.
        rightToLeft: localeFor(Office.context.displayLanguage).dir === "rtl",
      }));
    });
  }

  select(sheet: string, cell: string): Promise<void> {
    return Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }

  /** Where insertWorksheetsFromBase64 is missing (ExcelApi before 1.13): the same template, written cell by cell. */
  writeTemplate(cells: TemplateCells): Promise<string> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const taken = sheets.items.map((s) => s.name);
      let first: Excel.Worksheet | null = null;
      let firstName = "";
      for (const template of cells.sheets) {
        const name = freeSheetName(template.name, taken);
        taken.push(name);
        const sheet = sheets.add(name);
        const range = sheet.getRange(template.address);
        range.values = asCellValues(template.values) as (string | number | boolean)[][];
        for (const area of template.mergedAreas) sheet.getRange(area).merge(false);
        if (!first) {
          first = sheet;
          firstName = name;
        }
      }
      first?.activate();
      await context.sync();
      return firstName;
    });
  }

  insertTemplate(base64: string): Promise<string> {
    return Excel.run(async (context) => {
      const before = context.workbook.worksheets;
      before.load("items/name");
      await context.sync();
      const existing = new Set(before.items.map((s) => s.name));
      context.workbook.insertWorksheetsFromBase64(base64, { positionType: Excel.WorksheetPositionType.end });
      await context.sync();
      const after = context.workbook.worksheets;
      after.load("items/name");
      await context.sync();
      const added = after.items.find((s) => !existing.has(s.name));
      added?.activate();
      await context.sync();
      return added?.name ?? "";
    });
  }
}

function supportsMergedAreas(): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", "1.13");
}
