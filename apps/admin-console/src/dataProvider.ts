import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider } from 'react-admin';
import { consoleConfig } from './config.js';
import type { Me } from './dashboard/me.js';
import type { HttpClient } from './httpClient.js';

/** Simple REST on the gateway, plus the calls that are not about a resource list. */
export interface ConsoleDataProvider extends DataProvider {
  getMe(): Promise<Me>;
}

export const createDataProvider = (httpClient: HttpClient): ConsoleDataProvider => ({
  ...simpleRestProvider(consoleConfig.apiUrl, httpClient),
  async getMe() {
    const { json } = await httpClient(`${consoleConfig.apiUrl}/me`);
    return json as Me;
  },
});
