// How long a citizen waits between the reader sending the card's last MRZ line and seeing
// their identity on screen: socat pseudo-terminal -> serial driver -> MRZ parse -> session ->
// WebSocket event -> React. Run alone with `npx tsx test/bench/mrz-to-screen.ts` after
// `npm run build`; run-benchmarks.ts calls benchMrzToScreen(). Not a test: it asserts nothing.
import { chromium } from '@playwright/test';
import { MRZ_SPECIMENS } from '../../hardware/simulators/mrz-specimens.js';
import { startKiosk } from '../e2e/support/kiosk-under-test.js';
import { median } from './bench-stats.js';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export interface MrzToScreenOptions {
  samples?: number;
}

/** Page side: stamps Date.now() in window.__identityShownAt when the identity is first in the DOM. */
const STAMP_WHEN_SHOWN = `(() => {
  window.__identityShownAt = null;
  const observer = new MutationObserver(() => {
    if (window.__identityShownAt === null && document.querySelector('[data-testid="identity-confirm"]')) {
      window.__identityShownAt = Date.now();
      observer.disconnect();
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
})()`;

export async function benchMrzToScreen(options: MrzToScreenOptions = {}): Promise<{ medianMs: number; samples: number[] }> {
  const runs = options.samples ?? 15;
  const kiosk = await startKiosk({ idle: { warningAfterSeconds: 600, resetAfterWarningSeconds: 60, resultScreenSeconds: 120 } });
  const browser = await chromium.launch({ executablePath: process.env.BORNE_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const samples: number[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
    await page.goto(kiosk.kioskUrl);
    await page.getByTestId('lang-fr').tap();
    await page.getByTestId('tile-civil-status').tap();
    await page.getByTestId('privacy-accept').tap();
    await page.getByTestId('civil-identity').waitFor();
    const [first, second, last] = MRZ_SPECIMENS['mar-cnie-td1'].lines as [string, string, string];

    for (let i = 0; i < runs; i += 1) {
      // The page stamps the moment the identity is in the DOM, so Playwright's polling does not
      // count. A string, not a function: tsx's name helpers would not exist inside the page.
      await page.evaluate(STAMP_WHEN_SHOWN);
      await kiosk.idReader.write(`${first}\r\n${second}\r\n`);
      const sentAt = Date.now();
      await kiosk.idReader.write(`${last}\r\n`);
      await page.getByTestId('identity-confirm').waitFor();
      const shownAt = (await page.evaluate('window.__identityShownAt ?? null')) as number | null;
      if (shownAt !== null) samples.push(shownAt - sentAt);
      // "Not me" clears it here and in main, ready for the next card.
      await page.getByTestId('identity-not-me').tap();
      await page.getByTestId('civil-identity').waitFor();
    }
    await page.close();
  } finally {
    await browser.close();
    await kiosk.stop();
  }
  return { medianMs: median(samples), samples };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { medianMs, samples } = await benchMrzToScreen();
  console.log(
    `last MRZ line on the serial port -> identity on screen: median ${medianMs.toFixed(0)} ms, min ${Math.min(...samples).toFixed(0)} ms, max ${Math.max(...samples).toFixed(0)} ms over ${samples.length}`,
  );
}
