/** Copies text for pasting into a shell: the async Clipboard API, else a hidden textarea. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'offscreen';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

const COPIED_EVENT = 'runbook:command-copied';

/** Tells every command block that this text was copied (by a key, from off screen, say). */
export function announceCopied(text: string): void {
  window.dispatchEvent(new CustomEvent(COPIED_EVENT, { detail: text }));
}

/** Calls back when some other control copied this text; returns the function that stops it. */
export function onCopied(text: string, callback: () => void): () => void {
  const listener = (e: Event) => {
    if ((e as CustomEvent<unknown>).detail === text) callback();
  };
  window.addEventListener(COPIED_EVENT, listener);
  return () => window.removeEventListener(COPIED_EVENT, listener);
}
