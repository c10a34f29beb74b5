/**
 * SMS segment arithmetic (3GPP TS 23.038). A text that fits the GSM-7 alphabet costs 160 characters for one
 * segment and 153 per segment when split (extension characters such as "€[]{}" count twice); anything else
 * (Cyrillic, "ş", "ə", emoji) is sent as UCS-2: 70 for one segment, 67 per segment, counted in UTF-16 units.
 */
const GSM7_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const GSM7_EXTENDED = "^{}\\[~]|€\f";
const BASIC = new Set(GSM7_BASIC);
const EXTENDED = new Set(GSM7_EXTENDED);

export interface SegmentInfo {
  encoding: "GSM-7" | "UCS-2";
  /** Characters as the network counts them (septets for GSM-7, UTF-16 units for UCS-2). */
  units: number;
  segments: number;
}

export function countSegments(text: string): SegmentInfo {
  let septets = 0;
  let gsm = true;
  for (const ch of text) {
    if (BASIC.has(ch)) septets += 1;
    else if (EXTENDED.has(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) return { encoding: "GSM-7", units: septets, segments: septets === 0 ? 1 : septets <= 160 ? 1 : Math.ceil(septets / 153) };
  const units = text.length;
  return { encoding: "UCS-2", units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}
