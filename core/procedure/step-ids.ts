/**
 * The id of every step record in core/procedure. Ids are part of the persisted progress keys
 * (`${stepId}@${target}`), so a rename needs a store migration. The working order is the
 * `procedure` list in steps.ts, not this list.
 */
export const stepIds = [
  'steelhead-prerequisites',
  'forest-trust',
  'certificate-generate',
  'certificate-import',
  'certificate-assign-smtp',
  'trust-partner-certificate',
  'trust-site-ca',
  'receive-connector-permissions',
  'partner-receive-connector',
  'send-connector-domain-secure',
  'receive-connector-domain-secure',
  'transport-secure-lists',
  'downgraded-exchange-auth',
  'steelhead-server-side',
  'steelhead-client-side',
  'partner-connector-enable',
  'final-verification',
  'hub-cleanup',
] as const;

/** One step record's id (a typo in a step record, a key or a rule fails the typecheck). */
export type StepId = (typeof stepIds)[number];

const known: ReadonlySet<string> = new Set(stepIds);

/** True when a text (read from a saved key or a file) is the id of a step this app knows. */
export function isStepId(text: string): text is StepId {
  return known.has(text);
}
