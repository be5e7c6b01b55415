// The explorer's verdict in words: what was found, or exactly what was covered and how.
import type { ExploreResult } from './explore.ts';

const fmt = (n: number): string => n.toLocaleString('en-US');
const plural = (n: number, one: string, many = `${one}s`): string => `${fmt(n)} ${n === 1 ? one : many}`;

/** One or two sentences for the UI and the CLI. */
export function summarize(r: Omit<ExploreResult, 'summary'>): string {
  if (r.status === 'compile-error') return 'the program does not build; nothing was explored';
  if (r.failure) {
    const f = r.failure;
    const how = f.via === 'pct' ? `a random schedule (PCT, depth ${r.pct?.depth ?? 0})` : 'the systematic search';
    return `${f.message} — found by ${how} after ${plural(r.schedules, 'schedule')}; the shrunk schedule has ${plural(f.preemptions, 'preemption')}`
      + (f.preemptions < f.foundPreemptions ? ` (found with ${fmt(f.foundPreemptions)})` : '');
  }
  if (r.allCut) return allCutText(r as Omit<ExploreResult, 'summary'> & { allCut: NonNullable<ExploreResult['allCut']> });
  const parts: string[] = [];
  const sys = r.systematic;
  if (sys.completedBound >= 0) {
    const within = sys.completedBound === 0 ? 'no preemption' : `≤ ${plural(sys.completedBound, 'preemption')}`;
    parts.push(`no failure in all ${plural(sys.schedules, 'schedule')} with ${within}`);
  } else if (sys.schedules > 0) {
    parts.push(`no failure in ${plural(sys.schedules, 'schedule')} of the systematic search (no preemption bound fully covered)`);
  }
  if (r.pct && r.pct.runs > 0) {
    parts.push(`${parts.length ? 'nor' : 'no failure'} in ${fmt(r.pct.runs)} random schedules (PCT, depth ${r.pct.depth})`);
  }
  let s = parts.length ? parts.join(', ') : 'no schedule was explored';
  if (sys.completedBound < sys.bound && sys.tooLarge) s += `; the space with ≤ ${plural(sys.bound, 'preemption')} was too large to cover`;
  if (r.cut > 0) s += `; ${plural(r.cut, 'run')} reached the ${fmt(r.maxSteps)}-step budget and did not finish, so ${r.cut === 1 ? 'it proves' : 'they prove'} nothing`;
  if (r.status === 'stopped') s += ' (stopped before the search was done)';
  return s;
}

/** Every run was cut: say so first and plainly, with what to change, instead of a coverage claim. */
function allCutText(r: Omit<ExploreResult, 'summary'> & { allCut: NonNullable<ExploreResult['allCut']> }): string {
  const every = r.schedules === 1 ? 'the only schedule run' : `every schedule run (${fmt(r.schedules)})`;
  const nothing = r.allCut.gaveUp
    ? 'so the search stopped there and proves nothing'
    : `so the search proves nothing${r.allCut.asked ? ' (stopped before the search was done)' : ''}`;
  switch (r.allCut.why) {
    case 'steps':
      return `${every} went past the ${fmt(r.maxSteps)}-step budget of one schedule before the program ended, ${nothing}: the program may loop forever, or is too long to explore; shorten it (fewer iterations) or raise the step budget`;
    case 'memory':
      return `${every} went past the lab's memory budget (${r.allCut.detail.replace(/^program stopped:? ?/, '')}), ${nothing}: make the program allocate less`;
    case 'unsupported':
      return `${every} stopped where the lab cannot model Go (${r.allCut.detail}), ${nothing}`;
    case 'internal':
      return `${every} stopped on an internal error of the lab (${r.allCut.detail}), ${nothing}`;
  }
}
