// "När fick du beslutet?" → the last day to act, counted as Swedish law
// counts time, a calendar file made on the device, and the day on Min plan
// and on paper. The expected days are from the almanac, written by hand.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import { axeCheck, loadContent, rememberedOutcome, serverAndBrowser, settle } from './harness.mjs';

const sv = loadContent().locales.sv;
const env = serverAndBrowser();

const outcome = (errand, answers) => rememberedOutcome(env, errand, answers, { width: 360, context: { acceptDownloads: true } });

describe('the last day to act', () => {
  it('a kommun decision got on Thursday 3 December 2026: three weeks end on julafton, so the last day is Monday 28 December', async () => {
    const { ctx, p } = await outcome('overklaga', { vem: 'kommun' });
    const field = p.getByLabel('När fick du beslutet?');
    await field.fill('2026-12-03');
    await field.dispatchEvent('change');
    await p.getByText('Sista dag: måndag 28 december 2026.').waitFor();
    await p.getByText('Tiden slutar på en helg eller helgdag. Därför flyttas sista dagen till nästa vardag.').waitFor();
    await p.getByText('Tiden är 3 veckor från dagen du fick beslutet.').waitFor();
    assert.deepEqual(await axeCheck(p), []);

    // The calendar file is made on the device; a real parser reads one all-day event on that day.
    const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Lägg i kalendern' }).click()]);
    assert.equal(download.suggestedFilename(), 'sista-dag.ics');
    const ics = readFileSync(await download.path(), 'utf8');
    const ev = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent'));
    assert.equal(ev.startDate.toString(), '2026-12-28');
    assert.match(ev.summary, /^Sista dag: /);

    // Min plan shows it, and so does the paper.
    await p.getByRole('button', { name: sv.common.plan.add }).click();
    await p.goto(`${env.server.origin}/#/min-plan`);
    await settle(p);
    await p.getByText('Sista dag: måndag 28 december 2026.').waitFor();
    await p.emulateMedia({ media: 'print' });
    assert.ok(await p.getByText('Sista dag: måndag 28 december 2026.').isVisible());
    await ctx.close();
  });

  it('a Försäkringskassan decision got 31 October 2026: two months end on nyårsafton, so the last day is Monday 4 January 2027; a reload keeps it', async () => {
    const { ctx, p } = await outcome('overklaga', { vem: 'fk', omprovat: 'nej' });
    const field = p.getByLabel('När fick du beslutet?');
    await field.fill('2026-10-31');
    await field.dispatchEvent('change');
    await p.getByText('Sista dag: måndag 4 januari 2027.').waitFor();
    await p.waitForFunction(() => /2026-10-31/.test(sessionStorage.getItem('forsta-steget-flik') ?? ''));
    await p.reload();
    await p.getByText('Sista dag: måndag 4 januari 2027.').waitFor({ timeout: 15000 });
    assert.equal(await p.evaluate(() => location.href.includes('2026')), false, 'never in the address');
    await ctx.close();
  });
});
