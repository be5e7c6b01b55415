// A labelled number input that lets the learner type freely and hands the page only valid numbers.
import { useId, useState } from 'react';

interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  disabled?: boolean;
  hint?: string;
  onChange: (v: number) => void;
}

export function NumberField({ label, value, min, max, step = 1, disabled, hint, onChange }: Props) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    // The store changed the value (e.g. clamped): show it.
    setLastValue(value);
    setText(String(value));
  }
  const parsed = Number(text);
  const invalid = text.trim() === '' || !Number.isFinite(parsed) || parsed < min || parsed > max;
  return (
    <div className="lab-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={step}
        value={text}
        disabled={disabled}
        aria-invalid={invalid || undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const n = Number(e.target.value);
          if (e.target.value.trim() !== '' && Number.isFinite(n) && n >= min && n <= max) {
            setLastValue(Math.floor(n));
            onChange(Math.floor(n));
          }
        }}
      />
      {hint && <small id={`${id}-hint`}>{hint}</small>}
      {invalid && <small className="lab-field-error">Enter a whole number from {min.toLocaleString('en-US')} to {max.toLocaleString('en-US')}.</small>}
    </div>
  );
}
