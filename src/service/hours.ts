import type { HotlineHours } from "../config";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** Whether `now` falls inside a country's hotline hours, in that country's own time zone. */
export function withinHours(hours: HotlineHours[keyof HotlineHours] | undefined, now: number): boolean {
  if (!hours) return true;
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: hours.timeZone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(new Date(now));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const day = WEEKDAYS.indexOf(get("weekday"));
  const minutes = Number(get("hour")) * 60 + Number(get("minute"));
  const [fh, fm] = hours.from.split(":").map(Number) as [number, number];
  const [th, tm] = hours.to.split(":").map(Number) as [number, number];
  const from = fh * 60 + fm;
  const to = th * 60 + tm;
  if (!hours.days.includes(day)) return false;
  return from <= to ? minutes >= from && minutes < to : minutes >= from || minutes < to;
}
