/**
 * Discord's documented rules for what a bot sends, checked on the server side of the loopback Discord.
 * Written independently of the bot's own renderer checks, so a mistake in one is caught by the other.
 * Source: discord.com/developers/docs (Message and Embed limits, Allowed Mentions, Receiving and Responding).
 */
const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
};

type Json = Record<string, unknown>;

const length = (value: unknown) => (typeof value === "string" ? [...value].length : 0);

/** Problems with a message payload (interaction callback data, webhook edit or follow-up). */
export function messageViolations(payload: Json, { requireAllowedMentions }: { requireAllowedMentions: boolean }): string[] {
  const problems: string[] = [];
  if (length(payload.content) > LIMITS.content) problems.push(`content has ${length(payload.content)} characters`);
  const embeds = (payload.embeds as Json[] | undefined) ?? [];
  if (embeds.length > LIMITS.embeds) problems.push(`${embeds.length} embeds`);
  let total = 0;
  for (const embed of embeds) {
    const fields = (embed.fields as Json[] | undefined) ?? [];
    const footer = (embed.footer as Json | undefined)?.text;
    const author = (embed.author as Json | undefined)?.name;
    if (length(embed.title) > LIMITS.title) problems.push("embed title too long");
    if (length(embed.description) > LIMITS.description)
      problems.push(`embed description has ${length(embed.description)} characters`);
    if (length(footer) > LIMITS.footer) problems.push("embed footer too long");
    if (length(author) > LIMITS.author) problems.push("embed author too long");
    if (fields.length > LIMITS.fields) problems.push(`${fields.length} fields`);
    for (const field of fields) {
      if (length(field.name) > LIMITS.fieldName || length(field.name) === 0)
        problems.push(`field name has ${length(field.name)} characters`);
      if (length(field.value) > LIMITS.fieldValue || length(field.value) === 0)
        problems.push(`field value has ${length(field.value)} characters`);
      total += length(field.name) + length(field.value);
    }
    total += length(embed.title) + length(embed.description) + length(footer) + length(author);
  }
  if (total > LIMITS.embedTotal) problems.push(`embeds hold ${total} characters in total`);
  if (requireAllowedMentions) {
    const mentions = payload.allowed_mentions as Json | undefined;
    if (!mentions) problems.push("allowed_mentions is missing");
    else if (
      !Array.isArray(mentions.parse) ||
      mentions.parse.length > 0 ||
      (mentions.users as unknown[] | undefined)?.length ||
      (mentions.roles as unknown[] | undefined)?.length
    ) {
      problems.push(`allowed_mentions parses something: ${JSON.stringify(mentions)}`);
    }
  }
  return problems;
}

/** Interaction callback types (Receiving and Responding → Interaction Callback Type). */
export const CALLBACK = { message: 4, deferredMessage: 5, deferredUpdate: 6, updateMessage: 7, autocomplete: 8 } as const;

export function callbackViolations(body: Json): string[] {
  const type = body.type as number;
  const data = (body.data as Json | undefined) ?? {};
  if (type === CALLBACK.message || type === CALLBACK.updateMessage)
    return messageViolations(data, { requireAllowedMentions: true });
  if (type === CALLBACK.autocomplete) {
    const choices = (data.choices as Json[] | undefined) ?? [];
    const problems = choices.length > 25 ? [`${choices.length} autocomplete choices`] : [];
    for (const choice of choices) {
      if (length(choice.name) < 1 || length(choice.name) > 100)
        problems.push(`choice name has ${length(choice.name)} characters`);
      if (length(choice.value) > 100) problems.push(`choice value has ${length(choice.value)} characters`);
    }
    return problems;
  }
  if (type === CALLBACK.deferredMessage || type === CALLBACK.deferredUpdate) return [];
  return [`unknown callback type ${type}`];
}
