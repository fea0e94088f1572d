import { SlashCommandBuilder } from "discord.js";
import type { Command } from "../src/bot/command.js";
import { send } from "../src/bot/send.js";
import { renderSourcesMessage } from "../src/render/discord.js";

export default {
  searches: false,
  data: new SlashCommandBuilder().setName("sources").setDescription("The articles the answers come from"),

  async execute(interaction, context) {
    await send(interaction, renderSourcesMessage(context.engine));
  },
} satisfies Command;
