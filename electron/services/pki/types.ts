/** Injected effects so tests can pin time and randomness. */
export interface PkiEffects {
  readonly now: () => Date;
  readonly randomBytes: (n: number) => Buffer;
}
