import { useEffect, useState } from 'react';
import type { CertListResult } from '../../../core/ipc/cert-channels';
import { runbookApi } from '../../runbook-api';

/** The vault's certificate facts (metadata only), fetched once when the area opens. */
export function useCertFacts(): CertListResult | null {
  const [list, setList] = useState<CertListResult | null>(null);
  useEffect(() => {
    let live = true;
    void runbookApi()
      ?.certList({})
      .then((r) => {
        if (live && r.ok) setList(r.value);
      });
    return () => {
      live = false;
    };
  }, []);
  return list;
}
