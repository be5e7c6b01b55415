// The open view among the tabs beside the editor, read from and set on the page.
//
// The views pane (player/PlayerViews.tsx) keeps its open tab as its own state and gives each tab
// the id `…-tab-<view id>`; share links read and choose the tab through that markup (a click, as
// a learner would) rather than reaching into the component.

const tabSelector = '.player-tabs [role="tab"]';

function viewIdOf(tab: Element): string | null {
  const m = /-tab-([a-z][a-z0-9-]{0,31})$/.exec(tab.id);
  return m ? m[1] : null;
}

/** The id of the open tab view, or null when the page has no view tabs. */
export function openTabView(root: ParentNode): string | null {
  const tab = root.querySelector(`${tabSelector}[aria-selected="true"]`);
  return tab ? viewIdOf(tab) : null;
}

/** Opens the first of `views` that is a tab on the page. Returns false when none is. */
export function selectTabView(root: ParentNode, views: readonly string[]): boolean {
  const tabs = [...root.querySelectorAll<HTMLElement>(tabSelector)];
  for (const view of views) {
    const tab = tabs.find((t) => viewIdOf(t) === view);
    if (!tab) continue;
    if (tab.getAttribute('aria-selected') !== 'true') tab.click();
    return true;
  }
  return false;
}
