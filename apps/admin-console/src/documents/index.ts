export { createDocumentApi, type DocumentApi, type DownloadedDocument } from './document-api.js';
export { DocumentList, type DocumentListProps } from './DocumentList.js';
export { DocumentLink, type DocumentEntry, type DocumentLinkProps } from './DocumentLink.js';
export { DocumentUploadButton, type DocumentUploadButtonProps } from './DocumentUploadButton.js';
export { saveFile } from './save-file.js';
