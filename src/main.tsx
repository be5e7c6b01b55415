// Entry point: start the store's side effects (live check, URL sync, test hook), then render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/app/App.tsx';
import './ui/app/app.css';
import { startLiveCheck } from './ui/check/live-check.ts';
import { syncPageWithHistory } from './ui/app/page-history.ts';
import { installTestHook } from './ui/app/test-hook.ts';
import { appStore } from './ui/store/index.ts';
import { EngineClient } from './worker/client.ts';
import { spawnEngineWorker } from './worker/spawn-engine-worker.ts';

installTestHook(appStore);
syncPageWithHistory(appStore);
startLiveCheck(appStore, new EngineClient({ spawn: spawnEngineWorker, timeoutMs: 3000 }));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
