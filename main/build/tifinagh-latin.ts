// Tifinagh (IRCAM) to plain Latin letters, only so that a stand-in voice can read Amazigh for
// the placeholder clips: espeak-ng has no Amazigh voice and reads Tifinagh as code points.
const LETTERS: Readonly<Record<string, string>> = {
  'ⴰ': 'a', 'ⴱ': 'b', 'ⴳ': 'g', 'ⴷ': 'd', 'ⴹ': 'd', 'ⴻ': 'e', 'ⴼ': 'f', 'ⴽ': 'k', 'ⵀ': 'h', 'ⵃ': 'h',
  'ⵄ': 'a', 'ⵅ': 'kh', 'ⵇ': 'q', 'ⵉ': 'i', 'ⵊ': 'j', 'ⵍ': 'l', 'ⵎ': 'm', 'ⵏ': 'n', 'ⵓ': 'ou', 'ⵔ': 'r',
  'ⵕ': 'r', 'ⵖ': 'gh', 'ⵙ': 's', 'ⵚ': 's', 'ⵛ': 'ch', 'ⵜ': 't', 'ⵟ': 't', 'ⵡ': 'w', 'ⵢ': 'y', 'ⵣ': 'z',
  'ⵥ': 'z', 'ⵯ': 'w', 'ⴳⵯ': 'gw', 'ⴽⵯ': 'kw',
};

export function tifinaghToLatin(text: string): string {
  return Array.from(text, (char) => LETTERS[char] ?? char).join('');
}
