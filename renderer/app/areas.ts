/** The app's top-level areas, in navigation order. */
export const areas = [
  { id: 'site', label: 'Site', hint: 'Questionnaire: environment, Exchange version, hubs' },
  { id: 'servers', label: 'Servers', hint: 'Per-server checklists and progress' },
  { id: 'certificates', label: 'Certificates', hint: 'Generate, inspect and export to USB' },
  { id: 'commands', label: 'Commands', hint: 'Exchange Management Shell, certutil, openssl' },
  { id: 'signoff', label: 'Sign-off', hint: 'Evidence and the completion certificate' },
  { id: 'settings', label: 'Settings', hint: 'Theme, saved data, about' },
] as const;

export type AreaId = (typeof areas)[number]['id'];
