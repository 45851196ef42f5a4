import type { z } from 'zod';
import { appError, type AppError } from './errors';

/** Turns the first zod issue into an AppError naming the field (dotted path) and the fix. */
export function zodToAppError(error: z.ZodError, code = 'invalid-input', prefix = ''): AppError {
  const issue = error.issues[0];
  if (!issue) return appError(code, prefix, 'The input is not valid.');
  const path = [prefix, ...issue.path.map(String)].filter((p) => p !== '').join('.');
  return appError(code, path, issue.message);
}
