/**
 * A small structured logger. Callers pass ids and kinds, never message bodies or phone numbers; `redact`
 * masks anything that looks like a phone number in case one slips into an error message.
 */
export interface Logger {
  debug(msg: string, data?: Record<string, unknown>): void;
  info(msg: string, data?: Record<string, unknown>): void;
  warn(msg: string, data?: Record<string, unknown>): void;
  error(msg: string, data?: Record<string, unknown>): void;
}

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;

export function redact(text: string): string {
  return text.replace(/\+?\d[\d\s().-]{6,}\d/g, (m) => `[number …${m.replace(/\D/g, "").slice(-2)}]`);
}

export function createLogger(level: keyof typeof LEVELS = "info", sink: (line: string) => void = (l) => console.log(l)): Logger {
  const min = LEVELS[level];
  const write = (lvl: keyof typeof LEVELS, msg: string, data?: Record<string, unknown>) => {
    if (LEVELS[lvl] < min) return;
    const safe = data ? JSON.parse(redact(JSON.stringify(data))) : undefined;
    sink(JSON.stringify({ t: new Date().toISOString(), level: lvl, msg, ...safe }));
  };
  return {
    debug: (m, d) => write("debug", m, d),
    info: (m, d) => write("info", m, d),
    warn: (m, d) => write("warn", m, d),
    error: (m, d) => write("error", m, d),
  };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
