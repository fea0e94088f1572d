import { SlashCommandBuilder } from "discord.js";
import { MAX_QUESTION_CHARS } from "../src/answer/question-input.js";
import type { Command } from "../src/bot/command.js";
import { rateLimitedText } from "../src/bot/rate-limiter.js";
import { answerInTime, send } from "../src/bot/send.js";
import { compareTopic } from "../src/compare/compare.js";
import { renderComparisonMessage, renderNotice } from "../src/render/discord.js";

export default {
  data: new SlashCommandBuilder()
    .setName("compare")
    .setDescription("The authors side by side on a question or topic")
    .addStringOption((o) =>
      o
        .setName("topic")
        .setDescription('A question or a topic, e.g. "sanctions" or "China\'s leverage"')
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_CHARS),
    )
    .addBooleanOption((o) => o.setName("public").setDescription("Show it to the channel (default: only you)")),

  async execute(interaction, context) {
    const limit = context.limiter.take(interaction.user.id);
    if (!limit.ok) return send(interaction, renderNotice(rateLimitedText(limit.retryAfterMs)));
    const result = compareTopic(context.engine, interaction.options.getString("topic", true));
    if (!result.ok) return send(interaction, renderNotice(result.message));
    const ephemeral = !(interaction.options.getBoolean("public") ?? context.config.publicByDefault);
    await answerInTime(interaction, context, ephemeral, () => renderComparisonMessage(result.result, context.engine, ephemeral));
  },
} satisfies Command;
