// The share-link machinery wired to the app: its store, the address bar, and whether this page is an embed.
import { sampleProgram } from '../app/sample-program.ts';
import { isEmbedded } from '../embed/embed-params.ts';
import { appStore } from '../store/index.ts';
import { browserLinkEnvironment, type LinkDeps } from './open-link.ts';
import { shareStore } from './share-store.ts';

export function appLinkDeps(): LinkDeps {
  return {
    app: appStore,
    share: shareStore,
    env: browserLinkEnvironment(),
    providedPrograms: () => [sampleProgram],
    embedded: isEmbedded(typeof location === 'undefined' ? '' : location.search),
  };
}
