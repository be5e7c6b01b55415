// The editor shown until Monaco has loaded (or if it fails to): a textarea with the same program.
import { editorLabel, type EditorProps } from './editor-props.ts';

export function PlainEditor({ code, onChange, fontSize }: Pick<EditorProps, 'code' | 'onChange' | 'fontSize'>) {
  return (
    <textarea
      className="plain-editor"
      aria-label={editorLabel}
      spellCheck={false}
      value={code}
      style={{ fontSize }}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
