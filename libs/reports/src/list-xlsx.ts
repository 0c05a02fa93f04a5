import ExcelJS from 'exceljs';

/** One column of an exported list: its heading and width (characters). */
export interface ListColumn {
  header: string;
  width: number;
}

export interface ListSheet {
  /** The sheet's name and the title printed above the table. */
  sheetName: string;
  title: string;
  /** A line under the title: who exported it, which filter, when. */
  subtitle: string;
  columns: readonly ListColumn[];
  rows: readonly (readonly (string | number | null)[])[];
}

/**
 * A register list as a workbook an office prints (the register screens' export, README "The register"):
 * title and subtitle on top, the header row frozen and filterable, A4 landscape fitted to the page width
 * with the header repeated on every page. Cells are text or numbers, never formulas.
 */
export async function renderListXlsx(sheet: ListSheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'hazard-rectification-engine';
  const ws = workbook.addWorksheet(sheet.sheetName, {
    views: [{ state: 'frozen', ySplit: 3 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3', horizontalCentered: true },
  });
  ws.columns = sheet.columns.map((c) => ({ width: c.width }));
  const last = sheet.columns.length;
  ws.mergeCells(1, 1, 1, last);
  ws.getCell(1, 1).value = sheet.title;
  ws.getCell(1, 1).font = { bold: true, size: 16 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.mergeCells(2, 1, 2, last);
  ws.getCell(2, 1).value = sheet.subtitle;
  const header = ws.getRow(3);
  sheet.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  sheet.rows.forEach((row, r) => {
    const line = ws.getRow(4 + r);
    row.forEach((value, i) => {
      const cell = line.getCell(i + 1);
      cell.value = value ?? '';
      cell.alignment = { vertical: 'top', wrapText: true };
    });
  });
  for (let r = 3; r < 4 + sheet.rows.length; r++) {
    for (let c = 1; c <= last; c++) {
      ws.getCell(r, c).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
    }
  }
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + sheet.rows.length, column: last } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
