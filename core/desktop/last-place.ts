import { z } from 'zod';

/** A note typed into a step's form and not yet saved with a status. */
const noteDraftSchema = z.object({
  stepKey: z.string().min(1).max(300),
  text: z.string().max(4000),
});

/**
 * Where the engineer was: the area on screen, the step open in the Servers area (a progress key)
 * and a note being typed there. Kept with the store so a restart, or a crash, lands on it.
 */
export const lastPlaceSchema = z.object({
  area: z.string().min(1).max(40),
  stepKey: z.string().min(1).max(300).nullable(),
  note: noteDraftSchema.nullable(),
});
export type LastPlace = z.infer<typeof lastPlaceSchema>;

/** The engineer of this installation: who signs the ticks made on this laptop. */
export const installationSchema = z.object({
  engineer: z.object({ name: z.string().max(120), email: z.string().max(200) }),
});
export type Installation = z.infer<typeof installationSchema>;

/** The engineer signing nothing yet: a fresh installation. */
export const noEngineer: Installation = { engineer: { name: '', email: '' } };

/** The place after the engineer moved: a note typed on a step stays with that step only. */
export function movedTo(
  previous: LastPlace | null,
  area: string,
  stepKey: string | null,
): LastPlace {
  const note = previous?.note && previous.note.stepKey === stepKey ? previous.note : null;
  return { area, stepKey, note };
}

/** The place with the note being typed on a step (an empty note is no draft). */
export function withNote(previous: LastPlace | null, stepKey: string, text: string): LastPlace {
  return {
    area: previous?.area ?? 'servers',
    stepKey: previous?.stepKey ?? stepKey,
    note: text === '' ? null : { stepKey, text },
  };
}

/**
 * Where to open on start: the saved place if its area still exists and its step is still in the
 * plan (a site edited or replaced since may have lost it: then the area without the step, and the
 * note is dropped with it). Nothing saved: `fallback`.
 */
export function placeToRestore(
  saved: LastPlace | null,
  isArea: (area: string) => boolean,
  isStep: (stepKey: string) => boolean,
  fallback: string,
): LastPlace {
  if (!saved || !isArea(saved.area)) return { area: fallback, stepKey: null, note: null };
  if (saved.stepKey !== null && !isStep(saved.stepKey))
    return { area: saved.area, stepKey: null, note: null };
  const note = saved.note && isStep(saved.note.stepKey) ? saved.note : null;
  return { area: saved.area, stepKey: saved.stepKey, note };
}

/** This installation has a name to sign with. */
export function isNamed(installation: Installation): boolean {
  return installation.engineer.name.trim() !== '';
}

/**
 * The one rule for whose name a site carries when this laptop signs or writes it (a completion
 * certificate, a site file): this installation's engineer, never a name that came in with a
 * colleague's site file. An unnamed installation signs nothing: the certificate's engineer is
 * blank (the sign-off asks for a name first) and a site file keeps the name it had.
 */
export function signedHere<S extends { readonly engineer: Installation['engineer'] }>(
  site: S,
  installation: Installation,
  unnamed: 'blank' | 'keep',
): S {
  if (!isNamed(installation))
    return unnamed === 'keep' ? site : { ...site, engineer: { name: '', email: '' } };
  const { name, email } = installation.engineer;
  return { ...site, engineer: { name: name.trim(), email: email.trim() } };
}
