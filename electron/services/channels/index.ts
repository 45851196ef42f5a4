import type { Handlers } from '../../../core/ipc/dispatch';
import type { EventSink } from '../../../core/ipc/renderer-events';
import { createAppChannels, createSiteFileChannels, type AppChannelDeps } from './app';
import { createBundleChannels, type BundleChannelDeps } from './bundle';
import { createCertChannels, type CertChannelDeps } from './certificates';
import { createChosenFolders } from './folders';
import { createReportChannels, type ReportChannelDeps } from './report';
import { createStateChannels } from './server-states';

/** What the handlers need from the outside world; Electron supplies it in the app, tests their own. */
export interface HandlerDeps extends AppChannelDeps {
  /** The key vault, clock, randomness and file effects for the certificate and USB bundle channels. */
  readonly cert: CertChannelDeps & Omit<BundleChannelDeps, 'vault' | 'now'>;
  /** Sends a main → renderer event to our window (queued until the page listens); default: nowhere. */
  readonly emit?: EventSink;
  /** Evidence folder, fonts, the report save dialog and printing. */
  readonly report: ReportChannelDeps;
}

/**
 * Every channel's handler, from one factory per feature (each applying its own policy). The only
 * place channels meet services; the folder policy is shared by the app and bundle channels.
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  const folders = createChosenFolders();
  const emit: EventSink = deps.emit ?? (() => {});
  return {
    ...createAppChannels(deps, folders),
    ...createSiteFileChannels(deps),
    ...createCertChannels(deps.cert, (p) => emit('cert:progress', p)),
    ...createBundleChannels(deps.cert, folders, {
      startDrag: deps.startDrag,
      showItem: deps.showItem,
      onProgress: (p) => emit('bundle:progress', p),
    }),
    ...createReportChannels(deps.report, deps.cert.vault),
    ...createStateChannels(deps),
  };
}
