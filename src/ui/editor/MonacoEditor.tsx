// The program editor: Monaco, loaded lazily so the first paint shows the code without waiting for it.
import { Component, lazy, Suspense, useCallback, type ReactNode } from 'react';
import { appStore, useAppStore } from '../store/index.ts';
import { commands, type Command } from '../app/commands.ts';
import { PlainEditor } from './PlainEditor.tsx';
import { useGoroutineLines } from '../player/use-goroutine-lines.ts';

const MonacoEditorCore = lazy(() => import('./MonacoEditorCore.tsx'));

/** If the Monaco chunk cannot load (offline before it was cached), keep the plain editor. */
class KeepFallbackOnError extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export function MonacoEditor() {
  const code = useAppStore((s) => s.code);
  const diagnostics = useAppStore((s) => s.diagnostics);
  const fontSize = useAppStore((s) => s.fontSize);
  const reveal = useAppStore((s) => s.reveal);
  const setCode = useAppStore((s) => s.setCode);
  const setCursor = useAppStore((s) => s.setCursor);
  const runCommand = useCallback((c: Command) => c.run({ getState: appStore.getState }), []);
  const goroutineLines = useGoroutineLines();
  const fallback = <PlainEditor code={code} onChange={setCode} fontSize={fontSize} />;
  return (
    <div className="editor">
      <KeepFallbackOnError fallback={fallback}>
        <Suspense fallback={fallback}>
          <MonacoEditorCore
            code={code}
            onChange={setCode}
            diagnostics={diagnostics}
            fontSize={fontSize}
            reveal={reveal}
            onCursor={setCursor}
            commands={commands}
            runCommand={runCommand}
            goroutineLines={goroutineLines}
          />
        </Suspense>
      </KeepFallbackOnError>
    </div>
  );
}
