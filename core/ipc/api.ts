import type { Result } from '../errors';
import type { ArgsOf, Channel, ResultOf } from './contract';

/** `folder:pick` -> `folderPick`: the method name the renderer calls for a channel. */
type MethodName<C extends string> = C extends `${infer Head}:${infer Tail}`
  ? `${Head}${Capitalize<CamelTail<Tail>>}`
  : C;
type CamelTail<S extends string> = S extends `${infer A}-${infer B}`
  ? `${A}${Capitalize<CamelTail<B>>}`
  : S;

/** The renderer's `window.runbook`: one method per channel; failures come back as values. */
export type RunbookApi = {
  readonly [C in Channel as MethodName<C>]: (args: ArgsOf<C>) => Promise<Result<ResultOf<C>>>;
};

/** How a method reaches the main process: `ipcRenderer.invoke` in the preload, a binding in e2e. */
export type Invoke = (channel: Channel, args: unknown) => Promise<unknown>;

/**
 * Builds the API object exposed as `window.runbook`. Written out method by method so the
 * preload exposes exactly these names; `satisfies` makes the compiler prove that it matches the
 * contract (a channel added without a method, or a typo, fails the typecheck).
 */
export function createRunbookApi(invoke: Invoke) {
  const call =
    <C extends Channel>(channel: C) =>
    (args: ArgsOf<C>) =>
      invoke(channel, args) as Promise<Result<ResultOf<C>>>;
  return Object.freeze({
    appInfo: call('app:info'),
    folderPick: call('folder:pick'),
    folderInspect: call('folder:inspect'),
    siteSaveFile: call('site:save-file'),
    siteOpenFile: call('site:open-file'),
    certGenerate: call('cert:generate'),
    certList: call('cert:list'),
    certProgress: call('cert:progress'),
    certInspect: call('cert:inspect'),
    certInspectBytes: call('cert:inspect-bytes'),
    bundleExport: call('bundle:export'),
    bundleTargets: call('bundle:targets'),
    bundleVerify: call('bundle:verify'),
  } satisfies RunbookApi);
}
