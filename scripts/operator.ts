/**
 * `npm run operator -- <command>`: operator accounts from the command line (same database as the server).
 *   add --name NAME --role operator|admin [--password-stdin]   creates an account; prints its API token once
 *                                                              (and a generated password, unless given on stdin)
 *   list                                                       names, roles, status
 *   token --name NAME                                          replaces the API token; prints the new one once
 *   password --name NAME [--password-stdin]                    sets a new password (generated unless on stdin)
 *   disable --name NAME | enable --name NAME
 */
import { parseEnv, ConfigError } from "../src/config";
import { Accounts, AccountError, roleSchema } from "../src/operator/accounts";
import { randomToken } from "../src/store/crypto";
import { openSqlite } from "../src/store/sqlite";
import { Store } from "../src/store/store";

const USAGE = "usage: npm run operator -- add --name NAME --role operator|admin [--password-stdin] | list | token --name NAME | password --name NAME [--password-stdin] | disable --name NAME | enable --name NAME";

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const v = args[i + 1];
  return v && !v.startsWith("--") ? v : "";
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  let config;
  try {
    config = parseEnv(process.env);
  } catch (e) {
    console.error(e instanceof ConfigError ? e.message : String(e));
    return 2;
  }
  const database = openSqlite(config.DATABASE_PATH);
  const accounts = new Accounts(new Store(database), () => Date.now());
  try {
    const name = flag(args, "name");
    const needName = async () => {
      if (!name) throw new AccountError(400, "--name NAME is required");
      const op = await accounts.byName(name);
      if (!op) throw new AccountError(404, `no operator called "${name}"`);
      return op;
    };
    const password = async () => (args.includes("--password-stdin") ? readStdin() : randomToken(15));
    switch (command) {
      case "add": {
        const role = roleSchema.safeParse(flag(args, "role") ?? "operator");
        if (!role.success) throw new AccountError(400, "--role must be operator or admin");
        if (!name) throw new AccountError(400, "--name NAME is required");
        const pw = await password();
        const { operator, token } = await accounts.create({ name, role: role.data, password: pw, actor: "cli" });
        console.log(`Created ${operator.role} "${operator.name}".`);
        console.log(`API token (shown once; use as "Authorization: Bearer <token>"):\n  ${token}`);
        if (!args.includes("--password-stdin")) console.log(`Console password (shown once; change it with "npm run operator -- password --name ${operator.name}"):\n  ${pw}`);
        return 0;
      }
      case "list": {
        for (const o of await accounts.list()) console.log(`${o.name}\t${o.role}\t${o.disabled ? "disabled" : "active"}${o.telegramUserId ? "\ttelegram" : ""}`);
        return 0;
      }
      case "token": {
        const op = await needName();
        console.log(`New API token for "${op.name}" (the old one no longer works):\n  ${await accounts.rotateToken(op.id, "cli")}`);
        return 0;
      }
      case "password": {
        const op = await needName();
        const pw = await password();
        await accounts.setPassword(op.id, pw, "cli");
        console.log(args.includes("--password-stdin") ? `Password set for "${op.name}".` : `New password for "${op.name}" (shown once):\n  ${pw}`);
        return 0;
      }
      case "disable":
      case "enable": {
        const op = await needName();
        await accounts.setDisabled(op.id, command === "disable", "cli");
        console.log(`${op.name}: ${command === "disable" ? "disabled (sessions ended)" : "enabled"}`);
        return 0;
      }
      default:
        console.error(USAGE);
        return 2;
    }
  } catch (e) {
    console.error(e instanceof AccountError ? e.message : `failed: ${(e as Error).message}`);
    return 1;
  } finally {
    database.close();
  }
}

main().then((code) => process.exit(code));
