import { describe, expect, it } from "vitest";
import { ensureLexicon } from "../lexicon/lexicon.js";
import { buildCellIndex, GROUP_CELLS_HERE, inCellOrder } from "./meaning-cells.js";
import type { IndexedPassage } from "./passage-index.js";
import { dequantizeRows, quantizeRows } from "./quantized-rows.js";
import { openSemanticSpace, semanticBuilder } from "./semantic-space.js";

describe("a semantic space laid out in meaning cells", () => {
  it("measures every passage as the same space in passage order does", () => {
    const lexicon = ensureLexicon();
    const words = ["sanctions", "china", "trade", "missile", "war", "bombing", "treaty", "oil", "famine", "election"];
    const builder = semanticBuilder(lexicon);
    for (let i = 0; i < 60; i++) {
      const pick = (k: number) => {
        const word = words[(i * k) % words.length] ?? "";
        return { term: word, written: word };
      };
      builder.add([[pick(1), pick(3)], [pick(7)]]);
    }
    const plain = builder.done();
    if (!plain) throw new Error("the lexicon has no vectors");
    // The bytes read back and written again are the same bytes, so both spaces hold the same vectors.
    const vectors = dequantizeRows(plain.passages);
    const passageCells = buildCellIndex(vectors, lexicon.dimensions, 4);
    const celled = {
      ...plain,
      passages: quantizeRows(inCellOrder(vectors, lexicon.dimensions, passageCells.cells.members), lexicon.dimensions),
      passageCells,
    };
    const [inOrder, inCells] = [openSemanticSpace(lexicon, plain), openSemanticSpace(lexicon, celled)];
    const question = inOrder.embed(["sanctions", "trade"]);
    if (!question) throw new Error("no question vector");
    for (let position = 0; position < 60; position++) {
      const entry = { position } as IndexedPassage;
      expect(inCells.closenessOf(question, entry)).toBe(inOrder.closenessOf(question, entry));
    }
    // Four cells, all scanned (at least ten are): the same nearest passages.
    expect(inCells.nearest(question, 8)).toEqual(inOrder.nearest(question, 8));
  });

  it("finds a word's neighbours among stems grouped in cells, each with its own closeness", () => {
    const lexicon = ensureLexicon();
    // Pairs of close words, the first of each pair first: a cell's rows are then far apart in the stem list.
    const pairs = [
      ["sanctions", "embargo"],
      ["china", "beijing"],
      ["russia", "kremlin"],
      ["war", "conflict"],
      ["bombing", "airstrike"],
      ["treaty", "pact"],
      ["election", "ballot"],
      ["famine", "starvation"],
      ["oil", "petroleum"],
      ["nuclear", "uranium"],
      ["army", "troops"],
      ["missile", "rocket"],
      ["exports", "imports"],
      ["president", "minister"],
      ["money", "cash"],
      ["city", "town"],
      ["doctor", "nurse"],
      ["river", "lake"],
    ];
    const words = [...pairs.map(([first]) => first), ...pairs.map(([, second]) => second)] as string[];
    const builder = semanticBuilder(lexicon);
    builder.add([words.map((word) => ({ term: word, written: word }))]);
    const plain = builder.done();
    if (!plain) throw new Error("the lexicon has no vectors");
    // 18 cells, ten of them read: a word is compared with the stems of the cells nearest it only.
    const stemCells = buildCellIndex(plain.stemVectors, lexicon.dimensions, 18);
    const [listed, celled] = [openSemanticSpace(lexicon, plain), openSemanticSpace(lexicon, { ...plain, stemCells })];
    for (const word of ["embargo", "beijing", "warfare", "accord", "hunger", "physician", "village", "dollars"]) {
      const all = listed.neighbours(word, 0.3, 5);
      const near = celled.neighbours(word, 0.3, 5);
      expect(near[0]).toEqual(all[0]);
      for (const neighbour of near) expect(listed.neighbours(word, 0, 100)).toContainEqual(neighbour);
    }
  });
});

describe("a semantic build told how many passages will come", () => {
  it("starts grouping them as the last one is added, into the arrays a build told nothing makes", () => {
    const lexicon = ensureLexicon();
    const words = ["sanctions", "china", "trade", "missile", "war", "bombing", "treaty", "oil", "famine", "election"];
    // Just over the count above which passages are grouped in cells.
    const passages = 20_001;
    let startedWhileAdding = -1;
    let adding = 0;
    const told = semanticBuilder(lexicon, {
      passageCount: passages,
      cells: {
        ...GROUP_CELLS_HERE,
        start(matrix, dimensions) {
          startedWhileAdding = adding;
          return GROUP_CELLS_HERE.start(matrix, dimensions);
        },
      },
    });
    const untold = semanticBuilder(lexicon);
    for (let i = 0; i < passages; i++) {
      const word = (k: number) => words[(i * k + (i >> 4)) % words.length] ?? "";
      const sentences = [[word(1), word(3)], [word(7)]].map((sentence) => sentence.map((w) => ({ term: w, written: w })));
      adding = i + 1;
      told.add(sentences);
      untold.add(sentences);
    }
    expect(startedWhileAdding).toBe(passages);
    // Compared as bytes: element by element, arrays this long take vitest minutes.
    const asBytes = (value: unknown): unknown =>
      ArrayBuffer.isView(value)
        ? Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("base64")
        : value && typeof value === "object"
          ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, asBytes(inner)]))
          : value;
    const [fromTold, fromUntold] = [told.done(), untold.done()];
    expect(fromTold?.passageCells).not.toBeNull();
    expect(asBytes(fromTold)).toEqual(asBytes(fromUntold));
  });
});
