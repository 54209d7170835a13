// End-to-end: the flagship in headless Chromium, as an analyst would use it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { CLI, openPage, serverAndBrowser, shot } from './harness.js';

// The what-if test moves a walk-away value until the ZOPA closes: it needs the additive model,
// whose 2022-03 ZOPA is open (the shipped red lines keep every ZOPA closed; docs/FLAGSHIP.md).
const running = serverAndBrowser('scenarios/russia-ukraine', { before, after }, { withoutRedLines: true });
const { skip } = running;

test('the timeline shows 2022-03 with cited positions side by side', { skip }, async () => {
  const { page, problems } = await openPage(running.browser, running.server.url);
  assert.equal(new URL(page.url()).search, '', 'the token leaves the address bar');
  await page.selectOption('#snapshot-select', '2022-03-antalya-istanbul');
  await page.waitForSelector('#snapshot-head h2:has-text("Antalya and Istanbul")');
  const cell = page.locator('#positions-table tr[data-issue="crimea"] td[data-actor="russia"]');
  assert.match(await cell.innerText(), /recognised-russian/);
  assert.equal(await page.locator('.snapshot-mark').count(), 5);
  await shot(page, 'timeline');
  assert.deepEqual(problems, []);
  await page.close();
});

test("moving Russia's walk-away slider until the ZOPA closes shows the blocking issues", { skip }, async () => {
  const { page, problems } = await openPage(running.browser, running.server.url);
  await page.selectOption('#snapshot-select', '2022-03-antalya-istanbul');
  await page.waitForSelector('#snapshot-head h2:has-text("Antalya")');
  await page.click('#tabs [data-panel=whatif]');
  await page.waitForSelector('#whatif-result .zopa-state.zopa-open');
  const slider = page.locator('.reservation-slider[data-party="Russia"]');
  const start = Number(await slider.inputValue());
  let value = start, closed = false;
  while (!closed && value < 1) {
    value = Math.min(1, Math.round((value + 0.02) * 100) / 100);
    await slider.fill(String(value));
    await page.waitForFunction((v) => document.querySelector('#whatif-command').textContent.includes(`Russia.reservation=${v}`), value);
    await page.waitForLoadState('networkidle');
    closed = await page.locator('#whatif-result .zopa-state.zopa-empty').count() > 0;
  }
  assert.ok(closed, `the ZOPA did not close for any walk-away value of Russia from ${start} to 1`);
  const shown = await page.locator('#whatif-result .blocking-table tr[data-blocks="true"]').evaluateAll(
    (rows) => rows.map((r) => r.dataset.issue));
  // The blocking issues shown are the CLI's for the same what-if.
  const cli = JSON.parse(execFileSync(CLI, ['analyze', running.server.copy, '--at', '2022-03', '--shock', `Russia.reservation=${value}`,
                                            '--sweep', '--json'], { encoding: 'utf8' }));
  const expected = cli.sensitivity[0].issues.filter((i) => i.blocks).map((i) => i.issue);
  assert.equal(cli.zopa.nonempty, false);
  assert.deepEqual(shown, expected);
  await shot(page, 'whatif');
  // The page's answer is the CLI's: the command shown is the equivalent --shock.
  assert.match(await page.locator('#whatif-command').innerText(), /--at '2022-03-antalya-istanbul' --shock 'Russia\.reservation=/);
  await page.click('#whatif-reset');
  await page.waitForSelector('#whatif-result .zopa-state.zopa-open');
  assert.deepEqual(problems, []);
  await page.close();
});

test('clicking a citation opens the source with the cited sentence highlighted', { skip }, async () => {
  const { page, problems } = await openPage(running.browser, running.server.url);
  await page.selectOption('#snapshot-select', '2022-03-antalya-istanbul');
  await page.waitForSelector('#snapshot-head h2:has-text("Antalya")');
  const link = page.locator('#positions-table tr[data-issue="crimea"] td[data-actor="russia"] a.cite').first();
  const quote = await link.getAttribute('data-quote');
  await link.click();
  await page.waitForSelector('#source-text mark#highlight');
  // The source writes curly quotes where the citation has straight ones (as the verifier allows).
  const plain = (text) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
  assert.equal(plain(await page.locator('#highlight').innerText()), plain(quote));
  assert.match(await page.locator('#highlight').getAttribute('class'), /reported/);
  assert.match(await page.locator('#citation-info').innerText(), /reported speech/);
  await shot(page, 'sources');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a simulation runs and its offers appear in the plot; the trace downloads', { skip }, async () => {
  const { page, problems } = await openPage(running.browser, running.server.url);
  await page.click('#tabs [data-panel=space]');
  await page.waitForSelector('#space-plot svg .frontier');
  await shot(page, 'agreement-space');
  await page.click('#tabs [data-panel=simulate]');
  await page.waitForSelector('#simulate-run');
  await page.click('#simulate-run');
  await page.waitForSelector('#simulate-outcome');
  assert.ok(await page.locator('#simulate-plot svg .offers circle').count() > 0, 'offers are drawn');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#trace-download')]);
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  const lines = readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(lines.some((l) => l.action === 'offer'), 'the trace has offers');
  await shot(page, 'simulate');
  await page.click('#tabs [data-panel=export]');
  await shot(page, 'export');
  // Export: the positions CSV has one row per citation (with its quote), the ZOPA table the sweep.
  const saved = async (button) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    return readFileSync(await file.path(), 'utf8');
  };
  const positions = await saved('#export-positions');
  const snapshot = await page.evaluate(() => fetch(`/api/snapshot?at=${document.getElementById('snapshot-select').value}`).then((r) => r.json()));
  const cites = snapshot.side_by_side.flatMap((row) => Object.values(row.issues)).reduce((n, p) => n + Math.max(1, p.cites.length), 0);
  assert.equal(positions.trim().split('\r\n').length, cites + 1);
  assert.ok(positions.includes(snapshot.side_by_side[0].issues[Object.keys(snapshot.side_by_side[0].issues)[0]].cites[0].quote.replaceAll('"', '""')));
  assert.match(await saved('#export-zopa'), /"margin",/);
  assert.match(await saved('#export-plot'), /^<\?xml[\s\S]*<svg[\s\S]*class="frontier"/);
  assert.deepEqual(problems, []);
  await page.close();
});
