// The plan an ombud hands over: whom it is for, the ombud, the next meeting,
// notes and steps of one's own on the paper; "Har redan ett personligt
// ombud" leaves out the steps about finding one.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { axeCheck, loadContent, rememberedOutcome, serverAndBrowser, settle } from './harness.mjs';

const { sv } = loadContent().locales;
const env = serverAndBrowser();
const X = sv.common.plan.extras;

describe('the plan an ombud hands over', () => {
  it('adds names, the next meeting, notes and an own step to the paper, and can leave out finding an ombud', async () => {
    const { ctx, p } = await rememberedOutcome(env, 'skulder', { brev: 'nej', lange: 'nej' });
    await p.getByRole('button', { name: sv.common.plan.add }).click();
    await p.goto(`${env.server.origin}/#/min-plan`);
    await settle(p);
    const poName = sv.common.contacts['personligt-ombud'].name;
    await p.getByRole('heading', { name: poName, level: 2 }).waitFor();
    await p.getByRole('button', { name: X.toggle }).click();
    await p.getByLabel(X.person).fill('Anna Andersson');
    await p.getByLabel(X.ombud).fill('Kim Berg');
    await p.getByLabel(X.ombudPhone).fill('070-111 22 33');
    await p.getByLabel(X.meeting).fill('2026-12-15');
    await p.getByLabel(X.notes).fill('Ta med alla brev från banken.');
    await p.getByLabel(X.hasOmbud).check();
    assert.equal(await p.getByRole('heading', { name: poName, level: 2 }).count(), 0, 'no steps about finding an ombud');
    await p.getByLabel(X.ownLabel).fill('Ring hyresvärden om hyran');
    await p.getByRole('button', { name: X.ownAdd }).click();
    await p.getByRole('checkbox', { name: 'Ring hyresvärden om hyran' }).check();
    await p.getByLabel(X.details).check();
    assert.deepEqual(await axeCheck(p), []);

    await p.emulateMedia({ media: 'print' });
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    writeFileSync(join(dir, 'plan.pdf'), await p.pdf({ format: 'A4' }));
    const pdf = execFileSync('pdftotext', [join(dir, 'plan.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const text of ['Planen gäller: Anna Andersson', 'Personligt ombud: Kim Berg, 070-111 22 33', 'Nästa möte: tisdag 15 december 2026', 'Ta med alla brev från banken.', 'Ring hyresvärden om hyran', sv.common.outcome.next]) {
      assert.ok(pdf.includes(text), `the paper says "${text}"`);
    }
    assert.equal(execFileSync('pdfinfo', [join(dir, 'plan.pdf')], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1], '1');
    await ctx.close();
  });
});
