// A step's prediction: the learner writes what the program will print, then checks it (and runs it).
import { useState } from 'react';
import type { Lesson, LessonStep } from '../../lessons/lesson.ts';
import { predictionMatches } from '../../lessons/prediction.ts';
import { lessonStore, stepKey, useLessonStore } from './lesson-store.ts';

export function PredictionPanel({ lesson, step }: { lesson: Lesson; step: LessonStep }) {
  const key = stepKey(lesson.id, step.index);
  const passed = useLessonStore((s) => s.passed[key] === true);
  const [guess, setGuess] = useState<{ key: string; text: string; verdict: 'right' | 'wrong' | null }>({ key, text: '', verdict: null });
  const prediction = step.prediction;
  if (!prediction) return null;
  const current = guess.key === key ? guess : { key, text: '', verdict: null };
  const check = () => {
    const right = predictionMatches(current.text, prediction.answer);
    setGuess({ ...current, verdict: right ? 'right' : 'wrong' });
    if (right) lessonStore.getState().markPassed(key);
  };
  return (
    <section className="lesson-challenge lesson-prediction" aria-label="Prediction">
      <h4>Predict{passed ? ' (answered)' : ''}</h4>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          check();
        }}
      >
        <label>
          {prediction.question}
          <input type="text" value={current.text} onChange={(e) => setGuess({ key, text: e.target.value, verdict: null })} spellCheck={false} autoComplete="off" />
        </label>
        <div className="lesson-actions">
          <button type="submit" disabled={current.text.trim() === ''}>
            Check my answer
          </button>
        </div>
      </form>
      <div role="status" className="challenge-status">
        {current.verdict === 'right' && 'Right. Run it to see for yourself.'}
        {current.verdict === 'wrong' && 'Not quite. Run the program and look again.'}
      </div>
    </section>
  );
}
