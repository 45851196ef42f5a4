export { fixtureSite } from '../../helpers/fixture-site';
import type { Page } from '@playwright/test';
import type { Site } from '../../../core/site';
import {
  STORE_KEY,
  STORE_VERSION,
  type StepRecord,
} from '../../../renderer/store/persisted-schema';

/** The saved-store text of a window that already has this site (current format). */
export function storeWith(site: Site, progress: Record<string, StepRecord> = {}): string {
  return JSON.stringify({
    state: {
      preferences: { theme: 'light' },
      site,
      siteDraft: null,
      progress,
      exports: {},
      installation: { engineer: { ...site.engineer } },
      lastPlace: null,
      demo: false,
    },
    version: STORE_VERSION,
  });
}

/** Puts a saved store in place and reloads, as if the app had been closed with it. */
export async function loadStore(page: Page, text: string): Promise<void> {
  await page.evaluate(
    ([key, value]) => {
      // The running app coalesces its writes (250 ms). A write still pending when the page
      // reloads would be flushed on pagehide and merged over this text (its own, empty site
      // winning), so flush it first, in the same task as the write below.
      window.dispatchEvent(new Event('pagehide'));
      localStorage.setItem(key, value);
    },
    [STORE_KEY, text] as const,
  );
  await page.reload();
}
