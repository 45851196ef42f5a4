/**
 * A random positive serial of up to 128 bits, as minimal DER INTEGER hex.
 * node-forge writes the hex as given, so a leading byte of 0x80+ would make it negative
 * (SECURITY.md §0.2): the top bit is cleared and leading zero bytes dropped.
 */
export function randomSerialHex(randomBytes: (n: number) => Buffer): string {
  for (;;) {
    const bytes = Buffer.from(randomBytes(16));
    bytes[0] = (bytes[0] ?? 0) & 0x7f;
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0 && (bytes[start + 1] ?? 0) < 0x80) {
      start += 1;
    }
    const hex = bytes.subarray(start).toString('hex');
    if (/[^0]/.test(hex)) return hex;
  }
}
