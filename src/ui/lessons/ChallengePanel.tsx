// A step's challenge: the win condition in words, "Check my fix" (the checks run in the lessons
// worker over many seeds or the explorer), the results with any failing seed to open in the player,
// and the solution on request.
import { useEffect, useRef, useState } from 'react';
import type { Lesson, LessonStep } from '../../lessons/lesson.ts';
import type { ClaimVerdict } from '../../lessons/lessons.worker.ts';
import { appStore } from '../store/index.ts';
import { loadStep, openSeed, stepGoVersion, stepProgram } from './lesson-actions.ts';
import { describeGoVersion } from '../../lessons/go-version.ts';
import { lessonStore, stepKey, useLessonStore } from './lesson-store.ts';
import { runChallenge, type ChallengeRun } from './challenge-client.ts';
import { describeChoices, parseChoices } from '../../lessons/choices.ts';

type CheckState = { kind: 'idle' } | { kind: 'checking'; go: string } | { kind: 'done'; verdicts: ClaimVerdict[]; go: string } | { kind: 'failed'; message: string };

export function ChallengePanel({ lesson, step }: { lesson: Lesson; step: LessonStep }) {
  const key = stepKey(lesson.id, step.index);
  const passed = useLessonStore((s) => s.passed[key] === true);
  const [state, setState] = useState<{ key: string; check: CheckState }>({ key, check: { kind: 'idle' } });
  const [showSolution, setShowSolution] = useState(false);
  const running = useRef<ChallengeRun | null>(null);
  useEffect(() => () => running.current?.stop(), []);
  const challenge = step.challenge;
  if (!challenge) return null;
  const byHand = challenge.checks.some((c) => c.byHand);
  const check = state.key === key ? state.check : { kind: 'idle' as const };

  const start = async () => {
    const source = stepProgram(lesson, step, lessonStore);
    if (source === null) return;
    running.current?.stop();
    // Checked as the version the step runs as: its pin, or the learner's choice.
    const go = stepGoVersion(step, appStore);
    const run = runChallenge(source, challenge.checks, byHand ? appStore.getState().manualSchedule.slice() : [], go);
    running.current = run;
    setState({ key, check: { kind: 'checking', go } });
    const outcome = await run.result;
    if (running.current !== run) return;
    running.current = null;
    if (outcome.kind === 'stopped') setState({ key, check: { kind: 'idle' } });
    else if (outcome.kind === 'failed') setState({ key, check: { kind: 'failed', message: outcome.message } });
    else {
      setState({ key, check: { kind: 'done', verdicts: outcome.verdicts, go } });
      if (outcome.verdicts.length > 0 && outcome.verdicts.every((v) => v.ok)) lessonStore.getState().markPassed(key);
    }
  };
  const openFailing = (v: ClaimVerdict) => {
    const claim = challenge.checks.find((c) => c.source === v.claim);
    if (v.failingSeed === undefined || !claim) return;
    loadStep(lesson, step, appStore, lessonStore);
    openSeed(appStore, v.failingSeed, claim.procs);
  };
  const accepted = check.kind === 'done' && check.verdicts.every((v) => v.ok);
  return (
    <section className="lesson-challenge" aria-label="Challenge">
      <h4>Challenge{passed ? ' (completed)' : ''}</h4>
      <p className="challenge-goal">{challenge.goal}</p>
      <div className="lesson-actions">
        <button type="button" onClick={() => void start()} disabled={check.kind === 'checking'}>
          Check my fix
        </button>
        {check.kind === 'checking' && (
          <button type="button" onClick={() => running.current?.stop()}>
            Stop checking
          </button>
        )}
        {step.solution && (
          <button type="button" aria-expanded={showSolution} onClick={() => setShowSolution(!showSolution)}>
            {showSolution ? 'Hide the solution' : 'Show a solution'}
          </button>
        )}
      </div>
      <div role="status" className="challenge-status">
        {check.kind === 'checking' && `Checking ${challenge.checks.length === 1 ? 'your program' : `your program against ${challenge.checks.length} checks`} as ${describeGoVersion(check.go)}…`}
        {check.kind === 'failed' && check.message}
        {check.kind === 'done' && (accepted ? 'Accepted: your program meets every check.' : 'Not yet: see what failed below.')}
      </div>
      {check.kind === 'done' && <p className="challenge-version">Checked as {describeGoVersion(check.go)}.</p>}
      {check.kind === 'done' && (
        <ul className="challenge-results">
          {check.verdicts.map((v) => (
            <li key={v.claim} className={v.ok ? 'check-ok' : 'check-failed'}>
              <span className="check-mark">{v.ok ? 'passed' : 'failed'}</span> <code>{v.claim}</code>
              <div className="check-detail">{v.detail}</div>
              {!v.ok && v.failingSeed !== undefined && (
                <button type="button" onClick={() => openFailing(v)}>
                  Open seed {v.failingSeed} in the player
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {showSolution && step.solution && (
        <figure className="lesson-solution">
          <figcaption>
            A solution: <code>{step.solution}</code>
          </figcaption>
          {byHand ? (
            <p>Choose, in this order: {solutionChoices(lesson.files[step.solution])}.</p>
          ) : (
            <pre className="lesson-code">
              <code>{lesson.files[step.solution]}</code>
            </pre>
          )}
        </figure>
      )}
    </section>
  );
}

function solutionChoices(text: string | undefined): string {
  const pairs = parseChoices(text ?? '');
  return typeof pairs === 'string' ? pairs : describeChoices(pairs);
}
