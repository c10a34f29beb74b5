import type { SendResult } from "../../outbox/dispatcher";
import { timingSafeEqual } from "../../store/crypto";
import type { SmsInbound, SmsProvider, SmsStatus } from "./provider";

export interface TwilioOptions {
  accountSid: string;
  authToken: string;
  /** A sender number (+E.164) or a Messaging Service SID (MG...). */
  from: string;
  apiRoot: string;
  /** Absolute URL Twilio should post delivery statuses to. */
  statusCallbackUrl: string;
  fetch?: typeof fetch;
}

const encoder = new TextEncoder();

function base64(bytes: ArrayBuffer): string {
  let s = "";
  for (const b of new Uint8Array(bytes)) s += String.fromCharCode(b);
  return btoa(s);
}

/**
 * Twilio's request signature: HMAC-SHA1 with the auth token over the full URL followed by every POST
 * parameter name and value, sorted by name; base64. Computed with WebCrypto so it runs on Node and Workers
 * alike (the twilio library needs Node internals; the tests use it as the independent oracle).
 */
export async function twilioSignature(authToken: string, url: string, params: Record<string, string>): Promise<string> {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, key) => acc + key + params[key], url);
  const key = await crypto.subtle.importKey("raw", encoder.encode(authToken), { name: "HMAC", hash: "SHA-1" }, false, ["sign"]);
  return base64(await crypto.subtle.sign("HMAC", key, encoder.encode(data)));
}

/** Twilio error codes that mean "this number cannot get our messages" rather than "try later". */
const UNREACHABLE_CODES = new Set([21610, 21211, 21614, 21612, 30003, 30004, 30005, 30006]);

export function twilioProvider(o: TwilioOptions): SmsProvider {
  const doFetch = o.fetch ?? fetch;
  const root = o.apiRoot.replace(/\/+$/, "");
  return {
    name: "twilio",
    webhookReply: { contentType: "text/xml", body: '<?xml version="1.0" encoding="UTF-8"?><Response></Response>' },

    async verify(url, params, header) {
      const given = header("x-twilio-signature");
      if (!given) return false;
      return timingSafeEqual(given, await twilioSignature(o.authToken, url, params));
    },

    parseInbound(p): SmsInbound | undefined {
      const id = p.MessageSid ?? p.SmsSid;
      if (!id || !p.From || p.Body === undefined) return undefined;
      return { id, from: p.From, body: p.Body };
    },

    parseStatus(p): SmsStatus | undefined {
      const id = p.MessageSid ?? p.SmsSid;
      const status = p.MessageStatus ?? p.SmsStatus;
      if (!id || !status) return undefined;
      return { providerMessageId: id, status: status.toLowerCase(), errorCode: p.ErrorCode };
    },

    async send(to, body): Promise<SendResult> {
      const form = new URLSearchParams({ To: to, Body: body, StatusCallback: o.statusCallbackUrl });
      if (o.from.startsWith("MG")) form.set("MessagingServiceSid", o.from);
      else form.set("From", o.from);
      let res: Response;
      try {
        res = await doFetch(`${root}/2010-04-01/Accounts/${encodeURIComponent(o.accountSid)}/Messages.json`, {
          method: "POST",
          headers: {
            authorization: `Basic ${btoa(`${o.accountSid}:${o.authToken}`)}`,
            "content-type": "application/x-www-form-urlencoded",
          },
          body: form.toString(),
        });
      } catch (error) {
        return { ok: false, kind: "retry", error: `network: ${error instanceof Error ? error.message : String(error)}` };
      }
      const json = (await res.json().catch(() => ({}))) as { sid?: string; code?: number; message?: string };
      if (res.ok && json.sid) return { ok: true, providerMessageId: json.sid };
      const error = `${res.status} ${json.code ?? ""} ${json.message ?? ""}`.trim();
      if (res.status === 429 || json.code === 20429) {
        const retryAfter = Number(res.headers.get("retry-after"));
        return { ok: false, kind: "retry", error, ...(retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}) };
      }
      if (res.status >= 500) return { ok: false, kind: "retry", error };
      if (json.code !== undefined && UNREACHABLE_CODES.has(json.code)) return { ok: false, kind: "unreachable", error };
      return { ok: false, kind: "permanent", error };
    },
  };
}
