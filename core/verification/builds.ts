import type { ExchangeVersion } from '../site';

/**
 * The Exchange version of a build as AdminDisplayVersion prints it (`Version 14.3 (Build 123.4)`)
 * or as a bare `14.3.123.4`. Major.minor per Microsoft's "Exchange Server build numbers and release
 * dates" page (docs/server-state.md): 8.x = 2007, 14.0 = 2010 RTM, 14.1-14.3 = 2010 SP1-SP3,
 * 15.0 = 2013, 15.1 = 2016, 15.2 = 2019 and Subscription Edition. Null when it reads as none.
 */
export function versionOfBuild(build: string): ExchangeVersion | null {
  const m = /(?:^|\bversion\s+)(\d{1,2})\.(\d{1,2})\b/iu.exec(build.trim());
  if (!m) return null;
  const major = Number(m[1]);
  const minor = Number(m[2]);
  if (major === 8) return '2007';
  if (major === 14) return minor === 0 ? '2010-rtm' : minor <= 3 ? '2010-sp1' : null;
  if (major === 15) return minor === 0 ? '2013' : minor <= 2 ? '2016-2019-se' : null;
  return null;
}
