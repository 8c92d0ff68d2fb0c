import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { YearEndReportView } from '@xieshang/contracts';
import { ADOPTION_NAMES, OUTCOME_NAMES, SATISFACTION_NAMES, SOURCE_NAMES } from './year-end.rules.js';

const FANGSONG = '仿宋_GB2312';
const SONG = '宋体';
const HEITI = '黑体';
/** Sizes are half-points: 二号 22 pt, 三号 16 pt, 五号 10.5 pt. */
const ERHAO = 44;
const SANHAO = 32;
const WUHAO = 21;

const line = (text: string, options: { size?: number; bold?: boolean; font?: string; center?: boolean; indent?: boolean } = {}) =>
  new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { line: 560 },
    ...(options.indent ? { indent: { firstLine: 640 } } : {}),
    children: [new TextRun({ text, size: options.size ?? SANHAO, bold: options.bold, font: options.font ?? FANGSONG })],
  });

const cell = (text: string, heading: boolean) =>
  new TableCell({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, size: WUHAO, bold: heading, font: heading ? HEITI : SONG })] })] });

const table = (rows: string[][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((cells, index) => new TableRow({ tableHeader: index === 0, children: cells.map((text) => cell(text, index === 0)) })),
  });

const percent = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);

/** §4.1.4's year-end report in the layout of the party office's documents: title, numbered headings in 黑体, body in 仿宋, tables in 宋体. */
export const yearEndDocx = async (report: YearEndReportView, issuer: string, issuedOn: string): Promise<Buffer> => {
  const title = `关于${report.year}年度政党协商意见建议办理情况的报告`;
  const document = new Document({
    creator: issuer,
    title,
    styles: { default: { document: { run: { font: FANGSONG, size: SANHAO } } } },
    sections: [
      {
        children: [
          line(title, { size: ERHAO, bold: true, font: SONG, center: true }),
          line(`${report.year}年，各民主党派、工商联和无党派人士共提出意见建议${report.opinions}条。现将办理情况报告如下。`, { indent: true }),
          line('一、意见建议来源', { font: HEITI }),
          table([['来源', '条数'], ...report.bySource.map((entry) => [SOURCE_NAMES[entry.key], String(entry.count)])]),
          table([['提出单位', '条数'], ...report.byParty.map((entry) => [entry.name || '个人', String(entry.count)])]),
          line('二、文件修改意见采纳情况', { font: HEITI }),
          table([['采纳情况', '条数'], ...report.adoption.map((entry) => [ADOPTION_NAMES[entry.key], String(entry.count)])]),
          line('三、交办意见办理结果', { font: HEITI }),
          table([['办理结果', '条数'], ...report.outcomes.map((entry) => [OUTCOME_NAMES[entry.key], String(entry.count)])]),
          line('四、承办单位按期办结情况', { font: HEITI }),
          table([['承办单位', '到期件数', '按期', '逾期', '按期率'], ...report.timeliness.map((entry) => [entry.orgUnitName, String(entry.due), String(entry.onTime), String(entry.late), percent(entry.rate)])]),
          line('五、满意度评价', { font: HEITI }),
          table([['评价', '件次'], ...report.satisfaction.map((entry) => [SATISFACTION_NAMES[entry.key], String(entry.count)])]),
          line('六、正在分步解决的事项', { font: HEITI }),
          ...(report.openStepByStep.length === 0
            ? [line('无。', { indent: true })]
            : [table([['编号', '事项', '计划完成日期'], ...report.openStepByStep.map((entry) => [String(entry.number), entry.title, entry.planDueOn ?? ''])])]),
          line(issuer, { center: false }),
          line(issuedOn),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(document));
};
