// Which parts of the Playground an embed shows: the panels and tab views its `views` list names.
//
// Panels (Console, Problems, narration, timeline) are hidden by `embed-hide-<view>` classes on the
// page root that embed.css maps to each panel. Tab views (the pane beside the editor) are hidden
// tab by tab the same way, and the whole pane goes when none is chosen (`embed-no-tab-views`).

/** Panels below or above the editor, by view id (`explore`: the schedule explorer). */
export const panelViews = ['console', 'problems', 'narration', 'timeline', 'explore'] as const;
/** Views shown as tabs beside the editor (player/player-views.ts), by id. */
export const tabViews = ['goroutines', 'map', 'locks', 'channels'] as const;

/** The classes that make the page show only `shown`. */
export function embedClasses(shown: readonly string[]): string[] {
  const hidden = [...panelViews, ...tabViews].filter((v) => !shown.includes(v)).map((v) => `embed-hide-${v}`);
  const anyTab = tabViews.some((v) => shown.includes(v));
  return ['embed', ...hidden, ...(anyTab ? [] : ['embed-no-tab-views'])];
}
