import { SlashCommandBuilder } from "discord.js";
import type { Command } from "../src/bot/command.js";
import { send } from "../src/bot/send.js";
import { renderHelpMessage } from "../src/render/discord.js";

export default {
  searches: false,
  data: new SlashCommandBuilder().setName("help").setDescription("What each command does, with an example"),

  async execute(interaction, context) {
    await send(interaction, renderHelpMessage(context.engine));
  },
} satisfies Command;
