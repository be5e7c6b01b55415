// The list of lessons, in order, each with the learner's progress.
import { lessons } from './lesson-content.ts';
import { lessonStore, useLessonStore } from './lesson-store.ts';
import { lessonProgress, progressLabel } from './progress.ts';

export function LessonList() {
  const seen = useLessonStore((s) => s.seen);
  const passed = useLessonStore((s) => s.passed);
  const done = lessons.filter((l) => lessonProgress(l, seen, passed).done).length;
  return (
    <nav className="lesson-list" aria-label="All lessons">
      <h2>Lessons</h2>
      <p className="lesson-list-summary">
        {done} of {lessons.length} lessons done
      </p>
      <ol>
        {lessons.map((l) => {
          const p = lessonProgress(l, seen, passed);
          const label = progressLabel(p);
          return (
            <li key={l.id} className={p.done ? 'lesson-done' : undefined}>
              <button type="button" className="lesson-link" onClick={() => lessonStore.getState().openLesson(l.id, 0)}>
                <span className="lesson-number">{l.order}.</span> <span className="lesson-title">{l.title}</span>
                {/* A lesson about one map design runs as its Go version, whatever the learner picked. */}
                {l.go && <span className="lesson-go-tag"> (Go {l.go})</span>}
              </button>
              <span className="lesson-progress" aria-label={`${l.title}: ${label}`}>
                {label}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
