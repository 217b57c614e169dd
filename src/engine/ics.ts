/**
 * A calendar file (iCalendar, RFC 5545) for one day, made on the device:
 * an all-day event with a reminder at 09.00 the day before, which the
 * phone's own calendar opens. Nothing is sent. Hand-written, not a library:
 * the one event needs about thirty lines, where the common package brings a
 * validation library several times the app's size (ADR 27); a real parser
 * checks the file in the tests.
 */

/** Text as RFC 5545 wants it: backslash, semicolon, comma and newline escaped. */
const text = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Lines of at most 75 octets, continued with a space (RFC 5545, 3.1), never splitting a character. */
function fold(line: string): string {
  const enc = new TextEncoder();
  const out: string[] = [];
  let cur = '';
  for (const ch of line) {
    if (enc.encode(cur + ch).length > (out.length ? 74 : 75)) {
      out.push(cur);
      cur = '';
    }
    cur += ch;
  }
  out.push(cur);
  return out.join('\r\n ');
}

export function calendarFile(e: { day: string; title: string; description: string; uid: string; now: Date }): string {
  const date = e.day.replace(/-/g, '');
  const stamp = e.now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const next = new Date(Date.UTC(+e.day.slice(0, 4), +e.day.slice(5, 7) - 1, +e.day.slice(8, 10) + 1)).toISOString().slice(0, 10).replace(/-/g, '');
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Första steget//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${date}`,
    `DTEND;VALUE=DATE:${next}`,
    `SUMMARY:${text(e.title)}`,
    `DESCRIPTION:${text(e.description)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${text(e.title)}`,
    // 15 hours before the day begins: 09.00 the day before.
    'TRIGGER:-PT15H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ]
    .map(fold)
    .join('\r\n') + '\r\n';
}
