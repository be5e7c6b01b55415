// The Monaco editor itself: created once, then each prop synced by its own effect.
import { useCallback, useEffect, useRef, useState } from 'react';
import { registerTestHookPart } from '../app/test-hook.ts';
import type { Command } from '../app/commands.ts';
import { editorLabel, type EditorProps } from './editor-props.ts';
import { applyGoroutineLines } from './goroutine-decorations.ts';
import { noGoroutineLines } from './goroutine-lines.ts';
import { monacoKeybinding } from './keybinding.ts';
import { diagnosticsToMarkers, utf16Column, utf8Column } from './markers.ts';
import { markerOwner, monaco } from './monaco-setup.ts';
import { useEditorProp, useEditorPropSync } from './use-editor-prop.ts';

type Editor = monaco.editor.IStandaloneCodeEditor;

function linesOfModel(model: monaco.editor.ITextModel) {
  return { lineCount: model.getLineCount(), lineText: (line: number) => model.getLineContent(line) };
}

function applyMarkers(editor: Editor, diagnostics: EditorProps['diagnostics']) {
  const model = editor.getModel();
  if (model) monaco.editor.setModelMarkers(model, markerOwner, diagnosticsToMarkers(diagnostics, linesOfModel(model)));
}

function applyFontSize(editor: Editor, fontSize: number) {
  editor.updateOptions({ fontSize });
}

/** Replaces the text as one undoable edit, so Reset can be undone with Ctrl+Z. */
function applyCode(editor: Editor, code: string) {
  const model = editor.getModel();
  if (!model || model.getValue() === code) return;
  editor.pushUndoStop();
  editor.executeEdits('go-map-lab', [{ range: model.getFullModelRange(), text: code }]);
  editor.pushUndoStop();
}

function applyReveal(editor: Editor, reveal: EditorProps['reveal']) {
  const model = editor.getModel();
  if (!model || !reveal) return;
  const line = Math.min(Math.max(1, reveal.line), model.getLineCount());
  const position = { lineNumber: line, column: utf16Column(model.getLineContent(line), reveal.column) };
  editor.setPosition(position);
  editor.revealPositionInCenterIfOutsideViewport(position);
  editor.focus();
}

function bindCommands(editor: Editor, { commands, run }: { commands: readonly Command[]; run: (c: Command) => void }) {
  const actions = commands
    .filter((c) => c.inEditor && c.shortcut)
    .map((c) => {
      const key = monacoKeybinding(monaco, c.shortcut!);
      return editor.addAction({ id: `gomaplab.${c.id}`, label: c.label, keybindings: key === undefined ? [] : [key], run: () => run(c) });
    });
  return () => actions.forEach((a) => a.dispose());
}

export default function MonacoEditorCore(props: EditorProps) {
  const [editor, setEditor] = useState<Editor | null>(null);
  // Latest callbacks in refs: the editor's listeners are registered once.
  const onChange = useRef(props.onChange);
  const onCursor = useRef(props.onCursor);
  const runCommand = useRef(props.runCommand);
  useEffect(() => {
    onChange.current = props.onChange;
    onCursor.current = props.onCursor;
    runCommand.current = props.runCommand;
  });
  const initialCode = useRef(props.code);
  const initialFontSize = useRef(props.fontSize);

  const host = useCallback((node: HTMLDivElement | null) => {
    if (!node) return;
    const created = monaco.editor.create(node, {
      value: initialCode.current,
      language: 'go',
      fontSize: initialFontSize.current,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      tabSize: 4,
      insertSpaces: false,
      ariaLabel: editorLabel,
      fixedOverflowWidgets: true,
    });
    const subscriptions = [
      created.onDidChangeModelContent(() => onChange.current(created.getValue())),
      created.onDidChangeCursorPosition((e) => {
        const model = created.getModel();
        if (model) onCursor.current(e.position.lineNumber, utf8Column(model.getLineContent(e.position.lineNumber), e.position.column));
      }),
    ];
    const unregister = registerTestHookPart({
      markers: () => monaco.editor.getModelMarkers({ owner: markerOwner }).map((m) => ({ severity: m.severity, message: m.message, startLineNumber: m.startLineNumber, startColumn: m.startColumn, endLineNumber: m.endLineNumber, endColumn: m.endColumn })),
      editorReady: () => true,
    });
    setEditor(created);
    // React 19 ref callbacks may return a cleanup, run when the node goes away.
    return () => {
      unregister();
      subscriptions.forEach((s) => s.dispose());
      created.getModel()?.dispose();
      created.dispose();
      setEditor(null);
    };
  }, []);

  useEditorPropSync(editor, props.code, applyCode);
  useEditorProp(editor, props.diagnostics, applyMarkers);
  useEditorProp(editor, props.fontSize, applyFontSize);
  useEditorProp(editor, props.reveal, applyReveal);
  useEditorProp(editor, props.goroutineLines ?? noGoroutineLines, applyGoroutineLines);
  const stableRun = useCallback((c: Command) => runCommand.current(c), []);
  const bound = useRef({ commands: props.commands, run: stableRun });
  useEditorProp(editor, bound.current, bindCommands);

  return <div ref={host} className="editor-host" data-testid="monaco-host" />;
}
