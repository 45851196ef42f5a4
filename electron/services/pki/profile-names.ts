import type { PfxProfile as SiteProfile } from '../../../core/site/enums';
import type { PfxProfile } from './types';

/** Maps the site model's profile names to the PKI service's. */
export function pkiProfile(p: SiteProfile): PfxProfile {
  return p === 'windows-modern' ? 'modern' : 'legacy';
}

/** Maps the PKI service's profile names back to the site model's. */
export function siteProfile(p: PfxProfile): SiteProfile {
  return p === 'modern' ? 'windows-modern' : 'windows-legacy';
}
