// The Playground page: the run controls, the editor and its commands, the Problems panel and the Console.
import { MonacoEditor } from '../editor/MonacoEditor.tsx';
import { ProblemsPanel } from '../problems/ProblemsPanel.tsx';
import { RunControls } from '../run/RunControls.tsx';
import { useAppStore } from '../store/index.ts';
import { ConsolePanel } from '../views/console/ConsolePanel.tsx';
import { ShareControls } from '../share/ShareControls.tsx';
import { CommandButton } from './CommandButton.tsx';

export function Playground({ hidden }: { hidden: boolean }) {
  const hasProblems = useAppStore((s) => s.diagnostics.length > 0);
  return (
    <main className="playground" hidden={hidden} aria-label="Playground">
      <div className="command-bar">
        <RunControls />
        <div className="toolbar" role="toolbar" aria-label="Editor commands">
          <CommandButton id="problems.previous" disabled={!hasProblems} />
          <CommandButton id="problems.next" disabled={!hasProblems} />
          <CommandButton id="editor.reset" />
          <CommandButton id="editor.fontSmaller" />
          <CommandButton id="editor.fontBigger" />
        </div>
        <ShareControls />
      </div>
      <MonacoEditor />
      <div className="panels">
        <ProblemsPanel />
        <ConsolePanel />
      </div>
    </main>
  );
}
