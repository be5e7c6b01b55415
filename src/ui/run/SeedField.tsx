// The seed input: the learner may type freely; only whole numbers in range reach the store.
import { useId, useState } from 'react';
import { maxSeed } from '../store/settings-slice.ts';

export function SeedField({ value, onChange }: { value: number; onChange(seed: number): void }) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    // The store changed the seed (New seed, a reload): show it.
    setShown(value);
    setText(String(value));
  }
  const valid = /^\d+$/.test(text.trim()) && Number(text) <= maxSeed;
  return (
    <span className="run-field">
      <label htmlFor={id}>Seed</label>
      <input
        id={id}
        className="seed-input"
        type="number"
        inputMode="numeric"
        min={0}
        max={maxSeed}
        step={1}
        value={text}
        aria-invalid={!valid || undefined}
        aria-describedby={valid ? undefined : `${id}-error`}
        title="The same seed gives the same run"
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          if (/^\d+$/.test(next.trim()) && Number(next) <= maxSeed) {
            setShown(Number(next));
            onChange(Number(next));
          }
        }}
      />
      {!valid && (
        <span id={`${id}-error`} className="run-field-error">
          a whole number from 0 to {maxSeed}
        </span>
      )}
    </span>
  );
}
