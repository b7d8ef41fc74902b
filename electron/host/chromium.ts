import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** PWB_CHROMIUM wins; otherwise the usual install locations of Chromium or Chrome. */
export function findChromium(): string {
  const configured = process.env.PWB_CHROMIUM;
  if (configured) {
    if (!existsSync(configured))
      throw new Error(`PWB_CHROMIUM points to ${configured}, which does not exist.`);
    return configured;
  }
  const found = candidates.find((c) => existsSync(c));
  if (!found) {
    throw new Error(
      'No Chromium or Chrome found. Install one (Debian: apt-get install chromium) or set PWB_CHROMIUM.',
    );
  }
  return found;
}

/** Flags that work headless as root on CI and never reach the network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-default-apps',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
}
