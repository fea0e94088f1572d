import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBeside } from "./read-beside.js";

const scratch = () => mkdtempSync(join(tmpdir(), "read-beside-"));
const bytes = Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 7) % 256));

describe("reading a file beside the start", () => {
  it("reads a large file on a worker thread into shared memory, byte for byte", () => {
    const file = join(scratch(), "arrays.bin");
    writeFileSync(file, bytes);
    const readHere = () => {
      throw new Error("read here");
    };
    const buffer = readBeside([file], readHere, 0)[0]?.() ?? new ArrayBuffer(0);
    expect(buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Buffer.from(new Uint8Array(buffer)).equals(bytes)).toBe(true);
  });

  it("reads a small file here, when asked for", () => {
    const file = join(scratch(), "arrays.bin");
    writeFileSync(file, bytes);
    let asked = 0;
    const readHere = () => {
      asked += 1;
      return new ArrayBuffer(1);
    };
    const [wait] = readBeside([file], readHere, bytes.length + 1);
    expect(asked).toBe(0);
    wait?.();
    expect(asked).toBe(1);
  });

  it("reads several files in order, each handed over as read; one it cannot read is read here", () => {
    const dir = scratch();
    const first = join(dir, "lists.bin");
    const second = join(dir, "arrays.bin");
    writeFileSync(first, bytes.subarray(0, 400));
    writeFileSync(second, bytes);
    const readHere = (path: string) => {
      throw new Error(`read ${path} here`);
    };
    const [firstRead, secondRead] = readBeside([first, second], readHere, 0);
    expect(Buffer.from(new Uint8Array(firstRead?.() ?? new ArrayBuffer(0))).equals(bytes.subarray(0, 400))).toBe(true);
    expect(Buffer.from(new Uint8Array(secondRead?.() ?? new ArrayBuffer(0))).equals(bytes)).toBe(true);
    const [fine, folder] = readBeside([first, scratch()], (path) => (path === first ? readHere(path) : new ArrayBuffer(3)), 0);
    expect(new Uint8Array(fine?.() ?? new ArrayBuffer(0))).toHaveLength(400);
    expect(folder?.()).toBeInstanceOf(ArrayBuffer);
  });

  it("reads the file here when the worker cannot", () => {
    // A folder has a size but cannot be read: the worker fails, and reading it here gives the real error.
    const folder = scratch();
    const [wait] = readBeside(
      [folder],
      (path) => {
        throw new Error(`cannot read ${path}`);
      },
      0,
    );
    expect(wait).toThrow(/cannot read/);
  });
});
