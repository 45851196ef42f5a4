import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createRunbookStore, flushRunbookStore } from './store/create-store';
import { createNoticeStore } from './store/notices';
import { STORE_KEY } from './store/persisted-schema';
import { StoreProvider } from './store/store-context';
import './styles/app.css';
import './styles/controls.css';
import './features/illustrations/illustrations.css';

const notices = createNoticeStore();
const runbook = createRunbookStore({ storage: window.localStorage, notices });

// Another window of the app saved: reload from storage so neither window clobbers the other.
window.addEventListener('storage', (event) => {
  if (event.key === STORE_KEY) void runbook.persist.rehydrate();
});

// Changes are written right after each action; make sure the last one lands before the page goes.
window.addEventListener('pagehide', () => flushRunbookStore(runbook));
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flushRunbookStore(runbook);
});

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container).render(
  <StrictMode>
    <StoreProvider stores={{ runbook, notices }}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
