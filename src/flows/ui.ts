import { translator, type Translate } from "../content/i18n";
import type { Lang } from "../content/languages";
import type { Effect, FlowState, Option, Reply, StepContext, StepResult } from "./types";

/** What every flow handler receives: the state so far, a translator in the user's language, and helpers. */
export class Turn {
  readonly t: Translate;
  readonly replies: Reply[] = [];
  readonly effects: Effect[] = [];
  constructor(
    public state: FlowState,
    readonly ctx: StepContext,
  ) {
    this.t = translator(state.lang ?? "en");
  }
  get lang(): Lang {
    return this.state.lang ?? "en";
  }
  setLang(lang: Lang): void {
    this.state = { ...this.state, lang };
    (this as { t: Translate }).t = translator(lang);
  }
  say(text: string): this {
    this.replies.push({ text });
    return this;
  }
  /** A message with options; it becomes the menu that digits and buttons refer to. */
  ask(text: string, options: Option[]): this {
    this.replies.push({ text, options });
    this.state = { ...this.state, options: options.map((o) => o.id) };
    return this;
  }
  go(screen: FlowState["screen"]): this {
    this.state = { ...this.state, screen };
    return this;
  }
  effect(e: Effect): this {
    this.effects.push(e);
    return this;
  }
  result(): StepResult {
    // Only the last message carries options; a menu in the middle of several messages would confuse.
    const replies = this.replies.map((r, i) => (i < this.replies.length - 1 && r.options ? { text: r.text } : r));
    const last = replies[replies.length - 1];
    if (!last?.options) this.state = { ...this.state, options: [] };
    return { state: this.state, replies, effects: this.effects };
  }
}

export const opt = (id: string, label: string): Option => ({ id, label });
