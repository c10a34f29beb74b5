import type { Reply } from "../flows/types";
import type { Channel } from "../store/schema";
import { renderSms } from "./sms/render";
import { countSegments } from "./sms/segments";

/**
 * One turn of the flow often says two things ("Language: English." then the next question with its
 * buttons). On push channels each message costs: an SMS segment is paid for, and Telegram allows about one
 * message per second in a chat. So consecutive replies of one turn go out as one message when the result
 * still fits the channel (3 SMS segments, and never more segments than sending them apart; Telegram's 4,096
 * characters with room for HTML escaping), and a
 * reply with options always ends a message, so its buttons stay with its question. The web chat keeps
 * separate bubbles.
 */
const SMS_MAX_SEGMENTS = 3;
const TELEGRAM_PACK_LIMIT = 3500;

const smsSegments = (reply: Reply) => countSegments(renderSms({ ...reply, author: "bot" }, "")).segments;

/** Whether `merged` may replace `a` then `b`: it fits, and on SMS it costs no more segments than the two. */
function fits(channel: Channel, merged: Reply, a: Reply, b: Reply): boolean {
  if (channel === "sms") {
    const n = smsSegments(merged);
    return n <= SMS_MAX_SEGMENTS && n <= smsSegments(a) + smsSegments(b);
  }
  return merged.text.length <= TELEGRAM_PACK_LIMIT;
}

export function packReplies(channel: Channel, replies: readonly Reply[]): Reply[] {
  if (channel !== "sms" && channel !== "telegram") return [...replies];
  const out: Reply[] = [];
  for (const reply of replies) {
    const prev = out.at(-1);
    if (prev && !prev.options?.length) {
      const merged: Reply = { ...reply, text: `${prev.text}\n${reply.text}` };
      if (fits(channel, merged, prev, reply)) {
        out[out.length - 1] = merged;
        continue;
      }
    }
    out.push(reply);
  }
  return out;
}
