// End-to-end: editing the flagship in the page — a bad value gets the reader's message in place,
// a saved weight changes that one line of the YAML (comments kept) and survives a reload, and a
// file changed on disk since it was loaded is not overwritten.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, serverAndBrowser, shot } from './harness.js';

const running = serverAndBrowser('scenarios/russia-ukraine', { before, after });
const { skip } = running;
const FILE = 'snapshots/2022-03-antalya-istanbul.yaml';
// Paths of Russia's NATO weight and walk-away value in that file.
const NATO = JSON.stringify(['preferences', 0, 'issues', 'nato', 'weight']);
const RESERVATION = JSON.stringify(['preferences', 0, 'reservation', 'value']);

async function openEdit(page) {
  await page.selectOption('#snapshot-select', '2022-03-antalya-istanbul');
  await page.waitForSelector('#snapshot-head h2:has-text("Antalya")');
  await page.click('#tabs [data-panel=edit]');
  await page.waitForSelector(`#edit-body b:has-text("${FILE}")`);
  await page.waitForSelector(`#edit-body [data-path='${NATO}']`);
}

test('a bad walk-away value gets the reader message in place', { skip }, async () => {
  const { page, problems } = await openPage(running.browser, running.server.url);
  await openEdit(page);
  await page.fill(`[data-path='${RESERVATION}']`, '1.7');
  const message = page.locator(`[data-message='${RESERVATION}']`);
  await page.waitForFunction((m) => document.querySelector(`[data-message='${m}']`).textContent.includes('not in [0, 1]'), RESERVATION);
  assert.match(await message.innerText(), /2022-03-antalya-istanbul\.yaml:\d+: preferences\[0\]\.reservation\.value: 1\.7 is not in \[0, 1\]/);
  await page.fill(`[data-path='${RESERVATION}']`, '0.45');
  // The dry run's refusal is a 400, which the browser logs; nothing else may go wrong.
  assert.ok(problems.every((p) => p.includes('status of 400')), problems.join('\n'));
  await page.close();
});

test('a saved weight changes only its line in the YAML, comments kept, and survives a reload', { skip }, async () => {
  const before = readFileSync(join(running.server.copy, FILE), 'utf8');
  const { page, problems } = await openPage(running.browser, running.server.url);
  await openEdit(page);
  await page.fill(`[data-path='${NATO}']`, '20');
  await page.waitForFunction((m) => document.querySelector(`[data-message='${m}']`).textContent === 'valid', NATO);
  await shot(page, 'edit');
  await page.click('#edit-save');
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('saved'));
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await openEdit(page);
  assert.equal(await page.inputValue(`[data-path='${NATO}']`), '20');
  const after = readFileSync(join(running.server.copy, FILE), 'utf8');
  const a = before.split('\n'), b = after.split('\n');
  assert.equal(a.length, b.length);
  const changed = a.map((line, i) => [line, b[i]]).filter(([x, y]) => x !== y);
  assert.deepEqual(changed, [['        weight: 18', '        weight: 20']]);
  assert.ok(after.startsWith('# Snapshot 2: Antalya and Istanbul'), 'the comments are kept');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a file changed on disk since it was loaded is not overwritten', { skip }, async () => {
  const { page, problems } = await openPage(running.browser, running.server.url);
  await openEdit(page);
  appendFileSync(join(running.server.copy, FILE), '# a note written in another editor meanwhile\n');
  const onDisk = readFileSync(join(running.server.copy, FILE), 'utf8');
  await page.fill(`[data-path='${NATO}']`, '22');
  await page.click('#edit-save');
  await page.waitForSelector('#edit-error');
  assert.match(await page.locator('#edit-error').innerText(), /changed on disk since it was loaded; nothing was written/);
  assert.equal(readFileSync(join(running.server.copy, FILE), 'utf8'), onDisk);
  await shot(page, 'edit-conflict');
  assert.ok(problems.every((p) => p.includes('409')), problems.join('\n'));
  await page.close();
});
