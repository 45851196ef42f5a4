// core/ has neither DOM nor Node types, but the WHATWG URL class exists in both runtimes.
// Declared here for core's own typecheck only; the other tsconfigs exclude this file.
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly hostname: string;
  readonly host: string;
  readonly port: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly username: string;
  readonly password: string;
  readonly origin: string;
  readonly href: string;
}

// The WHATWG TextDecoder exists in both runtimes too (core/verification decodes collected files).
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
