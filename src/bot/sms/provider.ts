import type { SendResult } from "../../outbox/dispatcher";

/**
 * What the SMS channel needs from a provider. Twilio is one; a local SIM gateway or an aggregator serving
 * Central Asian numbers is another, added by implementing this interface without touching flows or the store.
 */
export interface SmsInbound {
  /** The provider's message id: the dedupe key. */
  id: string;
  from: string;
  body: string;
}

export interface SmsStatus {
  providerMessageId: string;
  status: string;
  errorCode?: string | undefined;
}

export interface SmsProvider {
  readonly name: string;
  /** Checks the request really comes from the provider (signature over URL and parameters). */
  verify(url: string, params: Record<string, string>, headers: (name: string) => string | undefined): Promise<boolean>;
  parseInbound(params: Record<string, string>): SmsInbound | undefined;
  parseStatus(params: Record<string, string>): SmsStatus | undefined;
  send(to: string, body: string): Promise<SendResult>;
  /** The body the inbound webhook answers with (Twilio: empty TwiML, since replies go through the outbox). */
  readonly webhookReply: { contentType: string; body: string };
}

/**
 * Delivery statuses only move forward: a late "sent" callback must not overwrite "delivered". Failure
 * states are final too.
 */
const RANK: Record<string, number> = {
  accepted: 1,
  scheduled: 1,
  queued: 2,
  sending: 3,
  sent: 4,
  receiving: 4,
  received: 5,
  delivered: 6,
  undelivered: 6,
  failed: 6,
  canceled: 6,
  read: 7,
};
export function statusRank(status: string | null | undefined): number {
  return status ? (RANK[status] ?? 0) : 0;
}
