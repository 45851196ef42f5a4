/** True when a RiOS version string (e.g. "9.2.1a") is at least the given major.minor. */
export function riosAtLeast(version: string, major: number, minor = 0): boolean {
  const [maj, min] = version.split('.').map((p) => Number.parseInt(p, 10));
  if (maj === undefined || Number.isNaN(maj)) return false;
  if (maj !== major) return maj > major;
  return (min ?? 0) >= minor;
}
