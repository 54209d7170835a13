// What-if latency as the page sees it (not a test): for each scenario, move the first party's
// walk-away slider N times and read the "answered in ... ms" the page shows (both requests of a
// what-if: analyze with the sweep, and the pair's plot; from sending to the answers parsed).
//   node e2e/latency.js [N]            (from web/, after building parley)
import { startServer, launchBrowser, openPage } from './harness.js';

const moves = Number(process.argv[2] || 20);
const scenarios = [['scenarios/russia-ukraine', '2022-03-antalya-istanbul'], ['../shared/data/genius/anac/y2011/Energy', '']];
const browser = await launchBrowser();
try {
  for (const [scenario, at] of scenarios) {
    const server = await startServer(scenario);
    try {
      const { page } = await openPage(browser, server.url);
      if (at) {
        await page.selectOption('#snapshot-select', at);
        await page.waitForSelector('#snapshot-head h2:has-text("Antalya")');
      }
      await page.click('#tabs [data-panel=whatif]');
      const slider = page.locator('.reservation-slider').first();
      const times = [];
      for (let i = 1; i <= moves; i++) {
        const value = (i % 50) / 100 + 0.2;
        await slider.fill(value.toFixed(2));
        await page.waitForFunction((v) => document.querySelector('#whatif-command').textContent.includes(`reservation=${v}`), String(Number(value.toFixed(2))));
        await page.waitForLoadState('networkidle');
        times.push(Number((await page.locator('#whatif-latency').innerText()).match(/([\d.]+) ms/)[1]));
      }
      times.sort((a, b) => a - b);
      const pick = (p) => times[Math.min(times.length - 1, Math.round(p * (times.length - 1)))];
      console.log(`${scenario}${at ? ' at ' + at : ''}: ${moves} slider moves, page latency ms: median ${pick(0.5)}, p90 ${pick(0.9)}, max ${times[times.length - 1]}`);
    } finally {
      await server.stop();
    }
  }
} finally {
  await browser.close();
}
