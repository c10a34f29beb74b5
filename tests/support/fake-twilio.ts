import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A local stand-in for Twilio's Messages REST API on loopback; records sends, failures can be scripted. */
export interface TwilioSend {
  to: string;
  from?: string | undefined;
  messagingServiceSid?: string | undefined;
  body: string;
  statusCallback?: string | undefined;
  sid: string;
  auth: string;
}
type Failure = { status: number; code: number; message: string; retryAfter?: number };

export class FakeTwilio {
  readonly sends: TwilioSend[] = [];
  readonly failedAttempts: { status: number; body: string }[] = [];
  private readonly failures: Failure[] = [];
  private server: Server | null = null;
  private seq = 0;
  url = "";

  constructor(private readonly accountSid: string) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server!.listen(0, "127.0.0.1", r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }
  async stop(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
  failNext(f: Failure, times = 1): void {
    for (let i = 0; i < times; i++) this.failures.push(f);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
    const reply = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(json));
    };
    if (req.method !== "POST" || req.url !== `/2010-04-01/Accounts/${this.accountSid}/Messages.json`) return reply(404, { code: 20404, message: "not found", status: 404 });
    const failure = this.failures.shift();
    if (failure) {
      this.failedAttempts.push({ status: failure.status, body: body.get("Body") ?? "" });
      return reply(failure.status, { code: failure.code, message: failure.message, status: failure.status }, failure.retryAfter ? { "retry-after": String(failure.retryAfter) } : {});
    }
    const sid = `SM${(++this.seq).toString(16).padStart(32, "0")}`;
    this.sends.push({
      to: body.get("To") ?? "",
      from: body.get("From") ?? undefined,
      messagingServiceSid: body.get("MessagingServiceSid") ?? undefined,
      body: body.get("Body") ?? "",
      statusCallback: body.get("StatusCallback") ?? undefined,
      sid,
      auth: req.headers.authorization ?? "",
    });
    return reply(201, { sid, status: "queued", to: body.get("To"), body: body.get("Body") });
  }
}
