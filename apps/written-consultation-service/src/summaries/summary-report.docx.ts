import { AlignmentType, BorderStyle, Document, Packer, Paragraph, TextRun } from 'docx';
import type { SummaryView } from '@xieshang/contracts';
import { summaryTitle } from './summary.rules.js';

export interface SummaryReportContent {
  issuer: string;
  addressee: string;
  summary: SummaryView;
  issuedOn: string;
}

const FANGSONG = '仿宋_GB2312';
const SONG = '宋体';
const HEITI = '黑体';
/** Sizes are half-points: 二号 22 pt, 三号 16 pt. */
const ERHAO = 44;
const SANHAO = 32;

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

const line = (text: string, options: { size?: number; bold?: boolean; color?: string; font?: string; alignment?: Alignment; indent?: boolean } = {}) =>
  new Paragraph({
    alignment: options.alignment ?? AlignmentType.LEFT,
    spacing: { line: 560 },
    ...(options.indent ? { indent: { firstLine: 640 } } : {}),
    children: [new TextRun({ text, size: options.size ?? SANHAO, bold: options.bold, color: options.color, font: options.font ?? FANGSONG })],
  });

const CHINESE_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const ordinal = (index: number): string => CHINESE_NUMBERS[index] ?? String(index + 1);

/**
 * UFWD's summary report in the house layout of the plan notice (党政机关公文): red issuer line and
 * rule, title, addressee, an opening paragraph, each section as a 黑体 heading with its opinions
 * numbered and attributed, the branches with no comment and those that did not answer, the date.
 */
export const summaryReportDocx = async ({ issuer, addressee, summary, issuedOn }: SummaryReportContent): Promise<Buffer> => {
  const answered = summary.sections.flatMap((section) => section.opinions.map((opinion) => opinion.orgUnitName));
  const opening =
    summary.overallNote ||
    `按照书面协商工作安排，就《${summary.solicitationTitle}》（${summary.documentVersion}）征求了各民主党派区总支委员会、无党派人士和工商联的意见，现将有关情况汇总报告如下。`;
  const body: Paragraph[] = [];
  summary.sections
    .filter((section) => section.opinions.length > 0 || section.note)
    .forEach((section, index) => {
      body.push(line(`${ordinal(index)}、${section.title}`, { font: HEITI, indent: true }));
      if (section.note) body.push(line(section.note, { indent: true }));
      section.opinions.forEach((opinion, number) => {
        const marks = [opinion.late ? '逾期报送' : '', opinion.supplement ? '补充意见' : ''].filter(Boolean).join('，');
        body.push(line(`${number + 1}. ${opinion.orgUnitName}：${opinion.text}${marks ? `（${marks}）` : ''}`, { indent: true }));
      });
    });
  const closing = [
    summary.noCommentOrgUnits.length > 0 ? `${summary.noCommentOrgUnits.map((unit) => unit.orgUnitName).join('、')}回复无意见。` : '',
    summary.silentOrgUnits.length > 0 ? `截至汇总时，${summary.silentOrgUnits.map((unit) => unit.orgUnitName).join('、')}未回复意见。` : '',
  ].filter(Boolean);
  const document = new Document({
    creator: issuer,
    title: summaryTitle(summary.solicitationTitle),
    styles: { default: { document: { run: { font: FANGSONG, size: SANHAO } } } },
    sections: [
      {
        children: [
          line(issuer, { size: 72, bold: true, color: 'D40000', font: SONG, alignment: AlignmentType.CENTER }),
          new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: 'D40000', space: 1 } }, children: [] }),
          line(summaryTitle(summary.solicitationTitle), { size: ERHAO, bold: true, font: SONG, alignment: AlignmentType.CENTER }),
          line(`${addressee}：`),
          line(opening, { indent: true }),
          ...body,
          ...closing.map((text) => line(text, { indent: true })),
          line(`共收到${new Set(answered).size}个党派的意见建议${answered.length}条。`, { indent: true }),
          line(issuer, { alignment: AlignmentType.RIGHT }),
          line(issuedOn, { alignment: AlignmentType.RIGHT }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
};
