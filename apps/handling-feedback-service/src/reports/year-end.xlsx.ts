import ExcelJS from 'exceljs';
import { LEDGER_HEADINGS } from './year-end.rules.js';

const WIDTHS = [8, 40, 14, 20, 10, 16, 10, 10, 12, 12, 6, 10];

/** The year's case ledger (台账) as a worksheet, with its title above it. */
export const caseLedgerXlsx = async (title: string, rows: string[][]): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('办理台账');
  sheet.mergeCells(1, 1, 1, LEDGER_HEADINGS.length);
  const heading = sheet.getCell(1, 1);
  heading.value = title;
  heading.font = { name: '宋体', size: 16, bold: true };
  heading.alignment = { horizontal: 'center' };
  sheet.addRow([...LEDGER_HEADINGS]).font = { name: '黑体', bold: true };
  for (const row of rows) sheet.addRow(row).font = { name: '仿宋' };
  WIDTHS.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
