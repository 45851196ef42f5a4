import { describe, expect, it } from 'vitest';
import type { GenerationProgress } from '../../../../core/certificates/metadata';
import { createRunbookApi } from '../../../../core/ipc/api';
import {
  OUTBOX_LIMIT,
  createEventOutbox,
  eventChannel,
  eventNames,
  isEventName,
} from '../../../../core/ipc/renderer-events';
import { channelNames } from '../../../../core/ipc/contract';

const progress = (hubId: string, done: number): GenerationProgress => ({
  hubId,
  stage: 'done',
  done,
  total: 3,
});

describe('main → renderer events', () => {
  it('an event waits until its page listens, then arrives in order; later ones go straight out', () => {
    const sent: [string, string, unknown][] = [];
    const outbox = createEventOutbox<string>((target, name, payload) =>
      sent.push([target, name, payload]),
    );
    outbox.emit('win', 'cert:progress', progress('a', 1));
    outbox.emit('win', 'cert:progress', progress('b', 2));
    expect(sent).toEqual([]);
    outbox.listen('win', 'cert:progress');
    outbox.emit('win', 'cert:progress', progress('c', 3));
    expect(sent.map(([t, , p]) => [t, (p as GenerationProgress).hubId])).toEqual([
      ['win', 'a'],
      ['win', 'b'],
      ['win', 'c'],
    ]);
  });

  it('each page has its own queue; a page that navigates or closes starts over', () => {
    const sent: [string, unknown][] = [];
    const outbox = createEventOutbox<string>((target, _name, payload) =>
      sent.push([target, payload]),
    );
    outbox.listen('one', 'cert:progress');
    outbox.emit('two', 'cert:progress', progress('x', 1));
    expect(sent).toEqual([]);
    outbox.forget('one');
    outbox.emit('one', 'cert:progress', progress('y', 1));
    expect(sent).toEqual([]);
    outbox.forget('two');
    outbox.listen('two', 'cert:progress');
    expect(sent).toEqual([]); // what waited for the old page is not delivered to the new one
  });

  it(`a page that never listens holds at most ${OUTBOX_LIMIT} events of one name (the newest)`, () => {
    const sent: number[] = [];
    const outbox = createEventOutbox<string>((_t, _n, p) =>
      sent.push((p as GenerationProgress).done),
    );
    for (let i = 0; i < OUTBOX_LIMIT + 10; i += 1)
      outbox.emit('w', 'cert:progress', progress('h', i));
    outbox.listen('w', 'cert:progress');
    expect(sent).toHaveLength(OUTBOX_LIMIT);
    expect(sent[0]).toBe(10);
    expect(sent.at(-1)).toBe(OUTBOX_LIMIT + 9);
  });

  it("the renderer API's on<Event> reaches the same outbox, and stops listening when asked", async () => {
    const pages = new Map<string, Set<(p: unknown) => void>>();
    const outbox = createEventOutbox<'page'>((_t, name, payload) =>
      pages.get(name)?.forEach((l) => l(payload)),
    );
    const api = createRunbookApi(
      async () => ({ ok: true, value: null }),
      (name, listener) => {
        const set = pages.get(name) ?? new Set();
        pages.set(name, set);
        const wrapped = (p: unknown) => listener(p as GenerationProgress);
        set.add(wrapped);
        outbox.listen('page', name);
        return () => void set.delete(wrapped);
      },
    );
    outbox.emit('page', 'cert:progress', progress('early', 1));
    const seen: string[] = [];
    const stop = api.onCertProgress((p) => seen.push(p.hubId));
    outbox.emit('page', 'cert:progress', progress('late', 2));
    stop();
    outbox.emit('page', 'cert:progress', progress('after', 3));
    expect(seen).toEqual(['early', 'late']);
  });

  it('event names are checked, and their transport names never collide with a request channel', () => {
    expect(eventNames).toEqual([
      'cert:progress',
      'bundle:progress',
      'menu:command',
      'site:file-given',
    ]);
    expect(isEventName('cert:progress')).toBe(true);
    for (const bad of ['__proto__', 'toString', 'cert:generate', '', 42, null])
      expect(isEventName(bad), String(bad)).toBe(false);
    for (const name of eventNames)
      expect(channelNames as readonly string[]).not.toContain(eventChannel(name));
    // Polling is gone: no request channel reports progress any more.
    expect(channelNames as readonly string[]).not.toContain('cert:progress');
  });
});
