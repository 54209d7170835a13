// End-to-end: the flagship report page (`parley report --out`) as a reader sees it in Chromium.
// Every decimal number on the page is one click from its reason: folded under it (details.why),
// on it or around it as a tooltip ([title], <abbr>), in a column whose header defines it, or part
// of quoted or reasoning text (a citation, a written reason, an agent spec, a chart). The page
// fits 1,400 px and 800 px without horizontal scrolling and its print layout fits A4.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI, copyScenario, haveChromium, launchBrowser, shot } from './harness.js';

const skip = haveChromium() ? false : 'chromium is absent: install it with scripts/install-deps.sh';
const running = {};

before(async () => {
  if (skip) return;
  running.browser = await launchBrowser();
  running.pages = {};
  running.folders = [];
  for (const [name, withoutRedLines] of [['shipped', false], ['without-red-lines', true]]) {
    const { folder, copy } = copyScenario('scenarios/russia-ukraine', { withoutRedLines });
    running.folders.push(folder);
    const out = join(folder, 'report');
    execFileSync(CLI, ['report', copy, '--out', out], { stdio: 'ignore' });
    running.pages[name] = pathToFileURL(join(out, 'index.html')).href;
  }
});

after(async () => {
  await running.browser?.close();
  for (const folder of running.folders ?? []) rmSync(folder, { recursive: true, force: true });
});

// Text nodes holding a decimal number (0.55, +0.191, −0.05) that no reason is attached to.
function numbersWithoutReasons() {
  const reasoned = 'svg, q, .cite, code, details.why, [title], .spec, .reason, .lede';
  const explained = (element) => {
    for (let e = element; e && e !== document.body; e = e.parentElement) {
      if (e.matches(reasoned)) return true;
      if (e.tagName === 'TD') {
        const header = e.closest('table').rows[0]?.cells[e.cellIndex];
        if (header?.tagName === 'TH' && header.querySelector('abbr[title], details.why')) return true;
      }
    }
    return false;
  };
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (/[+\-−]?\d*\.\d+/.test(node.textContent) && !explained(node.parentElement))
      found.push(`${node.parentElement.tagName.toLowerCase()}: ${node.textContent.trim().slice(0, 100)}`);
  return found;
}

for (const name of ['shipped', 'without-red-lines']) {
  test(`every decimal on the ${name} flagship report has its reason one click away`, { skip }, async () => {
    const page = await running.browser.context.newPage();
    await page.goto(running.pages[name]);
    assert.deepEqual(await page.evaluate(numbersWithoutReasons), []);
    // A folded reason opens on a click and says something; an open reason never pushes the page
    // wider than the window (it is placed inside its cell or paragraph).
    const why = page.locator('details.why').first();
    await why.locator('summary').click();
    assert.ok((await why.innerText()).length > 20);
    for (const width of [1400, 800]) {
      await page.setViewportSize({ width, height: 1000 });
      const widest = await page.evaluate(() => {
        let worst = 0;
        for (const details of document.querySelectorAll('details.why')) {
          details.open = true;
          worst = Math.max(worst, document.documentElement.scrollWidth - document.documentElement.clientWidth);
          details.open = false;
        }
        return worst;
      });
      assert.equal(widest, 0, `${width} px: an open reason makes the page ${widest} px wider than the window`);
    }
    await page.close();
  });

  test(`the ${name} flagship report fits 1,400 px, 800 px and A4 print without horizontal scrolling`, { skip }, async () => {
    const page = await running.browser.context.newPage();
    await page.goto(running.pages[name]);
    for (const width of [1400, 800]) {
      await page.setViewportSize({ width, height: 1000 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `${width} px: the page is ${overflow} px wider than the window`);
      await shot(page, `report-${name}-${width}`);
    }
    // A4 at 96 dpi less the print stylesheet's 14 mm margins: 210 mm - 28 mm = 182 mm = 688 px.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 688, height: 1000 });
    const printOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(printOverflow, 0, `print: the page is ${printOverflow} px wider than A4's printable width`);
    await page.close();
  });
}
