/**
 * The corpus's first topic (of the first article that has any), for an example to ask about: found without
 * gathering every article's topics, which at 20,000 articles is a list of tens of thousands.
 */
export function firstTopicOf(topics: ReadonlyMap<string, string[]>): string | undefined {
  for (const list of topics.values()) if (list[0] !== undefined) return list[0];
  return undefined;
}
