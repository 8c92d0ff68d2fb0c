import type { InterviewLeaderView, InterviewView } from '@xieshang/contracts';
import { consoleConfig } from '../config.js';
import type { FileClient, HttpClient } from '../httpClient.js';

/** The interview calls that are not react-admin's: a party's request, the leaders to choose from, documents. */
export interface InterviewApi {
  /** `POST /interviews/requests`: a party's leader asks, for their own party. */
  requestInterview(body: { subject: string; information: string; preferredLeader?: string }): Promise<InterviewView>;
  getInterviewLeaders(): Promise<InterviewLeaderView[]>;
  /** The file's bytes as the body, its name in Content-Disposition; the gateway tells its type from the bytes. */
  uploadInterviewDocument(interviewId: string, file: File): Promise<InterviewView>;
  downloadInterviewDocument(interviewId: string, documentId: string): Promise<Blob>;
}

const api = (path: string) => `${consoleConfig.apiUrl}${path}`;

export const interviewApi = (httpClient: HttpClient, fileClient: FileClient): InterviewApi => ({
  async requestInterview(body) {
    const { json } = await httpClient(api('/interviews/requests'), { method: 'POST', body: JSON.stringify(body) });
    return json as InterviewView;
  },
  async getInterviewLeaders() {
    return (await httpClient(api('/interviews/leaders'))).json as InterviewLeaderView[];
  },
  async uploadInterviewDocument(interviewId, file) {
    const { json } = await httpClient(api(`/interviews/${encodeURIComponent(interviewId)}/documents`), {
      method: 'POST',
      body: file,
      headers: new Headers({ 'Content-Type': 'application/octet-stream', 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}` }),
    });
    return json as InterviewView;
  },
  async downloadInterviewDocument(interviewId, documentId) {
    const response = await fileClient(api(`/interviews/${encodeURIComponent(interviewId)}/documents/${encodeURIComponent(documentId)}`));
    return response.blob();
  },
});
