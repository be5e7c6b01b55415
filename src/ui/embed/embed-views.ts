// Which parts of the Playground an embed hides: every known view its `views` list leaves out.
//
// Views are marked on the page root as `embed-hide-<view>` classes; embed.css maps each class to
// the view's container. A view this list does not know is simply not hidden.

/** View ids an embed can show or hide (the player's views join as they land in the Playground). */
export const knownViews = ['console', 'problems', 'map', 'goroutines', 'timeline', 'narration', 'locks', 'player'] as const;

export function hiddenViews(shown: readonly string[]): string[] {
  return knownViews.filter((v) => !shown.includes(v));
}
