import type { GenerationProgress } from '../certificates/metadata';
import type { ExportProgress } from '../desktop/export-progress';
import type { MenuCommand } from '../desktop/menu';
import type { OpenedFile } from './contract';

/**
 * Main → renderer events, beside the request/answer contract: one entry per event with the type
 * of its payload (a phantom, like a channel's result). Main sends an event only to our window and
 * queues it until the page listens (see `createEventOutbox`); the preload and the e2e harness
 * deliver it to `window.runbook.on<Event>(listener)`.
 */
function event<P>(): { readonly payload: P } {
  return { payload: undefined as unknown as P };
}

export const events = {
  /** A certificate generation moved on: one hub reached a stage. */
  'cert:progress': event<GenerationProgress>(),
  /** A USB bundle export moved on: files written and read back, then switched in (per stage). */
  'bundle:progress': event<ExportProgress>(),
  /** A menu item or accelerator was chosen: the page decides what it does (main only forwards). */
  'menu:command': event<MenuCommand>(),
  /**
   * The operating system handed us a site file (double-click, a second launch, Recent sites, the
   * dock): main read it (size-capped, text only); the page shows the import preview, never applies.
   */
  'site:file-given': event<OpenedFile>(),
} as const;

type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = Events[E]['payload'];

/** Every event name, in map order. */
export const eventNames = Object.keys(events) as EventName[];

/** True for a name of the events map (a page asking to listen is checked against it). */
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}

/** The transport name of an event: kept apart from the request channels' names. */
export function eventChannel(name: EventName): `event:${EventName}` {
  return `event:${name}`;
}

/** The one-way message a page sends when it starts listening to an event. */
export const LISTEN_CHANNEL = 'events:listen';

/** Sends an event somewhere (main: `webContents.send`; the e2e harness: into the page). */
export type EventSink = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

/** How many events of one name wait for a page that does not listen yet; older ones are dropped. */
export const OUTBOX_LIMIT = 256;

/**
 * A per-target outbox (Fiddle's ready-queue): events for a target that has not said it listens to
 * that event wait, in order, and are delivered when it does; a target that navigates or closes
 * starts over (`forget`). Pure: the caller supplies how to send and what a target is.
 */
export function createEventOutbox<T>(
  send: <E extends EventName>(target: T, name: E, payload: EventPayload<E>) => void,
) {
  const listening = new Map<T, Set<EventName>>();
  const queued = new Map<T, Map<EventName, unknown[]>>();
  return {
    /** Sends now when the target listens to this event, else queues it. */
    emit<E extends EventName>(target: T, name: E, payload: EventPayload<E>): void {
      if (listening.get(target)?.has(name)) {
        send(target, name, payload);
        return;
      }
      const byName = queued.get(target) ?? new Map<EventName, unknown[]>();
      queued.set(target, byName);
      const list = byName.get(name) ?? [];
      byName.set(name, list);
      list.push(payload);
      if (list.length > OUTBOX_LIMIT) list.shift();
    },
    /** The target listens to `name` now: what waited for it is delivered in order. */
    listen(target: T, name: EventName): void {
      const names = listening.get(target) ?? new Set<EventName>();
      listening.set(target, names);
      names.add(name);
      const waiting = queued.get(target)?.get(name) ?? [];
      queued.get(target)?.delete(name);
      for (const payload of waiting) send(target, name, payload as EventPayload<typeof name>);
    },
    /** The target navigated away or closed: it listens to nothing and nothing waits for it. */
    forget(target: T): void {
      listening.delete(target);
      queued.delete(target);
    },
  };
}
