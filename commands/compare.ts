import { SlashCommandBuilder } from "discord.js";
import type { Command } from "../src/bot/command.js";
import { answerInTime, isEphemeral } from "../src/bot/send.js";
import { compareTopic } from "../src/compare/compare.js";
import { renderComparisonMessage, renderNotice } from "../src/render/discord.js";
import { MAX_QUESTION_CHARS } from "../src/retrieval/question-input.js";

export default {
  searches: true,
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
    const ephemeral = isEphemeral(interaction, context);
    await answerInTime(interaction, context, ephemeral, () => {
      const result = compareTopic(context.engine, interaction.options.getString("topic", true));
      if (!result.ok) return renderNotice(result.message);
      const key = context.sessions.store({ question: result.result.question });
      return renderComparisonMessage(result.result, context.engine, ephemeral, key);
    });
  },
} satisfies Command;
