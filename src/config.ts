import { z } from "zod";

/**
 * All configuration comes from the environment and is validated here, once, at start.
 * `process.env` (Node) or the Worker `env` is passed in: nothing else reads the environment.
 */

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const url = (what: string) =>
  z
    .string()
    .trim()
    .refine((v) => /^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(v) && !v.endsWith("/"), {
      message: `${what}: an http(s) URL without a trailing slash`,
    });

const intInRange = (min: number, max: number, dflt: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === "") return dflt;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message: `an integer from ${min} to ${max}` });
        return z.NEVER;
      }
      return n;
    });

function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
// partialRecord: a deployment may set the hours of one country only (z.record with enum keys needs them all).
export const hotlineHoursSchema = z.partialRecord(
  z.enum(["KZ", "KG", "TJ", "TM", "UZ"]),
  z.object({
    timeZone: z.string().refine(validTimeZone, { message: "an IANA time zone such as Asia/Bishkek" }),
    days: z.array(z.number().int().min(0).max(6)),
    from: hhmm,
    to: hhmm,
  }),
);
export type HotlineHours = z.infer<typeof hotlineHoursSchema>;

/** Default: Monday to Friday 09:00-18:00 in each origin country's own time zone. */
export const DEFAULT_HOTLINE_HOURS: HotlineHours = {
  KZ: { timeZone: "Asia/Almaty", days: [1, 2, 3, 4, 5], from: "09:00", to: "18:00" },
  KG: { timeZone: "Asia/Bishkek", days: [1, 2, 3, 4, 5], from: "09:00", to: "18:00" },
  TJ: { timeZone: "Asia/Dushanbe", days: [1, 2, 3, 4, 5], from: "09:00", to: "18:00" },
  TM: { timeZone: "Asia/Ashgabat", days: [1, 2, 3, 4, 5], from: "09:00", to: "18:00" },
  UZ: { timeZone: "Asia/Tashkent", days: [1, 2, 3, 4, 5], from: "09:00", to: "18:00" },
};

export const envSchema = z.object({
  PORT: intInRange(1, 65535, 8787),
  HOST: optionalString.transform((v) => v ?? "127.0.0.1"),
  DATABASE_PATH: optionalString.transform((v) => v ?? "./data/helpline.sqlite"),
  PUBLIC_URL: optionalString.pipe(url("PUBLIC_URL").optional()),
  /** 32+ random bytes, hex or base64: keys the identity HMAC and the address encryption. */
  SECRET_KEY: optionalString.pipe(
    z
      .string()
      .refine((v) => v.length >= 32, { message: "at least 32 characters of random hex or base64" })
      .optional(),
  ),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).optional().default("info"),

  TELEGRAM_BOT_TOKEN: optionalString.pipe(
    z
      .string()
      .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, { message: "a bot token from @BotFather (digits:letters)" })
      .optional(),
  ),
  TELEGRAM_WEBHOOK_SECRET: optionalString.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,256}$/, { message: "16-256 characters of A-Z a-z 0-9 _ -" })
      .optional(),
  ),
  TELEGRAM_API_ROOT: optionalString.pipe(url("TELEGRAM_API_ROOT").optional()).transform(
    (v) => v ?? "https://api.telegram.org",
  ),
  OPERATOR_TELEGRAM_CHAT_ID: optionalString.pipe(
    z.string().regex(/^-100\d{5,}$/, { message: "a supergroup chat id such as -1001234567890" }).optional(),
  ),

  TWILIO_ACCOUNT_SID: optionalString.pipe(
    z.string().regex(/^AC[0-9a-fA-F]{32}$/, { message: "an Account SID (AC + 32 hex)" }).optional(),
  ),
  TWILIO_AUTH_TOKEN: optionalString.pipe(
    z.string().min(16, { message: "the account's Auth Token" }).optional(),
  ),
  TWILIO_FROM: optionalString.pipe(
    z
      .string()
      .regex(/^(\+[1-9]\d{6,14}|MG[0-9a-fA-F]{32}|[A-Za-z0-9 ]{1,11})$/, {
        message: "an E.164 number, a Messaging Service SID (MG...) or an alphanumeric sender id",
      })
      .optional(),
  ),
  TWILIO_API_ROOT: optionalString.pipe(url("TWILIO_API_ROOT").optional()).transform(
    (v) => v ?? "https://api.twilio.com",
  ),

  /** Price of one SMS segment, shown to operators before they send an SMS reply: "0.0079 USD". */
  SMS_SEGMENT_COST: optionalString.transform((v, ctx) => {
    const m = /^(\d+(?:\.\d+)?)\s*([A-Z]{3})$/.exec(v ?? "0.0079 USD");
    if (!m) {
      ctx.addIssue({ code: "custom", message: 'an amount and an ISO currency, e.g. "0.0079 USD"' });
      return z.NEVER;
    }
    return { amount: Number(m[1]), currency: m[2]! };
  }),
  CASE_REOPEN_DAYS: intInRange(0, 365, 14),
  URGENT_ALERT_MINUTES: intInRange(1, 1440, 5),
  RETENTION_DAYS: intInRange(1, 3650, 180),
  HOTLINE_HOURS: optionalString.transform((v, ctx) => {
    if (v === undefined) return DEFAULT_HOTLINE_HOURS;
    try {
      return { ...DEFAULT_HOTLINE_HOURS, ...hotlineHoursSchema.parse(JSON.parse(v)) };
    } catch {
      ctx.addIssue({
        code: "custom",
        message: 'JSON like {"KG":{"timeZone":"Asia/Bishkek","days":[1,2,3,4,5],"from":"09:00","to":"18:00"}}',
      });
      return z.NEVER;
    }
  }),
});

export type Env = z.input<typeof envSchema>;
export type Config = z.infer<typeof envSchema> & {
  telegram?: { token: string; webhookSecret: string; apiRoot: string };
  twilio?: { accountSid: string; authToken: string; from: string; apiRoot: string };
};

export class ConfigError extends Error {}

/** Parses the environment; throws ConfigError with one line naming the variable and what it expects. */
export function parseEnv(env: Record<string, string | undefined>): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = String(issue.path[0] ?? "environment");
    throw new ConfigError(`Invalid configuration: ${name} must be ${issue.message.replace(/^Invalid input: /, "")}`);
  }
  const c: Config = { ...result.data };
  const tg = [c.TELEGRAM_BOT_TOKEN, c.TELEGRAM_WEBHOOK_SECRET];
  if (tg.some(Boolean)) {
    if (!c.TELEGRAM_BOT_TOKEN) throw new ConfigError("Invalid configuration: TELEGRAM_BOT_TOKEN must be set when TELEGRAM_WEBHOOK_SECRET is");
    if (!c.TELEGRAM_WEBHOOK_SECRET) throw new ConfigError("Invalid configuration: TELEGRAM_WEBHOOK_SECRET must be set when TELEGRAM_BOT_TOKEN is (16-256 characters of A-Z a-z 0-9 _ -)");
    c.telegram = { token: c.TELEGRAM_BOT_TOKEN, webhookSecret: c.TELEGRAM_WEBHOOK_SECRET, apiRoot: c.TELEGRAM_API_ROOT };
  }
  const tw = [c.TWILIO_ACCOUNT_SID, c.TWILIO_AUTH_TOKEN, c.TWILIO_FROM];
  if (tw.some(Boolean)) {
    for (const [name, value] of [
      ["TWILIO_ACCOUNT_SID", c.TWILIO_ACCOUNT_SID],
      ["TWILIO_AUTH_TOKEN", c.TWILIO_AUTH_TOKEN],
      ["TWILIO_FROM", c.TWILIO_FROM],
      ["PUBLIC_URL", c.PUBLIC_URL],
    ] as const) {
      if (!value) throw new ConfigError(`Invalid configuration: ${name} must be set when SMS (Twilio) is configured`);
    }
    c.twilio = { accountSid: c.TWILIO_ACCOUNT_SID!, authToken: c.TWILIO_AUTH_TOKEN!, from: c.TWILIO_FROM!, apiRoot: c.TWILIO_API_ROOT };
  }
  if (c.OPERATOR_TELEGRAM_CHAT_ID && !c.telegram) {
    throw new ConfigError("Invalid configuration: OPERATOR_TELEGRAM_CHAT_ID needs TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET");
  }
  return c;
}
