// The player's marks in Monaco: each goroutine's current line tinted in its colour, and the gutter
// naming the goroutines on it (g1, g7). Loaded with Monaco (only MonacoEditorCore imports it).
//
// Colours vary per line (which goroutines share it), so the rules live in one <style> element that
// is rewritten with the decorations; there are at most as many rules as lines with goroutines.
import { goroutineColor, goroutineTint } from '../views/goroutine-colors.ts';
import type { GoroutineLines } from './goroutine-lines.ts';
import { monaco } from './monaco-setup.ts';

type Editor = monaco.editor.IStandaloneCodeEditor;

const styleId = 'gml-goroutine-lines';
/** Monaco's default width of the line decorations gutter, restored when nothing is marked. */
const defaultGutter = 10;

function styleElement(): HTMLStyleElement {
  let el = document.getElementById(styleId) as HTMLStyleElement | null;
  if (!el) {
    el = document.createElement('style');
    el.id = styleId;
    document.head.appendChild(el);
  }
  return el;
}

/** A background made of the goroutines' tints in equal vertical bands, so each sharing goroutine shows. */
function background(ids: readonly number[]): string {
  if (ids.length === 1) return goroutineTint(ids[0]);
  const band = 100 / ids.length;
  const stops = ids.map((id, i) => `${goroutineTint(id)} ${(i * band).toFixed(2)}% ${((i + 1) * band).toFixed(2)}%`);
  return `linear-gradient(to right, ${stops.join(', ')})`;
}

function gutterRules(cls: string, ids: readonly number[]): string {
  const first = `.monaco-editor .${cls}-gutter::before { content: 'g${ids[0]}'; color: ${goroutineColor(ids[0])}; }`;
  if (ids.length === 1) return first;
  const rest = ids.slice(1).map((id) => `g${id}`).join(' ');
  // A second goroutine keeps its own colour; more than two share a neutral one (the Goroutines view lists them all).
  const colour = ids.length === 2 ? goroutineColor(ids[1]) : 'var(--muted, #5a6470)';
  return `${first}\n.monaco-editor .${cls}-gutter::after { content: ' ${rest}'; color: ${colour}; }`;
}

/** The gutter width last set per editor: changing an option makes Monaco lay out again, so only real changes are sent. */
const gutterWidths = new WeakMap<Editor, number | string>();

function setGutterWidth(editor: Editor, width: number | string): void {
  if ((gutterWidths.get(editor) ?? defaultGutter) === width) return;
  gutterWidths.set(editor, width);
  editor.updateOptions({ lineDecorationsWidth: width });
}

export function applyGoroutineLines(editor: Editor, value: GoroutineLines): () => void {
  const model = editor.getModel();
  if (!model || value.lines.length === 0) {
    // Nothing marked: the gutter goes back to Monaco's width (here, not in the disposer, so a step does not widen and narrow it).
    setGutterWidth(editor, defaultGutter);
    return () => {};
  }
  const lineCount = model.getLineCount();
  const rules: string[] = [];
  const decorations: monaco.editor.IModelDeltaDecoration[] = [];
  let widest = 0;
  for (const { line, ids } of value.lines) {
    // The trace's lines are the program's as it was run; the text may have changed since.
    if (line < 1 || line > lineCount || ids.length === 0) continue;
    const cls = `gml-line-${line}`;
    rules.push(`.monaco-editor .${cls} { background: ${background(ids)}; box-shadow: inset 3px 0 ${goroutineColor(ids[0])}; }`);
    rules.push(gutterRules(cls, ids));
    widest = Math.max(widest, ids.map((id) => `g${id}`).join(' ').length);
    decorations.push({
      range: new monaco.Range(line, 1, line, 1),
      options: {
        isWholeLine: true,
        className: cls,
        linesDecorationsClassName: `${cls}-gutter gml-gutter`,
        hoverMessage: { value: ids.map((id) => `g${id}${id === value.current ? ' (running)' : ''}`).join(', ') },
        overviewRuler: { color: goroutineColor(ids[0]), position: monaco.editor.OverviewRulerLane.Left },
      },
    });
  }
  styleElement().textContent = rules.join('\n');
  // Whole steps of 4 characters, so the width rarely changes as goroutines move.
  setGutterWidth(editor, `${Math.min(16, Math.ceil((widest + 1) / 4) * 4)}ch`);
  const collection = editor.createDecorationsCollection(decorations);
  const reveal = () => {
    if (value.currentLine >= 1 && value.currentLine <= lineCount) editor.revealLineInCenterIfOutsideViewport(value.currentLine, monaco.editor.ScrollType.Immediate);
  };
  reveal();
  // The page around the editor may change height right after a run (views appear): keep the line in view.
  const layout = editor.onDidLayoutChange(reveal);
  return () => {
    layout.dispose();
    collection.clear();
    styleElement().textContent = '';
  };
}
