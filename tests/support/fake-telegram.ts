import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local stand-in for the Telegram Bot API on loopback: real HTTP, the real request and response shapes
 * grammY uses (POST /bot<token>/<method>, JSON). Records every call; failures can be scripted per method.
 */
export interface TelegramCall {
  method: string;
  params: Record<string, unknown>;
  at: number;
}
type Failure = { status: number; description: string; retry_after?: number };

export class FakeTelegram {
  readonly calls: TelegramCall[] = [];
  private readonly failures = new Map<string, Failure[]>();
  private server: Server | null = null;
  private nextMessageId = 1000;
  /** Chat member status returned by getChatMember, per user id. */
  readonly members = new Map<number, string>();
  url = "";

  constructor(private readonly token: string) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server!.listen(0, "127.0.0.1", r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  /** The next `times` calls of `method` fail with this answer. */
  failNext(method: string, failure: Failure, times = 1): void {
    const list = this.failures.get(method) ?? [];
    for (let i = 0; i < times; i++) list.push(failure);
    this.failures.set(method, list);
  }

  sent(method = "sendMessage"): TelegramCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? "");
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (!match || match[1] !== this.token) return reply(404, { ok: false, error_code: 404, description: "Not Found" });
    const method = match[2]!;
    const text = Buffer.concat(chunks).toString("utf8");
    const params = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
    const failure = this.failures.get(method)?.shift();
    if (failure) {
      this.calls.push({ method: `${method}!failed`, params, at: Date.now() });
      return reply(failure.status, {
        ok: false,
        error_code: failure.status,
        description: failure.description,
        ...(failure.retry_after !== undefined ? { parameters: { retry_after: failure.retry_after } } : {}),
      });
    }
    this.calls.push({ method, params, at: Date.now() });
    switch (method) {
      case "sendMessage":
        return reply(200, { ok: true, result: { message_id: this.nextMessageId++, date: Math.floor(Date.now() / 1000), chat: { id: Number(params.chat_id), type: "private" }, text: params.text } });
      case "createForumTopic":
        return reply(200, { ok: true, result: { message_thread_id: this.nextMessageId++, name: params.name, icon_color: 7322096 } });
      case "getChatMember": {
        const status = this.members.get(Number(params.user_id)) ?? "left";
        return reply(200, { ok: true, result: { status, user: { id: Number(params.user_id), is_bot: false, first_name: "x" } } });
      }
      case "getMe":
        return reply(200, { ok: true, result: { id: 1, is_bot: true, first_name: "Helpline", username: "helpline_test_bot" } });
      default:
        return reply(200, { ok: true, result: true });
    }
  }
}

let updateSeq = 500_000;
/** Real Telegram update shapes (Bot API 7+), for a private chat where chat id == user id. */
export const tgUpdate = {
  text(userId: number, text: string, opts: { languageCode?: string; updateId?: number } = {}) {
    const update_id = opts.updateId ?? ++updateSeq;
    return {
      update_id,
      message: {
        message_id: update_id,
        date: Math.floor(Date.now() / 1000),
        from: { id: userId, is_bot: false, first_name: "Test", ...(opts.languageCode ? { language_code: opts.languageCode } : {}) },
        chat: { id: userId, first_name: "Test", type: "private" },
        text,
      },
    };
  },
  callback(userId: number, data: string, opts: { updateId?: number; languageCode?: string } = {}) {
    const update_id = opts.updateId ?? ++updateSeq;
    return {
      update_id,
      callback_query: {
        id: `cb${update_id}`,
        from: { id: userId, is_bot: false, first_name: "Test", ...(opts.languageCode ? { language_code: opts.languageCode } : {}) },
        message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: userId, type: "private", first_name: "Test" }, text: "menu" },
        chat_instance: "42",
        data,
      },
    };
  },
  photo(userId: number) {
    const update_id = ++updateSeq;
    return {
      update_id,
      message: { message_id: update_id, date: 0, from: { id: userId, is_bot: false, first_name: "T" }, chat: { id: userId, type: "private" }, photo: [{ file_id: "x", file_unique_id: "y", width: 1, height: 1 }] },
    };
  },
  blocked(userId: number) {
    const update_id = ++updateSeq;
    return {
      update_id,
      my_chat_member: {
        chat: { id: userId, type: "private", first_name: "T" },
        from: { id: userId, is_bot: false, first_name: "T" },
        date: 0,
        old_chat_member: { status: "member", user: { id: 1, is_bot: true, first_name: "bot" } },
        new_chat_member: { status: "kicked", until_date: 0, user: { id: 1, is_bot: true, first_name: "bot" } },
      },
    };
  },
};
