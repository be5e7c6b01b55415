// What the Share command does in the app: the scenario on screen, as a link on the clipboard.
import type { AppState } from '../store/index.ts';
import { lessonStore } from '../lessons/lesson-store.ts';
import { copyShareLink } from './copy-link.ts';
import { lessonOnScreen } from './lesson-link.ts';
import { playerExtras } from './player-extras.ts';
import { scenarioOf } from './scenario-of-state.ts';
import { openTabView } from './view-tabs.ts';
import { shareStore } from './share-store.ts';

export function shareFromApp(state: AppState): Promise<void> {
  const extras = playerExtras(state);
  extras.lesson = lessonOnScreen(lessonStore);
  const view = typeof document !== 'undefined' ? openTabView(document) : null;
  if (view) extras.views = [view];
  const scenario = scenarioOf(state, extras);
  const clipboard = typeof navigator !== 'undefined' && navigator.clipboard ? navigator.clipboard : undefined;
  const pageUrl = typeof location !== 'undefined' ? location.href : 'http://localhost/';
  return copyShareLink(scenario, pageUrl, clipboard, shareStore);
}
