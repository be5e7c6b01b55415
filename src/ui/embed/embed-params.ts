// Embed mode as URL state: `?embed=1` shows the app for an iframe, `&views=console,map` picks the views beside the editor.

/** Views an embed shows when `views` is absent or names nothing usable. */
export const defaultEmbedViews: readonly string[] = ['console'];

const viewIdPattern = /^[a-z][a-z0-9-]{0,31}$/;

export function isEmbedded(search: string): boolean {
  const v = new URLSearchParams(search).get('embed');
  return v !== null && v !== '0' && v !== 'false';
}

/** The views an embed asked for, in order, without repeats; names that are not view ids are dropped. */
export function embedViews(search: string): string[] {
  const raw = new URLSearchParams(search).get('views');
  if (raw === null) return [...defaultEmbedViews];
  const views = [...new Set(raw.split(',').map((v) => v.trim().toLowerCase()).filter((v) => viewIdPattern.test(v)))].slice(0, 16);
  return views.length > 0 ? views : [...defaultEmbedViews];
}
