import { describe, expect, it } from "vitest";
import { wrapText } from "./wrap-text.js";

describe("wrapText", () => {
  it("wraps long lines at spaces, hanging continuation lines under a numbered item", () => {
    expect(wrapText("1. “one two three four five six”", 20)).toBe("1. “one two three\n   four five six”");
  });

  it("keeps an indented line's indentation on its first line as on the rest", () => {
    expect(wrapText("  “Like China, Russia can step back” (BASIC 2016)", 24)).toBe(
      "  “Like China, Russia\n  can step back” (BASIC\n  2016)",
    );
  });

  it("keeps short lines, and words longer than the width, whole", () => {
    expect(wrapText("short\n   — Hilton 2017, ¶ 6", 40)).toBe("short\n   — Hilton 2017, ¶ 6");
    expect(wrapText("a supercalifragilisticexpialidocious word", 20)).toBe("a\nsupercalifragilisticexpialidocious\nword");
  });
});
