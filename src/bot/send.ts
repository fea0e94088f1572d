import type {
  ButtonInteraction,
  ChatInputCommandInteraction,
  InteractionEditReplyOptions,
  InteractionReplyOptions,
  InteractionUpdateOptions,
} from "discord.js";
import { renderNotice } from "../render/discord.js";
import { type DiscordMessage, EPHEMERAL } from "../render/discord-message.js";
import type { BotContext } from "./context.js";
import { ageOf, DEFER_AFTER_MS } from "./deadlines.js";
import { rateLimitedText } from "./rate-limiter.js";

type Repliable = ChatInputCommandInteraction | ButtonInteraction;

/** Our message data as discord.js reply options (the field names differ only in case). */
export const replyOptions = (message: DiscordMessage): InteractionReplyOptions => message as InteractionReplyOptions;

/** As options for editing a message in place: flags (ephemeral or not) are fixed when a message is first sent. */
export function editOptions({ flags: _fixed, ...rest }: DiscordMessage): InteractionEditReplyOptions & InteractionUpdateOptions {
  return rest as InteractionEditReplyOptions & InteractionUpdateOptions;
}

/** Answers once: a reply, or an edit of the deferred reply, or a follow-up when already answered. */
export async function send(interaction: Repliable, message: DiscordMessage): Promise<void> {
  if (interaction.deferred) await interaction.editReply(editOptions(message));
  else if (interaction.replied) await interaction.followUp(replyOptions(message));
  else await interaction.reply(replyOptions(message));
}

/**
 * Answers within Discord's 3-second window: directly when the answer will be ready in time, else it defers
 * first (acknowledged now, edited when ready) and only then builds the answer: when the time the interaction
 * has already waited (the bot is behind) plus the time answers take here (measured) reaches DEFER_AFTER_MS.
 */
export async function answerInTime(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  ephemeral: boolean,
  build: () => DiscordMessage,
): Promise<void> {
  if (ageOf(interaction) + context.answerTimer.expectedMs() >= DEFER_AFTER_MS) {
    await interaction.deferReply(ephemeral ? { flags: EPHEMERAL } : {});
  }
  await send(interaction, context.answerTimer.time(build));
}

/** The per-user question limit: when over it, tells the user when to try again and returns false. */
export async function withinRateLimit(interaction: Repliable, context: BotContext): Promise<boolean> {
  const decision = context.limiter.take(interaction.user.id);
  if (decision.ok) return true;
  await send(interaction, renderNotice(rateLimitedText(decision.retryAfterMs)));
  return false;
}

/** Whether only the asker sees the answer: the `public` option when given, else the deployment's default. */
export const isEphemeral = (interaction: ChatInputCommandInteraction, context: BotContext): boolean =>
  !(interaction.options.getBoolean("public") ?? context.config.publicByDefault);
