import type { Interaction } from "discord.js";
import { renderNotice } from "../render/discord.js";
import { handleButton } from "./buttons.js";
import type { Command } from "./command.js";
import type { BotContext } from "./context.js";
import { ageOf, EXPIRED_AFTER_MS } from "./deadlines.js";
import { logReference } from "./logger.js";
import { questionOf } from "./question-log.js";
import { replyOptions, withinRateLimit } from "./send.js";

/**
 * The one error boundary: every interaction goes through here. A failure is logged with a short reference and
 * the user gets "Something went wrong (ref …)" — never a stack trace.
 */
export async function handleInteraction(
  interaction: Interaction,
  commands: Map<string, Command>,
  context: BotContext,
): Promise<void> {
  const release = await context.slots.acquire();
  try {
    // One that Discord can no longer accept an answer to is dropped (counted), not worked on: when the bot is
    // behind, time goes to the interactions that can still be answered.
    const age = ageOf(interaction);
    if (age >= EXPIRED_AFTER_MS && (interaction.isRepliable() || interaction.isAutocomplete())) {
      context.dropExpired({ ageMs: age });
      return;
    }
    // Everything that searches the articles counts against the user's limit, here in one place: commands that
    // declare it, the answer buttons (each runs the question again), and, with a looser limit, autocomplete.
    if (interaction.isChatInputCommand()) {
      const command = commands.get(interaction.commandName);
      if (!command) throw new Error(`unknown command "/${interaction.commandName}"`);
      if (command.searches && !(await withinRateLimit(interaction, context))) return;
      const started = performance.now();
      await command.execute(interaction, context);
      context.logger.info(
        {
          command: command.data.name,
          ms: Math.round(performance.now() - started),
          ...questionOf(interaction, context.config.logQuestions),
        },
        "answered",
      );
    } else if (interaction.isAutocomplete()) {
      const command = commands.get(interaction.commandName);
      if (!command?.autocomplete) throw new Error(`no autocomplete for "/${interaction.commandName}"`);
      if (!context.autocompleteLimiter.take(interaction.user.id).ok) return await interaction.respond([]);
      await command.autocomplete(interaction, context);
    } else if (interaction.isButton()) {
      if (interaction.customId.startsWith("ask:") && !(await withinRateLimit(interaction, context))) return;
      await handleButton(interaction, context);
    } else {
      context.logger.warn(
        { type: interaction.type, id: interaction.id },
        "ignored an interaction of a kind the bot does not handle",
      );
    }
  } catch (error) {
    const ref = logReference();
    context.logger.error({ ref, err: error, interaction: describe(interaction, context) }, "interaction failed");
    if (!interaction.isRepliable()) return;
    const notice = replyOptions(renderNotice(`Something went wrong (ref ${ref}). The team can look it up with that reference.`));
    try {
      if (interaction.deferred || interaction.replied) await interaction.followUp(notice);
      else await interaction.reply(notice);
    } catch (replyError) {
      context.logger.error({ ref, err: replyError }, "could not tell the user about the failure");
    }
  } finally {
    release();
  }
}

function describe(interaction: Interaction, context: BotContext) {
  return {
    id: interaction.id,
    type: interaction.type,
    user: interaction.user.id,
    command: interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : undefined,
    customId: interaction.isButton() ? interaction.customId : undefined,
    ...questionOf(interaction, context.config.logQuestions),
  };
}
