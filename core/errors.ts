/** Errors are values the UI can show: a stable code, the field at fault, and what to do. */
export interface AppError {
  readonly code: string;
  /** Dotted path of the offending field (e.g. `hubs.2.fqdn`), or '' when no single field is at fault. */
  readonly field: string;
  /** A sentence a field engineer can act on: what is wrong and how to fix it. */
  readonly message: string;
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

/** Builds an AppError. */
export function appError(code: string, field: string, message: string): AppError {
  return { code, field, message };
}

/** Wraps a value as a successful Result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps an AppError as a failed Result. */
export function fail<T = never>(error: AppError): Result<T> {
  return { ok: false, error };
}

/** True when a thrown or returned value already has the AppError shape. */
export function isAppError(value: unknown): value is AppError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.field === 'string' && typeof v.message === 'string';
}

/** An Error subclass carrying an AppError, for service code that throws across async boundaries. */
export class AppErrorException extends Error {
  readonly appError: AppError;
  constructor(error: AppError) {
    super(error.message);
    this.name = 'AppErrorException';
    this.appError = error;
  }
}
