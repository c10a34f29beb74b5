import { describe, expect, it } from "vitest";
import { packReplies } from "../src/bot/pack";
import { countSegments } from "../src/bot/sms/segments";

describe("one turn's replies become as few messages as fit", () => {
  const opts = [{ id: "a", label: "One" }, { id: "b", label: "Two" }];
  it("telegram: texts before a question join it, and the buttons stay with the question", () => {
    const out = packReplies("telegram", [{ text: "Language: English." }, { text: "Which country?", options: opts }, { text: "after" }]);
    expect(out).toEqual([{ text: "Language: English.\nWhich country?", options: opts }, { text: "after" }]);
  });
  it("web chat keeps separate bubbles", () => {
    expect(packReplies("web", [{ text: "a" }, { text: "b" }])).toHaveLength(2);
  });
  it("sms: joins only when it costs no more segments and stays within three", () => {
    const seventy = "б".repeat(70);
    // Apart: 1 + 1 segments. Together 141 UCS-2 units would be 3 segments: keep them apart.
    expect(packReplies("sms", [{ text: seventy }, { text: seventy }])).toHaveLength(2);
    const out = packReplies("sms", [{ text: "б".repeat(30) }, { text: "б".repeat(30) }]);
    expect(out).toHaveLength(1);
    expect(countSegments(out[0]!.text).segments).toBe(1);
    const long = "б".repeat(190);
    expect(packReplies("sms", [{ text: long }, { text: "б".repeat(60) }])).toHaveLength(2);
  });
});
