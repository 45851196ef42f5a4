import { z } from 'zod';

/**
 * One contract entry: a zod schema for the channel's single argument object, and its result
 * type as a phantom (`channel<Result>()(schema)`), so both sides share one definition.
 */
export function channel<R>() {
  return <A extends z.ZodType>(args: A): { readonly args: A; readonly result: R } => ({
    args,
    result: undefined as unknown as R,
  });
}

/** A path argument: text, 1 to 1024 characters, no NUL; `label` and `fix` word the messages. */
export function pathArgument(label: string, fixes: { empty: string; long: string; nul: string }) {
  return z
    .string({ error: `${label} must be text` })
    .min(1, `${label} is empty${fixes.empty}`)
    .max(1024, `${label} is longer than 1024 characters${fixes.long}`)
    .refine((p) => !p.includes('\0'), `${label} contains a NUL character${fixes.nul}`);
}
