import type { z } from 'zod';

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
