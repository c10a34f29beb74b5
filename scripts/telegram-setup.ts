// `npm run telegram:setup`: points Telegram at our webhook (with the secret and the update types we handle)
// and sets the command list in every language. Needs TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_SECRET, PUBLIC_URL.
import { ConfigError, parseEnv } from "../src/config";
import { telegramSetup } from "../src/bot/telegram/setup";

async function main() {
  const config = parseEnv(process.env);
  if (!config.telegram) throw new ConfigError("Invalid configuration: TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET must be set");
  if (!config.PUBLIC_URL) throw new ConfigError("Invalid configuration: PUBLIC_URL must be set (the https address Telegram will call)");
  const done = await telegramSetup(config.telegram, config.PUBLIC_URL);
  for (const line of done) console.log(line);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `Telegram setup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
