import type { DiscordMessage } from "./discord-message.js";

/** Discord's documented message limits (Discord enforces them; discord.js does not check). */
export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
} as const;

/** Every way the message breaks Discord's limits; empty when it fits. */
export function findLimitViolations(message: DiscordMessage): string[] {
  const L = DISCORD_LIMITS;
  const problems: string[] = [];
  const over = (what: string, length: number, max: number) => {
    if (length > max) problems.push(`${what} is ${length} characters (limit ${max})`);
  };
  over("content", message.content?.length ?? 0, L.content);
  const embeds = message.embeds ?? [];
  if (embeds.length > L.embeds) problems.push(`${embeds.length} embeds (limit ${L.embeds})`);
  let total = 0;
  embeds.forEach((embed, e) => {
    over(`embed ${e} title`, embed.title?.length ?? 0, L.title);
    over(`embed ${e} description`, embed.description?.length ?? 0, L.description);
    over(`embed ${e} footer`, embed.footer?.text.length ?? 0, L.footer);
    const fields = embed.fields ?? [];
    if (fields.length > L.fields) problems.push(`embed ${e} has ${fields.length} fields (limit ${L.fields})`);
    fields.forEach((field, f) => {
      over(`embed ${e} field ${f} name`, field.name.length, L.fieldName);
      over(`embed ${e} field ${f} value`, field.value.length, L.fieldValue);
      if (field.name.length === 0 || field.value.length === 0) problems.push(`embed ${e} field ${f} is empty`);
      total += field.name.length + field.value.length;
    });
    total += (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0);
  });
  over("embeds in total", total, L.embedTotal);
  const rows = message.components ?? [];
  if (rows.length > L.actionRows) problems.push(`${rows.length} action rows (limit ${L.actionRows})`);
  for (const row of rows) {
    if (row.components.length > L.buttonsPerRow)
      problems.push(`${row.components.length} buttons in a row (limit ${L.buttonsPerRow})`);
    for (const button of row.components) {
      over("button label", button.label?.length ?? 0, L.buttonLabel);
      over("custom id", button.custom_id.length, L.customId);
    }
  }
  if (!message.content && embeds.length === 0) problems.push("the message is empty");
  if (message.allowedMentions.parse.length > 0) problems.push("allowed mentions parse something");
  return problems;
}
