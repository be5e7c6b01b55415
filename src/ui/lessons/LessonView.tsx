// One lesson: its current step's text, the buttons that load and run the step's program, and the
// step's challenge. Previous/Next move between steps.
import { useState } from 'react';
import type { Lesson, LessonStep } from '../../lessons/lesson.ts';
import { appStore, useAppStore } from '../store/index.ts';
import { jumpToMoment, loadStep, resetStep } from './lesson-actions.ts';
import { lessonStore, stepKey, useLessonStore } from './lesson-store.ts';
import { Markdown } from './Markdown.tsx';
import { ChallengePanel } from './ChallengePanel.tsx';
import { PredictionPanel } from './PredictionPanel.tsx';
import { ManualControls } from '../player/manual/ManualControls.tsx';
import { describeGoVersion, unpinnedRunVersion } from '../../lessons/go-version.ts';

export function LessonView({ lesson, step }: { lesson: Lesson; step: LessonStep }) {
  const key = stepKey(lesson.id, step.index);
  const loaded = useLessonStore((s) => s.loaded === key);
  const edited = useLessonStore((s) => key in s.edits);
  const running = useAppStore((s) => s.runStatus === 'running');
  const chosenGo = useAppStore((s) => s.chosenGoVersion);
  const currentGo = useAppStore((s) => s.goVersion);
  const [message, setMessage] = useState<{ key: string; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const go = (index: number) => {
    setMessage(null);
    lessonStore.getState().openLesson(lesson.id, index);
  };
  const say = (text: string) => setMessage({ key, text });
  const load = () => {
    loadStep(lesson, step, appStore, lessonStore);
    const as = step.go ? ` as ${describeGoVersion(step.go)}` : '';
    say(edited ? `Loaded your version of ${step.program}${as}.` : `Loaded ${step.program} (seed ${step.seed}, GOMAXPROCS ${step.procs})${as}. Press Run.`);
  };
  const jump = async () => {
    setBusy(true);
    say('Running to the moment…');
    const r = await jumpToMoment(lesson, step, appStore, lessonStore);
    setBusy(false);
    say(r.kind === 'moved' ? `The player is at step ${r.target.step}: goroutine ${r.target.g}${r.target.line > 0 ? `, line ${r.target.line}` : ''}.` : r.message);
  };
  const isLast = step.index === lesson.steps.length - 1;
  return (
    <article className="lesson-view" aria-labelledby="lesson-title">
      <div className="lesson-head">
        <button type="button" className="lesson-back" onClick={() => lessonStore.getState().closeLesson()}>
          All lessons
        </button>
        <h2 id="lesson-title">
          Lesson {lesson.order}: {lesson.title}
        </h2>
        <p className="lesson-step-count">
          Step {step.index + 1} of {lesson.steps.length}
        </p>
      </div>
      {lesson.problems.length > 0 && (
        <div className="lesson-problems" role="note">
          <p>This lesson's files have problems (gomaplab lessons check lists them too):</p>
          <ul>
            {lesson.problems.map((p, i) => (
              <li key={i}>
                {p.file}
                {p.line > 0 ? `:${p.line}` : ''}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <h3 className="lesson-step-title">{step.title}</h3>
      {step.index === 0 && lesson.intro && <Markdown text={lesson.intro} />}
      <div className="lesson-actions" role="group" aria-label="Step actions">
        {step.program && (
          <button type="button" onClick={load}>
            Load program
          </button>
        )}
        {step.jump && (
          <button type="button" onClick={() => void jump()} disabled={busy || running}>
            Jump to the moment
          </button>
        )}
        {step.program && (
          <button
            type="button"
            disabled={!edited && loaded}
            onClick={() => {
              resetStep(lesson, step, appStore, lessonStore);
              say(`${step.program} is back to the lesson's version.`);
            }}
          >
            Reset step
          </button>
        )}
      </div>
      {message?.key === key && (
        <p className="lesson-message" role="status">
          {message.text}
        </p>
      )}
      {step.program && <StepGoVersion pin={step.go} chosen={chosenGo} current={currentGo} loaded={loaded} />}
      {step.program && (
        <p className="lesson-program">
          Program: <code>{step.program}</code>
          {edited ? ' (your version)' : ''}
          {loaded ? ' · in the editor' : ''}
        </p>
      )}
      <Markdown text={step.text} />
      {/* A step driven by hand shows the manual scheduler's buttons beside its instructions (they show only in manual mode). */}
      {step.scheduler === 'manual' && loaded && <ManualControls />}
      {step.prediction && <PredictionPanel lesson={lesson} step={step} />}
      {step.challenge && <ChallengePanel lesson={lesson} step={step} />}
      {step.claims.length > 0 && (
        <details className="lesson-claims">
          <summary>
            Checked by the engine ({step.claims.length}){step.go ? `, as Go ${step.go}` : ', in Go 1.23 and Go 1.26'}
          </summary>
          <ul>
            {step.claims.map((c) => (
              <li key={c.source}>
                <code>{c.source}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="lesson-nav" role="group" aria-label="Steps">
        <button type="button" disabled={step.index === 0} onClick={() => go(step.index - 1)}>
          Previous step
        </button>
        <button type="button" disabled={isLast} onClick={() => go(step.index + 1)}>
          Next step
        </button>
      </div>
    </article>
  );
}

/** Which Go version (and so which map design) the step's program runs as, in words. */
function StepGoVersion({ pin, chosen, current, loaded }: { pin: string | null; chosen: string; current: string; loaded: boolean }) {
  if (pin) {
    const off = loaded && current !== pin;
    return (
      <p className="lesson-go lesson-go-pinned">
        This step runs as <strong>{describeGoVersion(pin)}</strong>: loading it sets the Go version.
        {off ? ` You switched to ${describeGoVersion(current)}; the step's text is about ${describeGoVersion(pin)}.` : ''}
      </p>
    );
  }
  const runs = unpinnedRunVersion(chosen);
  return (
    <p className="lesson-go">
      This step holds in both map designs. It runs as your Go version: {describeGoVersion(runs)}.
      {runs !== chosen ? ` (You chose ${describeGoVersion(chosen)}; lessons are checked as Go 1.23 and Go 1.26, so it runs as ${runs}.)` : ''}
    </p>
  );
}
