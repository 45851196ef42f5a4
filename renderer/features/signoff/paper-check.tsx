import { useId, useState } from 'react';
import { checkPaperId, formatDocumentId } from '../../../core/report/document-id';
import type { ReportRecord } from '../../../core/report/types';

/** "Check a paper copy": the ID typed from a printed page, against every document the records print. */
export function PaperCheck({
  records,
  hubName,
}: {
  records: readonly ReportRecord[];
  hubName: (hubId: string) => string;
}) {
  const [typed, setTyped] = useState('');
  const [answer, setAnswer] = useState<{ ok: boolean; text: string } | null>(null);
  const inputId = useId();
  const check = () => {
    const r = checkPaperId(typed, records);
    const name = (s: ReportRecord['scope']) =>
      s.kind === 'site' ? 'the site' : `hub ${hubName(s.hubId)}`;
    if (r.kind === 'unreadable') setAnswer({ ok: false, text: r.message });
    else if (r.kind === 'matches')
      setAnswer({
        ok: true,
        text: `Matches: the paper is the completion certificate of ${name(r.scope)}, as the records stand now.`,
      });
    else
      setAnswer({
        ok: false,
        text: `Does not match: the records changed since this paper was printed, or it is from another site. Current IDs: ${r.current.map((c) => `${name(c.scope)} ${formatDocumentId(c.id).slice(0, 17)}…`).join('; ')}`,
      });
  };
  return (
    <section className="panel" aria-labelledby="paper-check-title">
      <h3 id="paper-check-title">Check a paper copy</h3>
      <label htmlFor={inputId}>Document ID printed at the foot of the page</label>
      <input
        id={inputId}
        className="wide mono"
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        spellCheck={false}
      />
      <p>
        <button type="button" className="secondary" onClick={check}>
          Check
        </button>
      </p>
      {answer ? (
        <p className={answer.ok ? 'info' : 'error'} role="status" data-testid="paper-check-answer">
          {answer.text}
        </p>
      ) : null}
    </section>
  );
}
