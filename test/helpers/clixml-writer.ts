/**
 * Writes CLIXML the way Export-Clixml does for the collector's records (PSCustomObjects with note
 * properties, arrays as System.Object[] lists), for fixtures and e2e files. Test-only: the app
 * never writes CLIXML. `ps1` gives PowerShell 1.0's `RefId-N` identifiers.
 */
export type ClixmlValue =
  string | boolean | number | null | { readonly date: string } | readonly ClixmlValue[];
export type ClixmlRecord = Readonly<Record<string, ClixmlValue>>;

/** CLIXML escapes control characters (but tab and line breaks) as _xHHHH_, and `_x` itself. */
const escapeControls = (s: string) =>
  [...s.replace(/_(x[0-9A-Fa-f]{4}_)/gu, '_x005F_$1')]
    .map((c) => {
      const code = c.charCodeAt(0);
      return code < 32 && !'\t\n\r'.includes(c)
        ? `_x${code.toString(16).toUpperCase().padStart(4, '0')}_`
        : c;
    })
    .join('');

const xmlText = (s: string) =>
  escapeControls(s)
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;');

/** The CLIXML text of the records, in the order given. */
export function writeClixml(
  records: readonly ClixmlRecord[],
  options: { ps1?: boolean } = {},
): string {
  let ref = 0;
  let tnRef = 0;
  let custom: string | null = null;
  let array: string | null = null;
  const id = () => (options.ps1 ? `RefId-${ref++}` : String(ref++));
  const typeNames = (kind: 'custom' | 'array', indent: string): string => {
    const known = kind === 'custom' ? custom : array;
    if (known !== null) return `${indent}<TNRef RefId="${known}" />`;
    const tn = String(tnRef++);
    if (kind === 'custom') custom = tn;
    else array = tn;
    const names =
      kind === 'custom'
        ? ['System.Management.Automation.PSCustomObject', 'System.Object']
        : ['System.Object[]', 'System.Array', 'System.Object'];
    return `${indent}<TN RefId="${tn}">\r\n${names.map((n) => `${indent}  <T>${n}</T>`).join('\r\n')}\r\n${indent}</TN>`;
  };
  const value = (name: string | null, v: ClixmlValue, indent: string): string => {
    const n = name === null ? '' : ` N="${xmlText(name)}"`;
    if (v === null) return `${indent}<Nil${n} />`;
    if (typeof v === 'string') return `${indent}<S${n}>${xmlText(v)}</S>`;
    if (typeof v === 'boolean') return `${indent}<B${n}>${v ? 'true' : 'false'}</B>`;
    if (typeof v === 'number') return `${indent}<I32${n}>${v}</I32>`;
    if (!Array.isArray(v)) return `${indent}<DT${n}>${(v as { date: string }).date}</DT>`;
    const own = id();
    const items = (v as readonly ClixmlValue[])
      .map((x) => value(null, x, `${indent}    `))
      .join('\r\n');
    return [
      `${indent}<Obj${n} RefId="${own}">`,
      typeNames('array', `${indent}  `),
      items === '' ? `${indent}  <LST />` : `${indent}  <LST>\r\n${items}\r\n${indent}  </LST>`,
      `${indent}</Obj>`,
    ].join('\r\n');
  };
  const objects = records.map((r) => {
    const own = id();
    const props = Object.entries(r)
      .map(([k, v]) => value(k, v, '      '))
      .join('\r\n');
    return [
      `  <Obj RefId="${own}">`,
      typeNames('custom', '    '),
      '    <MS>',
      props,
      '    </MS>',
      '  </Obj>',
    ].join('\r\n');
  });
  return [
    '<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">',
    ...objects,
    '</Objs>',
  ].join('\r\n');
}

/** The bytes Export-Clixml writes by default: UTF-16LE with a byte order mark. */
export function utf16le(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le'));
}
