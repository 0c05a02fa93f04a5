import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

// Not exported from the package index: playwright-core is a development dependency (tests, bench).

/** Debian's Chromium (`.ci/run` installs it, with fonts-wqy-microhei so Chinese renders), or CHROMIUM_PATH. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`no Chromium at ${candidates.join(', ')}: install Debian's chromium and fonts-wqy-microhei (.ci/run does) or set CHROMIUM_PATH`);
  return found;
}

export function launchBrowser(): Promise<Browser> {
  // The C locale pins the order of a date field's parts (month/day/year) for keyboard tests.
  return chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-dev-shm-usage'], env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } });
}
