// What the last Share did: "Link copied", or the link in a field to copy by hand, or why there is no link.
import { useEffect, useRef } from 'react';
import type { ShareNotice } from './share-store.ts';

export function ShareNoticeView({ notice, onDismiss }: { notice: ShareNotice | null; onDismiss(): void }) {
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // The hand-copy field arrives selected, so Ctrl/Cmd+C is all that is left to do.
    if (notice?.kind === 'manual-copy') field.current?.select();
  }, [notice]);
  return (
    <span className="share-notice" role="status">
      {notice?.kind === 'copied' && <span className="share-copied">Link copied</span>}
      {notice?.kind === 'manual-copy' && (
        <span className="share-manual">
          <label>
            Copying was not allowed; copy this link:{' '}
            <input ref={field} className="share-link-field" type="text" readOnly value={notice.link} onFocus={(e) => e.currentTarget.select()} aria-label="Share link" />
          </label>
          <button type="button" className="command-button" onClick={onDismiss}>
            Done
          </button>
        </span>
      )}
      {notice?.kind === 'failed' && (
        <span className="share-failed">
          {notice.message}{' '}
          <button type="button" className="command-button" onClick={onDismiss}>
            Dismiss
          </button>
        </span>
      )}
    </span>
  );
}
