// Go's lexical tokens, named as go/token names them, with their spellings and binary precedences.

export const operatorText = {
  ADD: '+', SUB: '-', MUL: '*', QUO: '/', REM: '%',
  AND: '&', OR: '|', XOR: '^', SHL: '<<', SHR: '>>', AND_NOT: '&^',
  ADD_ASSIGN: '+=', SUB_ASSIGN: '-=', MUL_ASSIGN: '*=', QUO_ASSIGN: '/=', REM_ASSIGN: '%=',
  AND_ASSIGN: '&=', OR_ASSIGN: '|=', XOR_ASSIGN: '^=', SHL_ASSIGN: '<<=', SHR_ASSIGN: '>>=', AND_NOT_ASSIGN: '&^=',
  LAND: '&&', LOR: '||', ARROW: '<-', INC: '++', DEC: '--',
  EQL: '==', LSS: '<', GTR: '>', ASSIGN: '=', NOT: '!',
  NEQ: '!=', LEQ: '<=', GEQ: '>=', DEFINE: ':=', ELLIPSIS: '...',
  LPAREN: '(', LBRACK: '[', LBRACE: '{', COMMA: ',', PERIOD: '.',
  RPAREN: ')', RBRACK: ']', RBRACE: '}', SEMICOLON: ';', COLON: ':', TILDE: '~',
} as const;

export const keywordText = {
  BREAK: 'break', CASE: 'case', CHAN: 'chan', CONST: 'const', CONTINUE: 'continue',
  DEFAULT: 'default', DEFER: 'defer', ELSE: 'else', FALLTHROUGH: 'fallthrough', FOR: 'for',
  FUNC: 'func', GO: 'go', GOTO: 'goto', IF: 'if', IMPORT: 'import',
  INTERFACE: 'interface', MAP: 'map', PACKAGE: 'package', RANGE: 'range', RETURN: 'return',
  SELECT: 'select', STRUCT: 'struct', SWITCH: 'switch', TYPE: 'type', VAR: 'var',
} as const;

export type OperatorKind = keyof typeof operatorText;
export type KeywordKind = keyof typeof keywordText;
export type LiteralKind = 'IDENT' | 'INT' | 'FLOAT' | 'IMAG' | 'CHAR' | 'STRING';
export type TokenKind = 'ILLEGAL' | 'EOF' | 'COMMENT' | LiteralKind | OperatorKind | KeywordKind;

export const keywords: ReadonlyMap<string, KeywordKind> = new Map(
  (Object.entries(keywordText) as [KeywordKind, string][]).map(([k, v]) => [v, k]),
);

/** The spelling of a token kind, e.g. `ADD_ASSIGN` → `+=`, `FUNC` → `func`. */
export function tokenText(kind: TokenKind): string {
  return (operatorText as Record<string, string>)[kind] ?? (keywordText as Record<string, string>)[kind] ?? kind;
}

/** Binary operator precedence (5 highest), 0 for non-binary tokens — as in the Go spec. */
export function precedence(kind: TokenKind): number {
  switch (kind) {
    case 'LOR': return 1;
    case 'LAND': return 2;
    case 'EQL': case 'NEQ': case 'LSS': case 'LEQ': case 'GTR': case 'GEQ': return 3;
    case 'ADD': case 'SUB': case 'OR': case 'XOR': return 4;
    case 'MUL': case 'QUO': case 'REM': case 'SHL': case 'SHR': case 'AND': case 'AND_NOT': return 5;
    default: return 0;
  }
}

/** The binary operator of an assignment operator token (`ADD_ASSIGN` → `ADD`), or null. */
export function assignOpBase(kind: TokenKind): OperatorKind | null {
  return kind.endsWith('_ASSIGN') ? (kind.slice(0, -'_ASSIGN'.length) as OperatorKind) : null;
}

export interface Token {
  kind: TokenKind;
  pos: number;
  end: number;
  /** Source text for literals, identifiers and comments; `\n` for an inserted semicolon. */
  lit: string;
}
