// Loads Monaco the lean way: the editor core, Go highlighting, a handful of features, and the
// editor worker bundled by Vite. Imported only by the lazily loaded editor chunk.
//
// Never import the package root: it drags in the TypeScript/CSS/HTML/JSON language services
// (about 9 MB). Without MonacoEnvironment the build inlines the editor worker as a data: URL,
// which COEP and offline use both break (shared/STACK.md, "Monaco, bundled, offline").
import * as monaco from 'monaco-editor/editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import 'monaco-editor/languages/definitions/go/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/contextmenu/register';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

export { monaco };

/** Markers from the Go checker are stored under this owner in Monaco. */
export const markerOwner = 'go';
