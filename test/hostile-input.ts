/** Seeded generator of hostile questions: every kind of Unicode, Markdown, mentions, huge strings, control characters. */

const PIECES = [
  "@everyone",
  "@here",
  "<@123456789012345678>",
  "<@&987654321098765432>",
  "<#111111111111111111>",
  "<@!22>",
  "**bold**",
  "__under__",
  "~~strike~~",
  "||spoiler||",
  "`code`",
  "```js\nboom()\n```",
  "> quote",
  "# Heading",
  "- list",
  "[link](https://example.com)",
  "\\",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: regular-expression metacharacters, on purpose
  ".*+?^${}()|[]\\",
  "(?<=x)",
  "\\u0000",
  "%s%n",
  "'; DROP TABLE passages;--",
  "\u0000",
  "\u0007",
  "\u001b[31m",
  "\r\n",
  "\t",
  "\u200b",
  "\u200d",
  "\u200e",
  "\u200f",
  "\u202e",
  "\u2066",
  "\u2069",
  "\ufeff",
  "مرحبا كوريا الشمالية",
  "שלום",
  "朝鲜核问题",
  "북한",
  "Россия",
  "🇰🇵",
  "👍🏽",
  "🧨💣",
  "é",
  "e\u0301",
  "ﷺ",
  "𝕏",
  "\ud800",
  "North Korea",
  "sanctions",
  "Russia",
  "China",
  "Kim Jong-un",
  "US",
  "us",
  "Syria",
  "nuclear",
  "Putin",
  "?",
  "!",
];

function randomCodePoint(random: () => number): string {
  const ranges: [number, number][] = [
    [0x20, 0x7e],
    [0xa0, 0x24f],
    [0x370, 0x3ff],
    [0x590, 0x6ff],
    [0x900, 0x97f],
    [0x3040, 0x30ff],
    [0x4e00, 0x9fff],
    [0xac00, 0xd7a3],
    [0x1f300, 0x1faff],
    [0x0, 0x1f],
    [0x2000, 0x206f],
    [0xfe00, 0xfe0f],
    [0x10000, 0x1007f],
  ];
  const [low, high] = ranges[Math.floor(random() * ranges.length)] as [number, number];
  return String.fromCodePoint(low + Math.floor(random() * (high - low + 1)));
}

export function hostileQuestion(random: () => number): string {
  const roll = random();
  if (roll < 0.03) return (PIECES[Math.floor(random() * PIECES.length)] as string).repeat(6000).slice(0, 6000);
  if (roll < 0.06) return Array.from({ length: 6000 }, () => randomCodePoint(random)).join("");
  const parts: string[] = [];
  const count = 1 + Math.floor(random() * 12);
  for (let i = 0; i < count; i++) {
    parts.push(
      random() < 0.6
        ? (PIECES[Math.floor(random() * PIECES.length)] as string)
        : Array.from({ length: 1 + Math.floor(random() * 8) }, () => randomCodePoint(random)).join(""),
    );
  }
  return parts.join(random() < 0.7 ? " " : "");
}
