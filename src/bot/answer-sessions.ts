import { randomBytes } from "node:crypto";

export interface StoredQuestion {
  question: string;
}

/**
 * Questions behind the buttons of recent answers. A button's custom id holds at most 100 characters, so it
 * carries a short key; the oldest entries are dropped past `capacity`, and a stale button says so.
 */
export class AnswerSessions {
  private readonly entries = new Map<string, StoredQuestion>();

  constructor(private readonly capacity = 5000) {}

  store(entry: StoredQuestion): string {
    const key = randomBytes(6).toString("base64url");
    this.entries.set(key, entry);
    const oldest = this.entries.keys().next();
    if (this.entries.size > this.capacity && !oldest.done) this.entries.delete(oldest.value);
    return key;
  }

  get(key: string): StoredQuestion | undefined {
    return this.entries.get(key);
  }
}
