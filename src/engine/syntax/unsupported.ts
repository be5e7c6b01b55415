// Go constructs the lab parses but cannot run yet: one rule per construct, each a positioned diagnostic.
//
// The parser still builds a tree for these (so nothing cascades into follow-on syntax errors);
// these rules only add an error saying plainly that Go Map Lab does not handle the construct.
// Codes are stable (never reused); messages share one shape: "<what> is/are not supported yet in Go Map Lab".
import type { Parser } from './parser-base.ts';

export interface UnsupportedRule {
  code: string;
  message: string;
  hint: string;
}

export const unsupportedRules = {
  /** `func F[T any](…)`, `type List[T any] …`. */
  typeParams: {
    code: 'unsupported_generics',
    message: 'generic type parameters are not supported yet in Go Map Lab',
    hint: 'Write the function or type for one concrete type (for example int or string) instead.',
  },
  /** `List[int]`, `F[int, string](…)`: instantiating a generic function or type. */
  instantiation: {
    code: 'unsupported_generics',
    message: 'generic instantiation is not supported yet in Go Map Lab',
    hint: 'Use a non-generic function or type with the concrete type written out.',
  },
  /** `~int`, `int | string` in interfaces: type sets exist only as generic constraints. */
  typeSet: {
    code: 'unsupported_generics',
    message: 'type constraints (~T and unions) are not supported yet in Go Map Lab',
    hint: 'Interfaces in Go Map Lab may list methods and embed other interfaces.',
  },
  /** `goto L`. */
  goto: {
    code: 'unsupported_goto',
    message: 'goto is not supported yet in Go Map Lab',
    hint: 'Use a loop with break or continue (optionally labelled) instead.',
  },
} satisfies Record<string, UnsupportedRule>;

export type UnsupportedKind = keyof typeof unsupportedRules;

/** Reports `kind` over [pos, end). */
export function reportUnsupported(p: Parser, kind: UnsupportedKind, pos: number, end: number): void {
  const rule = unsupportedRules[kind];
  p.diagnostics.push({
    pos: Math.max(0, Math.min(pos, p.file.text.length)),
    end: Math.max(0, Math.min(Math.max(pos, end), p.file.text.length)),
    severity: 'error',
    code: rule.code,
    message: rule.message,
    hint: rule.hint,
  });
}
