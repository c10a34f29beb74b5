import { and, eq, gt, isNull, lt, sql } from "drizzle-orm";
import { z } from "zod";
import { randomToken, sha256Hex } from "../store/crypto";
import { loginAttempts, operators, operatorSessions, setupTokens, type OperatorRow } from "../store/schema";
import { uuid, type Store } from "../store/store";
import { hashPassword, passwordProblem, verifyPassword } from "./passwords";

/**
 * Operator accounts, console sessions, API tokens and the first-admin setup link. Secrets (passwords, API
 * tokens, session ids, setup tokens) are stored only as slow hashes (passwords) or SHA-256 (random tokens);
 * each token is shown once, when it is made.
 */
export const roleSchema = z.enum(["operator", "admin"]);
export type Role = z.infer<typeof roleSchema>;
export const operatorNameSchema = z
  .string()
  .trim()
  .min(2, "at least 2 characters")
  .max(40, "at most 40 characters")
  .regex(/^[\p{L}\p{N} ._-]+$/u, "letters, digits, space . _ -");

export const SESSION_MS = 12 * 3600_000;
export const SETUP_TOKEN_MS = 24 * 3600_000;
/** Failures allowed before every further attempt waits: 1 s, 2 s, 4 s ... up to 15 minutes. */
const FREE_FAILURES = 3;
const MAX_LOCK_MS = 15 * 60_000;

export type PublicOperator = Pick<OperatorRow, "id" | "name" | "role">;
export const publicOperator = (o: OperatorRow): PublicOperator => ({ id: o.id, name: o.name, role: o.role });

export class AccountError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 429,
    message: string,
    readonly field?: string,
    readonly retryAfterSec?: number,
  ) {
    super(message);
  }
}

export class Accounts {
  constructor(
    private readonly store: Store,
    private readonly now: () => number,
  ) {}
  private get db() {
    return this.store.db;
  }

  async count(): Promise<number> {
    const row = await this.db.select({ n: sql<number>`count(*)` }).from(operators).get();
    return Number(row?.n ?? 0);
  }

  async list(): Promise<OperatorRow[]> {
    return this.db.select().from(operators).orderBy(operators.name);
  }

  async byId(id: string): Promise<OperatorRow | undefined> {
    return this.db.select().from(operators).where(eq(operators.id, id)).get();
  }

  async byName(name: string): Promise<OperatorRow | undefined> {
    return this.db.select().from(operators).where(eq(operators.name, name.trim())).get();
  }

  /** Creates an operator; returns the API token (shown once). A password is optional (API-only accounts). */
  async create(input: { name: string; role: Role; password?: string; telegramUserId?: string; actor: string }): Promise<{ operator: OperatorRow; token: string }> {
    const name = operatorNameSchema.safeParse(input.name);
    if (!name.success) throw new AccountError(400, `name: ${name.error.issues[0]!.message}`, "name");
    if (input.password !== undefined) {
      const problem = passwordProblem(input.password);
      if (problem) throw new AccountError(400, `password: ${problem}`, "password");
    }
    if (await this.byName(name.data)) throw new AccountError(409, `name: an operator called "${name.data}" exists`, "name");
    const token = `hlo_${randomToken(32)}`;
    const now = this.now();
    const row = {
      id: uuid(),
      name: name.data,
      role: input.role,
      passwordHash: input.password === undefined ? null : await hashPassword(input.password),
      tokenHash: await sha256Hex(token),
      telegramUserId: input.telegramUserId ?? null,
      disabled: false,
      createdAt: now,
    };
    await this.store.database.atomic([
      this.db.insert(operators).values(row),
      this.store.eventStatement({ type: "operator_created", actor: input.actor, now, data: { operatorId: row.id, role: row.role } }),
    ]);
    return { operator: { ...row }, token };
  }

  async setPassword(operatorId: string, password: string, actor: string): Promise<void> {
    const problem = passwordProblem(password);
    if (problem) throw new AccountError(400, `password: ${problem}`, "password");
    const now = this.now();
    await this.store.database.atomic([
      this.db.update(operators).set({ passwordHash: await hashPassword(password) }).where(eq(operators.id, operatorId)),
      // A new password ends every open session of that operator.
      this.db.delete(operatorSessions).where(eq(operatorSessions.operatorId, operatorId)),
      this.store.eventStatement({ type: "operator_password_set", actor, now, data: { operatorId } }),
    ]);
  }

  /** Replaces the API token; the old one stops working at once. */
  async rotateToken(operatorId: string, actor: string): Promise<string> {
    const token = `hlo_${randomToken(32)}`;
    await this.store.database.atomic([
      this.db.update(operators).set({ tokenHash: await sha256Hex(token) }).where(eq(operators.id, operatorId)),
      this.store.eventStatement({ type: "operator_token_rotated", actor, now: this.now(), data: { operatorId } }),
    ]);
    return token;
  }

  async setDisabled(operatorId: string, disabled: boolean, actor: string): Promise<void> {
    await this.store.database.atomic([
      this.db.update(operators).set({ disabled }).where(eq(operators.id, operatorId)),
      this.db.delete(operatorSessions).where(eq(operatorSessions.operatorId, operatorId)),
      this.store.eventStatement({ type: disabled ? "operator_disabled" : "operator_enabled", actor, now: this.now(), data: { operatorId } }),
    ]);
  }

  /** The operator a bearer token belongs to, or undefined. */
  async byToken(token: string): Promise<OperatorRow | undefined> {
    if (!/^hlo_[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
    const row = await this.db.select().from(operators).where(eq(operators.tokenHash, await sha256Hex(token))).get();
    return row && !row.disabled ? row : undefined;
  }

  /**
   * Password login, slowed down per name and per client address after repeated failures (an attacker gets a
   * few guesses, then waits exponentially longer). Returns the new session's cookie value and CSRF token.
   */
  async login(name: string, password: string, client: string): Promise<{ operator: OperatorRow; sessionId: string; csrfToken: string }> {
    const now = this.now();
    const keys = [`name:${name.trim().toLowerCase()}`, `client:${client}`];
    for (const key of keys) {
      const wait = await this.lockedFor(key, now);
      if (wait > 0) throw new AccountError(429, "too many failed logins; try again later", undefined, Math.ceil(wait / 1000));
    }
    const op = await this.byName(name);
    const ok = await verifyPassword(password, op?.passwordHash ?? null);
    if (!op || !ok || op.disabled) {
      for (const key of keys) await this.recordFailure(key, now);
      await this.store.logEvent({ type: "login_failed", actor: op?.id ?? "unknown", now, data: {} });
      throw new AccountError(401, "wrong name or password");
    }
    for (const key of keys) await this.db.delete(loginAttempts).where(eq(loginAttempts.key, key));
    const sessionId = randomToken(32);
    const csrfToken = randomToken(24);
    await this.store.database.atomic([
      this.db.insert(operatorSessions).values({ idHash: await sha256Hex(sessionId), operatorId: op.id, csrfToken, createdAt: now, expiresAt: now + SESSION_MS }),
      // Expired sessions of anyone are swept on each login.
      this.db.delete(operatorSessions).where(lt(operatorSessions.expiresAt, now)),
      this.store.eventStatement({ type: "login", actor: op.id, now, data: {} }),
    ]);
    return { operator: op, sessionId, csrfToken };
  }

  private async lockedFor(key: string, now: number): Promise<number> {
    const row = await this.db.select().from(loginAttempts).where(eq(loginAttempts.key, key)).get();
    if (!row || row.failures < FREE_FAILURES) return 0;
    const lock = Math.min(MAX_LOCK_MS, 1000 * 2 ** (row.failures - FREE_FAILURES));
    return Math.max(0, row.lastFailureAt + lock - now);
  }

  private async recordFailure(key: string, now: number): Promise<void> {
    await this.db
      .insert(loginAttempts)
      .values({ key, failures: 1, lastFailureAt: now })
      .onConflictDoUpdate({ target: loginAttempts.key, set: { failures: sql`${loginAttempts.failures} + 1`, lastFailureAt: now } });
  }

  async session(sessionId: string): Promise<{ operator: OperatorRow; csrfToken: string } | undefined> {
    if (!sessionId || sessionId.length > 100) return undefined;
    const row = await this.db
      .select()
      .from(operatorSessions)
      .innerJoin(operators, eq(operators.id, operatorSessions.operatorId))
      .where(and(eq(operatorSessions.idHash, await sha256Hex(sessionId)), gt(operatorSessions.expiresAt, this.now())))
      .get();
    if (!row || row.operators.disabled) return undefined;
    return { operator: row.operators, csrfToken: row.operator_sessions.csrfToken };
  }

  async logout(sessionId: string): Promise<void> {
    await this.db.delete(operatorSessions).where(eq(operatorSessions.idHash, await sha256Hex(sessionId)));
  }

  /** A one-time link for the first admin; only made while no operator exists. */
  async createSetupToken(): Promise<string | undefined> {
    if ((await this.count()) > 0) return undefined;
    const token = randomToken(32);
    const now = this.now();
    await this.db.insert(setupTokens).values({ tokenHash: await sha256Hex(token), createdAt: now, expiresAt: now + SETUP_TOKEN_MS });
    return token;
  }

  async setupTokenValid(token: string): Promise<boolean> {
    if (!token || token.length > 100 || (await this.count()) > 0) return false;
    const row = await this.db
      .select()
      .from(setupTokens)
      .where(and(eq(setupTokens.tokenHash, await sha256Hex(token)), isNull(setupTokens.usedAt), gt(setupTokens.expiresAt, this.now())))
      .get();
    return Boolean(row);
  }

  /** Uses the setup link: creates the first admin, once. */
  async completeSetup(token: string, name: string, password: string): Promise<{ operator: OperatorRow; token: string }> {
    if (!(await this.setupTokenValid(token))) throw new AccountError(403, "this setup link is used, expired or not valid");
    // Check the choices before the link is used up, so a too-short password can be corrected.
    const checked = operatorNameSchema.safeParse(name);
    if (!checked.success) throw new AccountError(400, `name: ${checked.error.issues[0]!.message}`, "name");
    const problem = passwordProblem(password);
    if (problem) throw new AccountError(400, `password: ${problem}`, "password");
    const used = await this.db
      .update(setupTokens)
      .set({ usedAt: this.now() })
      .where(and(eq(setupTokens.tokenHash, await sha256Hex(token)), isNull(setupTokens.usedAt)))
      .returning();
    if (used.length === 0) throw new AccountError(403, "this setup link is used, expired or not valid");
    return this.create({ name, role: "admin", password, actor: "setup" });
  }
}
