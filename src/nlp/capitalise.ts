/** The text with its first letter in capitals ("the BASIC article" → "The BASIC article"). */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
