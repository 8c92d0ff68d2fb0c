import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/**
 * Browser steps for a feature page that holds documents (DocumentUploadButton, DocumentList), so
 * that each feature's journey proves an upload and a download against its real route.
 */

export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The smallest file the gateway accepts as a PDF (it tells types by their first bytes), under any name. */
export const pdfNamed = (name: string, text = name): UploadFile => ({
  name,
  mimeType: 'application/pdf',
  buffer: Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'utf8'),
});

/**
 * Opens the file picker from the keyboard (the upload button focused, Enter) and picks `file`;
 * resolves once the file is offered for download, i.e. the upload went through and the page
 * shows it. `downloadLabel` is the button's name in the page's language (`下载 <name>` in Chinese).
 */
export const uploadThroughButton = async (page: Page, file: UploadFile, timeout: number, downloadLabel = `下载 ${file.name}`) => {
  const chooser = page.waitForEvent('filechooser', { timeout });
  await page.getByTestId('document-upload').focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(file);
  await page.getByRole('button', { name: downloadLabel }).waitFor({ timeout });
};

/** Downloads a listed document by its button; answers the name the browser saves it under and its bytes. */
export const downloadThroughLink = async (page: Page, fileName: string, timeout: number, downloadLabel = `下载 ${fileName}`) => {
  const download = page.waitForEvent('download', { timeout });
  await page.getByRole('button', { name: downloadLabel }).click();
  const saved = await download;
  const path = await saved.path();
  return { suggestedFilename: saved.suggestedFilename(), bytes: await readFile(path) };
};
