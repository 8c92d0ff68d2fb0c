/** Texts of the shared document pieces (upload button, document list); same keys as documents.zh-CN.ts. */
export const documentsEn = {
  upload: 'Upload document',
  uploading: 'Uploading %{name}…',
  uploaded: '%{name} uploaded.',
  upload_failed: '%{name} was not uploaded: %{message}',
  accepted: 'PDF, Word (.docx), Excel (.xlsx), PNG, JPEG, GIF or WebP',
  download: 'Download %{name}',
  downloading: 'Downloading %{name}…',
  download_failed: '%{name} could not be downloaded: %{message}',
  list: 'Documents',
  empty: 'No documents yet.',
  version: 'version %{version}',
  uploaded_at: 'uploaded %{date}',
  uploaded_by: 'by %{name}',
};
