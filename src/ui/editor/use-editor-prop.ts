// One effect per synced editor property: apply the value, return what undoes it.
//
// From rust-playground's editor: each prop the React side owns (markers, font size, commands)
// is pushed into the imperative editor by its own effect, so props change independently and
// every listener or decoration is disposed with the value that created it.
import { useEffect, useLayoutEffect } from 'react';

type Apply<E, V> = (editor: E, value: V) => void | (() => void);

function run<E, V>(editor: E | null, value: V, apply: Apply<E, V>) {
  if (!editor) return undefined;
  const dispose = apply(editor, value);
  return typeof dispose === 'function' ? dispose : undefined;
}

/** Applies `value` after paint; for props the editor only displays (markers, font size). */
export function useEditorProp<E, V>(editor: E | null, value: V, apply: Apply<E, V>): void {
  // `apply` is a module-level function at every call site; only the editor and the value matter.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => run(editor, value, apply), [editor, value]);
}

/**
 * Applies `value` in the same task as the render, before the browser handles another key.
 * For the text itself: a passive effect could run after a newer keystroke and write an older
 * text back over it.
 */
export function useEditorPropSync<E, V>(editor: E | null, value: V, apply: Apply<E, V>): void {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => run(editor, value, apply), [editor, value]);
}
