import { useEffect, useState } from 'react';
import type { Command } from '../../../core/commands/types';
import { copyText, onCopied } from './clipboard';

const shellLabels: Record<Command['shell'], string> = {
  powershell: 'Exchange Management Shell',
  cmd: 'Command prompt',
  sh: 'Shell (openssl)',
  rios: 'RiOS CLI',
};

/**
 * One copyable command with its shell, label and how sure we are of its exact form. Long lines
 * wrap inside the block instead of hiding behind a scrollbar: each wrapped row is indented under
 * a continuation mark (drawn by CSS, so it is never part of the text). Copy takes the command
 * exactly as generated.
 */
export function CommandBlock({ command, index }: { command: Command; index: number }) {
  const [copied, setCopied] = useState<'idle' | 'ok' | 'failed'>('idle');
  const onCopy = async () => {
    setCopied((await copyText(command.command)) ? 'ok' : 'failed');
  };
  // The c key copies from anywhere on the step: this block then says so too.
  useEffect(() => onCopied(command.command, () => setCopied('ok')), [command.command]);
  useEffect(() => {
    if (copied === 'idle') return;
    const t = window.setTimeout(() => setCopied('idle'), 2500);
    return () => window.clearTimeout(t);
  }, [copied]);
  return (
    <div className="command" data-testid="command">
      <div className="command-head">
        <span className="command-shell">{shellLabels[command.shell]}</span>
        <span className="command-label">{command.label}</span>
        {command.status !== 'verified' ? (
          <span
            className={`badge badge-${command.status}`}
            title="Not confirmed against a primary source: check before running"
          >
            {command.status === 'unverified' ? 'Unverified' : 'Partly verified'}
          </span>
        ) : null}
        <button
          type="button"
          className="secondary copy"
          data-copied={copied}
          onClick={onCopy}
          aria-label={`Copy command ${index + 1}: ${command.label}`}
        >
          {copied === 'ok' ? 'Copied ✓' : copied === 'failed' ? 'Copy failed' : 'Copy'}
        </button>
      </div>
      <pre className="command-text" tabIndex={0} aria-label={`Command ${index + 1}`}>
        <code>
          {command.command.split('\n').map((line, i) => (
            <span key={i} className="command-line">
              {line}
            </span>
          ))}
        </code>
      </pre>
      <span className="offscreen" aria-live="polite">
        {copied === 'ok' ? 'Command copied to the clipboard' : ''}
      </span>
    </div>
  );
}

/** A step's commands grouped by shell (alternatives in another shell are not pasted together). */
export function CommandList({ commands }: { commands: readonly Command[] }) {
  if (commands.length === 0)
    return <p className="muted">No commands for this step: use the console steps above.</p>;
  const shells = [...new Set(commands.map((c) => c.shell))];
  let index = 0;
  return (
    <div className="commands">
      {shells.map((shell) => {
        const group = commands.filter((c) => c.shell === shell);
        const first = index;
        index += group.length;
        return (
          <CommandGroup
            key={shell}
            shell={shell}
            commands={group}
            firstIndex={first}
            alternative={shells.length > 1}
          />
        );
      })}
    </div>
  );
}

function CommandGroup({
  shell,
  commands,
  firstIndex,
  alternative,
}: {
  shell: Command['shell'];
  commands: readonly Command[];
  firstIndex: number;
  alternative: boolean;
}) {
  const [all, setAll] = useState(false);
  const copyAll = async () => {
    setAll(await copyText(commands.map((c) => c.command).join('\n')));
    window.setTimeout(() => setAll(false), 2500);
  };
  return (
    <div className="command-group">
      {alternative || commands.length > 1 ? (
        <div className="row command-group-head">
          <strong>{shellLabels[shell]}</strong>
          {commands.length > 1 ? (
            <button type="button" className="secondary" onClick={copyAll}>
              {all ? 'Copied all' : `Copy all ${commands.length} (${shellLabels[shell]})`}
            </button>
          ) : null}
        </div>
      ) : null}
      {commands.map((c, i) => (
        <CommandBlock key={`${c.label}-${i}`} command={c} index={firstIndex + i} />
      ))}
    </div>
  );
}
