import { appError, fail, ok, type Result } from '../errors';

/**
 * A small, strict XML reader for the collector's CLIXML files. It refuses what such a file never
 * holds and a hostile one might: any DTD (so no entity can expand), entity references other than
 * the five predefined ones and character references, more nesting or more nodes than the limits.
 * It keeps elements, attributes and text; comments and processing instructions are skipped.
 */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}
export type XmlNode = XmlElement | string;

/** How much an XML text may hold. */
interface XmlLimits {
  readonly maxDepth: number;
  readonly maxNodes: number;
}

const predefined: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};
const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const SPACE = /[ \t\r\n]*/y;

class XmlRefusal extends Error {}

/** Reads one XML document into its root element, or says why it cannot. */
export function parseXml(text: string, limits: XmlLimits): Result<XmlElement> {
  const reader = new Reader(text.startsWith('\ufeff') ? text.slice(1) : text, limits);
  try {
    return ok(reader.document());
  } catch (e) {
    if (!(e instanceof XmlRefusal)) throw e;
    return fail(appError('xml-unreadable', 'state', e.message));
  }
}

class Reader {
  private pos = 0;
  private nodes = 0;
  constructor(
    private readonly s: string,
    private readonly limits: XmlLimits,
  ) {}

  private refuse(why: string): never {
    const line = this.s.slice(0, this.pos).split('\n').length;
    const cut =
      why.startsWith('the file ends') && !why.includes('cut short') ? ': it was cut short' : '';
    throw new XmlRefusal(`${why}${cut} (line ${line})`);
  }

  private skipSpace(): void {
    SPACE.lastIndex = this.pos;
    SPACE.exec(this.s);
    this.pos = SPACE.lastIndex;
  }

  private name(): string {
    NAME.lastIndex = this.pos;
    const m = NAME.exec(this.s);
    if (!m) this.refuse('a name was expected');
    this.pos = NAME.lastIndex;
    return m[0];
  }

  private skipTo(end: string): void {
    const at = this.s.indexOf(end, this.pos);
    if (at < 0) this.refuse(`the file ends before ${end}`);
    this.pos = at + end.length;
  }

  /** Skips comments and processing instructions; refuses a DTD. */
  private misc(): void {
    for (;;) {
      this.skipSpace();
      if (this.s.startsWith('<!--', this.pos)) this.skipTo('-->');
      else if (this.s.startsWith('<?', this.pos)) this.skipTo('?>');
      else if (this.s.startsWith('<!', this.pos) && !this.s.startsWith('<![CDATA[', this.pos)) {
        this.refuse('the file declares a DTD or entities, which a state file never does');
      } else return;
    }
  }

  document(): XmlElement {
    this.misc();
    if (this.s[this.pos] !== '<') this.refuse('this is not XML');
    const root = this.element(1);
    this.misc();
    if (this.pos < this.s.length) this.refuse('there is more after the document');
    return root;
  }

  private decode(raw: string): string {
    return raw.replace(/&([^;&<]{0,12});?/gu, (whole, ref: string) => {
      if (!whole.endsWith(';')) this.refuse('a bare & in text');
      if (ref.startsWith('#')) {
        const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        if (
          !Number.isInteger(code) ||
          code < 1 ||
          code > 0x10ffff ||
          (code >= 0xd800 && code <= 0xdfff)
        ) {
          this.refuse(`a character reference &${ref}; that is no character`);
        }
        return String.fromCodePoint(code);
      }
      const ch = predefined[ref];
      if (ch === undefined)
        this.refuse(`an entity reference &${ref}; (only the five predefined ones are read)`);
      return ch;
    });
  }

  private attributes(): Record<string, string> {
    const attrs: Record<string, string> = {};
    for (;;) {
      this.skipSpace();
      const c = this.s[this.pos];
      if (c === '>' || c === '/' || c === undefined) return attrs;
      const key = this.name();
      this.skipSpace();
      if (this.s[this.pos] !== '=') this.refuse(`attribute ${key} has no value`);
      this.pos++;
      this.skipSpace();
      const q = this.s[this.pos];
      if (q !== '"' && q !== "'") this.refuse(`attribute ${key} is not quoted`);
      const end = this.s.indexOf(q, this.pos + 1);
      if (end < 0) this.refuse('the file ends inside an attribute');
      const raw = this.s.slice(this.pos + 1, end);
      if (raw.includes('<')) this.refuse(`attribute ${key} holds a <`);
      if (Object.hasOwn(attrs, key)) this.refuse(`attribute ${key} appears twice`);
      attrs[key] = this.decode(raw);
      this.pos = end + 1;
    }
  }

  private count(): void {
    if (++this.nodes > this.limits.maxNodes) this.refuse(`more than ${this.limits.maxNodes} nodes`);
  }

  private element(depth: number): XmlElement {
    if (depth > this.limits.maxDepth)
      this.refuse(`nested deeper than ${this.limits.maxDepth} levels`);
    this.count();
    this.pos++; // '<'
    const name = this.name();
    const attrs = this.attributes();
    if (this.s.startsWith('/>', this.pos)) {
      this.pos += 2;
      return { name, attrs, children: [] };
    }
    if (this.s[this.pos] !== '>') this.refuse(`element ${name} is not closed`);
    this.pos++;
    const children: XmlNode[] = [];
    let text = '';
    for (;;) {
      const lt = this.s.indexOf('<', this.pos);
      if (lt < 0) this.refuse(`the file ends inside ${name}: it was cut short`);
      text += this.decode(this.s.slice(this.pos, lt));
      this.pos = lt;
      if (this.s.startsWith('</', lt)) {
        this.pos += 2;
        const closing = this.name();
        this.skipSpace();
        if (closing !== name || this.s[this.pos] !== '>')
          this.refuse(`</${closing}> closes ${name}`);
        this.pos++;
        if (text !== '') children.push(text);
        return { name, attrs, children };
      }
      if (this.s.startsWith('<![CDATA[', lt)) {
        const end = this.s.indexOf(']]>', lt);
        if (end < 0) this.refuse('the file ends inside CDATA');
        text += this.s.slice(lt + 9, end);
        this.pos = end + 3;
        continue;
      }
      if (
        this.s.startsWith('<!--', lt) ||
        this.s.startsWith('<?', lt) ||
        this.s.startsWith('<!', lt)
      ) {
        this.misc();
        continue;
      }
      if (text !== '') {
        this.count();
        children.push(text);
        text = '';
      }
      children.push(this.element(depth + 1));
    }
  }
}
