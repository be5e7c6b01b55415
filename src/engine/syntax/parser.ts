// The parser's entry point: one Go source file → AST plus syntax diagnostics worded like gc.
//
// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" }. The grammar is split by
// construct into parse-decl.ts, parse-stmt.ts, parse-expr.ts and parse-type.ts; parser-base.ts
// holds the token cursor and error handling. parseFile never throws and always terminates.
import type { Diagnostic } from '../source/diagnostic.ts';
import type { SourceFile } from '../source/source-file.ts';
import type { Decl, File, ImportSpec } from './ast.ts';
import { nestSpans } from './spans.ts';
import { maxDepth, Parser } from './parser-base.ts';
import { parseConstSpec, parseFuncDecl, parseGroup, parseImportSpec, parseTypeSpec, parseVarSpec } from './parse-decl.ts';
import type { TokenKind } from './token.ts';

export interface ParseResult {
  ast: File;
  diagnostics: Diagnostic[];
}

const declStarts: TokenKind[] = ['IMPORT', 'CONST', 'TYPE', 'VAR', 'FUNC'];

/**
 * Parses a Go source file. Syntax errors come back as diagnostics (code `syntax_error`,
 * `invalid_token`, `unsupported_*`, …) with the tree built around them.
 * @example parseFile(new SourceFile('prog.go', 'package main\nfunc main() {}')).ast.decls.length // 1
 */
export function parseFile(file: SourceFile): ParseResult {
  const p = new Parser(file);
  const ast: File = {
    kind: 'File', pos: p.pos, end: file.text.length, package: p.pos,
    name: { kind: 'Ident', pos: p.pos, end: p.pos, name: '_' }, imports: [], decls: [], comments: [],
  };
  try {
    parseSourceFile(p, ast);
  } catch (e) {
    // Safety net only: the nesting cap (parser-base.ts) is meant to stop deep recursion first,
    // and a parser bug must surface as a diagnostic, never as an exception.
    ast.decls = [];
    ast.imports = [];
    if (e instanceof RangeError) {
      p.report(p.pos, p.end, `syntax error: nesting deeper than ${maxDepth} levels is not supported in Go Map Lab`, 'nesting_too_deep');
    } else {
      p.report(p.pos, p.end, `internal error in Go Map Lab's parser: ${e instanceof Error ? e.message : String(e)}`, 'internal_error');
    }
  }
  ast.comments = p.scanner.comments;
  // Spans of a tree built without recovery already nest (spans.test.ts); only repair after errors.
  if (p.diagnostics.length > 0) nestSpans(ast);
  if (!p.diagnostics.some((d) => d.message.startsWith('syntax error'))) p.diagnostics.push(...p.checkPhase);
  return { ast, diagnostics: p.diagnostics };
}

function parseSourceFile(p: Parser, f: File): void {
  if (!p.got('PACKAGE')) {
    p.syntaxError('package statement must be first');
    return;
  }
  f.name = p.name();
  p.want('SEMICOLON');
  // Like gc, do not go on when the package clause itself is broken.
  if (p.errors > 0) return;

  let prev: TokenKind = 'IMPORT';
  while (p.tok() !== 'EOF') {
    if (p.tok() === 'IMPORT' && prev !== 'IMPORT') p.syntaxError('imports must appear before other declarations');
    prev = p.tok();
    const pos = p.pos;
    let decl: Decl | null = null;
    switch (p.tok()) {
      case 'IMPORT':
        p.next();
        decl = parseGroup(p, 'IMPORT', pos, (q) => parseImportSpec(q));
        for (const s of decl.specs) f.imports.push(s as ImportSpec);
        break;
      case 'CONST':
        p.next();
        decl = parseGroup(p, 'CONST', pos, parseConstSpec);
        break;
      case 'TYPE':
        p.next();
        decl = parseGroup(p, 'TYPE', pos, (q) => parseTypeSpec(q));
        break;
      case 'VAR':
        p.next();
        decl = parseGroup(p, 'VAR', pos, parseVarSpec);
        break;
      case 'FUNC':
        p.next();
        decl = parseFuncDecl(p, pos);
        break;
      default: {
        const last = f.decls[f.decls.length - 1];
        if (p.tok() === 'LBRACE' && last && last.kind === 'FuncDecl' && last.body === null) {
          // the opening { of a function body on the next line
          p.syntaxError('unexpected semicolon or newline before {');
        } else {
          p.syntaxError('non-declaration statement outside function body');
        }
        const before = p.pos;
        p.advance(...declStarts);
        if (p.pos === before && p.tok() !== 'EOF' && !declStarts.includes(p.tok())) p.next();
        continue;
      }
    }
    if (decl) f.decls.push(decl);
    if (p.tok() !== 'EOF' && !p.got('SEMICOLON')) {
      p.syntaxError('after top level declaration');
      p.advance(...declStarts);
    }
  }
}
