// Screenshots of every panel along the analyst's story (not a test): open the flagship, read
// 2022-03, open a citation, look at the agreement space (closed by the red lines), concede the
// two red lines the sweep names and ask "what if Russia's walk-away worsened by 0.1?", simulate
// that what-if, fix a position with its citation and save, export.
//   PARLEY_SCREENSHOTS=out/ node e2e/screenshots.js      (from web/, after building parley)
import { mkdirSync } from 'node:fs';
import { startServer, launchBrowser, openPage, shot, SHOTS } from './harness.js';

if (!SHOTS) throw new Error('set PARLEY_SCREENSHOTS to the folder for the PNGs');
mkdirSync(SHOTS, { recursive: true });
const server = await startServer('scenarios/russia-ukraine');
const browser = await launchBrowser();
try {
  const { page, problems } = await openPage(browser, server.url);
  await page.selectOption('#snapshot-select', '2022-03-antalya-istanbul');
  await page.waitForSelector('#snapshot-head h2:has-text("Antalya")');
  await shot(page, '1-timeline');
  await page.locator('#positions-table tr[data-issue="nato"] td[data-actor="ukraine"] a.cite').first().click();
  await page.waitForSelector('#highlight');
  await shot(page, '2-sources');
  await page.click('#tabs [data-panel=space]');
  await page.waitForSelector('#space-plot svg');
  await shot(page, '3-agreement-space');
  await page.click('#tabs [data-panel=whatif]');
  for (const key of ['Russia.crimea', 'Ukraine.donetsk_luhansk']) {
    await page.check(`#whatif-red-lines input[data-red-line="${key}"]`);
    await page.waitForFunction((k) => document.querySelector('#whatif-command').textContent.includes(k.replace('.', '.red-line.')), key);
  }
  await page.waitForSelector('#whatif-result .zopa-state.zopa-open');
  const slider = page.locator('.reservation-slider[data-party="Russia"]');
  const worse = Math.round((Number(await slider.inputValue()) - 0.1) * 100) / 100;
  await slider.fill(String(worse));
  await page.waitForFunction((v) => document.querySelector('#whatif-command').textContent.includes(`Russia.reservation=${v}`), worse);
  await page.waitForLoadState('networkidle');
  await shot(page, '4-whatif-russia-walkaway-minus-0.1');
  await page.click('#tabs [data-panel=simulate]');
  await page.click('#simulate-run');
  await page.waitForSelector('#simulate-outcome');
  await shot(page, '5-simulate');
  await page.click('#tabs [data-panel=edit]');
  await page.waitForSelector('#edit-body b:has-text("2022-03-antalya-istanbul.yaml")');
  const quote = page.locator(`textarea[data-path='${JSON.stringify(['positions', 8, 'cites', 0, 'quote'])}']`);
  await quote.fill('suggested he was open to revising Ukraine\'s constitutionally enshrined aspiration to join NATO');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-quote-check]')].some((n) => n.textContent.startsWith('found in')));
  await page.waitForFunction(() => [...document.querySelectorAll('[data-message]')].some((n) => n.textContent === 'valid'));
  await quote.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/6-edit-citation.png` });
  await page.click('#edit-save');
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('saved'));
  await page.click('#tabs [data-panel=export]');
  await shot(page, '7-export');
  await page.emulateMedia({ media: 'print' });
  await shot(page, '8-print-layout');
  if (problems.length) console.log(problems.join('\n'));
  console.log(`screenshots in ${SHOTS}`);
} finally {
  await browser.close();
  await server.stop();
}
