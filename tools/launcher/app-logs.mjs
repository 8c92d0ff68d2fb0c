import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { dim, red, yellow } from './say.mjs';

const LEVELS = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const TAIL_LINES = 40;

/**
 * Sends an app's stdout and stderr to `<logDir>/<app>.log` untouched (JSON lines stay machine
 * readable) and echoes to the terminal what a person should see (see `shouldEcho`; a crash prints
 * plain text, so plain text is never hidden from stderr). Keeps the last lines for failure reports.
 */
export const captureLogs = ({ name, child, logDir, echo, isQuiet }) => {
  fs.mkdirSync(logDir, { recursive: true });
  const file = path.join(logDir, `${name}.log`);
  const sink = fs.createWriteStream(file);
  const tail = [];
  const prefix = `[${name}]`.padEnd(32);
  const onLine = (line, fromStderr) => {
    sink.write(`${line}\n`);
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
    if (isQuiet() || line.trim() === '') return;
    const entry = parseLogLine(line);
    if (shouldEcho(entry, fromStderr, echo)) console.log(`${dim(prefix)} ${formatEntry(entry, line)}`);
  };
  readline.createInterface({ input: child.stdout }).on('line', (line) => onLine(line, false));
  readline.createInterface({ input: child.stderr }).on('line', (line) => onLine(line, true));
  return {
    file,
    tail: () => tail.join('\n'),
    close: () => new Promise((resolve) => sink.end(resolve)),
  };
};

export const parseLogLine = (line) => {
  if (!line.startsWith('{')) return null;
  try {
    const entry = JSON.parse(line);
    return typeof entry === 'object' && entry !== null && typeof entry.level === 'number' ? entry : null;
  } catch {
    return null;
  }
};

/** `all`: every line; `warnings`: pino warn and above, and all plain text; `errors`: pino error and above, and plain stderr. */
export const shouldEcho = (entry, fromStderr, echo) => {
  if (echo === 'all') return true;
  if (entry === null) return echo === 'warnings' || fromStderr;
  return entry.level >= (echo === 'errors' ? 50 : 40);
};

/** `12:03:04 WARN message (err: …)` from a pino line; plain text as it came. */
export const formatEntry = (entry, line) => {
  if (entry === null) return line;
  const time = typeof entry.time === 'string' ? entry.time.slice(11, 19) : new Date(entry.time ?? Date.now()).toISOString().slice(11, 19);
  const level = LEVELS[entry.level] ?? String(entry.level);
  const painted = entry.level >= 50 ? red(level) : entry.level >= 40 ? yellow(level) : level;
  const error = entry.err?.stack ?? entry.err?.message;
  return `${dim(time)} ${painted} ${entry.msg ?? ''}${error ? `\n${error}` : ''}`;
};
