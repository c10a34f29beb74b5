import { createApp } from "../app";
import type { Config } from "../config";
import type { Logger } from "../log";
import { Dispatcher, type Sender } from "../outbox/dispatcher";
import type { Services } from "../service/conversation";
import { createSecrets } from "../store/crypto";
import type { Database } from "../store/db";
import { Store } from "../store/store";

/**
 * Builds everything from a database, a config and a clock. Shared by the Node entry, the Workers entry, the
 * terminal chat and the tests, so they all run the same code.
 */
export async function wire(opts: { config: Config; database: Database; secretKey: string; log: Logger; now?: () => number; senders?: Partial<Record<string, Sender>>; fetch?: typeof fetch }) {
  const { config, database, log } = opts;
  const now = opts.now ?? (() => Date.now());
  const store = new Store(database);
  const secrets = await createSecrets(opts.secretKey);
  const senders: Partial<Record<string, Sender>> = { ...(opts.senders ?? {}) };
  const dispatcher = new Dispatcher({ store, senders, decrypt: secrets.decrypt, now, log });
  const services: Services = {
    store,
    config,
    identityHash: secrets.identityHash,
    encrypt: secrets.encrypt,
    now,
    kick: () => {
      dispatcher.kick().catch((error: unknown) => log.error("dispatch failed", { error: String(error) }));
    },
  };
  const app = createApp({ config, services, log });
  return { app, store, services, dispatcher, secrets, senders };
}
export type Wired = Awaited<ReturnType<typeof wire>>;
