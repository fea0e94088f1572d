import { SlashCommandBuilder } from "discord.js";
import { ask } from "../src/answer/answer.js";
import { MAX_QUESTION_CHARS } from "../src/answer/question-input.js";
import type { Command } from "../src/bot/command.js";
import { rateLimitedText } from "../src/bot/rate-limiter.js";
import { answerInTime, send } from "../src/bot/send.js";
import { renderAnswerMessage, renderNotice } from "../src/render/discord.js";

export default {
  data: new SlashCommandBuilder()
    .setName("ask")
    .setDescription("Ask a question: the answer quotes the articles and cites them")
    .addStringOption((o) =>
      o.setName("question").setDescription("Your question about the articles").setRequired(true).setMaxLength(MAX_QUESTION_CHARS),
    )
    .addBooleanOption((o) => o.setName("public").setDescription("Show the answer to the channel (default: only you)")),

  async execute(interaction, context) {
    const limit = context.limiter.take(interaction.user.id);
    if (!limit.ok) return send(interaction, renderNotice(rateLimitedText(limit.retryAfterMs)));
    const result = ask(context.engine, interaction.options.getString("question", true));
    if (!result.ok) return send(interaction, renderNotice(result.message));
    const ephemeral = !(interaction.options.getBoolean("public") ?? context.config.publicByDefault);
    const key = context.sessions.store({ question: result.answer.question, userId: interaction.user.id });
    await answerInTime(interaction, context, ephemeral, () =>
      renderAnswerMessage(result.answer, context.engine, { page: 0, key, ephemeral }),
    );
  },
} satisfies Command;
