/**
 * Phone numbers read digit by digit: a voice says "0771-524 524" as "sjuhundrasjuttioett …",
 * which no one can dial from. Each known number becomes its digits, groups
 * apart ("0 7 7 1, 5 2 4, 5 2 4"). Only the numbers given are spelled, so
 * "14 dagar" stays "fjorton dagar".
 */
export function spellNumbers(text: string, numbers: readonly string[]): string {
  const spell = (n: string) =>
    n
      .split(/[\s-]+/)
      .map((group) => group.split('').join(' '))
      .join(', ');
  let out = text;
  for (const n of [...new Set(numbers)].sort((a, b) => b.length - a.length)) {
    out = out.split(n).join(spell(n));
  }
  return out;
}
