/** 共用的文件组件（上传按钮、文件列表）的文案；键与 documents.en.ts 一致。 */
export const documentsZhCN = {
  upload: '上传文件',
  uploading: '正在上传 %{name}…',
  uploaded: '%{name} 已上传。',
  upload_failed: '%{name} 未能上传：%{message}',
  accepted: 'PDF、Word（.docx）、Excel（.xlsx）或 PNG、JPEG、GIF、WebP 图片',
  download: '下载 %{name}',
  downloading: '正在下载 %{name}…',
  download_failed: '%{name} 未能下载：%{message}',
  list: '文件',
  empty: '暂无文件。',
  version: '第 %{version} 版',
  uploaded_at: '%{date} 上传',
  uploaded_by: '上传人：%{name}',
};
