import ExcelJS from 'exceljs';
import { SUMMARY_HEADINGS } from './summary.rules.js';

const WIDTHS = [6, 20, 14, 72, 18];

/** The summary's opinions as a worksheet, with its title above and the silent branches below. */
export const summaryTableXlsx = async (title: string, rows: string[][], silent: readonly string[]): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('意见汇总');
  sheet.mergeCells(1, 1, 1, SUMMARY_HEADINGS.length);
  const heading = sheet.getCell(1, 1);
  heading.value = title;
  heading.font = { name: '宋体', size: 16, bold: true };
  heading.alignment = { horizontal: 'center' };
  sheet.addRow([...SUMMARY_HEADINGS]).font = { name: '黑体', bold: true };
  for (const row of rows) sheet.addRow(row).font = { name: '仿宋' };
  if (silent.length > 0) sheet.addRow(['', '未回复', silent.join('、'), '', '']).font = { name: '仿宋', italic: true };
  WIDTHS.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
