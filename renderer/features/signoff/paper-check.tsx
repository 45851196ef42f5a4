import { useId, useState } from 'react';
import { checkPaperId, paperCheckWords } from '../../../core/report/document-id';
import type { ReportRecord } from '../../../core/report/types';

/** "Check a paper copy": the ID typed from a printed page, against every document the records print. */
export function PaperCheck({
  records,
  hubName,
  evidenceMissing,
}: {
  records: readonly ReportRecord[];
  hubName: (hubId: string) => string;
  /** Evidence ids the records refer to that this laptop could not read. */
  evidenceMissing: number;
}) {
  const [typed, setTyped] = useState('');
  const [answer, setAnswer] = useState<{ ok: boolean; text: string } | null>(null);
  const inputId = useId();
  const check = () => {
    const name = (s: ReportRecord['scope']) =>
      s.kind === 'site' ? 'the site' : `hub ${hubName(s.hubId)}`;
    const words = paperCheckWords(checkPaperId(typed, records, { evidenceMissing }), name);
    setAnswer({ ok: words.ok === true, text: words.lines.join(' ') });
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
