// The Share button with what it answered, plus the link-opening UI: the "replace your program?"
// dialog and the message for a link that could not be opened. Everything from a link is shown as
// React text, never as HTML.
import { useEffect } from 'react';
import { CommandButton } from '../app/CommandButton.tsx';
import { LinkDialog } from './LinkDialog.tsx';
import { LinkProblem } from './LinkProblem.tsx';
import { ShareNoticeView } from './ShareNoticeView.tsx';
import { useShareLinks } from './use-share-links.ts';
import './share.css';
import { selectTabView } from './view-tabs.ts';
import { shareStore, useShareStore } from './share-store.ts';

export function ShareControls() {
  useShareLinks();
  const notice = useShareStore((s) => s.notice);
  const requestedViews = useShareStore((s) => s.requestedViews);
  // A link's views: open the first of them that is a tab beside the editor.
  useEffect(() => {
    if (!requestedViews) return;
    selectTabView(document, requestedViews);
    shareStore.getState().setRequestedViews(null);
  }, [requestedViews]);
  // A "Link copied" note fades after a while; a link to copy by hand or an error stays until replaced.
  useEffect(() => {
    if (notice?.kind !== 'copied') return;
    const t = setTimeout(() => {
      if (shareStore.getState().notice === notice) shareStore.getState().setNotice(null);
    }, 6000);
    return () => clearTimeout(t);
  }, [notice]);
  return (
    <div className="share-controls">
      <CommandButton id="share.copy" />
      <ShareNoticeView notice={notice} onDismiss={() => shareStore.getState().setNotice(null)} />
      <LinkDialog />
      <LinkProblem />
    </div>
  );
}
