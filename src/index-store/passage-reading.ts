import { MessageChannel, type MessagePort, receiveMessageOnPort } from "node:worker_threads";
import { textsAsUtf8 } from "../corpus/passage-store.js";
import type { Analyzer, PassageSentence } from "../nlp/analyzer.js";
import type { Thesaurus } from "../nlp/thesaurus.js";
import { canWorkBeside } from "./beside.js";
import { startModuleWorker } from "./module-worker.js";
import { decodeReadings, type EncodedReadings } from "./reading-codec.js";

/**
 * Below this many passages the build reads them all itself: a worker's start (its modules and wink-nlp's model,
 * ~0.5 s) would cost more than it saves.
 */
export const READ_ALONGSIDE_FROM = 5000;
/** Passages handed over at a time: few enough messages, small enough to keep both threads busy to the end. */
export const CHUNK = 64;
/** Chunks the worker may read ahead of the build, so the readings waiting for it stay a few MB. */
export const MAX_AHEAD = 32;
/** A worker silent this long is given up on: the build reads the rest itself (reading is pure, so nothing is lost). */
const WORKER_SILENCE_MS = 30_000;

export const UNCLAIMED = 0;
export const BY_WORKER = 1;
const BY_BUILD = 2;
/** Cells of the shared progress array: chunks the build has taken, messages the worker has posted, chunks it has read. */
export const TAKEN = 0;
export const POSTED = 1;
export const READ_BY_WORKER = 2;

/**
 * The old generation the worker's heap may grow to. It holds wink-nlp's model and a few chunks' readings, not the
 * corpus (its texts are shared, not copied): left unbounded, its garbage grew to ~0.5 GB at 20,000 articles before
 * it was collected, and the build's peak with it.
 */
const WORKER_HEAP_MB = 512;

/** Passage texts as UTF-8 in shared memory, so the worker reads them where they lie instead of getting a copy. */
export interface SharedTexts {
  bytes: SharedArrayBuffer;
  /** Text i is bytes starts[i] .. starts[i + 1]. */
  starts: Uint32Array;
}

export function shareTexts(texts: string[]): SharedTexts {
  const { bytes, offsets } = textsAsUtf8(texts, (size) => new SharedArrayBuffer(size));
  return { bytes: bytes.buffer as SharedArrayBuffer, starts: offsets };
}

/** Texts from .. to (exclusive) of the shared ones. */
export function sharedTextsBetween({ bytes, starts }: SharedTexts, from: number, to: number): string[] {
  const view = Buffer.from(bytes);
  const out: string[] = [];
  for (let i = from; i < Math.min(to, starts.length - 1); i++) out.push(view.toString("utf8", starts[i], starts[i + 1]));
  return out;
}

export interface ReadingWorkerData {
  thesaurus: Thesaurus;
  texts: SharedTexts;
  /** Per chunk, who reads it (Int32Array over a SharedArrayBuffer). */
  claims: Int32Array;
  progress: Int32Array;
  port: MessagePort;
}

export type ReadingMessage = { chunk: number; readings: EncodedReadings } | { error: string };

/** Each passage's sentences as read by the analyzer, asked for in order of position. */
export interface PassageReading {
  read(position: number): PassageSentence[];
  /** Chunks the worker has read so far. */
  readByWorker(): number;
  /** Stops the worker (at the end of the build, or when it failed). */
  close(): void;
}

/** Whether a corpus of this many passages is worth a second thread on this machine. */
export const worthReadingAlongside = (passages: number, from: number): boolean => passages >= from && canWorkBeside();

/**
 * Reads passages with wink-nlp on a worker thread while the build indexes those already read: on two cores, a
 * large build's reading (about half its time) runs beside the rest. Both threads claim chunks in order; the
 * build reads a chunk itself when the worker has not claimed it, and while it waits for one the worker is
 * reading, it reads a later one, so the work balances by itself. The build stays synchronous: it blocks only
 * when there is nothing left to read but what the worker holds.
 */
export function readAlongside(
  texts: string[],
  analyzer: Analyzer,
  thesaurus = analyzer.thesaurus,
  shared: SharedTexts = shareTexts(texts),
): PassageReading {
  const chunks = Math.ceil(texts.length / CHUNK);
  const claims = new Int32Array(new SharedArrayBuffer(4 * chunks));
  const progress = new Int32Array(new SharedArrayBuffer(12));
  const { port1, port2 } = new MessageChannel();
  const worker = startModuleWorker("passage-reading-worker", {
    workerData: { thesaurus, texts: shared, claims, progress, port: port2 } satisfies ReadingWorkerData,
    transferList: [port2],
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  worker.unref();
  // A failing worker says so through the port; one that dies without a word is given up on after its silence.
  worker.on("error", () => {});
  let workerAlive = true;
  /** Chunks read before the build reached them: by the worker, or by the build while it waited. */
  const ready = new Map<number, PassageSentence[][]>();
  const claim = (chunk: number) => Atomics.compareExchange(claims, chunk, UNCLAIMED, BY_BUILD) === UNCLAIMED;
  const readHere = (chunk: number) =>
    texts.slice(chunk * CHUNK, (chunk + 1) * CHUNK).map((text) => analyzer.passageSentences(text));

  /** A chunk the worker claimed, once it is read; null when the worker failed or fell silent. */
  const fromWorker = (chunk: number): PassageSentence[][] | null => {
    for (;;) {
      const done = ready.get(chunk);
      if (done) return done;
      // Read before looking at the port: a message posted after this ends the wait below at once.
      const posted = Atomics.load(progress, POSTED);
      const message = receiveMessageOnPort(port1)?.message as ReadingMessage | undefined;
      if (message && "error" in message) return null;
      if (message) {
        ready.set(message.chunk, decodeReadings(message.readings));
        continue;
      }
      let later = chunk + 1;
      const last = Math.min(chunks - 1, chunk + MAX_AHEAD);
      while (later <= last && !claim(later)) later++;
      if (later <= last) ready.set(later, readHere(later));
      else if (Atomics.wait(progress, POSTED, posted, WORKER_SILENCE_MS) === "timed-out") return null;
    }
  };
  const readingsOf = (chunk: number): PassageSentence[][] => {
    const done = ready.get(chunk);
    if (done) return done;
    if (!workerAlive || claim(chunk)) return readHere(chunk);
    const received = fromWorker(chunk);
    if (received) return received;
    workerAlive = false;
    return readHere(chunk);
  };

  let current = -1;
  let readings: PassageSentence[][] = [];
  return {
    read(position) {
      const chunk = Math.floor(position / CHUNK);
      if (chunk !== current) {
        readings = readingsOf(chunk);
        ready.delete(chunk);
        current = chunk;
        Atomics.store(progress, TAKEN, chunk + 1);
        Atomics.notify(progress, TAKEN);
      }
      return readings[position - chunk * CHUNK] ?? [];
    },
    readByWorker: () => Atomics.load(progress, READ_BY_WORKER),
    close() {
      port1.close();
      void worker.terminate();
    },
  };
}
