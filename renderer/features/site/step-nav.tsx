import { blocksPage, pages } from './pages';
import type { Problem } from './site-form';

/** The questionnaire's steps; any step can be opened, and a tried step shows its open problems. */
export function StepNav({
  page,
  problems,
  attempted,
  onGo,
}: {
  readonly page: number;
  readonly problems: readonly Problem[];
  readonly attempted: ReadonlySet<number>;
  readonly onGo: (page: number) => void;
}) {
  return (
    <nav aria-label="Questionnaire steps">
      <ol className="steps">
        {pages.map((p, i) => {
          const open = problems.filter((x) => blocksPage(x.key, i)).length;
          const flagged = open > 0 && attempted.has(i) && i !== page;
          return (
            <li key={p.id}>
              <button
                type="button"
                className={`step${i === page ? ' step-current' : ''}${flagged ? ' step-flagged' : ''}`}
                aria-current={i === page ? 'step' : undefined}
                onClick={() => onGo(i)}
              >
                <span className="step-number" aria-hidden="true">
                  {i + 1}
                </span>
                {p.short}
                {flagged ? <span className="visually-hidden"> (needs attention)</span> : null}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
