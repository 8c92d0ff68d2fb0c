import type { InterviewLeaderView, InterviewView } from '@xieshang/contracts';
import { consoleConfig } from '../config.js';
import type { HttpClient } from '../httpClient.js';

/** The interview calls that are not react-admin's: a party's request, and the leaders to choose from. */
export interface InterviewApi {
  /** `POST /interviews/requests`: a party's leader asks, for their own party. */
  requestInterview(body: { subject: string; information: string; preferredLeader?: string }): Promise<InterviewView>;
  getInterviewLeaders(): Promise<InterviewLeaderView[]>;
}

const api = (path: string) => `${consoleConfig.apiUrl}${path}`;

export const interviewApi = (httpClient: HttpClient): InterviewApi => ({
  async requestInterview(body) {
    const { json } = await httpClient(api('/interviews/requests'), { method: 'POST', body: JSON.stringify(body) });
    return json as InterviewView;
  },
  async getInterviewLeaders() {
    return (await httpClient(api('/interviews/leaders'))).json as InterviewLeaderView[];
  },
});
