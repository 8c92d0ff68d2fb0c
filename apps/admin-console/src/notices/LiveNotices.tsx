import type { LiveNoticeMessage } from '@xieshang/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useNotify } from 'react-admin';
import { consoleConfig } from '../config.js';
import { keycloakClient } from '../keycloakClient.js';
import { reconnectDelay, takeEvents } from './sse.rules.js';

/**
 * Keeps the console live: reads the gateway's notice stream (server-sent events) with `fetch`
 * and the bearer header, so the token never lands in a URL, and on each change refetches the
 * notices, the unread count and the 待办 list. Reconnects with a fresh token when the stream ends.
 */
export const LiveNotices = () => {
  const queryClient = useQueryClient();
  const notify = useNotify();
  useEffect(() => {
    let stopped = false;
    let failures = 0;
    const abort = new AbortController();
    const changed = (message: LiveNoticeMessage): void => {
      if (message.type === 'notice') {
        void queryClient.invalidateQueries({ queryKey: ['notices'] });
        notify('resources.notices.live_new', { type: 'info', messageArgs: { title: message.title } });
      }
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    };
    const follow = async (): Promise<void> => {
      while (!stopped) {
        try {
          if (keycloakClient.authenticated) await keycloakClient.updateToken(60).catch(() => false);
          const response = await fetch(`${consoleConfig.apiUrl}/notices/stream`, {
            headers: { authorization: `Bearer ${keycloakClient.token ?? ''}`, accept: 'text/event-stream' },
            signal: abort.signal,
          });
          if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          let buffer = '';
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            const taken = takeEvents(buffer + value);
            buffer = taken.rest;
            for (const event of taken.events) {
              if (event.type === 'ready') {
                failures = 0;
                // Whatever came while the stream was away is in the inbox.
                void queryClient.invalidateQueries({ queryKey: ['notices'] });
              } else changed(event.data as LiveNoticeMessage);
            }
          }
        } catch {
          if (stopped) return;
          failures += 1;
        }
        if (!stopped) await new Promise((resolve) => setTimeout(resolve, reconnectDelay(Math.max(failures, 1))));
      }
    };
    void follow();
    return () => {
      stopped = true;
      abort.abort();
    };
  }, [queryClient, notify]);
  return null;
};
