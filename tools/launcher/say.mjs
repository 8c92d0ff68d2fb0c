/** The launcher's own voice on the terminal: one prefixed line per message, colour only on a TTY. */
const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (useColour ? `\u001b[${code}m${text}\u001b[0m` : text);

export const bold = (text) => paint('1', text);
export const dim = (text) => paint('2', text);
export const red = (text) => paint('31', text);
export const yellow = (text) => paint('33', text);
export const green = (text) => paint('32', text);
export const cyan = (text) => paint('36', text);

export const say = (message) => console.log(`${cyan('xieshang')} ${message}`);
export const warn = (message) => console.error(`${cyan('xieshang')} ${yellow(message)}`);
export const fail = (message) => console.error(`${cyan('xieshang')} ${red(message)}`);

/** An error whose message is already fit for the terminal, so callers print it without a stack. */
export class LauncherError extends Error {
  name = 'LauncherError';
}
