// Shown instead of the lab when the page cannot use SharedArrayBuffer: why, and how to fix it.
export function IsolationNotice() {
  const hasSab = typeof SharedArrayBuffer === 'function';
  return (
    <div className="lab-notice" role="note" aria-labelledby="lab-isolation-title">
      <h3 id="lab-isolation-title">The parallel lab needs a cross-origin isolated page</h3>
      <p>
        The lab runs real threads (Web Workers) on one map in a <code>SharedArrayBuffer</code>. Browsers only allow shared
        memory on pages that are <em>cross-origin isolated</em>, and this page is not
        {hasSab ? ' (SharedArrayBuffer exists, but crossOriginIsolated is false)' : ' (SharedArrayBuffer is not available here)'}.
      </p>
      <p>How to fix it:</p>
      <ul>
        <li>
          Serve the app with the headers <code>Cross-Origin-Opener-Policy: same-origin</code> and{' '}
          <code>Cross-Origin-Embedder-Policy: require-corp</code>. <code>npm run dev</code> and <code>npm run preview</code> already
          send them.
        </li>
        <li>
          On a static host that cannot set headers, the app ships <code>coi-serviceworker.min.js</code>, which adds them: it
          needs a secure context (https or localhost) and service workers enabled, and reloads the page once. Try reloading now.
        </li>
      </ul>
      <p>Everything else in Go Map Lab works without it: the Playground runs your Go programs on its own simulated CPUs.</p>
    </div>
  );
}
