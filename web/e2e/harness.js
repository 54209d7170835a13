// Shared by the browser tests: a `parley serve` process on a private copy of a scenario, and
// headless Debian Chromium driven by playwright-core (no browser download: /usr/bin/chromium).
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CLI = process.env.PARLEY_CLI || new URL('../../build/parley', import.meta.url).pathname;
export const SOURCE = process.env.PARLEY_SOURCE_DIR || new URL('../..', import.meta.url).pathname;
export const CHROMIUM = process.env.PARLEY_CHROMIUM || '/usr/bin/chromium';
export const SHOTS = process.env.PARLEY_SCREENSHOTS || '';  // folder for screenshots, when set

export const haveChromium = () => existsSync(CHROMIUM);

// A private copy of `scenario` (relative to the source tree) in a new temporary folder, which the
// caller removes. withoutRedLines: see startServer.
export function copyScenario(scenario, { withoutRedLines = false } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
  const copy = join(folder, 'scenario');
  cpSync(join(SOURCE, scenario), copy, { recursive: true });
  if (withoutRedLines) {
    for (const name of readdirSync(join(copy, 'snapshots'))) {
      const file = join(copy, 'snapshots', name);
      const text = readFileSync(file, 'utf8');
      const at = text.indexOf('\nred_lines:');
      if (at >= 0) writeFileSync(file, text.slice(0, at + 1));
    }
  }
  return { folder, copy };
}

// Starts `parley serve` on a fresh copy of `scenario` (relative to the source tree) on a free
// port; resolves when it printed its URL.
// withoutRedLines: cut each snapshot file's trailing `red_lines:` section from the copy, leaving
// the additive model alone (the shipped flagship's red lines close every ZOPA; docs/FLAGSHIP.md).
export async function startServer(scenario, extraArgs = [], { withoutRedLines = false } = {}) {
  const { folder, copy } = copyScenario(scenario, { withoutRedLines });
  const child = spawn(CLI, ['serve', copy, '--port', '0', ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`parley serve printed no URL in 20 s:\n${output}`)), 20000);
    const read = (chunk) => {
      output += chunk;
      const match = output.match(/http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/);
      if (match) { clearTimeout(timer); resolve(match[0]); }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`parley serve exited ${code}:\n${output}`)); });
  });
  return {
    url, copy, child,
    async stop() {
      child.removeAllListeners('exit');
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.on('exit', resolve)));
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

// A new empty profile per launch (Playwright passes it as --user-data-dir itself).
export async function launchBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'parley-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 1000 },
    acceptDownloads: true,
  });
  return {
    context,
    async close() { await context.close(); rmSync(profile, { recursive: true, force: true }); },
  };
}

export async function openPage(browser, url) {
  const page = await browser.context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  return { page, problems };
}

export async function shot(page, name) {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

// Registers before/after hooks that start a server on `scenario` and a browser for a test file;
// the returned object holds them once started. `skip` is the reason to skip, or false.
export function serverAndBrowser(scenario, hooks, options = {}) {
  const running = { skip: haveChromium() ? false : `chromium is absent (${CHROMIUM}): install it with scripts/install-deps.sh` };
  hooks.before(async () => {
    if (running.skip) return;
    running.server = await startServer(scenario, [], options);
    running.browser = await launchBrowser();
  });
  hooks.after(async () => {
    await running.browser?.close();
    await running.server?.stop();
  });
  return running;
}
