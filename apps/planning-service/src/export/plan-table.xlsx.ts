import ExcelJS from 'exceljs';
import { TABLE_HEADINGS } from './plan-document.rules.js';

const WIDTHS = [6, 48, 12, 18, 16, 18, 36];

/** The plan's items table as a worksheet, with the notice's title above it. */
export const planTableXlsx = async (title: string, rows: string[][]): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('协商计划');
  sheet.mergeCells(1, 1, 1, TABLE_HEADINGS.length);
  const heading = sheet.getCell(1, 1);
  heading.value = title;
  heading.font = { name: '宋体', size: 16, bold: true };
  heading.alignment = { horizontal: 'center' };
  sheet.addRow([...TABLE_HEADINGS]).font = { name: '黑体', bold: true };
  for (const row of rows) sheet.addRow(row).font = { name: '仿宋' };
  WIDTHS.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
