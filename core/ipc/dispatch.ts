import { appError, isAppError, type AppError, type Result } from '../errors';
import { isTrustedSender, type SenderInfo } from '../security/navigation';
import { zodToAppError } from '../validation';
import { contract, type Channel, type ParsedArgsOf, type ResultOf } from './contract';

/** One function per channel, taking the already validated argument. */
export type Handlers = { readonly [C in Channel]: (args: ParsedArgsOf<C>) => Promise<ResultOf<C>> };

/** Where the dispatcher reports unexpected failures (never to the renderer, never with secrets). */
type ErrorSink = (channel: string, error: unknown) => void;

/** An exception a handler throws on purpose, carrying what the user should read. */
function errorFrom(thrown: unknown): AppError | null {
  if (isAppError(thrown)) return thrown;
  if (typeof thrown === 'object' && thrown !== null && 'appError' in thrown) {
    const inner = (thrown as { appError: unknown }).appError;
    if (isAppError(inner)) return inner;
  }
  return null;
}

/**
 * The single entry for every IPC call, shared by the Electron main process and the e2e harness:
 * refuses unknown channels and untrusted senders, validates the argument with the channel's
 * schema (a malformed argument becomes a typed error naming the field), then calls the handler.
 * It never throws: every outcome is a Result the renderer can show.
 */
export function createDispatcher(
  handlers: Handlers,
  appOrigin: string,
  onError: ErrorSink = () => {},
) {
  return async function dispatch(
    channel: unknown,
    rawArgs: unknown,
    sender: SenderInfo,
  ): Promise<Result<unknown>> {
    if (typeof channel !== 'string' || !Object.hasOwn(contract, channel)) {
      return {
        ok: false,
        error: appError(
          'unknown-channel',
          'channel',
          'This request is not part of the app: update the app.',
        ),
      };
    }
    if (!isTrustedSender(sender, appOrigin)) {
      return {
        ok: false,
        error: appError(
          'untrusted-sender',
          '',
          'Request refused: it did not come from the app window.',
        ),
      };
    }
    const name = channel as Channel;
    const parsed = contract[name].args.safeParse(rawArgs);
    if (!parsed.success)
      return { ok: false, error: zodToAppError(parsed.error, 'invalid-argument') };
    try {
      const handler = handlers[name] as (args: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (thrown) {
      const known = errorFrom(thrown);
      if (known) return { ok: false, error: known };
      onError(name, thrown);
      return {
        ok: false,
        error: appError(
          'internal-error',
          '',
          'Something went wrong in the app. Try again; if it keeps failing, restart the app.',
        ),
      };
    }
  };
}
