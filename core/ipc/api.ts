import type { Result } from '../errors';
import type { ArgsOf, Channel, ResultOf } from './contract';
import type { EventName, EventPayload } from './renderer-events';

/** `folder:pick` -> `folderPick`: the method name the renderer calls for a channel. */
type MethodName<C extends string> = C extends `${infer Head}:${infer Tail}`
  ? `${Head}${Capitalize<CamelTail<Tail>>}`
  : C;
type CamelTail<S extends string> = S extends `${infer A}-${infer B}`
  ? `${A}${Capitalize<CamelTail<B>>}`
  : S;

/** `cert:progress` -> `onCertProgress`: the method a page listens to an event with. */
type ListenerName<E extends string> = `on${Capitalize<MethodName<E>>}`;

/** A listener for one event; the function it returns stops listening. */
type Listen<E extends EventName> = (listener: (payload: EventPayload<E>) => void) => () => void;

/**
 * The renderer's `window.runbook`: one method per channel (failures come back as values) and one
 * `on<Event>` per main → renderer event.
 */
export type RunbookApi = {
  readonly [C in Channel as MethodName<C>]: (args: ArgsOf<C>) => Promise<Result<ResultOf<C>>>;
} & { readonly [E in EventName as ListenerName<E>]: Listen<E> };

/** How a method reaches the main process: `ipcRenderer.invoke` in the preload, a binding in e2e. */
type Invoke = (channel: Channel, args: unknown) => Promise<unknown>;

/**
 * How a page listens to an event: the preload registers with ipcRenderer and tells main it
 * listens (main then delivers what it queued); the e2e harness does the same over bindings.
 */
type Subscribe = <E extends EventName>(
  name: E,
  listener: (payload: EventPayload<E>) => void,
) => () => void;

/**
 * Builds the API object exposed as `window.runbook`. Written out method by method so the
 * preload exposes exactly these names; `satisfies` makes the compiler prove that it matches the
 * contract (a channel added without a method, or a typo, fails the typecheck).
 */
export function createRunbookApi(invoke: Invoke, subscribe: Subscribe) {
  const call =
    <C extends Channel>(channel: C) =>
    (args: ArgsOf<C>) =>
      invoke(channel, args) as Promise<Result<ResultOf<C>>>;
  const on =
    <E extends EventName>(name: E): Listen<E> =>
    (listener) =>
      subscribe(name, listener);
  return Object.freeze({
    appInfo: call('app:info'),
    folderPick: call('folder:pick'),
    folderShow: call('folder:show'),
    siteSaveFile: call('site:save-file'),
    siteOpenFile: call('site:open-file'),
    certGenerate: call('cert:generate'),
    certList: call('cert:list'),
    certInspectBytes: call('cert:inspect-bytes'),
    bundleExport: call('bundle:export'),
    bundleTargets: call('bundle:targets'),
    bundleChooseTarget: call('bundle:choose-target'),
    bundleVerify: call('bundle:verify'),
    fileDrag: call('file:drag'),
    fileShowItem: call('file:show-item'),
    evidenceAddImage: call('evidence:add-image'),
    evidenceAddText: call('evidence:add-text'),
    evidenceGet: call('evidence:get'),
    evidenceRemove: call('evidence:remove'),
    reportSavePdf: call('report:save-pdf'),
    reportSaveIcs: call('report:save-ics'),
    reportPrint: call('report:print'),
    stateReadStick: call('state:read-stick'),
    onCertProgress: on('cert:progress'),
    onBundleProgress: on('bundle:progress'),
    onMenuCommand: on('menu:command'),
    onSiteFileGiven: on('site:file-given'),
  } satisfies RunbookApi);
}
