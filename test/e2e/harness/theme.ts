import type { Page } from '@playwright/test';

/** Switches the theme in Settings, as an engineer does, then returns to the area that was open. */
export async function chooseTheme(page: Page, theme: 'light' | 'dark' | 'system'): Promise<void> {
  const open = await page.locator('[role="tab"][aria-selected="true"]').getAttribute('id');
  await page.getByRole('tab', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: `${theme} theme` }).click();
  if (open) await page.locator(`[id="${open}"]`).click();
}
