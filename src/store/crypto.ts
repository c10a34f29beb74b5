/**
 * WebCrypto helpers, identical on Node 20+ and Workers. Identities are stored as HMAC-SHA256 "blind indexes"
 * (lookup without keeping the number), send addresses as AES-GCM ciphertext, both keyed from SECRET_KEY.
 */
const enc = new TextEncoder();
const dec = new TextDecoder();

function toB64(bytes: ArrayBuffer | Uint8Array): string {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let s = "";
  for (const b of u8) s += String.fromCharCode(b);
  return btoa(s);
}
function fromB64(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
export const base64 = { encode: toB64, decode: fromB64 };

export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  return Array.from(u8, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function randomToken(bytes = 32): string {
  const u8 = crypto.getRandomValues(new Uint8Array(bytes));
  return toB64(u8).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export async function sha256Hex(text: string): Promise<string> {
  return toHex(await crypto.subtle.digest("SHA-256", enc.encode(text)));
}

/** Constant-time comparison of two strings (length leaks, content does not). */
export function timingSafeEqual(a: string, b: string): boolean {
  const ab = enc.encode(a);
  const bb = enc.encode(b);
  let diff = ab.length ^ bb.length;
  const n = Math.max(ab.length, bb.length);
  for (let i = 0; i < n; i++) diff |= (ab[i] ?? 0) ^ (bb[i] ?? 0);
  return diff === 0;
}

export interface Secrets {
  /** HMAC-SHA256 of a channel identity: the lookup key for a contact. */
  identityHash(channel: string, identity: string): Promise<string>;
  encrypt(plain: string): Promise<string>;
  decrypt(cipher: string): Promise<string>;
}

export async function createSecrets(secretKey: string): Promise<Secrets> {
  const material = await crypto.subtle.digest("SHA-256", enc.encode(secretKey));
  const root = await crypto.subtle.importKey("raw", material, "HKDF", false, ["deriveKey"]);
  const derive = (info: string, alg: HmacImportParams | AesKeyAlgorithm, usages: KeyUsage[]) =>
    crypto.subtle.deriveKey(
      { name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: enc.encode(info) },
      root,
      alg,
      false,
      usages,
    );
  const hmacKey = await derive("identity-index-v1", { name: "HMAC", hash: "SHA-256", length: 256 }, ["sign"]);
  const aesKey = await derive("address-encryption-v1", { name: "AES-GCM", length: 256 }, ["encrypt", "decrypt"]);
  return {
    async identityHash(channel, identity) {
      return toHex(await crypto.subtle.sign("HMAC", hmacKey, enc.encode(`${channel}\u0000${identity}`)));
    },
    async encrypt(plain) {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const ct = await crypto.subtle.encrypt({ name: "AES-GCM", iv }, aesKey, enc.encode(plain));
      return `v1.${toB64(iv)}.${toB64(ct)}`;
    },
    async decrypt(cipher) {
      const [v, iv, ct] = cipher.split(".");
      if (v !== "v1" || !iv || !ct) throw new Error("unknown ciphertext format");
      return dec.decode(await crypto.subtle.decrypt({ name: "AES-GCM", iv: fromB64(iv) }, aesKey, fromB64(ct)));
    },
  };
}

/** "+996 *** ** 11": enough for an operator to tell two callers apart, not enough to call them. */
export function maskPhone(e164: string): string {
  const digits = e164.replace(/\D/g, "");
  if (digits.length < 6) return "***";
  const cc = digits.length > 10 ? digits.slice(0, digits.length - 9) : digits.slice(0, 1);
  return `+${cc} *** ** ${digits.slice(-2)}`;
}

/** PBKDF2-SHA256 via WebCrypto: available on Workers (bcrypt/scrypt/argon2 are not, without WASM). */
const PBKDF2_ITERATIONS = 210_000;
export async function hashPassword(password: string, iterations = PBKDF2_ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const bits = await pbkdf2(password, salt, iterations);
  return `pbkdf2$${iterations}$${toB64(salt)}$${toB64(bits)}`;
}
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, iter, salt, hash] = stored.split("$");
  if (kind !== "pbkdf2" || !iter || !salt || !hash) return false;
  const bits = await pbkdf2(password, fromB64(salt), Number(iter));
  return timingSafeEqual(toB64(bits), hash);
}
async function pbkdf2(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<ArrayBuffer> {
  const key = await crypto.subtle.importKey("raw", enc.encode(password), "PBKDF2", false, ["deriveBits"]);
  return crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt, iterations }, key, 256);
}
