import { useMemo } from 'react';
import { planFor } from '../../../core/plan/plan';
import type { Plan } from '../../../core/plan/types';
import { useRunbook } from '../../store/store-context';

/** The tailored plan for the current site (recomputed only when the site changes). */
export function usePlan(): Plan | null {
  const site = useRunbook((s) => s.site);
  return useMemo(() => (site ? planFor(site) : null), [site]);
}
