import { escapeHtml } from "../bot/telegram/format";
import type { Logger } from "../log";
import type { Store } from "../store/store";
import type { CaseService } from "./cases";
import { consoleOpen, type LiveHub } from "./live";
import type { OperatorGroup } from "./telegram-group";

/**
 * An escalation must never go unnoticed. The operators' Telegram group is alerted when a case opens and no
 * console is open, and when an urgent case waits unclaimed longer than URGENT_ALERT_MINUTES (checked by the
 * timer on Node and the cron on Workers; an alert that Telegram did not take is tried again next sweep).
 * Without a group configured, the gap is logged as a warning so the deployment can see it.
 */
export class Alerts {
  constructor(
    private readonly d: { store: Store; cases: CaseService; hub: LiveHub; group?: OperatorGroup | undefined; log: Logger; now(): number; urgentAfterMinutes: number; consoleUrl?: string | undefined },
  ) {}

  private link(): string {
    return this.d.consoleUrl ? `\n${escapeHtml(this.d.consoleUrl)}` : "";
  }

  async caseOpened(caseId: string): Promise<void> {
    const now = this.d.now();
    if (await consoleOpen(this.d.store, this.d.hub, now)) return;
    const c = (await this.d.cases.queue()).find((x) => x.id === caseId);
    if (!c) return;
    const text = `New case ${escapeHtml(c.ref)} (${c.urgency}) and no operator has the console open.${this.link()}`;
    if (!this.d.group) return void this.d.log.warn("case opened with no console open and no operators' Telegram group", { caseId, urgency: c.urgency });
    await this.d.group.alert(text);
  }

  /** Urgent cases unclaimed for too long: one alert each (until claimed or reopened). */
  async sweep(): Promise<number> {
    const now = this.d.now();
    const due = await this.d.cases.unclaimedUrgent(now - this.d.urgentAfterMinutes * 60_000);
    if (due.length === 0) return 0;
    if (!this.d.group) {
      this.d.log.warn("urgent cases unclaimed and no operators' Telegram group to alert", { count: due.length });
      await this.d.cases.markAlerted(due.map((c) => c.id), now);
      return due.length;
    }
    const lines = due.map((c) => `🔴 ${escapeHtml(c.ref)}: urgent, unclaimed for ${Math.floor((now - c.queuedAt) / 60_000)} min`);
    if (await this.d.group.alert(`<b>Urgent cases are waiting</b>\n${lines.join("\n")}${this.link()}`)) await this.d.cases.markAlerted(due.map((c) => c.id), now);
    return due.length;
  }
}
