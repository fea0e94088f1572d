import { describe, expect, it } from "vitest";
import { readYaml } from "./read-yaml.js";

describe("YAML read with the library loaded on first use", () => {
  it("reads YAML as the corpus writes it, dates as text", () => {
    expect(readYaml("title: A\ndate: 2017-08-21\nauthor: null\n")).toEqual({ title: "A", date: "2017-08-21", author: null });
  });

  it("throws on text that is not YAML", () => {
    expect(() => readYaml("a: [unclosed")).toThrow();
  });
});
