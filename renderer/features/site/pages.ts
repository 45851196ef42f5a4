/** The questionnaire's pages, in order. */
export const pages = [
  { id: 'customer', title: 'Customer & engineer', short: 'Customer' },
  { id: 'environment', title: 'Environment & Exchange', short: 'Environment' },
  { id: 'hubs', title: 'Hub servers', short: 'Hubs' },
  { id: 'steelheads', title: 'SteelHeads', short: 'SteelHeads' },
  { id: 'certificates', title: 'Certificates', short: 'Certificates' },
  { id: 'review', title: 'Review', short: 'Review' },
] as const;

export const REVIEW_PAGE = pages.length - 1;

/** The page that holds a field, by its key (`customer.name`, `hubs.1.fqdn`…). */
export function pageOfKey(key: string): number {
  const head = key.split('.')[0] ?? '';
  if (head === 'customer' || head === 'engineer') return 0;
  if (head === 'environment' || head === 'exchangeVersion' || head === 'intraOrgTls') return 1;
  if (head === 'hubs') return 2;
  if (head === 'steelheads') return 3;
  if (head === 'certificate') return 4;
  return REVIEW_PAGE;
}

/** Problems a page's Next button waits for (the environment checks need the hubs, so they wait there). */
export function blocksPage(key: string, page: number): boolean {
  if (key === 'environment' || key === 'intraOrgTls') return page === 2;
  return pageOfKey(key) === page;
}

/** The DOM id of a field's control. */
export function domId(key: string): string {
  return `site-${key.replace(/\./gu, '-')}`;
}

/** Of these field keys, the one whose control comes first on the page (keys not shown go last). */
export function firstInPage(keys: readonly string[]): string | undefined {
  const placed = keys.map((key) => ({ key, el: document.getElementById(domId(key)) }));
  const shown = placed.filter((p): p is { key: string; el: HTMLElement } => p.el !== null);
  shown.sort((a, b) =>
    a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
  return shown[0]?.key ?? keys[0];
}

/** Moves focus to a field (a radio group focuses its checked item); false when it is not shown. */
export function focusField(key: string): boolean {
  const el = document.getElementById(domId(key));
  if (!el) return false;
  const focusable = el.matches('input, select, textarea, button')
    ? el
    : (el.querySelector<HTMLElement>('input:checked') ??
      el.querySelector<HTMLElement>('input, select, textarea, button'));
  if (!focusable) return false;
  focusable.focus();
  focusable.scrollIntoView({ block: 'center' });
  return true;
}
