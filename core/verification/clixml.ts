import { appError, fail, ok, type Result } from '../errors';
import type { XmlElement, XmlNode } from './xml';

/**
 * PowerShell's CLIXML (what Export-Clixml writes in every version from 1.0 on) read into plain
 * values. Only the shapes the collector writes matter: objects with note properties, arrays of
 * strings, strings, booleans, numbers, dates and nulls. Type names are ignored; `Ref` elements are
 * followed to the object they name. Anything else is kept as its text or dropped, never guessed.
 */
export type PsValue = string | number | boolean | null | readonly PsValue[] | PsObject;

/** A deserialised object: its properties by name (note and adapted alike). */
interface PsObject {
  readonly kind: 'object';
  readonly props: Readonly<Record<string, PsValue>>;
}

const elements = (e: XmlElement) =>
  e.children.filter((c): c is XmlElement => typeof c !== 'string');
const textOf = (e: XmlElement) =>
  e.children.filter((c): c is string => typeof c === 'string').join('');

/** `_x000A_` escapes in CLIXML strings (and `_x005F_` for a literal underscore). */
function decodePsString(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/gu, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

const numbers = new Set([
  'I16',
  'I32',
  'I64',
  'U8',
  'U16',
  'U32',
  'U64',
  'By',
  'SB',
  'Db',
  'Sg',
  'D',
]);
const texts = new Set(['S', 'DT', 'TS', 'G', 'URI', 'Version', 'XD', 'SBK', 'C']);
const lists = new Set(['LST', 'IE', 'STK', 'QUE']);

class Deserialiser {
  private readonly refs = new Map<string, PsValue>();

  value(e: XmlElement): PsValue {
    if (e.name === 'Nil') return null;
    if (e.name === 'B') {
      // PowerShell writes true/false; 1/0 read the same. Anything else is not guessed.
      const t = textOf(e).trim().toLowerCase();
      return t === 'true' || t === '1' ? true : t === 'false' || t === '0' ? false : null;
    }
    if (numbers.has(e.name)) {
      const n = Number(textOf(e).trim());
      return Number.isFinite(n) ? n : null;
    }
    if (texts.has(e.name)) {
      const t = decodePsString(textOf(e));
      return e.name === 'C' ? String.fromCharCode(Number(t)) : t;
    }
    if (e.name === 'Ref') return this.refs.get(e.attrs.RefId ?? '') ?? null;
    if (e.name === 'Obj') return this.object(e);
    return null;
  }

  private object(e: XmlElement): PsValue {
    const parts = elements(e);
    const list = parts.find((p) => lists.has(p.name));
    const props: Record<string, PsValue> = {};
    for (const p of parts.filter((x) => x.name === 'MS' || x.name === 'Props')) {
      for (const m of elements(p)) {
        const name = m.attrs.N;
        if (name !== undefined) props[decodePsString(name)] = this.value(m);
      }
    }
    let out: PsValue;
    if (list) out = elements(list).map((c) => this.value(c));
    else if (Object.keys(props).length > 0) out = { kind: 'object', props };
    else {
      const str = parts.find((p) => p.name === 'ToString');
      out = str ? decodePsString(textOf(str)) : null;
    }
    const id = e.attrs.RefId;
    if (id !== undefined) this.refs.set(id, out);
    return out;
  }
}

/** The top-level values of a CLIXML document (`<Objs>` root), or why it is not one. */
export function readClixml(root: XmlElement): Result<PsValue[]> {
  if (root.name !== 'Objs') {
    return fail(
      appError(
        'not-clixml',
        'state',
        `this is XML but not PowerShell CLIXML (root <${root.name}>)`,
      ),
    );
  }
  const d = new Deserialiser();
  return ok(
    root.children
      .filter((c: XmlNode): c is XmlElement => typeof c !== 'string')
      .map((c) => d.value(c)),
  );
}
