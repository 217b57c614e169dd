import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFile } from '../../src/engine/ics';

const now = new Date('2026-12-04T10:00:00Z');

describe('the calendar file for a last day', () => {
  const file = calendarFile({
    day: '2026-12-28', title: 'Sista dag: överklaga beslutet', uid: 'abc@forsta-steget',
    description: 'Skicka överklagandet till kommunen; senast i dag. Ring 054-540 00 00, om du har frågor.\nTa med beslutet.', now,
  });

  it('is read by a real iCalendar parser as one all-day event on that day, with a reminder the day before', () => {
    const cal = new ICAL.Component(ICAL.parse(file));
    const vevent = cal.getFirstSubcomponent('vevent')!;
    const ev = new ICAL.Event(vevent);
    expect(ev.summary).toBe('Sista dag: överklaga beslutet');
    expect(ev.description).toBe('Skicka överklagandet till kommunen; senast i dag. Ring 054-540 00 00, om du har frågor.\nTa med beslutet.');
    expect(ev.startDate.isDate).toBe(true);
    expect(ev.startDate.toString()).toBe('2026-12-28');
    expect(ev.endDate.toString()).toBe('2026-12-29');
    const alarm = vevent.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(alarm.getFirstPropertyValue('trigger')!.toString()).toBe('-PT15H');
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
  });

  it('ends lines with CRLF and folds none longer than 75 octets', () => {
    expect(file.endsWith('\r\n')).toBe(true);
    for (const line of file.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(file.split('\r\n').some((l) => l.startsWith(' '))).toBe(true);
  });

  it('the last day of a year ends the next year', () => {
    const ev = new ICAL.Event(new ICAL.Component(ICAL.parse(calendarFile({ day: '2026-12-31', title: 'x', description: 'y', uid: 'u', now }))).getFirstSubcomponent('vevent')!);
    expect(ev.endDate.toString()).toBe('2027-01-01');
  });
});
