import { useState } from 'react';
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
        onSubmit={(e) => {
          e.preventDefault();
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
            value={email}
            type="email"
            maxLength={200}
            autoComplete="email"
            onChange={(e) => {
              setEmail(e.target.value);
              setSaved(false);
            }}
          />
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
