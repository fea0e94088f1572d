import { type ButtonInteraction, MessageFlags } from "discord.js";
import { ask } from "../answer/answer.js";
import { citationsOf } from "../answer/citations.js";
import { lookUpPassage } from "../answer/passage-lookup.js";
import { compareTopic } from "../compare/compare.js";
import {
  renderAnswerCitations,
  renderAnswerMessage,
  renderComparisonDetails,
  renderComparisonMessage,
  renderNotice,
  renderPassageMessage,
  shownPassages,
} from "../render/discord.js";
import type { BotContext } from "./context.js";
import { editOptions, send } from "./send.js";

const EXPIRED = "This answer is too old for its buttons to work: ask again with /ask.";

/** Button presses on answers and passages; the custom id says what to do (see `buttonIds`). */
export async function handleButton(interaction: ButtonInteraction, context: BotContext): Promise<void> {
  const [scope, action, key = "", extra = ""] = interaction.customId.split(":");
  if (scope === "passage" && (action === "show" || action === "open")) {
    return showPassage(interaction, context, interaction.customId.slice(`passage:${action}:`.length), action === "open");
  }
  if (scope !== "ask") throw new Error(`unknown button "${interaction.customId}"`);

  const stored = context.sessions.get(key);
  if (!stored) return send(interaction, renderNotice(EXPIRED));
  if (action === "compare" || action === "details") {
    const compared = compareTopic(context.engine, stored.question);
    if (!compared.ok) return send(interaction, renderNotice(compared.message));
    return send(
      interaction,
      action === "details"
        ? renderComparisonDetails(compared.result, context.engine)
        : renderComparisonMessage(compared.result, context.engine, true, key),
    );
  }
  const result = ask(context.engine, stored.question);
  if (!result.ok) return send(interaction, renderNotice(result.message));
  const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);

  switch (action) {
    case "more":
      await interaction.update(
        editOptions(renderAnswerMessage(result.answer, context.engine, { page: Number(extra) || 0, key, ephemeral })),
      );
      return;
    case "cite": {
      const shown = shownPassages(result.answer, Number(extra) || 0);
      const passages = shown.flatMap((p) => context.engine.index.byId.get(p.id)?.passage ?? []);
      return send(interaction, renderAnswerCitations(passages.map((p) => citationsOf(context.engine, p))));
    }
    case "post":
      return send(
        interaction,
        renderAnswerMessage(result.answer, context.engine, { page: Number(extra) || 0, key, ephemeral: false }),
      );
    case "vote": {
      if (extra !== "up" && extra !== "down") throw new Error(`unknown vote "${extra}"`);
      context.feedback.record({
        at: new Date().toISOString(),
        userId: interaction.user.id,
        question: stored.question,
        vote: extra,
        passageIds: result.answer.passages.map((p) => p.id),
      });
      return send(interaction, renderNotice(`Thanks: your ${extra === "up" ? "👍" : "👎"} was recorded.`));
    }
    default:
      throw new Error(`unknown button action "${action}"`);
  }
}

/** Previous/Next move the passage view in place; "Read … in full" opens the passage in a message of its own. */
async function showPassage(interaction: ButtonInteraction, context: BotContext, passageId: string, open: boolean): Promise<void> {
  const lookup = lookUpPassage(context.engine, passageId);
  if (!lookup.ok) return send(interaction, renderNotice(lookup.message));
  if (open) return send(interaction, renderPassageMessage(lookup.found, true));
  const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
  await interaction.update(editOptions(renderPassageMessage(lookup.found, ephemeral)));
}
