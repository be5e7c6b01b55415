// Terminating statements (spec "Terminating statements"): a function with results must end in one,
// or gc reports "missing return" at its closing brace.
import type { CallExpr, CaseClause, CommClause, Stmt } from '../syntax/ast.ts';
import type { TypeInfo } from './info.ts';

export function isTerminating(info: TypeInfo, s: Stmt, label: string): boolean {
  switch (s.kind) {
    case 'LabeledStmt':
      return isTerminating(info, s.stmt, s.label.name);
    case 'ExprStmt': {
      let x = s.x;
      while (x.kind === 'ParenExpr') x = x.x;
      if (x.kind === 'CallExpr') {
        const callee = info.callees.get(x as CallExpr);
        return callee?.kind === 'builtin' && callee.id === 'panic';
      }
      return false;
    }
    case 'ReturnStmt':
      return true;
    case 'BranchStmt':
      return s.tok === 'GOTO' || s.tok === 'FALLTHROUGH';
    case 'BlockStmt':
      return isTerminatingList(info, s.list, '');
    case 'IfStmt':
      return s.else_ !== null && isTerminating(info, s.body, '') && isTerminating(info, s.else_, '');
    case 'SwitchStmt': case 'TypeSwitchStmt':
      return isTerminatingSwitch(info, s.body.list, label);
    case 'SelectStmt':
      return s.body.list.every((cc: CommClause) => isTerminatingList(info, cc.body, '') && !hasBreakList(cc.body, label, true));
    case 'ForStmt':
      return s.cond === null && !hasBreak(s.body, label, true);
    default:
      return false;
  }
}

export function isTerminatingList(info: TypeInfo, list: Stmt[], label: string): boolean {
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i].kind !== 'EmptyStmt') return isTerminating(info, list[i], label);
  }
  return false;
}

function isTerminatingSwitch(info: TypeInfo, body: CaseClause[], label: string): boolean {
  let hasDefault = false;
  for (const cc of body) {
    if (cc.list === null) hasDefault = true;
    if (!isTerminatingList(info, cc.body, '') || hasBreakList(cc.body, label, true)) return false;
  }
  return hasDefault;
}

/** Does s contain a break out of the statement labelled `label` (or an unlabelled one, if implicit)? */
function hasBreak(s: Stmt, label: string, implicit: boolean): boolean {
  switch (s.kind) {
    case 'BranchStmt':
      if (s.tok === 'BREAK') {
        if (s.label === null) return implicit;
        if (s.label.name === label) return true;
      }
      return false;
    case 'LabeledStmt':
      return hasBreak(s.stmt, label, implicit);
    case 'BlockStmt':
      return hasBreakList(s.list, label, implicit);
    case 'IfStmt':
      return hasBreak(s.body, label, implicit) || (s.else_ !== null && hasBreak(s.else_, label, implicit));
    case 'CaseClause': case 'CommClause':
      return hasBreakList(s.body, label, implicit);
    case 'SwitchStmt': case 'TypeSwitchStmt': case 'SelectStmt':
      return label !== '' && (s.body.list as Stmt[]).some((cc) => hasBreak(cc, label, false));
    case 'ForStmt': case 'RangeStmt':
      return label !== '' && hasBreak(s.body, label, false);
    default:
      return false;
  }
}

function hasBreakList(list: Stmt[], label: string, implicit: boolean): boolean {
  return list.some((s) => hasBreak(s, label, implicit));
}
