import { describe, expect, it } from 'vitest';
import {
  isNamed,
  lastPlaceSchema,
  movedTo,
  placeToRestore,
  signedHere,
  withNote,
} from '../../../../core/desktop/last-place';

const areas = new Set(['site', 'servers', 'signoff']);
const steps = new Set(['import-pfx@hub:hub-1', 'assign-smtp@hub:hub-1']);
const isArea = (a: string) => areas.has(a);
const isStep = (k: string) => steps.has(k);

describe('the last place record', () => {
  it('a note typed on a step stays while the engineer is on that step, and goes when they move on', () => {
    let place = movedTo(null, 'servers', 'import-pfx@hub:hub-1');
    place = withNote(place, 'import-pfx@hub:hub-1', 'thumbprint checked with the customer');
    expect(movedTo(place, 'servers', 'import-pfx@hub:hub-1').note).toEqual({
      stepKey: 'import-pfx@hub:hub-1',
      text: 'thumbprint checked with the customer',
    });
    expect(movedTo(place, 'servers', 'assign-smtp@hub:hub-1').note).toBeNull();
    expect(withNote(place, 'import-pfx@hub:hub-1', '').note).toBeNull();
  });

  it('restores the saved area, step and note when the plan still has the step', () => {
    const saved = withNote(
      movedTo(null, 'servers', 'assign-smtp@hub:hub-1'),
      'assign-smtp@hub:hub-1',
      'half typed',
    );
    expect(placeToRestore(saved, isArea, isStep, 'site')).toEqual(saved);
  });

  it('a step the site no longer has: the area, without the step or its note', () => {
    const saved = withNote(movedTo(null, 'servers', 'gone@hub:hub-9'), 'gone@hub:hub-9', 'x');
    expect(placeToRestore(saved, isArea, isStep, 'site')).toEqual({
      area: 'servers',
      stepKey: null,
      note: null,
    });
  });

  it('nothing saved or an area this build does not have: the fallback', () => {
    const fallback = { area: 'site', stepKey: null, note: null };
    expect(placeToRestore(null, isArea, isStep, 'site')).toEqual(fallback);
    expect(placeToRestore(movedTo(null, 'evidence', null), isArea, isStep, 'site')).toEqual(
      fallback,
    );
  });

  it('the record is checked like any stored input', () => {
    expect(lastPlaceSchema.safeParse({ area: 'servers', stepKey: null, note: null }).success).toBe(
      true,
    );
    expect(lastPlaceSchema.safeParse({ area: '', stepKey: null, note: null }).success).toBe(false);
    expect(
      lastPlaceSchema.safeParse({
        area: 'servers',
        stepKey: 'k',
        note: { stepKey: 'k', text: 'x'.repeat(4001) },
      }).success,
    ).toBe(false);
  });
});

describe('who signs a site this laptop writes', () => {
  const site = { engineer: { name: "Jan O'Neill", email: 'jan@example.com' }, id: 'x' };
  const ana = { engineer: { name: ' Ana Lima ', email: 'ana@example.com' } };
  const nobody = { engineer: { name: '  ', email: '' } };

  it('is this installation’s engineer, never the name the site file brought', () => {
    expect(signedHere(site, ana, 'blank').engineer).toEqual({
      name: 'Ana Lima',
      email: 'ana@example.com',
    });
    expect(signedHere(site, ana, 'keep')).toEqual({
      ...site,
      engineer: signedHere(site, ana, 'blank').engineer,
    });
  });

  it('an unnamed laptop signs a certificate with a blank line and keeps a site file’s name', () => {
    expect(isNamed(nobody)).toBe(false);
    expect(signedHere(site, nobody, 'blank').engineer).toEqual({ name: '', email: '' });
    expect(signedHere(site, nobody, 'keep')).toBe(site);
  });
});
