import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, headless, as every benchmark launches it (`CHROMIUM_PATH` overrides the path; nothing is
 * ever downloaded). The flags keep it off the network: this machine's closed network refuses Chromium's own
 * background connections.
 */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      ...extraArgs,
    ],
  });
}
