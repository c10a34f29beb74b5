/**
 * Operator passwords: PBKDF2-SHA256 through WebCrypto, identical on Node and Workers. 100,000 iterations is
 * the most Cloudflare Workers' WebCrypto accepts; the count is stored in each hash so it can be raised later
 * (a login with an older count re-hashes). Format: "pbkdf2$<iterations>$<salt b64>$<hash b64>".
 */
import { base64, timingSafeEqual } from "../store/crypto";

export const PBKDF2_ITERATIONS = 100_000;
const enc = new TextEncoder();

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey("raw", enc.encode(password.normalize("NFC")), "PBKDF2", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt, iterations }, key, 256);
  return base64.encode(bits);
}

export async function hashPassword(password: string, iterations = PBKDF2_ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return `pbkdf2$${iterations}$${base64.encode(salt)}$${await derive(password, salt, iterations)}`;
}

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  // A missing hash still costs one derivation, so "no such operator" and "wrong password" take the same time.
  const [scheme, iter, salt, hash] = (stored ?? "").split("$");
  if (scheme !== "pbkdf2" || !iter || !salt || !hash) {
    await derive(password, new Uint8Array(16), PBKDF2_ITERATIONS);
    return false;
  }
  const iterations = Number(iter);
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > PBKDF2_ITERATIONS) return false;
  return timingSafeEqual(await derive(password, base64.decode(salt), iterations), hash);
}

/** Passwords operators choose: long enough to resist guessing; length beats composition rules. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < 12) return "at least 12 characters";
  if (password.length > 200) return "at most 200 characters";
  return undefined;
}
