import { SlashCommandBuilder } from "discord.js";
import { ask } from "../src/answer/answer.js";
import type { Command } from "../src/bot/command.js";
import { answerInTime, isEphemeral } from "../src/bot/send.js";
import { renderAnswerMessage, renderNotice } from "../src/render/discord.js";
import { MAX_QUESTION_CHARS } from "../src/retrieval/question-input.js";

export default {
  searches: true,
  data: new SlashCommandBuilder()
    .setName("ask")
    .setDescription("Ask a question: the answer quotes the articles and cites them")
    .addStringOption((o) =>
      o.setName("question").setDescription("Your question about the articles").setRequired(true).setMaxLength(MAX_QUESTION_CHARS),
    )
    .addBooleanOption((o) => o.setName("public").setDescription("Show the answer to the channel (default: only you)")),

  async execute(interaction, context) {
    const ephemeral = isEphemeral(interaction, context);
    // The answer is computed inside: on a large corpus the reply is deferred before the slow work starts.
    await answerInTime(interaction, context, ephemeral, () => {
      const result = ask(context.engine, interaction.options.getString("question", true));
      if (!result.ok) return renderNotice(result.message);
      const key = context.sessions.store({ question: result.answer.question });
      return renderAnswerMessage(result.answer, context.engine, { page: 0, key, ephemeral });
    });
  },
} satisfies Command;
