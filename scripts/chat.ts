// `npm run chat`: the same assistant in the terminal (same engine, same database as the server).
import { createInterface } from "node:readline/promises";
import { randomBytes } from "node:crypto";
import { ConfigError, parseEnv } from "../src/config";
import { createLogger } from "../src/log";
import { loadSecretKey } from "../src/runtime/node";
import { wire } from "../src/runtime/wire";
import { handleInbound } from "../src/service/conversation";
import { openSqlite } from "../src/store/sqlite";

async function main() {
  const config = parseEnv(process.env);
  const database = openSqlite(config.DATABASE_PATH);
  const { services, store } = await wire({ config, database, secretKey: loadSecretKey(config), log: createLogger("warn") });
  // A new identity per run unless CHAT_SESSION is set, so each run starts like a new user.
  const session = process.env.CHAT_SESSION ?? randomBytes(12).toString("hex");
  let after = 0;
  let seq = 0;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const send = async (text: string) => {
    const { conversationId } = await handleInbound(services, {
      channel: "cli",
      identity: session,
      address: null,
      mask: "terminal",
      externalId: `${session}:${++seq}:${Date.now()}`,
      input: { kind: "text", text },
    });
    for (const m of await store.takePulled(conversationId, after, services.now())) {
      after = m.id;
      console.log(`\n${m.payload.author === "operator" ? "[hotline worker] " : ""}${m.payload.text}`);
      (m.payload.options ?? []).forEach((o, i) => console.log(`  ${i + 1}. ${o.label}`));
    }
  };
  console.log("Helpline assistant (terminal). Type a number to choose, or write a message. Ctrl+D quits.");
  await send("/start");
  for await (const line of rl) {
    await send(line);
    process.stdout.write("\n> ");
  }
  database.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : String(error instanceof Error ? error.message : error));
  process.exit(1);
});
