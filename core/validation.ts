import type { z } from 'zod';
import { appError, type AppError, type Result } from './errors';

/** Turns the first zod issue into an AppError naming the field (dotted path) and the fix. */
export function zodToAppError(error: z.ZodError, code = 'invalid-input', prefix = ''): AppError {
  const issue = error.issues[0];
  if (!issue) return appError(code, prefix, 'The input is not valid.');
  const path = [prefix, ...issue.path.map(String)].filter((p) => p !== '').join('.');
  return appError(code, path, issue.message);
}

/** Parses with a schema and returns a Result instead of throwing. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  code = 'invalid-input',
  prefix = '',
): Result<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, error: zodToAppError(parsed.error, code, prefix) };
}
