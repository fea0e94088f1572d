import { SlashCommandBuilder } from "discord.js";
import { lookUpPassage } from "../src/answer/passage-lookup.js";
import { suggestPassages } from "../src/answer/passage-suggestions.js";
import type { Command } from "../src/bot/command.js";
import { send } from "../src/bot/send.js";
import { renderNotice, renderPassageMessage } from "../src/render/discord.js";

export default {
  searches: false,
  data: new SlashCommandBuilder()
    .setName("passage")
    .setDescription("One passage in full, with its neighbours")
    .addStringOption((o) =>
      o
        .setName("id")
        .setDescription("Passage id, e.g. hilton-2017#p9 (type words to search)")
        .setRequired(true)
        .setAutocomplete(true),
    ),

  async execute(interaction, context) {
    const lookup = lookUpPassage(context.engine, interaction.options.getString("id", true));
    if (!lookup.ok) return send(interaction, renderNotice(lookup.message));
    await send(interaction, renderPassageMessage(lookup.found, !context.config.publicByDefault));
  },

  async autocomplete(interaction, context) {
    await interaction.respond(suggestPassages(context.engine, interaction.options.getFocused()));
  },
} satisfies Command;
