import { SlashCommandBuilder } from "discord.js";
import { citationsOf, findCitationTarget } from "../src/answer/citations.js";
import { suggestPassages } from "../src/answer/passage-suggestions.js";
import type { Command } from "../src/bot/command.js";
import { send } from "../src/bot/send.js";
import { CITATION_STYLES, type CitationStyle } from "../src/cite/cite-passage.js";
import { renderCitationMessage, renderNotice } from "../src/render/discord.js";

const STYLE_NAMES: Record<CitationStyle, string> = {
  apa: "APA 7",
  mla: "MLA 9",
  "chicago-note": "Chicago note",
  "chicago-bibliography": "Chicago bibliography",
  bibtex: "BibTeX",
  plain: "Quote with source",
};

export default {
  searches: true,
  data: new SlashCommandBuilder()
    .setName("cite")
    .setDescription("A ready citation for a passage")
    .addStringOption((o) =>
      o
        .setName("passage")
        .setDescription("Passage id (e.g. hilton-2017#p9) or words from it")
        .setRequired(true)
        .setAutocomplete(true),
    )
    .addStringOption((o) =>
      o
        .setName("style")
        .setDescription("One style only (default: all)")
        .addChoices(...CITATION_STYLES.map((style) => ({ name: STYLE_NAMES[style], value: style }))),
    ),

  async execute(interaction, context) {
    const target = findCitationTarget(context.engine, interaction.options.getString("passage", true));
    if (!target.ok) return send(interaction, renderNotice(target.message));
    const style = interaction.options.getString("style") as CitationStyle | null;
    if (style !== null && !CITATION_STYLES.includes(style)) return send(interaction, renderNotice(`Unknown style "${style}".`));
    await send(interaction, renderCitationMessage(citationsOf(context.engine, target.passage), style));
  },

  async autocomplete(interaction, context) {
    await interaction.respond(suggestPassages(context.engine, interaction.options.getFocused()));
  },
} satisfies Command;
