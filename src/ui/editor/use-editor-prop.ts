// One effect per synced editor property: apply the value, return what undoes it.
//
// From rust-playground's editor: each prop the React side owns (markers, font size, commands)
// is pushed into the imperative editor by its own effect, so props change independently and
// every listener or decoration is disposed with the value that created it.
import { useEffect } from 'react';

export function useEditorProp<E, V>(editor: E | null, value: V, apply: (editor: E, value: V) => void | (() => void)): void {
  useEffect(() => {
    if (!editor) return undefined;
    const dispose = apply(editor, value);
    return typeof dispose === 'function' ? dispose : undefined;
    // `apply` is a module-level function at every call site; only the editor and the value matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, value]);
}
