import { acceleratorLabel, menuAccelerators, type MenuEntry } from './menu';

/** The keys of a unit's checklist (active when focus is not in a text field). */
export const stepKeys = { next: 'j', previous: 'k', done: 'd', copy: 'c' } as const;

/** One line of the in-app shortcut sheet. */
interface ShortcutLine {
  readonly keys: string;
  readonly action: string;
  readonly where: string;
}

/**
 * The in-app shortcut sheet: every accelerator of the menu (so the sheet cannot list a key the
 * menu lacks, nor miss one), then the checklist's single keys. No global hotkeys exist to list.
 */
export function shortcutSheet(menu: readonly MenuEntry[], platform: string): ShortcutLine[] {
  const fromMenu = menuAccelerators(menu).map((a) => ({
    keys: acceleratorLabel(a.accelerator, platform),
    action: a.label.replace(/…$/u, ''),
    where: `Menu: ${a.path.join(' › ')}`,
  }));
  const checklist: ShortcutLine[] = [
    { keys: stepKeys.next, action: 'Next step', where: 'A server’s checklist' },
    { keys: stepKeys.previous, action: 'Previous step', where: 'A server’s checklist' },
    { keys: stepKeys.done, action: 'Mark the step done', where: 'A server’s checklist' },
    { keys: stepKeys.copy, action: 'Copy the first command', where: 'A server’s checklist' },
  ];
  return [...fromMenu, ...checklist];
}
