import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiHeader, ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import { DOCUMENT_MEDIA_TYPES } from '@xieshang/contracts';
import { UPLOAD_MEDIA_TYPES } from './upload.rules.js';

const ACCEPTED = 'PDF, DOCX, XLSX, PNG, JPEG, GIF or WebP';

/**
 * Documents an upload route: the body is the file's bytes, its name in Content-Disposition.
 * The 413/415/422 problems are added to every such route by the OpenAPI completion.
 */
export const DocumentUpload = (description: string) =>
  applyDecorators(
    ApiConsumes(...UPLOAD_MEDIA_TYPES),
    ApiBody({
      description: `${description}. The body is the file itself (${ACCEPTED}, decided from its bytes), at most DOCUMENT_MAX_BYTES (default 20 MiB).`,
      required: true,
      schema: { type: 'string', format: 'binary' },
    }),
    ApiHeader({
      name: 'Content-Disposition',
      required: true,
      description: "The file's name, whose extension must fit its content: attachment; filename*=UTF-8''%E4%BC%9A%E8%AE%AE%E7%BA%AA%E8%A6%81.docx",
    }),
  );

/** Documents a download route: the file's bytes with its media type and UTF-8 name. */
export const DocumentDownload = (description: string) =>
  applyDecorators(
    ApiProduces(...DOCUMENT_MEDIA_TYPES),
    ApiOkResponse({
      description: `${description}. Content-Disposition carries the name as filename*=UTF-8''…; X-Content-Type-Options: nosniff.`,
      content: Object.fromEntries(DOCUMENT_MEDIA_TYPES.map((mediaType) => [mediaType, { schema: { type: 'string', format: 'binary' } }])),
    }),
  );
