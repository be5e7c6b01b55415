// The Lessons sidebar: a toggle (label and shortcut from the command registry), the list of lessons
// with progress, and the open lesson's steps. Lesson content is data (lessons/); nothing here knows
// about a particular lesson.
import { useEffect, useRef } from 'react';
import { appStore } from '../store/index.ts';
import { commandById } from '../app/commands.ts';
import { ariaShortcut, shortcutLabel } from '../app/shortcut.ts';
import { lessonById } from './lesson-content.ts';
import { lessonStore, useLessonStore } from './lesson-store.ts';
import { watchEdits } from './lesson-actions.ts';
import { LessonList } from './LessonList.tsx';
import { LessonView } from './LessonView.tsx';
import './lessons.css';

export function LessonsSidebar() {
  const open = useLessonStore((s) => s.open);
  const place = useLessonStore((s) => s.place);
  useEffect(() => watchEdits(appStore, lessonStore, lessonById), []);
  // Opening the sidebar (button or F9) moves keyboard focus into it; a reload that restores it open does not.
  const aside = useRef<HTMLElement>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (open && !wasOpen.current) aside.current?.querySelector<HTMLElement>('button')?.focus();
    wasOpen.current = open;
  }, [open]);
  const toggle = commandById('lessons.toggle');
  const lesson = lessonById(place?.lessonId);
  const step = lesson && place ? lesson.steps[Math.min(place.step, lesson.steps.length - 1)] : undefined;
  return (
    <>
      <button
        type="button"
        className="lessons-toggle"
        aria-expanded={open}
        aria-controls="lessons-sidebar"
        aria-keyshortcuts={toggle.shortcut ? ariaShortcut(toggle.shortcut) : undefined}
        title={toggle.shortcut ? `${toggle.label} (${shortcutLabel(toggle.shortcut)})` : toggle.label}
        onClick={() => toggle.run({ getState: appStore.getState })}
      >
        {toggle.label}
      </button>
      {open && (
        <aside id="lessons-sidebar" ref={aside} className="lessons-sidebar" aria-label="Lessons">
          {/* A lesson without steps (a broken file) falls back to the list, which still names it. */}
          {lesson && step ? <LessonView lesson={lesson} step={step} /> : <LessonList />}
        </aside>
      )}
    </>
  );
}
