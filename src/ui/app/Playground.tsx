// The Playground page: the editor, its commands, and the Problems panel.
import { MonacoEditor } from '../editor/MonacoEditor.tsx';
import { ProblemsPanel } from '../problems/ProblemsPanel.tsx';
import { useAppStore } from '../store/index.ts';
import { CommandButton } from './CommandButton.tsx';

export function Playground({ hidden }: { hidden: boolean }) {
  const hasProblems = useAppStore((s) => s.diagnostics.length > 0);
  return (
    <main className="playground" hidden={hidden} aria-label="Playground">
      <div className="toolbar" role="toolbar" aria-label="Editor commands">
        <CommandButton id="problems.previous" disabled={!hasProblems} />
        <CommandButton id="problems.next" disabled={!hasProblems} />
        <CommandButton id="editor.reset" />
        <CommandButton id="editor.fontSmaller" />
        <CommandButton id="editor.fontBigger" />
      </div>
      <MonacoEditor />
      <ProblemsPanel />
    </main>
  );
}
