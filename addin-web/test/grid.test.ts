import { describe, expect, it } from "vitest";
import { asCellValues, freeSheetName, parseLocation, toSheetRequest, withoutSheet } from "../src/grid";

describe("the grid sent to the service", () => {
  it("keeps Office.js values as they are and strips the sheet from addresses", () => {
    const request = toSheetRequest({
      sheet: "Hành trình",
      address: "'Hành trình'!B4:D6",
      values: [
        ["Stage", "Nhận biết", 3],
        ["", null, -1.5],
      ],
      mergedAreas: ["'Hành trình'!B4:C4,'Hành trình'!D5:D6"],
      rowHidden: [false, true, false],
      columnHidden: [false, false, true],
      rightToLeft: false,
    });

    expect(request).toEqual({
      name: "Hành trình",
      address: "B4:D6",
      values: [
        ["Stage", "Nhận biết", 3],
        ["", null, -1.5],
      ],
      mergedAreas: ["B4:C4", "D5:D6"],
      hiddenRows: [1],
      hiddenColumns: [2],
      rightToLeft: false,
    });
  });

  it("sends number formats only when some cell has one, so that times and dates read as Excel shows them", () => {
    const range = {
      sheet: "Day",
      address: "Day!A1:B2",
      values: [
        ["Time", "Activity"],
        [0.2916666666666667, "Commute"],
      ],
      mergedAreas: [],
      rowHidden: [false, false],
      columnHidden: [false, false],
      rightToLeft: false,
    };

    expect(
      toSheetRequest({
        ...range,
        numberFormat: [
          ["General", "General"],
          ["General", "General"],
        ],
      }).numberFormats,
    ).toBeUndefined();
    expect(
      toSheetRequest({
        ...range,
        numberFormat: [
          ["General", "General"],
          ["h:mm AM/PM", "General"],
        ],
      }).numberFormats,
    ).toEqual([
      ["General", "General"],
      ["h:mm AM/PM", "General"],
    ]);
  });

  it("takes an address without a sheet unchanged", () => {
    expect(withoutSheet("A1:C3")).toBe("A1:C3");
  });
});

describe("a problem's location", () => {
  it.each([
    ["Journey!C7", { sheet: "Journey", cell: "C7" }],
    ["'Customer journey'!B4:F9", { sheet: "Customer journey", cell: "B4:F9" }],
    ["'Mai''s map'!A1", { sheet: "Mai's map", cell: "A1" }],
    ["'نقشه سفر'!D12", { sheet: "نقشه سفر", cell: "D12" }],
  ])("%s names a sheet and a cell to select", (location, expected) => {
    expect(parseLocation(location)).toEqual(expected);
  });

  it("is not a cell when it names only a sheet", () => {
    expect(parseLocation("Journey")).toBeNull();
  });
});

describe("writing template cells through Office.js", () => {
  it("keeps text that looks like a formula as text", () => {
    expect(asCellValues([['=HYPERLINK("x")', "+1 call", "-", "@team", "Plain", 4, null]])).toEqual([
      ['\'=HYPERLINK("x")', "'+1 call", "'-", "'@team", "Plain", 4, ""],
    ]);
  });

  it("picks a sheet name that is free, within 31 characters", () => {
    expect(freeSheetName("Journey", ["Sheet1"])).toBe("Journey");
    expect(freeSheetName("Journey", ["journey", "Journey (2)"])).toBe("Journey (3)");
    expect(freeSheetName("A very long journey map sheet name", ["A very long journey map sheet n"])).toBe(
      "A very long journey map she (2)",
    );
  });
});
