import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

describe("Cloudflare Workers build", () => {
  it("wrangler deploy --dry-run bundles the Workers entry without Node-only modules", async () => {
    const out = mkdtempSync(join(tmpdir(), "worker-build-"));
    try {
      await run("npx", ["wrangler", "deploy", "--dry-run", "--outdir", out], { env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "1" }, timeout: 170_000 });
      const files = readdirSync(out).filter((f) => f.endsWith(".js"));
      expect(files.length).toBeGreaterThan(0);
      const bundle = files.map((f) => readFileSync(join(out, f), "utf8")).join("\n");
      expect(bundle).not.toMatch(/better-sqlite3/);
      expect(bundle).not.toMatch(/from\s*["']node:/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);
});
