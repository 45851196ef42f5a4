import { useId } from 'react';
import { passwordProblem, passwordStrength } from '../../../core/pki/password';

export interface PasswordPair {
  readonly password: string;
  readonly repeat: string;
}

/** Why the pair cannot be used yet, or null when it can. */
export function pairProblem(pair: PasswordPair): string | null {
  return (
    passwordProblem(pair.password) ??
    (pair.password !== pair.repeat
      ? 'The two passwords differ: type the same password twice.'
      : null)
  );
}

/**
 * The PFX password, entered twice, with its strength. Held only in component state and sent to
 * the main process once (which keeps it encrypted with the keys); never sent back or shown again.
 */
export function PasswordFields({
  value,
  onChange,
  showProblems,
}: {
  value: PasswordPair;
  onChange: (v: PasswordPair) => void;
  showProblems: boolean;
}) {
  const id = useId();
  const strength = passwordStrength(value.password);
  const problem = showProblems ? pairProblem(value) : null;
  return (
    <fieldset className="password-fields">
      <legend>PFX password</legend>
      <div className="row">
        <label className="field">
          <span>Password</span>
          <input
            type="password"
            autoComplete="new-password"
            spellCheck={false}
            value={value.password}
            aria-invalid={problem !== null}
            aria-describedby={`${id}-strength ${id}-problem`}
            onChange={(e) => onChange({ ...value, password: e.target.value })}
          />
        </label>
        <label className="field">
          <span>Type it again</span>
          <input
            type="password"
            autoComplete="new-password"
            spellCheck={false}
            value={value.repeat}
            aria-invalid={problem !== null}
            onChange={(e) => onChange({ ...value, repeat: e.target.value })}
          />
        </label>
      </div>
      <p
        id={`${id}-strength`}
        className={`strength strength-${value.password ? strength.label : 'none'}`}
      >
        <meter
          min={0}
          max={100}
          low={60}
          high={80}
          optimum={100}
          value={Math.min(strength.bits, 100)}
          aria-label="Password strength"
        />{' '}
        {value.password
          ? `Strength: ${strength.label} (about ${strength.bits} bits)`
          : 'At least 12 printable ASCII characters; a passphrase of several words is best.'}
      </p>
      <p
        id={`${id}-problem`}
        className={problem ? 'error' : 'offscreen'}
        role={problem ? 'alert' : undefined}
      >
        {problem ?? ''}
      </p>
      <p className="muted small">
        The password protects each hub's private key on the stick. The app keeps it only with the
        keys, encrypted by this computer's account, so it can export again; it never shows it again.
        Write it down for the person who imports the PFX.
      </p>
    </fieldset>
  );
}
