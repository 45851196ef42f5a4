import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../core/ipc/dispatch';
import { APP_ORIGIN } from '../../../../core/security/origin';
import type { StateFileReport } from '../../../../core/verification/stick';
import { createHandlers } from '../../../../electron/services/channels';
import { keptStatePath } from '../../../../electron/services/server-state/keep';
import { testHandlerDeps } from '../../../helpers/handler-deps';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../fixtures/server-states/${name}`, import.meta.url));
const trusted = { frameUrl: 'app://runbook/index.html', isMainFrame: true, isOurWindow: true };

describe('state:read-stick keeps a copy of each readable state file', () => {
  it('copies it into the data folder under its SHA-256; unreadable files are not kept', async () => {
    const data = mkdtempSync(join(tmpdir(), 'runbook-data-'));
    const stick = mkdtempSync(join(tmpdir(), 'runbook-stick-'));
    mkdirSync(join(stick, 'ex01.contoso.local'));
    const good = join(stick, 'ex01.contoso.local', 'state-EX01-20261205T104000Z.xml');
    copyFileSync(fixture('state-EX01-2010-after.xml'), good);
    copyFileSync(fixture('hostile-garbage.bin'), join(stick, 'state-EX01-20261205T110000Z.xml'));
    const deps = testHandlerDeps(data, { pickFolder: async () => stick });
    const dispatch = createDispatcher(createHandlers(deps), APP_ORIGIN, (c, e) => {
      throw new Error(`${c}: ${String(e)}`);
    });
    const r = await dispatch('state:read-stick', {}, trusted);
    if (!r.ok) throw new Error(r.error.message);
    const { files } = r.value as { files: StateFileReport[] };
    const read = files.find((f) => f.observed !== null)!;
    const sha = createHash('sha256').update(readFileSync(good)).digest('hex');
    expect(read.sha256).toBe(sha);
    const kept = join(deps.report.evidenceDir, 'server-states');
    expect(readdirSync(kept)).toEqual([`${sha}.xml`]);
    // The evidence outlives the stick.
    rmSync(stick, { recursive: true });
    expect(
      readFileSync(keptStatePath(kept, sha)).equals(
        readFileSync(fixture('state-EX01-2010-after.xml')),
      ),
    ).toBe(true);
  });
});
