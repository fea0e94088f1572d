import { workerData } from "node:worker_threads";
import { createAnalyzer } from "../nlp/analyzer.js";
import { createNlp } from "../nlp/pipeline.js";
import {
  BY_WORKER,
  CHUNK,
  MAX_AHEAD,
  POSTED,
  READ_BY_WORKER,
  type ReadingMessage,
  type ReadingWorkerData,
  sharedTextsBetween,
  TAKEN,
  UNCLAIMED,
} from "./passage-reading.js";
import { encodeReadings } from "./reading-codec.js";

/** The worker of `readAlongside`: reads the chunks the build has not taken, in order, a bounded way ahead of it. */
const { thesaurus, texts, claims, progress, port } = workerData as ReadingWorkerData;
const post = (message: ReadingMessage) => {
  // The readings' numbers are handed over, not copied.
  port.postMessage(message, "readings" in message ? [message.readings.numbers.buffer as ArrayBuffer] : []);
  Atomics.add(progress, POSTED, 1);
  Atomics.notify(progress, POSTED);
};
try {
  const analyzer = createAnalyzer(createNlp(), thesaurus);
  for (let chunk = 0; chunk < claims.length; chunk++) {
    for (let taken = Atomics.load(progress, TAKEN); chunk - taken > MAX_AHEAD; taken = Atomics.load(progress, TAKEN))
      Atomics.wait(progress, TAKEN, taken);
    if (Atomics.compareExchange(claims, chunk, UNCLAIMED, BY_WORKER) !== UNCLAIMED) continue;
    const readings = sharedTextsBetween(texts, chunk * CHUNK, (chunk + 1) * CHUNK).map((text) => analyzer.passageSentences(text));
    Atomics.add(progress, READ_BY_WORKER, 1);
    post({ chunk, readings: encodeReadings(readings) });
  }
} catch (error) {
  post({ error: String(error) });
}
port.close();
