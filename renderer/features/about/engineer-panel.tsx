import { useRef, useState } from 'react';
import { checkOptionalEmail } from '../../../core/site/text-checks';
import { useRunbook } from '../../store/store-context';

/**
 * Who works on this laptop: the name that signs every tick made here. It belongs to this
 * installation, not to a site: importing a colleague's site file does not change it.
 */
export function EngineerPanel() {
  const engineer = useRunbook((s) => s.installation.engineer);
  const setEngineer = useRunbook((s) => s.setEngineer);
  const [name, setName] = useState(engineer.name);
  const [email, setEmail] = useState(engineer.email);
  const [saved, setSaved] = useState(false);
  // The same rule as the questionnaire's e-mail: optional, but a wrong one is refused by name.
  const [emailError, setEmailError] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const changed = name.trim() !== engineer.name || email.trim() !== engineer.email;
  return (
    <section className="panel" aria-labelledby="engineer-title">
      <h2 id="engineer-title">You, on this laptop</h2>
      <p className="muted">
        Every step you mark is signed with this name. It stays with this installation: a site file
        from a colleague does not change it.
      </p>
      <form
        className="engineer-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const problem = checkOptionalEmail(email.trim(), 'Your e-mail');
          setEmailError(problem);
          if (problem) {
            setSaved(false);
            emailRef.current?.focus();
            return;
          }
          setEngineer({ name: name.trim(), email: email.trim() });
          setSaved(true);
        }}
      >
        <label className="field">
          <span>Your name</span>
          <input
            value={name}
            maxLength={120}
            autoComplete="name"
            onChange={(e) => {
              setName(e.target.value);
              setSaved(false);
            }}
          />
        </label>
        <label className="field">
          <span>Your e-mail (optional)</span>
          <input
            ref={emailRef}
            value={email}
            type="email"
            maxLength={200}
            autoComplete="email"
            aria-invalid={emailError ? true : undefined}
            aria-describedby={emailError ? 'engineer-email-error' : undefined}
            onChange={(e) => {
              setEmail(e.target.value);
              setSaved(false);
              if (emailError)
                setEmailError(checkOptionalEmail(e.target.value.trim(), 'Your e-mail'));
            }}
          />
          {emailError ? (
            <span id="engineer-email-error" className="field-error" role="alert">
              {emailError}
            </span>
          ) : null}
        </label>
        <div className="row">
          <button type="submit" disabled={!changed || name.trim() === ''}>
            Save my name
          </button>
          {saved ? (
            <span role="status">Saved: your ticks are signed “{engineer.name}”.</span>
          ) : null}
        </div>
      </form>
    </section>
  );
}
