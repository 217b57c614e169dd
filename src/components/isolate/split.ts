/**
 * Cuts a text into plain parts and parts that must keep their own left-to-right
 * order inside right-to-left text: phone numbers, web addresses, form numbers,
 * dates and times. Without isolation, Arabic text shows "0771-524 524" as
 * "524 0771-524" (the Unicode bidi algorithm moves the neutral space and hyphen).
 */
const LTR =
  /(https?:\/\/[^\s,;)”"]*[^\s,;)”".]|(?:[\w-]+\.)+(?:se|com|nu|org|net)(?:\/[^\s,;)”"]*[^\s,;)”".])?|\b[A-Z]{2,3} ?\d(?:[\d\-–:/]|[.\s](?=\d))*|\d(?:[\d\-–:/]|[.\s](?=\d))*)/g;

export interface Part {
  text: string;
  ltr: boolean;
}

export function splitLtr(text: string): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const m of text.matchAll(LTR)) {
    if (m.index! > at) parts.push({ text: text.slice(at, m.index), ltr: false });
    parts.push({ text: m[0], ltr: true });
    at = m.index! + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), ltr: false });
  return parts;
}
