import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from '@xieshang/platform-observability';
import { maskPhone } from './channels.rules.js';

/** One outgoing message; `id` is the delivery's, sent as the Message-ID so a receiver can tell repeats. */
export interface OutgoingMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
}

/** A channel's way out. A thrown error is a failed attempt; its message becomes the recorded reason. */
export interface MessageSender {
  send(message: OutgoingMessage): Promise<void>;
  close?(): void;
}

/** Mail through SMTP (`MAIL_SMTP_URL`); one pooled connection, short timeouts so a dead server fails fast. */
export class SmtpMailSender implements MessageSender {
  private readonly transport: Transporter;

  constructor(smtpUrl: string, private readonly from: string) {
    const url = new URL(smtpUrl);
    this.transport = nodemailer.createTransport({
      host: url.hostname,
      port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 25)),
      secure: url.protocol === 'smtps:',
      ...(url.username ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } } : {}),
      connectionTimeout: 5_000,
      greetingTimeout: 5_000,
      socketTimeout: 15_000,
      // A local catcher answers without TLS; a real relay offers STARTTLS and nodemailer takes it.
      ignoreTLS: url.searchParams.get('tls') === 'off',
    });
  }

  async send(message: OutgoingMessage): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      messageId: `<${message.id}@xieshang.notification>`,
    });
  }

  close(): void {
    this.transport.close();
  }
}

/**
 * Text messages through a log line: the driver used until a provider's is configured. It logs
 * the masked number and the message length, never the number or the words.
 */
export class LoggingSmsSender implements MessageSender {
  constructor(private readonly logger: Logger) {}

  async send(message: OutgoingMessage): Promise<void> {
    this.logger.info({ deliveryId: message.id, to: maskPhone(message.to), characters: message.text.length }, 'Text message handed to the logging driver');
  }
}
