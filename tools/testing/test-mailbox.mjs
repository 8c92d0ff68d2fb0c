import http from 'node:http';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { TEST_SMTP_PORT } from '../launcher/mail-catcher.mjs';
import { LauncherError, say } from '../launcher/say.mjs';

/**
 * The suite's mail server. notification-service sends every notice mail of the run to a real SMTP
 * server on TEST_SMTP_PORT, which keeps it, so that no test's mail fails for want of a server.
 * The mail tests reach it over HTTP on a port of its own (its address is in XS_TEST_MAILBOX_URL):
 * - `GET /mails?to=<address>&marker=<text>`: the mails to that address whose subject or text holds the text;
 * - `POST /outage`: the SMTP port refuses connections, as a mail server that is down;
 * - `POST /restore`: it takes mail again.
 */
export const startTestMailbox = async () => {
  const mails = [];
  let smtp = null;

  const listen = async () => {
    if (smtp) return;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        simpleParser(stream).then(
          (mail) => {
            mails.push({
              to: session.envelope.rcptTo.map((recipient) => recipient.address),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              messageId: mail.messageId ?? '',
            });
            callback();
          },
          (error) => callback(error),
        );
      },
    });
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(TEST_SMTP_PORT, '127.0.0.1', () => resolve());
    }).catch((error) => {
      throw new LauncherError(`the test mail server cannot listen on ${TEST_SMTP_PORT}: ${error.message}`);
    });
    smtp = server;
  };

  const close = async () => {
    const server = smtp;
    smtp = null;
    if (server) await new Promise((resolve) => server.close(() => resolve()));
  };

  const answer = (response, status, body) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };

  const control = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://mailbox');
    const route = `${request.method} ${url.pathname}`;
    if (route === 'GET /mails') {
      const to = url.searchParams.get('to') ?? '';
      const marker = url.searchParams.get('marker') ?? '';
      return answer(
        response,
        200,
        mails.filter((mail) => mail.to.includes(to) && (mail.subject.includes(marker) || mail.text.includes(marker))),
      );
    }
    const change = route === 'POST /outage' ? close : route === 'POST /restore' ? listen : null;
    if (!change) return answer(response, 404, { error: `no ${route} here` });
    change().then(
      () => answer(response, 200, { accepting: smtp !== null }),
      (error) => answer(response, 500, { error: error.message }),
    );
  });

  await listen();
  await new Promise((resolve) => control.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${control.address().port}`;
  say(`test mail server: SMTP 127.0.0.1:${TEST_SMTP_PORT}, read by the mail tests at ${url}`);
  return {
    url,
    stop: async () => {
      await close();
      await new Promise((resolve) => control.close(() => resolve()));
    },
  };
};
