import { menuDescription } from '../../../core/desktop/menu';
import { shortcutSheet } from '../../../core/desktop/shortcuts';

/** The platform the page runs on, as Node names it (for how accelerators are written). */
function platform(): string {
  return /Mac/u.test(navigator.platform || navigator.userAgent) ? 'darwin' : 'win32';
}

/** Every keyboard shortcut: the menu's accelerators and the checklist's keys (core's one list). */
export function ShortcutSheet() {
  const lines = shortcutSheet(
    menuDescription({ platform: platform(), isPackaged: true, recent: [] }),
    platform(),
  );
  return (
    <section className="panel" aria-labelledby="shortcuts-title" id="shortcuts">
      <h2 id="shortcuts-title" tabIndex={-1}>
        Keyboard shortcuts
      </h2>
      <p className="muted">
        Everything also works with Tab, arrow keys, Enter and Space. The app registers no global
        hotkeys: these work only while its window has the focus.
      </p>
      <table className="shortcut-table">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Does</th>
            <th scope="col">Where</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={`${l.where}-${l.keys}`}>
              <td>
                <kbd>{l.keys}</kbd>
              </td>
              <td>{l.action}</td>
              <td className="muted">{l.where}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
