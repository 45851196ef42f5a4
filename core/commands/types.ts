import type { Shell } from '../quote';

/**
 * How far a command's exact form is confirmed (DOMAIN.md status legend): 'verified' against a
 * primary source, 'partial' (syntax verified, this use or these values not run), 'unverified'.
 */
export type FactStatus = 'verified' | 'partial' | 'unverified';

/** Where a command is typed: one of the quoting shells, or the SteelHead's RiOS CLI. */
type CommandShell = Shell | 'rios';

/** One copyable command (possibly several lines) for one shell. */
export interface Command {
  readonly shell: CommandShell;
  readonly label: string;
  readonly command: string;
  readonly status: FactStatus;
  /** A native program (certutil, netdom): scripts must check $LASTEXITCODE themselves. */
  readonly native?: boolean;
}

/** Where commands will run: pasted one by one, or inside the generated install script. */
type CommandMode = 'standalone' | 'script';

/** What command builders need beyond the site: where the bundle files are, known thumbprints. */
export interface CommandOptions {
  readonly mode: CommandMode;
  /** Bundle folder on the hub for standalone commands (scripts use their own folder). */
  readonly bundleRoot: string;
  /** SHA-1 thumbprints (40 hex) by hub id, from the certificate metadata, when known. */
  readonly thumbprints: Readonly<Record<string, string>>;
}

export const defaultCommandOptions: CommandOptions = {
  mode: 'standalone',
  bundleRoot: 'C:\\SecureSMTP',
  thumbprints: {},
};
