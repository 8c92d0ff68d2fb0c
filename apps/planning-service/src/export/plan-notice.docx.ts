import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { noticeTitle, TABLE_HEADINGS } from './plan-document.rules.js';

export interface NoticeContent {
  issuer: string;
  decisionReference: string | null;
  planTitle: string;
  year: number;
  recipients: string;
  rows: string[][];
  issuedOn: string;
}

const FANGSONG = '仿宋_GB2312';
const SONG = '宋体';
/** Sizes are half-points: 二号 22 pt, 三号 16 pt, 小四 12 pt, 五号 10.5 pt. */
const ERHAO = 44;
const SANHAO = 32;
const WUHAO = 21;

const line = (text: string, options: { size?: number; bold?: boolean; color?: string; font?: string; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: boolean } = {}) =>
  new Paragraph({
    alignment: options.alignment ?? AlignmentType.LEFT,
    spacing: { line: 560 },
    ...(options.indent ? { indent: { firstLine: 640 } } : {}),
    children: [new TextRun({ text, size: options.size ?? SANHAO, bold: options.bold, color: options.color, font: options.font ?? FANGSONG })],
  });

const cell = (text: string, heading: boolean) =>
  new TableCell({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, size: WUHAO, bold: heading, font: heading ? 'SimHei' : SONG })] })],
  });

/**
 * The approved plan formatted like a party-office notice (党政机关公文): a red issuer line, the
 * document number, a red rule, the title, a short body, the items table, and the issuing date.
 */
export const planNoticeDocx = async (content: NoticeContent): Promise<Buffer> => {
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [TABLE_HEADINGS, ...content.rows].map((cells, index) => new TableRow({ tableHeader: index === 0, children: cells.map((text) => cell(text, index === 0)) })),
  });
  const document = new Document({
    creator: content.issuer,
    title: noticeTitle(content.planTitle),
    styles: { default: { document: { run: { font: FANGSONG, size: SANHAO } } } },
    sections: [
      {
        children: [
          line(content.issuer, { size: 72, bold: true, color: 'D40000', font: SONG, alignment: AlignmentType.CENTER }),
          line(content.decisionReference ?? '', { alignment: AlignmentType.CENTER }),
          new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: 'D40000', space: 1 } }, children: [] }),
          line(noticeTitle(content.planTitle), { size: ERHAO, bold: true, font: SONG, alignment: AlignmentType.CENTER }),
          line(`${content.recipients}：`),
          line(
            `《${content.planTitle}》已经区委常委会审议通过，现印发给你们，请结合实际认真抓好落实。各民主党派区总支委员会、无党派人士、工商联要精心选题、深入调研，切实提高协商质量。`,
            { indent: true },
          ),
          line(`附件：${content.year}年度政党协商议题安排表`, { indent: true }),
          table,
          line(content.issuer, { alignment: AlignmentType.RIGHT }),
          line(content.issuedOn, { alignment: AlignmentType.RIGHT }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
};
