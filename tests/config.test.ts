import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "../src/config";

describe("configuration", () => {
  it("has working defaults for a first start", () => {
    const c = parseEnv({});
    expect(c.PORT).toBe(8787);
    expect(c.DATABASE_PATH).toBe("./data/helpline.sqlite");
    expect(c.telegram).toBeUndefined();
    expect(c.twilio).toBeUndefined();
  });

  it("accepts the README's examples: hours for one country, a segment price", () => {
    const c = parseEnv({ HOTLINE_HOURS: '{"KG":{"timeZone":"Asia/Bishkek","days":[1,2,3,4,5],"from":"09:00","to":"18:00"}}', SMS_SEGMENT_COST: "0.05 EUR" });
    expect(c.HOTLINE_HOURS.KG).toEqual({ timeZone: "Asia/Bishkek", days: [1, 2, 3, 4, 5], from: "09:00", to: "18:00" });
    expect(c.HOTLINE_HOURS.UZ?.timeZone).toBe("Asia/Tashkent"); // the others keep their defaults
    expect(c.SMS_SEGMENT_COST).toEqual({ amount: 0.05, currency: "EUR" });
  });

  it.each([
    [{ SMS_SEGMENT_COST: "cheap" }, /SMS_SEGMENT_COST/],
    [{ PORT: "eighty" }, /^Invalid configuration: PORT must be/],
    [{ PORT: "70000" }, /PORT/],
    [{ PUBLIC_URL: "not a url" }, /PUBLIC_URL/],
    [{ TELEGRAM_BOT_TOKEN: "123" }, /TELEGRAM_BOT_TOKEN must be a bot token/],
    [{ TELEGRAM_BOT_TOKEN: "123456:abcdefghijklmnopqrstuvwxyz" }, /TELEGRAM_WEBHOOK_SECRET must be set/],
    [{ TWILIO_ACCOUNT_SID: "AC123" }, /TWILIO_ACCOUNT_SID/],
    [{ TWILIO_ACCOUNT_SID: `AC${"0".repeat(32)}`, TWILIO_AUTH_TOKEN: "x".repeat(32), TWILIO_FROM: "+15005550006" }, /PUBLIC_URL must be set/],
    [{ HOTLINE_HOURS: "{bad json" }, /HOTLINE_HOURS/],
    [{ HOTLINE_HOURS: '{"KG":{"timeZone":"Mars/Olympus","days":[1],"from":"09:00","to":"18:00"}}' }, /HOTLINE_HOURS/],
    [{ SECRET_KEY: "short" }, /SECRET_KEY must be at least 32/],
  ])("rejects %o with one line naming the variable", (env, message) => {
    let error: unknown;
    try {
      parseEnv(env as Record<string, string>);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("\n");
  });
});
