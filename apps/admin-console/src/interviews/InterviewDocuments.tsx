import type { InterviewView } from '@xieshang/contracts';
import { useCanAccess, useRecordContext, useRefresh } from 'react-admin';
import { DocumentList, DocumentUploadButton } from '../documents/index.js';

/** The documents sent in advance, each downloadable; until the interview is held, one more may be attached. */
export const InterviewDocuments = () => {
  const interview = useRecordContext<InterviewView>();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'interviews', action: 'attach' });
  if (!interview) return null;
  const basePath = `/interviews/${interview.id}/documents`;
  const open = interview.status === 'requested' || interview.status === 'scheduled';
  return (
    <>
      <DocumentList basePath={basePath} documents={interview.documents.map((document) => ({ ...document, uploadedAt: document.createdAt }))} />
      {open && canAccess && <DocumentUploadButton path={basePath} label="resources.interviews.actions.attach" onUploaded={refresh} />}
    </>
  );
};
