// The Share command: make the link for what is on screen and put it on the clipboard, or show it
// in a field to copy by hand when the clipboard is not allowed (permissions, insecure origins).
import type { Scenario } from './scenario.ts';
import { shareUrl } from './share-link.ts';
import type { ShareStore } from './share-store.ts';

export interface Clipboard {
  writeText(text: string): Promise<void>;
}

export async function copyShareLink(scenario: Scenario, pageUrl: string, clipboard: Clipboard | undefined, share: ShareStore): Promise<void> {
  const link = shareUrl(pageUrl, scenario);
  if (!link.ok) {
    share.getState().setNotice({ kind: 'failed', message: link.message });
    return;
  }
  try {
    if (!clipboard) throw new Error('no clipboard');
    await clipboard.writeText(link.url);
    share.getState().setNotice({ kind: 'copied', link: link.url });
  } catch {
    share.getState().setNotice({ kind: 'manual-copy', link: link.url });
  }
}
