import type { OutboundPayload } from "../../store/store";

/**
 * An SMS is plain text: options become numbers the user replies with ("1 Yes  2 No  3 Not sure" on one line
 * when they are short, one per line otherwise). The digits map back through the flow state's option list.
 */
export function renderSms(payload: OutboundPayload, operatorLabel: string): string {
  const options = payload.options ?? [];
  const body = payload.author === "operator" ? `${operatorLabel}: ${payload.text}` : payload.text;
  if (options.length === 0) return body;
  const short = options.length <= 3 && options.every((o) => o.label.length <= 12);
  const list = options.map((o, i) => `${i + 1} ${o.label}`);
  return `${body}\n${short ? list.join("  ") : list.join("\n")}`;
}
