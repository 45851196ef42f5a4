import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planFor } from '../../../../core/plan';
import { checkHub, readStateFile } from '../../../../core/verification';
import { utf16le, writeClixml } from '../../../helpers/clixml-writer';
import { fixtureState, fixtureThumbprints } from '../../../fixtures/server-states/states';
import { siteFixture } from '../site/load-fixture';

const afterText = writeClixml(fixtureState('2010', 'after'));
const plan = planFor(siteFixture('2010-sp1-multi'));
const inputs = {
  thumbprints: { 'hub-1': fixtureThumbprints.ours, 'hub-2': fixtureThumbprints.peer },
  siteCaThumbprint: null,
};

describe('state file reader, by property', () => {
  it('refuses every strict prefix of a state file (a cut file is never read as a state)', () => {
    const end = afterText.trimEnd().length;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: end - 1 }), (cut) => {
        const r = readStateFile(new TextEncoder().encode(afterText.slice(0, cut)));
        expect(r.ok).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws and never reads arbitrary bytes as a state', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        expect(readStateFile(bytes).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('never passes a check after one byte of the file is changed, unless the change keeps the meaning', () => {
    const full = checkHub(
      plan,
      'hub-1',
      (readStateFile(utf16le(afterText)) as { ok: true; value: never }).value,
      inputs,
      'after',
    );
    const passing = full.results.filter((r) => r.verdict === 'pass').length;
    expect(passing).toBe(full.results.length);
    const bytes = new TextEncoder().encode(afterText);
    fc.assert(
      fc.property(
        fc.nat({ max: bytes.length - 1 }),
        fc.integer({ min: 0, max: 255 }),
        (at, value) => {
          const changed = bytes.slice();
          changed[at] = value;
          const r = readStateFile(changed);
          if (!r.ok) return;
          const check = checkHub(plan, 'hub-1', r.value, inputs, 'after');
          // A changed file may still read; it can only keep or lose passes, never invent more.
          expect(check.results.filter((x) => x.verdict === 'pass').length).toBeLessThanOrEqual(
            passing,
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reads back any text the collector may write, control characters and markup included', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.string({ maxLength: 40 }),
        (subject, name) => {
          const records = fixtureState('2010', 'after').map((r) =>
            r.Kind === 'certificate'
              ? { ...r, Subject: subject }
              : r.Kind === 'send' && r.Name === 'Internet'
                ? { ...r, Name: name }
                : r,
          );
          const r = readStateFile(utf16le(writeClixml(records)));
          if (!r.ok) throw new Error(r.error.message);
          const wellFormed = /[\ud800-\udfff]/u.test(subject) ? null : subject;
          if (wellFormed !== null && wellFormed !== '')
            expect(r.value.certificates?.[0]?.subject).toBe(wellFormed);
          expect(r.value.sendConnectors?.map((c) => c.name)).toContain(name);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads the committed fixture the same as a fresh write of its records', () => {
    const committed = readFileSync(
      fileURLToPath(
        new URL('../../../fixtures/server-states/state-EX01-2010-after.xml', import.meta.url),
      ),
    );
    expect(readStateFile(new Uint8Array(committed))).toEqual(readStateFile(utf16le(afterText)));
  });
});
