// The Playground page: the run controls, the player's controls and narration, the editor beside the
// player's views, the timeline, and the Problems panel and the Console.
import { MonacoEditor } from '../editor/MonacoEditor.tsx';
import { ProblemsPanel } from '../problems/ProblemsPanel.tsx';
import { RunControls } from '../run/RunControls.tsx';
import { RaceReports } from '../run/RaceReports.tsx';
import { useAppStore } from '../store/index.ts';
import { ConsolePanel } from '../views/console/ConsolePanel.tsx';
import { ShareControls } from '../share/ShareControls.tsx';
import { CommandButton } from './CommandButton.tsx';
import { PlayerControls } from '../player/PlayerControls.tsx';
import { PlayerViews } from '../player/PlayerViews.tsx';
import { GoroutineLinesText } from '../player/GoroutineLinesText.tsx';
import { NarrationView } from '../views/narration/NarrationView.tsx';
import { TimelineView } from '../views/timeline/TimelineView.tsx';
import { LessonsSidebar } from '../lessons/LessonsSidebar.tsx';
import { ExplorePanel } from '../explore/ExplorePanel.tsx';
import { ManualControls } from '../player/manual/ManualControls.tsx';
import '../player/player.css';

export function Playground({ hidden }: { hidden: boolean }) {
  const hasProblems = useAppStore((s) => s.diagnostics.length > 0);
  // The narration and the timeline only have something to say about a run: until then the editor gets their height.
  const hasTrace = useAppStore((s) => s.playerCursor !== null);
  return (
    <main className="playground" hidden={hidden} aria-label="Playground">
      <LessonsSidebar />
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
      <div className="player-bar">
        <PlayerControls />
      </div>
      <ManualControls />
      {hasTrace && <NarrationView />}
      <div className="workspace">
        <MonacoEditor />
        <PlayerViews />
      </div>
      <GoroutineLinesText />
      {hasTrace && (
        <div className="player-timeline">
          <TimelineView />
        </div>
      )}
      <ExplorePanel />
      <div className="panels">
        <ProblemsPanel />
        <ConsolePanel />
        <RaceReports />
      </div>
    </main>
  );
}
