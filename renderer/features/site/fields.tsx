import { Checkbox } from 'radix-ui';
import type { ReactNode } from 'react';
import { domId } from './pages';
import { useQuestionnaire } from './questionnaire-context';
import './site-fields.css';

interface FieldChrome {
  /** The field's key (dotted path in the site model), which also names its messages. */
  readonly field: string;
  readonly label: string;
  readonly hint?: ReactNode;
}

/** The ids a control points at with aria-describedby, and the message to show. */
function useFieldState(field: string, hasHint: boolean) {
  const { errorFor, touch } = useQuestionnaire();
  const id = domId(field);
  const error = errorFor(field);
  const describedBy = [hasHint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return { id, error, describedBy: describedBy || undefined, touch: () => touch(field) };
}

function Messages({ id, hint, error }: { id: string; hint?: ReactNode; error: string | null }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** A labelled one-line text box with its hint and, once touched, its validation message. */
export function TextField(
  props: FieldChrome & {
    readonly value: string;
    readonly onChange: (value: string) => void;
    readonly placeholder?: string;
    readonly inputMode?: 'text' | 'numeric' | 'email';
    readonly autoComplete?: string;
    readonly wide?: boolean;
  },
) {
  const s = useFieldState(props.field, props.hint !== undefined);
  return (
    <div className={`field${props.wide ? ' field-wide' : ''}`}>
      <label htmlFor={s.id}>{props.label}</label>
      <input
        id={s.id}
        type="text"
        value={props.value}
        placeholder={props.placeholder}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete ?? 'off'}
        spellCheck={false}
        aria-invalid={s.error ? true : undefined}
        aria-describedby={s.describedBy}
        onChange={(e) => props.onChange(e.target.value)}
        onBlur={s.touch}
      />
      <Messages id={s.id} hint={props.hint} error={s.error} />
    </div>
  );
}

/** A labelled native <select> (Radix Select injects styles the CSP refuses). */
export function SelectField<T extends string>(
  props: FieldChrome & {
    readonly value: T;
    readonly options: readonly T[];
    readonly labels: Readonly<Record<T, string>>;
    readonly onChange: (value: T) => void;
  },
) {
  const s = useFieldState(props.field, props.hint !== undefined);
  return (
    <div className="field">
      <label htmlFor={s.id}>{props.label}</label>
      <select
        id={s.id}
        value={props.value}
        aria-invalid={s.error ? true : undefined}
        aria-describedby={s.describedBy}
        onChange={(e) => props.onChange(e.target.value as T)}
        onBlur={s.touch}
      >
        {props.options.map((o) => (
          <option key={o} value={o}>
            {props.labels[o]}
          </option>
        ))}
      </select>
      <Messages id={s.id} hint={props.hint} error={s.error} />
    </div>
  );
}

/** A Radix checkbox with its label beside it and an optional hint or warning below. */
export function CheckboxField(
  props: FieldChrome & {
    readonly checked: boolean;
    readonly onChange: (checked: boolean) => void;
    readonly id?: string;
  },
) {
  const s = useFieldState(props.field, props.hint !== undefined);
  const id = props.id ?? s.id;
  return (
    <div className="field field-check">
      <div className="check-row">
        <Checkbox.Root
          id={id}
          className="checkbox"
          checked={props.checked}
          onCheckedChange={(v) => props.onChange(v === true)}
          aria-describedby={s.describedBy}
          aria-invalid={s.error ? true : undefined}
        >
          <Checkbox.Indicator className="checkbox-mark" aria-hidden="true">
            ✓
          </Checkbox.Indicator>
        </Checkbox.Root>
        <label htmlFor={id}>{props.label}</label>
      </div>
      <Messages id={s.id} hint={props.hint} error={s.error} />
    </div>
  );
}

/** One choice of a RadioField: its value, label and a plain-language sentence about it. */
export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly detail?: string;
}

/** A radio group as a list of large cards (arrow keys move between choices and check them). */
export function RadioField<T extends string>(
  props: FieldChrome & {
    readonly value: T;
    readonly choices: readonly Choice<T>[];
    readonly onChange: (value: T) => void;
    readonly columns?: boolean;
  },
) {
  const s = useFieldState(props.field, props.hint !== undefined);
  return (
    <fieldset className="field field-radio">
      <legend id={`${s.id}-legend`}>{props.label}</legend>
      {/* Native radios: the browser moves and checks with the arrow keys in one step. */}
      <div
        id={s.id}
        role="radiogroup"
        className={`radio-cards${props.columns ? ' radio-columns' : ''}`}
        aria-labelledby={`${s.id}-legend`}
        aria-describedby={s.describedBy}
        aria-invalid={s.error ? true : undefined}
        onBlur={s.touch}
      >
        {props.choices.map((c) => {
          const itemId = `${s.id}-${c.value}`;
          return (
            <div key={c.value} className="radio-card">
              <input
                type="radio"
                id={itemId}
                name={s.id}
                value={c.value}
                checked={props.value === c.value}
                onChange={() => props.onChange(c.value)}
                className="radio"
                aria-describedby={c.detail ? `${itemId}-detail` : undefined}
              />
              <label htmlFor={itemId}>
                <span className="radio-label">{c.label}</span>
                {c.detail ? (
                  <span id={`${itemId}-detail`} className="radio-detail">
                    {c.detail}
                  </span>
                ) : null}
              </label>
            </div>
          );
        })}
      </div>
      <Messages id={s.id} hint={props.hint} error={s.error} />
    </fieldset>
  );
}
