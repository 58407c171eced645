import type { SheetRequest } from "./types";

/** What the Excel adapter reads of a range; the same shape Office.js gives, nothing interpreted. */
export interface RangeSnapshot {
  sheet: string;
  address: string;
  /** Text, numbers and booleans, as Office.js gives them (an error is its text, such as "#DIV/0!"). */
  values: SheetRequest["values"];
  mergedAreas: string[];
  rowHidden: boolean[];
  columnHidden: boolean[];
  rightToLeft: boolean;
  numberFormat?: string[][];
}

/**
 * The grid the service reads: Office.js values as they are (the service interprets, the pane never does),
 * the address without its sheet, hidden rows and columns as offsets from the range's top-left cell.
 */
export function toSheetRequest(range: RangeSnapshot): SheetRequest {
  return {
    name: range.sheet,
    address: withoutSheet(range.address),
    values: range.values,
    mergedAreas: range.mergedAreas.flatMap((area) => area.split(",")).map(withoutSheet),
    hiddenRows: indexesOf(range.rowHidden),
    hiddenColumns: indexesOf(range.columnHidden),
    rightToLeft: range.rightToLeft,
    // Times and dates are numbers in values; their formats tell the service "07:00" from 0.2916.
    ...(range.numberFormat?.some((row) => row.some((format) => format !== "General")) ? { numberFormats: range.numberFormat } : {}),
  };
}

/** "'Customer journey'!B4:F9" → "B4:F9". */
export function withoutSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}

/** A problem's location "Journey!C7" or "'My sheet'!C7:D8" → sheet and cell, for selecting it. */
export function parseLocation(location: string): { sheet: string; cell: string } | null {
  const match = /^(?:'((?:[^']|'')+)'|([^!']+))!([A-Z]{1,3}[0-9]+(?::[A-Z]{1,3}[0-9]+)?)$/.exec(location.trim());
  if (!match) return null;
  return { sheet: (match[1] ?? match[2]).replace(/''/g, "'"), cell: match[3] };
}

function indexesOf(flags: boolean[]): number[] {
  const result: number[] = [];
  flags.forEach((hidden, index) => hidden && result.push(index));
  return result;
}

/**
 * Values to write into cells through Office.js, where a string starting with = + - @ would become a formula:
 * such text gets Excel's quote prefix and stays text. Numbers and booleans pass as they are.
 */
export function asCellValues(values: unknown[][]): unknown[][] {
  return values.map((row) => row.map((value) => (typeof value === "string" && /^[=+\-@\t\r\n]/.test(value) ? "'" + value : (value ?? ""))));
}

/** A sheet name not yet taken: "Journey", then "Journey (2)"… within Excel's 31 characters. */
export function freeSheetName(wanted: string, taken: Iterable<string>): string {
  const names = new Set([...taken].map((n) => n.toLowerCase()));
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? "" : ` (${i})`;
    const name = wanted.slice(0, 31 - suffix.length) + suffix;
    if (!names.has(name.toLowerCase())) return name;
  }
}
