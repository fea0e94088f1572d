import { wrapText } from "../../src/render/wrap-text.js";

/** Prints readable text: wrapped at the terminal's width on a terminal, as is when piped. */
export function printText(text: string): void {
  console.log(process.stdout.isTTY ? wrapText(text, process.stdout.columns - 1) : text);
}
