import { useNotices } from '../store/store-context';

/** Tells the user about saved data that was kept aside, migrated, or not saved. */
export function NoticesBanner() {
  const notices = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="alert" aria-live="assertive">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} data-testid={`notice-${n.kind}`}>
          <p>
            <strong>
              {n.kind === 'kept-aside'
                ? 'Saved data kept aside. '
                : n.kind === 'migrated'
                  ? 'Saved data upgraded. '
                  : 'Not saved. '}
            </strong>
            {n.reason}
            {n.keptUnder ? (
              <>
                {' '}
                Nothing was deleted: the original is kept under <code>{n.keptUnder}</code>. In
                Settings, under Saved data kept aside, save it to a file or restore it.
              </>
            ) : null}
          </p>
          <button type="button" className="button-quiet" onClick={() => dismiss(n.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
