// Table tests for the checker: each row is a small program and the errors Go 1.23 reports for it.
//
// Every `want` list below was produced by real Go (`go build -gcflags=-e prog.go`, go1.23, this
// machine's /usr/lib/go-1.23) and pasted unchanged apart from `./prog.go` → `prog.go` and the GOROOT
// directory → `$GOROOT` (machine-specific, printed as such by the lab); rows with no
// errors are programs Go accepts. The checker must report exactly these lines, in order.
import { describe, expect, it } from 'vitest';
import { positionDiagnostic, sortDiagnostics } from '../source/diagnostic.ts';
import { SourceFile } from '../source/source-file.ts';
import { parseFile } from '../syntax/parser.ts';
import { checkFile } from './checker.ts';

interface Row {
  name: string;
  src: string;
  want: string[];
}

/** All errors (no gc cap of 10), formatted as gc prints them. */
function check(src: string): string[] {
  const file = new SourceFile('prog.go', src);
  const parsed = parseFile(file);
  const syntax = parsed.diagnostics.filter((d) => d.severity === 'error');
  const ds = syntax.length > 0 ? syntax : checkFile(file, parsed.ast).diagnostics.filter((d) => d.severity === 'error');
  return sortDiagnostics(ds).map((d) => {
    const p = positionDiagnostic(file, d);
    return `prog.go:${p.line}:${p.column}: ${d.message}`;
  });
}

const rows: Row[] = [
  {
    name: "undefined name",
    src: "package main\n\n\nfunc main() {\n\twg.Wait()\n}\n",
    want: [
      "prog.go:5:2: undefined: wg",
    ],
  },
  {
    name: "undefined package member",
    src: "package main\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Foo()\n}\n",
    want: [
      "prog.go:5:6: undefined: fmt.Foo",
    ],
  },
  {
    name: "unused import",
    src: "package main\nimport \"os\"\n\nfunc main() {\n\n}\n",
    want: [
      "prog.go:2:8: \"os\" imported and not used",
    ],
  },
  {
    name: "unused renamed import",
    src: "package main\nimport str \"strings\"\n\nfunc main() {\n\n}\n",
    want: [
      "prog.go:2:8: \"strings\" imported as str and not used",
    ],
  },
  {
    name: "unused variable",
    src: "package main\n\n\nfunc main() {\n\tx := 1\n}\n",
    want: [
      "prog.go:5:2: declared and not used: x",
    ],
  },
  {
    name: "assignment is not a use",
    src: "package main\n\n\nfunc main() {\n\tx := 1\n\tx = 2\n}\n",
    want: [
      "prog.go:5:2: declared and not used: x",
    ],
  },
  {
    name: "increment is a use",
    src: "package main\n\n\nfunc main() {\n\tx := 1\n\tx++\n}\n",
    want: [],
  },
  {
    name: "string to int in var decl",
    src: "package main\n\n\nfunc main() {\n\tvar x int = \"a\"\n\t_ = x\n}\n",
    want: [
      "prog.go:5:14: cannot use \"a\" (untyped string constant) as int value in variable declaration",
    ],
  },
  {
    name: "string to int in assignment",
    src: "package main\n\n\nfunc main() {\n\tvar x int\n\tx = \"a\"\n\t_ = x\n}\n",
    want: [
      "prog.go:6:6: cannot use \"a\" (untyped string constant) as int value in assignment",
    ],
  },
  {
    name: "constant overflows int8",
    src: "package main\n\n\nfunc main() {\n\tvar x int8 = 300\n\t_ = x\n}\n",
    want: [
      "prog.go:5:15: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)",
    ],
  },
  {
    name: "constant overflows byte conversion",
    src: "package main\n\n\nfunc main() {\n\t_ = byte(256)\n}\n",
    want: [
      "prog.go:5:11: constant 256 overflows byte",
    ],
  },
  {
    name: "float truncated",
    src: "package main\n\n\nfunc main() {\n\tvar x int = 1.5\n\t_ = x\n}\n",
    want: [
      "prog.go:5:14: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)",
    ],
  },
  {
    name: "typed constant arithmetic overflow",
    src: "package main\n\n\nfunc main() {\n\tconst b byte = 255\n\t_ = b + 1\n}\n",
    want: [
      "prog.go:6:6: b + 1 (constant 256 of type byte) overflows byte",
    ],
  },
  {
    name: "untyped constant ok",
    src: "package main\n\n\nfunc main() {\n\tvar x uint8 = 255\n\t_ = x\n}\n",
    want: [],
  },
  {
    name: "missing return",
    src: "package main\n\nfunc f(b bool) int {\n\tif b {\n\t\treturn 1\n\t}\n}\n\nfunc main() { f(true) }\n",
    want: [
      "prog.go:7:1: missing return",
    ],
  },
  {
    name: "for without condition terminates",
    src: "package main\n\nfunc f() int {\n\tfor {\n\t}\n}\n\nfunc main() { f() }\n",
    want: [],
  },
  {
    name: "for with break does not terminate",
    src: "package main\n\nfunc f() int {\n\tfor {\n\t\tbreak\n\t}\n}\n\nfunc main() { f() }\n",
    want: [
      "prog.go:7:1: missing return",
    ],
  },
  {
    name: "panic terminates",
    src: "package main\n\nfunc f() int {\n\tpanic(\"no\")\n}\n\nfunc main() { f() }\n",
    want: [],
  },
  {
    name: "switch with default terminates",
    src: "package main\n\nfunc f(x int) int {\n\tswitch x {\n\tcase 1:\n\t\treturn 1\n\tdefault:\n\t\treturn 2\n\t}\n}\n\nfunc main() { f(1) }\n",
    want: [],
  },
  {
    name: "switch without default does not",
    src: "package main\n\nfunc f(x int) int {\n\tswitch x {\n\tcase 1:\n\t\treturn 1\n\t}\n}\n\nfunc main() { f(1) }\n",
    want: [
      "prog.go:8:1: missing return",
    ],
  },
  {
    name: "assignment mismatch call",
    src: "package main\n\nfunc one() int { return 1 }\nfunc main() {\n\ta, b := one()\n\t_, _ = a, b\n}\n",
    want: [
      "prog.go:5:10: assignment mismatch: 2 variables but one returns 1 value",
    ],
  },
  {
    name: "assignment mismatch values",
    src: "package main\n\n\nfunc main() {\n\tx, y := 1\n\t_, _ = x, y\n}\n",
    want: [
      "prog.go:5:10: assignment mismatch: 2 variables but 1 value",
    ],
  },
  {
    name: "assignment mismatch three",
    src: "package main\n\n\nfunc main() {\n\tvar a, b int\n\ta, b = 1, 2, 3\n\t_, _ = a, b\n}\n",
    want: [
      "prog.go:6:9: assignment mismatch: 2 variables but 3 values",
    ],
  },
  {
    name: "multi-value in single-value context",
    src: "package main\n\nfunc two() (int, int) { return 1, 2 }\nfunc main() {\n\tx := two() + 1\n\t_ = x\n}\n",
    want: [
      "prog.go:5:7: multiple-value two() (value of type (int, int)) in single-value context",
    ],
  },
  {
    name: "no-value used as value",
    src: "package main\n\nfunc none() {}\nfunc main() {\n\tx := none()\n\t_ = x\n}\n",
    want: [
      "prog.go:5:7: none() (no value) used as value",
    ],
  },
  {
    name: "missing method",
    src: "package main\n\ntype Stringer interface{ String() string }\ntype T struct{}\nfunc main() {\n\tvar s Stringer = T{}\n\t_ = s\n}\n",
    want: [
      "prog.go:6:19: cannot use T{} (value of type T) as Stringer value in variable declaration: T does not implement Stringer (missing method String)",
    ],
  },
  {
    name: "pointer receiver",
    src: "package main\n\ntype Counter struct{ n int }\n\nfunc (c *Counter) String() string { return \"\" }\n\ntype Stringer interface{ String() string }\n\nfunc f(s Stringer) {}\nfunc main() {\n\tvar c Counter\n\tf(c)\n}\n",
    want: [
      "prog.go:12:4: cannot use c (variable of type Counter) as Stringer value in argument to f: Counter does not implement Stringer (method String has pointer receiver)",
    ],
  },
  {
    name: "wrong method type",
    src: "package main\n\ntype Stringer interface{ String() string }\ntype T struct{}\n\nfunc (T) String() int { return 0 }\nfunc main() {\n\tvar s Stringer = T{}\n\t_ = s\n}\n",
    want: [
      "prog.go:8:19: cannot use T{} (value of type T) as Stringer value in variable declaration: T does not implement Stringer (wrong type for method String)\n\t\thave String() int\n\t\twant String() string",
    ],
  },
  {
    name: "pointer satisfies",
    src: "package main\n\ntype Counter struct{ n int }\n\nfunc (c *Counter) String() string { return \"\" }\n\ntype Stringer interface{ String() string }\nfunc main() {\n\tvar c Counter\n\tvar s Stringer = &c\n\t_ = s\n}\n",
    want: [],
  },
  {
    name: "need type assertion",
    src: "package main\n\n\nfunc main() {\n\tvar e interface{} = 1\n\tvar x int = e\n\t_ = x\n}\n",
    want: [
      "prog.go:6:14: cannot use e (variable of type interface{}) as int value in variable declaration: need type assertion",
    ],
  },
  {
    name: "missing field or method",
    src: "package main\n\ntype T struct{ x int }\nfunc main() {\n\tvar t T\n\tt.Foo()\n}\n",
    want: [
      "prog.go:6:4: t.Foo undefined (type T has no field or method Foo)",
    ],
  },
  {
    name: "misspelled field",
    src: "package main\n\ntype T struct{ Name string }\nfunc main() {\n\tvar t T\n\t_ = t.name\n}\n",
    want: [
      "prog.go:6:8: t.name undefined (type T has no field or method name, but does have field Name)",
    ],
  },
  {
    name: "misspelled method on std type",
    src: "package main\nimport \"sync\"\n\nfunc main() {\n\tvar mu sync.Mutex\n\tmu.lock()\n}\n",
    want: [
      "prog.go:6:5: mu.lock undefined (type sync.Mutex has no field or method lock, but does have method Lock)",
    ],
  },
  {
    name: "promoted method",
    src: "package main\nimport \"sync\"\ntype Outer struct {\n\tsync.Mutex\n\tn int\n}\nfunc main() {\n\tvar o Outer\n\to.Lock()\n\to.Unlock()\n}\n",
    want: [],
  },
  {
    name: "promoted field",
    src: "package main\n\ntype Inner struct{ n int }\ntype Outer struct{ Inner }\nfunc main() {\n\tvar o Outer\n\to.n = 1\n\t_ = o.Inner.n\n}\n",
    want: [],
  },
  {
    name: "ambiguous selector",
    src: "package main\n\ntype A struct{ x int }\ntype B struct{ x int }\ntype C struct {\n\tA\n\tB\n}\nfunc main() {\n\tvar c C\n\t_ = c.x\n}\n",
    want: [
      "prog.go:11:8: ambiguous selector c.x",
    ],
  },
  {
    name: "pointer to interface",
    src: "package main\n\ntype I interface{ M() }\nfunc main() {\n\tvar p *I\n\tp.M()\n}\n",
    want: [
      "prog.go:6:4: p.M undefined (type *I is pointer to interface, not interface)",
    ],
  },
  {
    name: "pointer method on map element",
    src: "package main\n\ntype T struct{ n int }\n\nfunc (t *T) Inc() { t.n++ }\nfunc main() {\n\tm := map[string]T{}\n\tm[\"a\"].Inc()\n}\n",
    want: [
      "prog.go:8:9: cannot call pointer method Inc on T",
    ],
  },
  {
    name: "mismatched types",
    src: "package main\n\n\nfunc main() {\n\tx, y := 1, \"a\"\n\t_ = x + y\n}\n",
    want: [
      "prog.go:6:6: invalid operation: x + y (mismatched types int and string)",
    ],
  },
  {
    name: "operator not defined",
    src: "package main\n\n\nfunc main() {\n\ty := \"a\"\n\t_ = y - y\n}\n",
    want: [
      "prog.go:6:6: invalid operation: operator - not defined on y (variable of type string)",
    ],
  },
  {
    name: "untyped constant mismatch",
    src: "package main\n\n\nfunc main() {\n\t_ = \"s\" + 1\n}\n",
    want: [
      "prog.go:5:6: invalid operation: \"s\" + 1 (mismatched types untyped string and untyped int)",
    ],
  },
  {
    name: "division by zero",
    src: "package main\n\n\nfunc main() {\n\tx := 1\n\t_ = x / 0\n}\n",
    want: [
      "prog.go:6:10: invalid operation: division by zero",
    ],
  },
  {
    name: "slice comparison",
    src: "package main\n\n\nfunc main() {\n\tvar s []int\n\t_ = s == s\n}\n",
    want: [
      "prog.go:6:6: invalid operation: s == s (slice can only be compared to nil)",
    ],
  },
  {
    name: "map comparison",
    src: "package main\n\n\nfunc main() {\n\tvar m map[int]int\n\t_ = m == m\n}\n",
    want: [
      "prog.go:6:6: invalid operation: m == m (map can only be compared to nil)",
    ],
  },
  {
    name: "map compared to nil ok",
    src: "package main\n\n\nfunc main() {\n\tvar m map[int]int\n\t_ = m == nil\n}\n",
    want: [],
  },
  {
    name: "struct with slice not comparable",
    src: "package main\n\ntype S struct{ xs []int }\nfunc main() {\n\tvar a, b S\n\t_ = a == b\n}\n",
    want: [
      "prog.go:6:6: invalid operation: a == b (struct containing []int cannot be compared)",
    ],
  },
  {
    name: "ordered on bool",
    src: "package main\n\n\nfunc main() {\n\ta, b := true, false\n\t_ = a < b\n}\n",
    want: [
      "prog.go:6:6: invalid operation: a < b (operator < not defined on bool)",
    ],
  },
  {
    name: "non-boolean if",
    src: "package main\n\n\nfunc main() {\n\tx := 1\n\tif x {\n\t}\n}\n",
    want: [
      "prog.go:6:5: non-boolean condition in if statement",
    ],
  },
  {
    name: "non-boolean for",
    src: "package main\n\n\nfunc main() {\n\tx := 1\n\tfor x {\n\t}\n}\n",
    want: [
      "prog.go:6:6: non-boolean condition in for statement",
    ],
  },
  {
    name: "index out of bounds",
    src: "package main\n\n\nfunc main() {\n\tarr := [3]int{}\n\t_ = arr[5]\n}\n",
    want: [
      "prog.go:6:10: invalid argument: index 5 out of bounds [0:3]",
    ],
  },
  {
    name: "negative index",
    src: "package main\n\n\nfunc main() {\n\ts := []int{1}\n\t_ = s[-1]\n}\n",
    want: [
      "prog.go:6:8: invalid argument: index -1 (constant of type int) must not be negative",
    ],
  },
  {
    name: "non-integer index",
    src: "package main\n\n\nfunc main() {\n\ts := []int{1}\n\t_ = s[\"a\"]\n}\n",
    want: [
      "prog.go:6:8: cannot convert \"a\" (untyped string constant) to type int",
    ],
  },
  {
    name: "assign to struct field in map",
    src: "package main\n\ntype T struct{ x int }\nfunc main() {\n\tm := map[string]T{}\n\tm[\"a\"].x = 1\n}\n",
    want: [
      "prog.go:6:2: cannot assign to struct field m[\"a\"].x in map",
    ],
  },
  {
    name: "cannot assign to constant",
    src: "package main\n\n\nfunc main() {\n\tconst k = 1\n\tk = 2\n}\n",
    want: [
      "prog.go:6:2: cannot assign to k (neither addressable nor a map index expression)",
    ],
  },
  {
    name: "append to map",
    src: "package main\n\n\nfunc main() {\n\tm := map[string]int{}\n\t_ = append(m, 1)\n}\n",
    want: [
      "prog.go:6:13: first argument to append must be a slice; have m (variable of type map[string]int)",
    ],
  },
  {
    name: "append wrong element",
    src: "package main\n\n\nfunc main() {\n\ts := []int{}\n\ts = append(s, \"x\")\n\t_ = s\n}\n",
    want: [
      "prog.go:6:16: cannot use \"x\" (untyped string constant) as int value in argument to append",
    ],
  },
  {
    name: "append string to bytes",
    src: "package main\n\n\nfunc main() {\n\tb := []byte(\"a\")\n\tb = append(b, \"bc\"...)\n\t_ = b\n}\n",
    want: [],
  },
  {
    name: "make non-container",
    src: "package main\n\n\nfunc main() {\n\t_ = make(int)\n}\n",
    want: [
      "prog.go:5:11: invalid argument: cannot make int; type must be slice, map, or channel",
    ],
  },
  {
    name: "make slice without length",
    src: "package main\n\n\nfunc main() {\n\t_ = make([]int)\n}\n",
    want: [
      "prog.go:5:6: invalid operation: make([]int) expects 2 or 3 arguments; found 1",
    ],
  },
  {
    name: "make length and capacity swapped",
    src: "package main\n\n\nfunc main() {\n\t_ = make([]int, 10, 5)\n}\n",
    want: [
      "prog.go:5:18: invalid argument: length and capacity swapped",
    ],
  },
  {
    name: "len of int",
    src: "package main\n\n\nfunc main() {\n\t_ = len(1)\n}\n",
    want: [
      "prog.go:5:10: invalid argument: 1 (untyped int constant) for built-in len",
    ],
  },
  {
    name: "cap of map",
    src: "package main\n\n\nfunc main() {\n\tm := map[int]int{}\n\t_ = cap(m)\n}\n",
    want: [
      "prog.go:6:10: invalid argument: m (variable of type map[int]int) for built-in cap",
    ],
  },
  {
    name: "delete wrong key",
    src: "package main\n\n\nfunc main() {\n\tm := map[string]int{}\n\tdelete(m, 1)\n}\n",
    want: [
      "prog.go:6:12: cannot use 1 (untyped int constant) as string value in argument to delete",
    ],
  },
  {
    name: "delete not enough arguments",
    src: "package main\n\n\nfunc main() {\n\tm := map[string]int{}\n\tdelete(m)\n}\n",
    want: [
      "prog.go:6:2: invalid operation: not enough arguments for delete(m) (expected 2, found 1)",
    ],
  },
  {
    name: "close receive-only",
    src: "package main\n\n\nfunc main() {\n\tvar ch <-chan int\n\tclose(ch)\n}\n",
    want: [
      "prog.go:6:8: invalid operation: cannot close receive-only channel ch (variable of type <-chan int)",
    ],
  },
  {
    name: "send to receive-only",
    src: "package main\n\n\nfunc main() {\n\tvar ch <-chan int\n\tch <- 1\n}\n",
    want: [
      "prog.go:6:2: invalid operation: cannot send to receive-only channel ch (variable of type <-chan int)",
    ],
  },
  {
    name: "receive from send-only",
    src: "package main\n\n\nfunc main() {\n\tvar ch chan<- int\n\t<-ch\n}\n",
    want: [
      "prog.go:6:4: invalid operation: cannot receive from send-only channel ch (variable of type chan<- int)",
    ],
  },
  {
    name: "send wrong type",
    src: "package main\n\n\nfunc main() {\n\tch := make(chan int)\n\tch <- \"s\"\n}\n",
    want: [
      "prog.go:6:8: cannot use \"s\" (untyped string constant) as int value in send",
    ],
  },
  {
    name: "too many arguments",
    src: "package main\n\nfunc f(x int) {}\nfunc main() {\n\tf(1, 2)\n}\n",
    want: [
      "prog.go:5:7: too many arguments in call to f\n\thave (number, number)\n\twant (int)",
    ],
  },
  {
    name: "not enough arguments",
    src: "package main\n\nfunc f(x, y int) {}\nfunc main() {\n\tf(1)\n}\n",
    want: [
      "prog.go:5:4: not enough arguments in call to f\n\thave (number)\n\twant (int, int)",
    ],
  },
  {
    name: "not enough arguments, none given",
    src: "package main\n\nfunc f(x int) {}\nfunc main() {\n\tf()\n}\n",
    want: [
      "prog.go:5:2: not enough arguments in call to f\n\thave ()\n\twant (int)",
    ],
  },
  {
    name: "variadic arguments",
    src: "package main\n\nfunc f(xs ...int) {}\nfunc main() {\n\tf(1, 2, \"a\")\n}\n",
    want: [
      "prog.go:5:10: cannot use \"a\" (untyped string constant) as int value in argument to f",
    ],
  },
  {
    name: "spread to non-variadic",
    src: "package main\n\nfunc f(x int) {}\nfunc main() {\n\txs := []int{1}\n\tf(xs...)\n}\n",
    want: [
      "prog.go:6:2: cannot use ... in call to non-variadic f",
    ],
  },
  {
    name: "multi-value argument spread",
    src: "package main\n\nfunc two() (int, int) { return 1, 2 }\nfunc f(a, b int) {}\nfunc main() {\n\tf(two())\n}\n",
    want: [],
  },
  {
    name: "not enough return values",
    src: "package main\n\nfunc f() (int, error) {\n\treturn 1\n}\n\nfunc main() { f() }\n",
    want: [
      "prog.go:4:9: not enough return values\n\thave (number)\n\twant (int, error)",
    ],
  },
  {
    name: "too many return values",
    src: "package main\n\nfunc f() int {\n\treturn 1, 2\n}\n\nfunc main() { f() }\n",
    want: [
      "prog.go:4:12: too many return values\n\thave (number, number)\n\twant (int)",
    ],
  },
  {
    name: "return wrong type",
    src: "package main\n\nfunc f() string {\n\treturn 1\n}\n\nfunc main() { f() }\n",
    want: [
      "prog.go:4:9: cannot use 1 (untyped int constant) as string value in return statement",
    ],
  },
  {
    name: "no new variables",
    src: "package main\n\n\nfunc main() {\n\tx := 1\n\tx := 2\n\t_ = x\n}\n",
    want: [
      "prog.go:6:4: no new variables on left side of :=",
    ],
  },
  {
    name: "redeclared in block",
    src: "package main\n\n\nfunc main() {\n\tvar x int\n\tvar x int\n\t_ = x\n}\n",
    want: [
      "prog.go:6:6: x redeclared in this block\n\tprog.go:5:6: other declaration of x",
    ],
  },
  {
    name: "non-name on left of :=",
    src: "package main\n\ntype T struct{ x int }\nfunc main() {\n\tvar t T\n\tt.x := 1\n}\n",
    want: [
      "prog.go:6:2: non-name t.x on left side of :=",
    ],
  },
  {
    name: "shadowing in inner block is fine",
    src: "package main\n\n\nfunc main() {\n\tx := 1\n\t{\n\t\tx := 2\n\t\t_ = x\n\t}\n\t_ = x\n}\n",
    want: [],
  },
  {
    name: "break outside loop",
    src: "package main\n\n\nfunc main() {\n\tbreak\n}\n",
    want: [
      "prog.go:5:2: break is not in a loop, switch, or select",
    ],
  },
  {
    name: "continue outside loop",
    src: "package main\n\n\nfunc main() {\n\tcontinue\n}\n",
    want: [
      "prog.go:5:2: continue is not in a loop",
    ],
  },
  {
    name: "continue in switch",
    src: "package main\n\n\nfunc main() {\n\tswitch {\n\tdefault:\n\t\tcontinue\n\t}\n}\n",
    want: [
      "prog.go:7:3: continue is not in a loop",
    ],
  },
  {
    name: "unused label",
    src: "package main\n\n\nfunc main() {\nL:\n\tfor {\n\t}\n}\n",
    want: [
      "prog.go:5:1: label L defined and not used",
    ],
  },
  {
    name: "undefined break label",
    src: "package main\n\n\nfunc main() {\n\tfor {\n\t\tbreak M\n\t}\n}\n",
    want: [
      "prog.go:6:9: break label not defined: M",
    ],
  },
  {
    name: "invalid continue label",
    src: "package main\n\n\nfunc main() {\nL:\n\tswitch {\n\tdefault:\n\t\tfor {\n\t\t\tcontinue L\n\t\t}\n\t}\n}\n",
    want: [
      "prog.go:9:13: invalid continue label L",
    ],
  },
  {
    name: "fallthrough final case",
    src: "package main\n\n\nfunc main() {\n\tswitch {\n\tcase true:\n\t\tfallthrough\n\t}\n}\n",
    want: [
      "prog.go:7:3: cannot fallthrough final case in switch",
    ],
  },
  {
    name: "duplicate case",
    src: "package main\n\n\nfunc main() {\n\tx := 1\n\tswitch x {\n\tcase 1, 1:\n\t}\n}\n",
    want: [
      "prog.go:7:10: duplicate case 1 (constant of type int) in expression switch\n\tprog.go:7:7: previous case",
    ],
  },
  {
    name: "invalid case type",
    src: "package main\n\n\nfunc main() {\n\tx := 1\n\tswitch x {\n\tcase \"a\":\n\t}\n}\n",
    want: [
      "prog.go:7:7: cannot convert \"a\" (untyped string constant) to type int",
    ],
  },
  {
    name: "type switch duplicate",
    src: "package main\n\n\nfunc main() {\n\tvar i interface{}\n\tswitch i.(type) {\n\tcase int, int:\n\t}\n}\n",
    want: [
      "prog.go:7:12: duplicate case int in type switch\n\tprog.go:7:7: previous case",
    ],
  },
  {
    name: "type switch unused symbol",
    src: "package main\n\n\nfunc main() {\n\tvar i interface{}\n\tswitch t := i.(type) {\n\t}\n}\n",
    want: [
      "prog.go:6:9: t declared and not used",
    ],
  },
  {
    name: "type switch on non-interface",
    src: "package main\n\n\nfunc main() {\n\tx := 1\n\tswitch x.(type) {\n\t}\n}\n",
    want: [
      "prog.go:6:9: x (variable of type int) is not an interface",
    ],
  },
  {
    name: "impossible type assertion",
    src: "package main\n\ntype Stringer interface{ String() string }\ntype T struct{}\nfunc main() {\n\tvar s Stringer\n\t_ = s.(T)\n}\n",
    want: [
      "prog.go:7:6: impossible type assertion: s.(T)\n\tT does not implement Stringer (missing method String)",
    ],
  },
  {
    name: "type assertion on non-interface",
    src: "package main\n\n\nfunc main() {\n\tx := 1\n\t_ = x.(int)\n}\n",
    want: [
      "prog.go:6:6: invalid operation: x (variable of type int) is not an interface",
    ],
  },
  {
    name: "range over int with two vars",
    src: "package main\n\n\nfunc main() {\n\tfor i, j := range 10 {\n\t\t_, _ = i, j\n\t}\n}\n",
    want: [
      "prog.go:5:9: range over 10 (untyped int constant) permits only one iteration variable",
    ],
  },
  {
    name: "range over non-iterable",
    src: "package main\n\n\nfunc main() {\n\tx := 1.5\n\tfor range x {\n\t}\n}\n",
    want: [
      "prog.go:6:12: cannot range over x (variable of type float64)",
    ],
  },
  {
    name: "range over channel two vars",
    src: "package main\n\n\nfunc main() {\n\tch := make(chan int)\n\tfor a, b := range ch {\n\t\t_, _ = a, b\n\t}\n}\n",
    want: [
      "prog.go:6:9: range over ch (variable of type chan int) permits only one iteration variable",
    ],
  },
  {
    name: "unused expression",
    src: "package main\n\n\nfunc main() {\n\tx := 1\n\tx + 1\n}\n",
    want: [
      "prog.go:6:2: x + 1 (value of type int) is not used",
    ],
  },
  {
    name: "unused variable expression",
    src: "package main\n\n\nfunc main() {\n\tx := 1\n\tx\n}\n",
    want: [
      "prog.go:6:2: x (variable of type int) is not used",
    ],
  },
  {
    name: "unused builtin result",
    src: "package main\n\n\nfunc main() {\n\ts := []int{}\n\tlen(s)\n}\n",
    want: [
      "prog.go:6:2: len(s) (value of type int) is not used",
    ],
  },
  {
    name: "builtin not called",
    src: "package main\n\n\nfunc main() {\n\t_ = len\n}\n",
    want: [
      "prog.go:5:6: len (built-in) must be called",
    ],
  },
  {
    name: "not a type",
    src: "package main\n\n\nfunc main() {\n\tx := 1\n\tvar y x\n\t_ = y\n}\n",
    want: [
      "prog.go:6:8: x is not a type",
    ],
  },
  {
    name: "type is not an expression",
    src: "package main\n\n\nfunc main() {\n\t_ = int\n}\n",
    want: [
      "prog.go:5:6: int (type) is not an expression",
    ],
  },
  {
    name: "cannot call non-function",
    src: "package main\n\n\nfunc main() {\n\tx := 1\n\tx()\n}\n",
    want: [
      "prog.go:6:2: invalid operation: cannot call non-function x (variable of type int)",
    ],
  },
  {
    name: "cannot take address",
    src: "package main\n\nfunc f() int { return 1 }\nfunc main() {\n\t_ = &f()\n}\n",
    want: [
      "prog.go:5:7: invalid operation: cannot take address of f() (value of type int)",
    ],
  },
  {
    name: "cannot indirect",
    src: "package main\n\n\nfunc main() {\n\tx := 1\n\t_ = *x\n}\n",
    want: [
      "prog.go:6:7: invalid operation: cannot indirect x (variable of type int)",
    ],
  },
  {
    name: "cannot index int",
    src: "package main\n\n\nfunc main() {\n\tx := 1\n\t_ = x[0]\n}\n",
    want: [
      "prog.go:6:7: invalid operation: cannot index x (variable of type int)",
    ],
  },
  {
    name: "struct literal too many values",
    src: "package main\n\ntype T struct{ a, b int }\nfunc main() {\n\t_ = T{1, 2, 3}\n}\n",
    want: [
      "prog.go:5:14: too many values in struct literal of type T",
    ],
  },
  {
    name: "struct literal too few values",
    src: "package main\n\ntype T struct{ a, b int }\nfunc main() {\n\t_ = T{1}\n}\n",
    want: [
      "prog.go:5:9: too few values in struct literal of type T",
    ],
  },
  {
    name: "unknown field in literal",
    src: "package main\n\ntype T struct{ a, b int }\nfunc main() {\n\t_ = T{c: 1}\n}\n",
    want: [
      "prog.go:5:8: unknown field c in struct literal of type T",
    ],
  },
  {
    name: "duplicate field in literal",
    src: "package main\n\ntype T struct{ a, b int }\nfunc main() {\n\t_ = T{a: 1, a: 2}\n}\n",
    want: [
      "prog.go:5:14: duplicate field name a in struct literal",
    ],
  },
  {
    name: "mixed literal",
    src: "package main\n\ntype T struct{ a, b int }\nfunc main() {\n\t_ = T{a: 1, 2}\n}\n",
    want: [
      "prog.go:5:14: mixture of field:value and value elements in struct literal",
    ],
  },
  {
    name: "duplicate map key",
    src: "package main\n\n\nfunc main() {\n\t_ = map[string]int{\"a\": 1, \"a\": 2}\n}\n",
    want: [
      "prog.go:5:29: duplicate key \"a\" in map literal",
    ],
  },
  {
    name: "map literal missing key",
    src: "package main\n\n\nfunc main() {\n\t_ = map[string]int{1}\n}\n",
    want: [
      "prog.go:5:21: missing key in map literal",
    ],
  },
  {
    name: "array literal out of bounds",
    src: "package main\n\n\nfunc main() {\n\t_ = [2]int{1, 2, 3}\n}\n",
    want: [
      "prog.go:5:19: index 2 is out of bounds (>= 2)",
    ],
  },
  {
    name: "elided composite types",
    src: "package main\n\ntype P struct{ x, y int }\nfunc main() {\n\t_ = []P{{1, 2}, {3, 4}}\n\t_ = []*P{{1, 2}}\n\t_ = map[string]P{\"a\": {1, 2}}\n}\n",
    want: [],
  },
  {
    name: "invalid composite type",
    src: "package main\n\n\nfunc main() {\n\t_ = int{1}\n}\n",
    want: [
      "prog.go:5:6: invalid composite literal type int",
    ],
  },
  {
    name: "use of untyped nil",
    src: "package main\n\n\nfunc main() {\n\tx := nil\n\t_ = x\n}\n",
    want: [
      "prog.go:5:7: use of untyped nil in assignment",
    ],
  },
  {
    name: "nil to int",
    src: "package main\n\n\nfunc main() {\n\tvar x int = nil\n\t_ = x\n}\n",
    want: [
      "prog.go:5:14: cannot use nil as int value in variable declaration",
    ],
  },
  {
    name: "cannot convert",
    src: "package main\n\n\nfunc main() {\n\t_ = int(\"a\")\n}\n",
    want: [
      "prog.go:5:10: cannot convert \"a\" (untyped string constant) to type int",
    ],
  },
  {
    name: "convertible types",
    src: "package main\n\ntype MyInt int\nfunc main() {\n\tvar f float64 = 1.5\n\t_ = int(f)\n\t_ = string(rune(65))\n\t_ = []byte(\"x\")\n\t_ = MyInt(3)\n}\n",
    want: [],
  },
  {
    name: "named types are distinct",
    src: "package main\n\ntype MyInt int\nfunc main() {\n\tvar a MyInt = 1\n\tvar b int = a\n\t_ = b\n}\n",
    want: [
      "prog.go:6:14: cannot use a (variable of type MyInt) as int value in variable declaration",
    ],
  },
  {
    name: "channel direction assignability",
    src: "package main\n\n\nfunc main() {\n\tch := make(chan int)\n\tvar r <-chan int = ch\n\tvar s chan<- int = ch\n\tvar b chan int = r\n\t_, _, _ = r, s, b\n}\n",
    want: [
      "prog.go:8:19: cannot use r (variable of type <-chan int) as chan int value in variable declaration",
    ],
  },
  {
    name: "go discards result",
    src: "package main\n\n\nfunc main() {\n\ts := []int{}\n\tgo len(s)\n}\n",
    want: [
      "prog.go:6:5: go discards result of len(s) (value of type int)",
    ],
  },
  {
    name: "defer conversion",
    src: "package main\n\n\nfunc main() {\n\tdefer int(1)\n}\n",
    want: [
      "prog.go:5:8: defer requires function call, not conversion int(1) (constant 1 of type int)",
    ],
  },
  {
    name: "iota",
    src: "package main\n\n\nfunc main() {\n\tconst (\n\t\ta = iota\n\t\tb\n\t\tc\n\t)\n\tvar x [c]int\n\t_ = x[2]\n\t_ = x[3]\n\t_, _ = a, b\n}\n",
    want: [
      "prog.go:11:8: invalid argument: index 2 out of bounds [0:2]",
      "prog.go:12:8: invalid argument: index 3 out of bounds [0:2]",
    ],
  },
  {
    name: "iota outside const",
    src: "package main\n\n\nfunc main() {\n\t_ = iota\n}\n",
    want: [
      "prog.go:5:6: cannot use iota outside constant declaration",
    ],
  },
  {
    name: "const not constant",
    src: "package main\n\n\nfunc main() {\n\tx := 1\n\tconst c = x\n\t_ = c\n}\n",
    want: [
      "prog.go:6:12: x (variable of type int) is not constant",
    ],
  },
  {
    name: "missing init expr",
    src: "package main\n\n\nfunc main() {\n\tconst a, b = 1\n\t_, _ = a, b\n}\n",
    want: [
      "prog.go:5:11: missing init expr for b",
    ],
  },
  {
    name: "extra init expr",
    src: "package main\n\n\nfunc main() {\n\tvar a = 1, 2\n\t_ = a\n}\n",
    want: [
      "prog.go:5:13: extra init expr 2",
    ],
  },
  {
    name: "recursive type",
    src: "package main\n\ntype Node struct{ next Node }\n\nfunc main() {}\n",
    want: [
      "prog.go:3:6: invalid recursive type: Node refers to itself",
    ],
  },
  {
    name: "init cycle",
    src: "package main\n\nvar a = b\nvar b = a\n\nfunc main() {}\n",
    want: [
      "prog.go:3:5: initialization cycle for a\n\tprog.go:3:5: a refers to\n\tprog.go:4:5: b refers to\n\tprog.go:3:5: a",
    ],
  },
  {
    name: "methods on non-local type",
    src: "package main\n\nfunc (n int) Double() int { return n * 2 }\n\nfunc main() {}\n",
    want: [
      "prog.go:3:7: cannot define new methods on non-local type int",
    ],
  },
  {
    name: "field and method collide",
    src: "package main\n\ntype T struct{ x int }\n\nfunc (t T) x() {}\n\nfunc main() {}\n",
    want: [
      "prog.go:5:12: field and method with the same name x\n\tprog.go:3:16: other declaration of x",
    ],
  },
  {
    name: "method redeclared",
    src: "package main\n\ntype T struct{}\n\nfunc (T) M() {}\nfunc (T) M() {}\n\nfunc main() {}\n",
    want: [
      "prog.go:6:10: method T.M already declared at prog.go:5:10",
    ],
  },
  {
    name: "main with arguments",
    src: "package main\n\nfunc main(x int) {}\n",
    want: [
      "prog.go:3:6: func main must have no arguments and no return values",
    ],
  },
  {
    name: "unknown package",
    src: "package main\nimport \"fmtx\"\n\nfunc main() {\n\n}\n",
    want: [
      "prog.go:2:8: package fmtx is not in std ($GOROOT/src/fmtx)",
    ],
  },
  {
    name: "invalid method expression",
    src: "package main\n\ntype T struct{}\n\nfunc (t *T) M() {}\nfunc main() {\n\t_ = T.M\n}\n",
    want: [
      "prog.go:7:8: invalid method expression T.M (needs pointer receiver (*T).M)",
    ],
  },
  {
    name: "method value and expression",
    src: "package main\n\ntype T struct{}\n\nfunc (t *T) M() {}\nfunc main() {\n\tvar t T\n\tf := t.M\n\tg := (*T).M\n\tf()\n\tg(&t)\n}\n",
    want: [],
  },
  {
    name: "closure captures",
    src: "package main\n\n\nfunc main() {\n\tn := 0\n\tf := func() { n++ }\n\tf()\n}\n",
    want: [],
  },
  {
    name: "goroutines with waitgroup",
    src: "package main\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tvar wg sync.WaitGroup\n\tvar mu sync.Mutex\n\tm := map[int]int{}\n\tfor i := 0; i < 3; i++ {\n\t\twg.Add(1)\n\t\tgo func(i int) {\n\t\t\tdefer wg.Done()\n\t\t\tmu.Lock()\n\t\t\tm[i] = i\n\t\t\tmu.Unlock()\n\t\t}(i)\n\t}\n\twg.Wait()\n\tfmt.Println(len(m))\n}\n",
    want: [],
  },
  {
    name: "select with send and receive",
    src: "package main\n\n\nfunc main() {\n\tch := make(chan int, 1)\n\tdone := make(chan struct{})\n\tselect {\n\tcase ch <- 1:\n\tcase v, ok := <-ch:\n\t\t_, _ = v, ok\n\tcase <-done:\n\tdefault:\n\t}\n}\n",
    want: [],
  },
  {
    name: "comma-ok forms",
    src: "package main\n\n\nfunc main() {\n\tm := map[string]int{}\n\tv, ok := m[\"a\"]\n\tvar i interface{} = 1\n\tn, ok2 := i.(int)\n\tch := make(chan int)\n\tr, ok3 := <-ch\n\t_, _, _, _, _, _ = v, ok, n, ok2, r, ok3\n}\n",
    want: [],
  },
  {
    name: "min and max",
    src: "package main\n\n\nfunc main() {\n\t_ = min(1, 2.5)\n\t_ = max(\"a\", 1)\n}\n",
    want: [
      "prog.go:6:15: invalid argument: mismatched types untyped string (previous argument) and untyped int (type of 1)",
    ],
  },
  {
    name: "clear non-container",
    src: "package main\n\n\nfunc main() {\n\tx := 1\n\tclear(x)\n}\n",
    want: [
      "prog.go:6:8: invalid argument: cannot clear x (variable of type int): argument must be (or constrained by) map or slice",
    ],
  },
  {
    name: "copy arguments",
    src: "package main\n\n\nfunc main() {\n\t_ = copy(1, 2)\n}\n",
    want: [
      "prog.go:5:11: invalid argument: copy expects slice arguments; found 1 (untyped int constant) and 2 (untyped int constant)",
    ],
  },
  {
    name: "shift of float",
    src: "package main\n\n\nfunc main() {\n\tf := 1.5\n\t_ = f << 2\n}\n",
    want: [
      "prog.go:6:6: invalid operation: shifted operand f (variable of type float64) must be integer",
    ],
  },
  {
    name: "bitwise on float",
    src: "package main\n\n\nfunc main() {\n\tf := 1.5\n\t_ = f & 1\n}\n",
    want: [
      "prog.go:6:6: invalid operation: operator & not defined on f (variable of type float64)",
    ],
  },
  {
    name: "string index is byte",
    src: "package main\n\n\nfunc main() {\n\ts := \"abc\"\n\tvar b byte = s[0]\n\tvar r rune = s[0]\n\t_, _ = b, r\n}\n",
    want: [
      "prog.go:7:15: cannot use s[0] (value of type byte) as rune value in variable declaration",
    ],
  },
  {
    name: "assign op mismatch",
    src: "package main\n\n\nfunc main() {\n\tx := 1\n\tx += \"a\"\n}\n",
    want: [
      "prog.go:6:2: invalid operation: x += \"a\" (mismatched types int and untyped string)",
    ],
  },
  {
    name: "inc non-numeric",
    src: "package main\n\n\nfunc main() {\n\ts := \"a\"\n\ts++\n}\n",
    want: [
      "prog.go:6:2: invalid operation: s++ (non-numeric type string)",
    ],
  },
  {
    name: "package-level any order",
    src: "package main\n\nimport \"fmt\"\n\nvar total = compute()\n\nfunc compute() int { return limit * 2 }\n\nconst limit = 10\n\ntype Box struct{ items []Item }\ntype Item struct{ n int }\n\nfunc main() { fmt.Println(total, Box{}) }\n",
    want: [],
  },
  {
    name: "non-constant shift takes its type from context",
    src: "package main\n\n\nfunc main() {\n\tvar s uint = 3\n\tvar f float64 = 1 << s\n\tvar i int64 = 1 << s\n\t_, _ = f, i\n}\n",
    want: [
      "prog.go:6:18: invalid operation: shifted operand 1 (type float64) must be integer",
    ],
  },
  {
    name: "keyed array literal out of bounds",
    src: "package main\n\n\nfunc main() {\n\t_ = [3]int{1: 10, 3: 30}\n}\n",
    want: [
      "prog.go:5:20: invalid argument: index 3 out of bounds [0:3]",
    ],
  },
  {
    name: "nil compared with nil",
    src: "package main\n\n\nfunc main() {\n\t_ = nil == nil\n}\n",
    want: [
      "prog.go:5:13: invalid operation: nil == nil (operator == not defined on untyped nil)",
    ],
  },
  {
    name: "variable with failed initialiser still unused",
    src: "package main\n\n\nfunc main() {\n\tc := 1\n\tvar x int = \"s\" + c\n}\n",
    want: [
      "prog.go:6:6: declared and not used: x",
      "prog.go:6:14: invalid operation: \"s\" + c (mismatched types untyped string and int)",
    ],
  },
  {
    name: "arguments of a non-function call are not used",
    src: "package main\n\n\nfunc main() {\n\tb := 1\n\tn := 3\n\tn(b)\n}\n",
    want: [
      "prog.go:5:2: declared and not used: b",
      "prog.go:7:2: invalid operation: cannot call non-function n (variable of type int)",
    ],
  },
  {
    name: "struct field redeclared",
    src: "package main\n\ntype T struct {\n\tb int\n\tb string\n}\nfunc main() {\n\t_ = T{}\n}\n",
    want: [
      "prog.go:5:2: b redeclared\n\tprog.go:4:2: other declaration of b",
    ],
  },
  {
    name: "multiple defaults",
    src: "package main\n\n\nfunc main() {\n\tswitch {\n\tdefault:\n\tdefault:\n\t}\n}\n",
    want: [
      "prog.go:7:2: multiple defaults (first at prog.go:6:2)",
    ],
  },
  {
    name: "unexported field of std type",
    src: "package main\nimport \"sync\"\n\nfunc main() {\n\tvar mu sync.Mutex\n\t_ = mu.state\n}\n",
    want: [
      "prog.go:6:9: mu.state undefined (cannot refer to unexported field state)",
    ],
  },
  {
    name: "ambiguous package name is quoted",
    src: "package main\nimport (\n\t\"fmt\"\n\t\"sync/atomic\"\n)\n\nfunc main() {\n\tvar n atomic.Int64\n\tvar x int = n\n\t_ = x\n\tfmt.Println()\n}\n",
    want: [
      "prog.go:9:14: cannot use n (variable of type \"sync/atomic\".Int64) as int value in variable declaration",
    ],
  },
  {
    name: "unambiguous package name",
    src: "package main\nimport \"sync/atomic\"\n\nfunc main() {\n\tvar n atomic.Int64\n\tvar x int = n\n\t_ = x\n}\n",
    want: [
      "prog.go:6:14: cannot use n (variable of type atomic.Int64) as int value in variable declaration",
    ],
  },
  {
    name: "range over func",
    src: "package main\n\nfunc count(yield func(int) bool) {}\nfunc none(yield func() bool) {}\nfunc main() {\n\tfor i := range count {\n\t\t_ = i\n\t}\n\tfor x := range none {\n\t\t_ = x\n\t}\n}\n",
    want: [
      "prog.go:9:6: range over none (value of type func(yield func() bool)) permits no iteration variables",
    ],
  },
  {
    name: "untyped constant with interface operand",
    src: "package main\n\n\nfunc main() {\n\tvar v any = 1\n\t_ = v + 1\n}\n",
    want: [
      "prog.go:6:6: invalid operation: v + 1 (mismatched types any and int)",
    ],
  },
  {
    name: "untyped constant with struct operand",
    src: "package main\n\ntype T struct{ n int }\nfunc main() {\n\tvar t T\n\t_ = t + 1\n}\n",
    want: [
      "prog.go:6:10: cannot convert 1 (untyped int constant) to type struct{n int}",
    ],
  },
  {
    name: "duration arithmetic",
    src: "package main\nimport \"time\"\n\nfunc main() {\n\tsecs := 2\n\ttime.Sleep(secs * time.Second)\n\ttime.Sleep(time.Duration(secs) * time.Second)\n\ttime.Sleep(1.5)\n}\n",
    want: [
      "prog.go:6:13: invalid operation: secs * time.Second (mismatched types int and time.Duration)",
      "prog.go:8:13: cannot use 1.5 (untyped float constant) as time.Duration value in argument to time.Sleep (truncated)",
    ],
  },
  {
    name: "waitgroup passed by value is assignable",
    src: "package main\nimport \"sync\"\nfunc worker(wg sync.WaitGroup) {}\nfunc main() {\n\tvar wg sync.WaitGroup\n\tworker(&wg)\n}\n",
    want: [
      "prog.go:6:9: cannot use &wg (value of type *sync.WaitGroup) as sync.WaitGroup value in argument to worker",
    ],
  },
  {
    name: "receive used as wrong type",
    src: "package main\n\n\nfunc main() {\n\tch := make(chan int)\n\tvar s string = <-ch\n\t_ = s\n}\n",
    want: [
      "prog.go:6:17: cannot use <-ch (comma, ok expression of type int) as string value in variable declaration",
    ],
  },
  {
    name: "method value not called",
    src: "package main\nimport \"sync\"\n\nfunc main() {\n\tvar mu sync.Mutex\n\tmu.Lock\n\tmu.Unlock()\n}\n",
    want: [
      "prog.go:6:2: mu.Lock (value of type func()) is not used",
    ],
  },
  {
    name: "init cycle through a function",
    src: "package main\n\nvar c = f()\n\nfunc f() int { return c }\n\nfunc main() {}\n",
    want: [
      "prog.go:3:5: initialization cycle for c\n\tprog.go:3:5: c refers to\n\tprog.go:5:6: f refers to\n\tprog.go:3:5: c",
    ],
  },
  {
    name: "program: aliases print by name",
    src: "package main\n\ntype T2 = map[string]int\ntype MyInt = int\ntype Any = interface{}\ntype Fn = func(int) string\ntype Named struct{}\ntype N2 = Named\n\nfunc main() {\n\tvar a T2\n\tvar b MyInt\n\tvar c Any\n\tvar d Fn\n\tvar e N2\n\tvar f []T2\n\tvar y string = a\n\ty = b\n\ty = c\n\ty = d\n\ty = e\n\ty = f\n\t_ = y\n}\n",
    want: [
      "prog.go:17:17: cannot use a (variable of type T2) as string value in variable declaration",
      "prog.go:18:6: cannot use b (variable of type MyInt) as string value in assignment",
      "prog.go:19:6: cannot use c (variable of type Any) as string value in assignment: need type assertion",
      "prog.go:20:6: cannot use d (variable of type Fn) as string value in assignment",
      "prog.go:21:6: cannot use e (variable of type N2) as string value in assignment",
      "prog.go:22:6: cannot use f (variable of type []T2) as string value in assignment",
    ],
  },
  {
    name: "program: aliases behave as their targets",
    src: "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\ntype Counter struct{ n int }\n\nfunc (c *Counter) Inc() { c.n++ }\n\ntype C2 = Counter\ntype Lock = sync.Mutex\ntype M = map[string]int\ntype IntSlice = []int\n\nfunc (c C2) Get() int { return c.n }\n\ntype Holder struct {\n\tC2\n\tLock\n}\n\nfunc use(c Counter) int { return c.Get() }\n\nfunc main() {\n\tvar a C2\n\ta.Inc()\n\tvar b Counter = a\n\tvar h Holder\n\th.Lock.Lock()\n\th.Inc()\n\th.Unlock()\n\tm := M{\"a\": 1}\n\tvar m2 map[string]int = m\n\ts := IntSlice{1, 2}\n\ts = append(s, 3)\n\tvar p *C2 = &b\n\tfmt.Println(use(a), b.Get(), m2, s, p.n, len(m))\n\tvar x int = m\n\tvar y int = h.C2\n\t_, _ = x, y\n}\n",
    want: [
      "prog.go:40:14: cannot use m (variable of type M) as int value in variable declaration",
      "prog.go:41:14: cannot use h.C2 (variable of type C2) as int value in variable declaration",
    ],
  },
  {
    name: "program: call argument forms",
    src: "package main\n\nimport \"fmt\"\n\nfunc v(xs ...int)           {}\nfunc w(s string, xs ...int) {}\nfunc two() (int, int)       { return 1, 2 }\nfunc three() (int, string, bool) { return 1, \"\", true }\nfunc none()                 {}\n\nfunc main() {\n\txs := []int{1}\n\tv(1, xs...)\n\tw(xs...)\n\tw(\"a\", two())\n\tv(two())\n\tv(three())\n\tfmt.Println(two())\n\tfmt.Println(none())\n\tv(none())\n\tw()\n\tvar f func(int, ...string)\n\tf(1, \"a\", 2)\n\tf()\n\t_ = append(xs, xs)\n\t_ = append(xs, 1, 2, \"x\")\n\t_ = append()\n\t_ = append(nil, 1)\n\t_ = copy(xs, \"abc\")\n\tb := []byte{}\n\t_ = copy(b, \"abc\")\n\t_ = len(two())\n\tprintln(two())\n\tpanic(two())\n}\n",
    want: [
      "prog.go:13:7: too many arguments in call to v\n\thave (number, []int)\n\twant (...int)",
      "prog.go:14:4: not enough arguments in call to w\n\thave ([]int)\n\twant (string, ...int)",
      "prog.go:15:9: multiple-value two() (value of type (int, int)) in single-value context",
      "prog.go:17:4: cannot use three() (value of type string) as int value in argument to v",
      "prog.go:17:4: cannot use three() (value of type bool) as int value in argument to v",
      "prog.go:19:14: none() (no value) used as value",
      "prog.go:20:4: none() (no value) used as value",
      "prog.go:21:2: not enough arguments in call to w\n\thave ()\n\twant (string, ...int)",
      "prog.go:23:12: cannot use 2 (untyped int constant) as string value in argument to f",
      "prog.go:24:2: not enough arguments in call to f\n\thave ()\n\twant (int, ...string)",
      "prog.go:25:17: cannot use xs (variable of type []int) as int value in argument to append",
      "prog.go:26:23: cannot use \"x\" (untyped string constant) as int value in argument to append",
      "prog.go:27:6: invalid operation: not enough arguments for append() (expected 1, found 0)",
      "prog.go:28:13: first argument to append must be a slice; have untyped nil",
      "prog.go:29:11: invalid argument: arguments to copy xs (variable of type []int) and \"abc\" (untyped string constant) have different element types int and byte",
      "prog.go:32:6: invalid operation: too many arguments for len(two()) (expected 1, found 2)",
      "prog.go:34:2: invalid operation: too many arguments for panic(two()) (expected 1, found 2)",
    ],
  },
  {
    name: "program: a valid tour of the language",
    src: "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\ntype Color uint8\n\nconst (\n\tRed Color = 1 << iota\n\tGreen\n\tBlue\n\tAll = Red | Green | Blue\n)\n\ntype Op int\n\nconst (\n\tAdd Op = iota + 1\n\tSub\n\t_\n\tMul\n)\n\ntype Point struct{ X, Y int }\n\nfunc (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }\nfunc (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }\n\ntype Shape interface{ Area() float64 }\ntype Sq struct{ s float64 }\n\nfunc (q Sq) Area() float64 { return q.s * q.s }\n\nfunc divmod(a, b int) (q, r int) {\n\tdefer func() {\n\t\tif e := recover(); e != nil {\n\t\t\tq, r = -1, -1\n\t\t}\n\t}()\n\tq = a / b\n\tr = a % b\n\treturn\n}\n\nfunc counter() (func() int, func()) {\n\tn := 0\n\treturn func() int { n++; return n }, func() { n = 0 }\n}\n\nfunc main() {\n\tvar c Color = Red | Blue\n\tfmt.Println(c&Green == 0, c&^Red, All, Mul, ^c, c<<1, c>>1)\n\tp := Point{1, 2}\n\tp.Scale(2)\n\tpp := &p\n\tpp.Scale(3)\n\tq := pp.Add(Point{Y: 1})\n\tadd := p.Add\n\tscale := pp.Scale\n\tscale(2)\n\tfmt.Println(add(q), Point.Add(p, q), (*Point).Scale)\n\tvar shapes = [...]Shape{Sq{1}, Sq{2}}\n\tvar total float64\n\tfor _, s := range shapes {\n\t\ttotal += s.Area()\n\t}\n\tvar s Shape = Sq{3}\n\tarea := s.Area\n\tfmt.Println(total, area(), s == Sq{3}, len(shapes), cap(shapes[:1]))\n\tfmt.Println(divmod(7, 2))\n\tnext, reset := counter()\n\tnext()\n\treset()\n\tr := 'a' + 1\n\tstr := string(r) + string(rune(98))\n\tb := []byte(str)\n\tb[0] ^= 0x20\n\tfmt.Println(strings.Repeat(str, 2), string(b), r == 'b', \"x\" < \"y\", 1.5 > 1)\n\tx := 10\n\tswitch y := x * 2; {\n\tcase y > 15 && x < 20:\n\t\tfmt.Println(\"big\")\n\tcase y == 0, y < 0:\n\t}\n\tvar i interface{} = p\n\tswitch v := i.(type) {\n\tcase fmt.Stringer:\n\t\tfmt.Println(v.String())\n\tcase Point, *Point:\n\t\tfmt.Println(v)\n\t}\n\tarr := [3]int{1, 2, 3}\n\tpa := &arr\n\tfor i, v := range pa {\n\t\tpa[i] = v * 2\n\t}\n\tconst n = len(arr)\n\tvar m = map[Point][]string{{1, 2}: {\"a\"}}\n\tm[Point{1, 2}] = append(m[Point{1, 2}], \"b\")\n\tvar u uint = 1\n\tfmt.Println(n, m, u<<63>>63, -5/2, -5%2, 7&3|4, int64(1)<<40)\n\ttype pair struct {\n\t\tk string\n\t\tv int\n\t}\n\tps := []pair{{\"a\", 1}}\n\tps[0].v++\n\tvar fnm = map[string]func(int) int{\"sq\": func(i int) int { return i * i }}\n\tfmt.Println(ps, fnm[\"sq\"](3))\n\tvar e error\n\tfmt.Println(e == nil, i != nil)\n\tch := make(chan Point, 1)\n\tch <- Point{}\n\tpt, ok := <-ch\n\tfmt.Println(pt.X, ok)\n\tvar sb strings.Builder\n\tfmt.Fprintf(&sb, \"%d\", 1)\n}\n",
    want: [],
  },
  {
    name: "program: embedding, promotion and method sets",
    src: "package main\n\nimport (\n\t\"fmt\"\n\t\"io\"\n\t\"strings\"\n\t\"sync\"\n)\n\ntype Logger interface{ Log(string) }\n\ntype base struct{ prefix string }\n\nfunc (b *base) Log(s string)   { fmt.Println(b.prefix + s) }\nfunc (b base) Name() string     { return b.prefix }\n\ntype Service struct {\n\tLogger\n\t*base\n\tio.Reader\n\tmu sync.Mutex\n}\n\ntype Svc2 struct {\n\tbase\n}\n\ntype Namer interface{ Name() string }\n\nfunc run(l Logger) { l.Log(\"x\") }\nfunc name(n Namer) string { return n.Name() }\n\nfunc main() {\n\ts := Service{Logger: &base{\"a\"}, base: &base{\"b\"}, Reader: nil}\n\ts.Logger.Log(\"1\")\n\ts.base.Log(\"2\")\n\trun(s.base)\n\trun(&s)\n\tfmt.Println(name(s), name(&s))\n\tvar v Svc2\n\trun(&v)\n\trun(v)\n\tfmt.Println(name(v))\n\tbuf := make([]byte, 4)\n\tn, err := s.Read(buf)\n\tfmt.Println(n, err)\n\ts.Log(\"ambiguous\")\n}\n",
    want: [
      "prog.go:6:2: \"strings\" imported and not used",
      "prog.go:38:6: cannot use &s (value of type *Service) as Logger value in argument to run: *Service does not implement Logger (ambiguous selector *Service.Log)",
      "prog.go:42:6: cannot use v (variable of type Svc2) as Logger value in argument to run: Svc2 does not implement Logger (method Log has pointer receiver)",
      "prog.go:47:4: ambiguous selector s.Log",
    ],
  },
  {
    name: "program: initialization order through methods",
    src: "package main\n\nimport \"fmt\"\n\ntype T struct{}\n\nfunc (T) Get() int { return b * 2 }\n\nvar a = T{}.Get()\nvar b = c + 1\nvar c = 1\n\nvar d = e\nvar e = T.Get(T{})\n\nfunc main() { fmt.Println(a, b, c, d, e) }\n",
    want: [],
  },
  {
    name: "equal errors on one line are reported once",
    src: "package main\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(err, err)\n\tfmt.Println(err)\n}\n",
    want: [
      "prog.go:5:14: undefined: err",
      "prog.go:6:14: undefined: err",
    ],
  },
  {
    name: "different errors on one line are all reported",
    src: "package main\n\n\nfunc main() {\n\t_ = a + b\n}\n",
    want: [
      "prog.go:5:6: undefined: a",
      "prog.go:5:10: undefined: b",
    ],
  },
  {
    name: "generic std call after an undefined argument stays quiet",
    src: "package main\nimport \"slices\"\n\nfunc main() {\n\tslices.Reverse(ids)\n}\n",
    want: [
      "prog.go:5:17: undefined: ids",
    ],
  },
  {
    name: "program: worker pool, sharded map, owner goroutine",
    src: "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\t\"sync\"\n\t\"time\"\n)\n\ntype Job struct {\n\tID   int\n\tData map[string]int\n}\n\ntype Result struct {\n\tJobID int\n\tSum   int\n\tErr   error\n}\n\ntype Shard struct {\n\tsync.Mutex\n\titems map[string]int\n}\n\ntype ShardedMap [4]*Shard\n\nfunc NewShardedMap() *ShardedMap {\n\tvar m ShardedMap\n\tfor i := range m {\n\t\tm[i] = &Shard{items: make(map[string]int)}\n\t}\n\treturn &m\n}\n\nfunc (m *ShardedMap) shard(key string) *Shard {\n\th := 0\n\tfor _, c := range []byte(key) {\n\t\th = h*31 + int(c)\n\t}\n\treturn m[h%len(m)]\n}\n\nfunc (m *ShardedMap) Inc(key string) {\n\ts := m.shard(key)\n\ts.Lock()\n\tdefer s.Unlock()\n\ts.items[key]++\n}\n\nfunc worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {\n\tdefer wg.Done()\n\tfor j := range jobs {\n\t\tsum := 0\n\t\tfor _, v := range j.Data {\n\t\t\tsum += v\n\t\t}\n\t\tvar err error\n\t\tif sum < 0 {\n\t\t\terr = errors.New(\"negative\")\n\t\t}\n\t\tresults <- Result{JobID: j.ID, Sum: sum, Err: err}\n\t}\n}\n\nfunc owner(reqs chan func(map[string]int)) {\n\tstate := map[string]int{}\n\tfor f := range reqs {\n\t\tf(state)\n\t}\n}\n\nfunc main() {\n\tjobs := make(chan Job, 10)\n\tresults := make(chan Result, 10)\n\tvar wg sync.WaitGroup\n\tfor w := 1; w <= 3; w++ {\n\t\twg.Add(1)\n\t\tgo worker(w, jobs, results, &wg)\n\t}\n\tfor i := 0; i < 5; i++ {\n\t\tjobs <- Job{ID: i, Data: map[string]int{\"a\": i}}\n\t}\n\tclose(jobs)\n\tgo func() {\n\t\twg.Wait()\n\t\tclose(results)\n\t}()\n\ttotal := 0\n\tfor r := range results {\n\t\tif r.Err != nil {\n\t\t\tcontinue\n\t\t}\n\t\ttotal += r.Sum\n\t}\n\tsm := NewShardedMap()\n\tsm.Inc(\"k\")\n\treqs := make(chan func(map[string]int))\n\tgo owner(reqs)\n\tdone := make(chan int)\n\treqs <- func(m map[string]int) { m[\"x\"]++; done <- m[\"x\"] }\n\tfmt.Println(total, <-done)\n\ttimeout := time.After(10 * time.Millisecond)\n\ttick := time.Tick(time.Millisecond)\nloop:\n\tfor {\n\t\tselect {\n\t\tcase <-timeout:\n\t\t\tbreak loop\n\t\tcase <-tick:\n\t\t}\n\t}\n\tvar rw sync.RWMutex\n\tcounts := map[string]int{}\n\tread := func(k string) int {\n\t\trw.RLock()\n\t\tdefer rw.RUnlock()\n\t\treturn counts[k]\n\t}\n\tfmt.Println(read(\"a\"))\n}\n",
    want: [],
  },
  {
    name: "ordering against nil names the other operand's kind",
    src: "package main\n\nfunc main() {\n\tvar p *int\n\tvar e error\n\tvar s []int\n\tvar m map[int]int\n\tvar f func()\n\t_ = nil < p\n\t_ = p < nil\n\t_ = nil < e\n\t_ = s > nil\n\t_ = nil <= m\n\t_ = f >= nil\n\t_ = nil == 1\n\t_ = 1 == nil\n}\n",
    want: [
      "prog.go:9:6: invalid operation: nil < p (operator < not defined on pointer)",
      "prog.go:10:6: invalid operation: p < nil (operator < not defined on pointer)",
      "prog.go:11:6: invalid operation: nil < e (operator < not defined on interface)",
      "prog.go:12:6: invalid operation: s > nil (operator > not defined on slice)",
      "prog.go:13:6: invalid operation: nil <= m (operator <= not defined on map)",
      "prog.go:14:6: invalid operation: f >= nil (operator >= not defined on func)",
      "prog.go:15:13: invalid operation: nil == 1 (mismatched types untyped nil and untyped int)",
      "prog.go:16:11: invalid operation: 1 == nil (mismatched types untyped int and untyped nil)",
    ],
  },
  {
    name: "literal keys: duplicates and bounds",
    src: "package main\n\nfunc main() {\n\t_ = []int{1: 10, 1: 20}\n\t_ = map[string]int{\"a\": 1, \"a\": 2}\n\t_ = [2]int{5: 1}\n\ttype T struct{ a int }\n\t_ = T{a: 1, a: 2}\n\t_ = T{b: 1}\n}\n",
    want: [
      "prog.go:4:19: duplicate index 1 in array or slice literal",
      "prog.go:5:29: duplicate key \"a\" in map literal",
      "prog.go:6:13: invalid argument: index 5 out of bounds [0:2]",
      "prog.go:8:14: duplicate field name a in struct literal",
      "prog.go:9:8: unknown field b in struct literal of type T",
    ],
  },
  {
    name: "slice expression errors point at its bracket",
    src: "package main\n\nfunc h(a [2]string) {}\nfunc main() {\n\txs := []string{\"a\"}\n\th(xs[1:])\n}\n",
    want: [
      "prog.go:6:6: cannot use xs[1:] (value of type []string) as [2]string value in argument to h",
    ],
  },
  {
    name: "inherited constant initialiser errors point at each name",
    src: "package main\n\ntype Weekday struct{}\nfunc main() {\n\tconst (\n\t\ta Weekday = iota\n\t\tb\n\t\tc\n\t)\n\t_, _, _ = a, b, c\n}\n",
    want: [
      "prog.go:6:5: invalid constant type Weekday",
    ],
  },
  {
    name: "index of an undefined name still uses the index",
    src: "package main\n\n\nfunc main() {\n\tk := 1\n\towned[k] = 2\n}\n",
    want: [
      "prog.go:6:2: undefined: owned",
    ],
  },
  {
    name: "invalid recursive type: later selectors still fail",
    src: "package main\n\nimport \"fmt\"\n\ntype Node struct {\n\tVal  int\n\tNext Node\n}\n\nfunc main() {\n\tn := &Node{Val: 1}\n\tfmt.Println(n.Val)\n\tfmt.Println(n.Next.Val)\n}\n",
    want: [
      "prog.go:5:6: invalid recursive type: Node refers to itself",
      "prog.go:12:16: n.Val undefined (type *Node has no field or method Val)",
      "prog.go:13:16: n.Next undefined (type *Node has no field or method Next)",
    ],
  },
  {
    name: "conversion of nil is a value, not nil",
    src: "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n\t\"sync/atomic\"\n)\n\n// Two implementations of one interface: a mutex-guarded counter and an atomic one.\ntype Counter interface {\n\tInc()\n\tValue() int32\n}\n\ntype MutexCounter struct {\n\tmu sync.Mutex\n\tn  int64\n}\n\nfunc (c *MutexCounter) Inc() {\n\tc.mu.Lock()\n\tc.n++\n\tc.mu.Unlock()\n}\n\nfunc (c *MutexCounter) Value() int64 {\n\tc.mu.Lock()\n\tdefer c.mu.Unlock()\n\treturn c.n\n}\n\ntype AtomicCounter struct {\n\tn atomic.Int64\n}\n\nfunc (c *AtomicCounter) Inc()         { c.n.Add(1) }\nfunc (c *AtomicCounter) Value() int64 { return c.n.Load() }\n\nvar _ Counter = (*MutexCounter)(nil)\nvar _ Counter = (*AtomicCounter)(nil)\n\nfunc hammer(c Counter, goroutines int) int64 {\n\tvar wg sync.WaitGroup\n\tfor range goroutines {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tfor range 100 {\n\t\t\t\tc.Inc()\n\t\t\t}\n\t\t}()\n\t}\n\twg.Wait()\n\treturn c.Value()\n}\n\nfunc main() {\n\tfor _, c := range []Counter{&MutexCounter{}, &AtomicCounter{}} {\n\t\tfmt.Printf(\"%T: %d\\n\", c, hammer(c, 4))\n\t}\n}\n",
    want: [
      "prog.go:39:17: cannot use (*MutexCounter)(nil) (value of type *MutexCounter) as Counter value in variable declaration: *MutexCounter does not implement Counter (wrong type for method Value)\n\t\thave Value() int64\n\t\twant Value() int32",
      "prog.go:40:17: cannot use (*AtomicCounter)(nil) (value of type *AtomicCounter) as Counter value in variable declaration: *AtomicCounter does not implement Counter (wrong type for method Value)\n\t\thave Value() int64\n\t\twant Value() int32",
      "prog.go:54:9: cannot use c.Value() (value of type int32) as int64 value in return statement",
      "prog.go:58:30: cannot use &MutexCounter{} (value of type *MutexCounter) as Counter value in array or slice literal: *MutexCounter does not implement Counter (wrong type for method Value)\n\t\thave Value() int64\n\t\twant Value() int32",
      "prog.go:58:47: cannot use &AtomicCounter{} (value of type *AtomicCounter) as Counter value in array or slice literal: *AtomicCounter does not implement Counter (wrong type for method Value)\n\t\thave Value() int64\n\t\twant Value() int32",
    ],
  },
  {
    name: "pointer to interface does not implement it",
    src: "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tvar mu sync.Locker\n\tcond := sync.NewCond(&mu)\n\tready := false\n\tmu.Lock()\n\tfor !ready {\n\t\tfmt.Println(\"waiting for signal\")\n\t\tcond.Wait()\n\t}\n\tmu.Unlock()\n}\n",
    want: [
      "prog.go:10:23: cannot use &mu (value of type *sync.Locker) as sync.Locker value in argument to sync.NewCond: *sync.Locker does not implement sync.Locker (type *sync.Locker is pointer to interface, not interface)",
    ],
  },
  {
    name: "argument count is checked even with an undefined argument",
    src: "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\t\"sort\"\n\t\"strconv\"\n\t\"strings\"\n)\n\n// Rule: std functions are ordinary functions with fixed signatures: argument counts and types\n// are checked as for any call, and a local name can shadow a built-in. Arguments of a call to a\n// non-function are not checked, so parts is never used.\n\nfunc main() {\n\terr := errors.New(x,  1)\n\ts := strconv.Itoa( int64(1))\n\t parts := strings.Split( \"a,b\")\n\tsort.Ints( map[string]int{})\n\tlen := 3\n\tfmt.Println( len(parts), err, s)\n}\n",
    want: [
      "prog.go:16:20: undefined: x",
      "prog.go:16:24: too many arguments in call to errors.New\n\thave (unknown type, number)\n\twant (string)",
      "prog.go:17:21: cannot use int64(1) (constant 1 of type int64) as int value in argument to strconv.Itoa",
      "prog.go:18:3: declared and not used: parts",
      "prog.go:18:27: not enough arguments in call to strings.Split\n\thave (string)\n\twant (string, string)",
      "prog.go:19:13: cannot use map[string]int{} (value of type map[string]int) as []int value in argument to sort.Ints",
      "prog.go:21:15: invalid operation: cannot call non-function len (variable of type int)",
    ],
  },
  {
    name: "blank identifier as a value",
    src: "package main\n\n\nfunc main() {\n\tx := _ + 1\n\t_ = x\n}\n",
    want: [
      "prog.go:5:7: cannot use _ as value or type",
    ],
  },
  {
    name: "an unknown import stops before type checking",
    src: "package main\nimport \"fmtx\"\n\nfunc main() {\n\t_ = 1 + \"hi\"\n}\n",
    want: [
      "prog.go:2:8: package fmtx is not in std ($GOROOT/src/fmtx)",
    ],
  },
  {
    name: "constants with failed initialisers are never duplicate cases",
    src: "package main\n\nimport \"fmt\"\n\n// iota numbers constants; a String method makes the enum print by name.\ntype State string\n\nconst (\n\tIdle State = iota\n\tRunning\n\tBlocked\n\tDead\n)\n\nfunc (s State) String() string {\n\tswitch s {\n\tcase Idle:\n\t\treturn \"idle\"\n\tcase Running:\n\t\treturn \"running\"\n\tcase Blocked:\n\t\treturn 1, \"blocked\"\n\t}\n\treturn fmt.Sprintf(\"State(%d)\", int(s))\n}\n\nconst (\n\t_  = iota\n\tKB = 1 << (10 * iota)\n\tMB\n\tGB\n)\n\nconst (\n\tflagWriting uint8 = 1 << iota\n\tflagIterating\n\tflagGrowing\n)\n\nfunc main() {\n\tfmt.Println(Idle, Running, Blocked, Dead)\n\tfmt.Println(KB, MB, GB)\n\tflags := flagWriting | flagGrowing\n\tfmt.Println(flags&flagWriting != 0, flags&flagIterating != 0, flags&^flagWriting)\n}\n",
    want: [
      "prog.go:9:15: cannot use iota (untyped int constant 0) as State value in constant declaration",
      "prog.go:10:2: cannot use iota (untyped int constant 1) as State value in constant declaration",
      "prog.go:11:2: cannot use iota (untyped int constant 2) as State value in constant declaration",
      "prog.go:12:2: cannot use iota (untyped int constant 3) as State value in constant declaration",
      "prog.go:22:13: too many return values\n\thave (number, string)\n\twant (string)",
      "prog.go:24:38: cannot convert s (variable of type State) to type int",
    ],
  },
  {
    name: "slicing a map",
    src: "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\n// Compute each key's value at most once: a map of *entry, each with its own sync.Once.\ntype entry struct {\n\tonce  sync.Once\n\tvalue int\n}\n\ntype Memo struct {\n\tmu      sync.Mutex\n\tentries map[int]*entry\n\tcalls   int\n}\n\nfunc (m *Memo) Get(n int) int {\n\tm.mu.Lock()\n\te, ok := m.entries[n:]\n\tif !ok {\n\t\te = &entry{}\n\t\tm.entries[n] = e\n\t}\n\tm.mu.Unlock()\n\te.once.Do(func() {\n\t\tm.mu.Lock()\n\t\tm.calls++\n\t\tm.mu.Unlock()\n\t\te.value = n * n\n\t})\n\treturn e.value\n}\n\nfunc main() {\n\tmemo := &Memo{entries: map[int]*entry{}}\n\tvar wg sync.WaitGroup\n\tfor i := 0; i < 12; i++ {\n\t\twg.Add(1)\n\t\tgo func(i int) {\n\t\t\tdefer wg.Done()\n\t\t\tmemo.Get(i % 3)\n\t\t}(i)\n\t}\n\twg.Wait()\n\tfmt.Println(memo.Get(2), memo.calls)\n}\n",
    want: [
      "prog.go:22:11: invalid operation: cannot slice m.entries (variable of type map[int]*entry)",
    ],
  },
  {
    name: "duplicate map keys are named by value",
    src: "package main\n\nimport \"fmt\"\n\ntype Color string\n\nconst (\n\tRed Color = iota\n\tGreen\n)\n\nfunc (c Color) String() string {\n\tswitch c {\n\tcase Red:\n\t\treturn \"Red\"\n\tcase Green:\n\t\treturn \"Green\"\n\t}\n\treturn fmt.Sprintf(\"Color(%d)\", int(c))\n}\n\ntype Failure struct{ Op string }\n\nfunc (f *Failure) Error() string { return \"failed: \" + f.Op }\n\nfunc main() {\n\tfmt.Println(Red, Green, Color(7))\n\tfmt.Printf(\"%v %s %d %q %+v %#v\\n\", Green, Green, Green, Green, Green, Green)\n\tfmt.Println([]Color{Red, Green}, map[Color]int{Green: 2, Red: 1})\n\tvar err error = &Failure{\"write\"}\n\tfmt.Println(err)\n\tfmt.Printf(\"%v|%s|%q\\n\", err, err, err)\n\tfmt.Println(struct{ C Color }{Green})\n}\n",
    want: [
      "prog.go:8:14: cannot use iota (untyped int constant 0) as Color value in constant declaration",
      "prog.go:9:2: cannot use iota (untyped int constant 1) as Color value in constant declaration",
      "prog.go:19:38: cannot convert c (variable of type Color) to type int",
      "prog.go:29:59: duplicate key unknown in map literal",
    ],
  },
  {
    name: "methods with invalid receivers still have their bodies checked",
    src: "package main\n\nimport \"fmt\"\n\n// Rule: a named type is distinct from its underlying type (conversion is explicit); receivers\n// must be named non-pointer, non-interface types; an embedded field cannot point to an interface.\n\ntype Celsius float64\n\ntype Reader interface {\n\tRead() string\n}\n\ntype IntPtr *int\n\nfunc ( r Reader) Close() {}\n\nfunc ( p IntPtr) Get() int { return 0.5 }\n\ntype Wrapper struct {\n\t *Reader\n}\n\nfunc main() {\n\tf := 21.5\n\tvar c Celsius =  f\n\td := Celsius(f)\n\tvar g float64 =  d\n\tfmt.Println(c, g, Wrapper{})\n}\n",
    want: [
      "prog.go:16:8: invalid receiver type Reader (pointer or interface type)",
      "prog.go:18:8: invalid receiver type IntPtr (pointer or interface type)",
      "prog.go:18:37: cannot use 0.5 (untyped float constant) as int value in return statement (truncated)",
      "prog.go:21:3: embedded field type cannot be a pointer to an interface",
      "prog.go:26:19: cannot use f (variable of type float64) as Celsius value in variable declaration",
      "prog.go:28:19: cannot use d (variable of type Celsius) as float64 value in variable declaration",
    ],
  },
  {
    name: "slice expressions",
    src: "package main\n\nfunc f() [3]int { return [3]int{} }\nfunc main() {\n\ts := \"abc\"\n\t_ = s[0:1:2]\n\tarr := [3]int{}\n\t_ = f()[:]\n\t_ = arr[1:2:3]\n}\n",
    want: [
      "prog.go:6:12: invalid operation: 3-index slice of string",
      "prog.go:8:6: invalid operation: f() (value of type [3]int) (slice of unaddressable value)",
    ],
  },
  {
    name: "comma-ok values keep their description",
    src: "package main\n\n\nfunc main() {\n\tch := make(chan int)\n\tvar s, extra string = <-ch\n\t_ = s\n}\n",
    want: [
      "prog.go:6:9: declared and not used: extra",
      "prog.go:6:24: cannot use <-ch (comma, ok expression of type int) as string value in assignment",
      "prog.go:6:24: cannot use <-ch (untyped bool value) as string value in assignment",
    ],
  },
  {
    name: "typed nil is described with its type",
    src: "package main\n\nimport \"fmt\"\n\n// Setting a channel variable to nil turns its select case off.\nfunc main() {\n\tvar unused int\n\ta := make(chan int)\n\tb := make(chan int)\n\tgo func() {\n\t\tfor i := 0; i < 2; i++ {\n\t\t\ta <- i\n\t\t}\n\t\tclose(a)\n\t}()\n\tgo func() {\n\t\tfor i := 10; i < 13; i++ {\n\t\t\tb <- i\n\t\t}\n\t\tclose(b)\n\t}()\n\tsum, count := 0, 0\n\tfor a != nil + b != nil {\n\t\tselect {\n\t\tcase v, ok := <-a:\n\t\t\tif !ok {\n\t\t\t\ta = nil\n\t\t\t\tcontinue\n\t\t\t}\n\t\t\tsum += v\n\t\t\tcount++\n\t\tcase v, ok := <-b:\n\t\t\tif !ok {\n\t\t\t\tb = nil\n\t\t\t\tcontinue\n\t\t\t}\n\t\t\tsum += v\n\t\t\tcount++\n\t\t}\n\t}\n\tfmt.Println(sum, count)\n}\n",
    want: [
      "prog.go:7:6: declared and not used: unused",
      "prog.go:23:11: invalid operation: operator + not defined on nil (of type chan int)",
    ],
  },
  {
    name: "a duplicate struct field is left out of the struct",
    src: "package main\n\nimport \"fmt\"\n\ntype User struct {\n\tName   string\n\tVisits int\n\tVisits int\n}\n\n// A map element is not addressable: to change a field, copy out, modify, store back.\nfunc main() {\n\tusers := map[string]User{\"ann\": {\"Ann\", 1}}\n\tu := users[\"ann\"]\n\tu.Visits++\n\tfmt.Println(users[\"ann\"].Visits, u.Visits)\n\tusers[\"ann\"] = u\n\tfmt.Println(users)\n\tptrs := map[string]*User{\"bob\": {\"Bob\", 1}}\n\tptrs[\"bob\"].Visits += 10\n\tfmt.Println(*ptrs[\"bob\"])\n}\n",
    want: [
      "prog.go:8:2: Visits redeclared\n\tprog.go:7:2: other declaration of Visits",
    ],
  },
  {
    name: "mutant: unknown field with a differently-cased field",
    src: "package main\n\nimport \"fmt\"\n\n// One goroutine owns the map; others talk to it through channels, so no lock is needed.\ntype getReq struct {\n\tkey   string\n\treply chan string\n}\n\ntype setReq struct {\n\tKey, value string\n\tdone       chan struct{}\n}\n\ntype server struct {\n\tgets chan getReq\n\tsets chan setReq\n\tquit chan struct{}\n}\n\nfunc (s *server) loop() {\n\tdata := map[string]string{}\n\tfor {\n\t\tselect {\n\t\tcase r := <-s.gets:\n\t\t\tr.reply <- data[r.key]\n\t\tcase r := <-s.sets:\n\t\t\tdata[r.key] = r.value\n\t\t\tclose(r.done)\n\t\tcase <-s.quit:\n\t\t\treturn\n\t\t}\n\t}\n}\n\nfunc main() {\n\ts := &server{gets: make(chan getReq), sets: make(chan setReq), quit: make(chan struct{})}\n\tgo s.loop()\n\n\tdone := make(chan struct{})\n\ts.sets <- setReq{key: \"lang\", value: \"Go\", done: done}\n\t<-done\n\n\treply := make(chan string)\n\ts.gets <- getReq{key: \"lang\", reply: reply}\n\tfmt.Println(\"lang =\", <-reply)\n\tclose(s.quit)\n}\n",
    want: [
      "prog.go:29:11: r.key undefined (type setReq has no field or method key, but does have field Key)",
      "prog.go:42:19: unknown field key in struct literal of type setReq, but does have Key",
    ],
  },
  {
    name: "mutant: a selector on a type is not a type",
    src: "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\n// Storing pointers in a map lets you update a struct in place (m[k].field = v is not allowed for values).\ntype Stats struct {\n\tHits   int\n\tMisses int\n}\n\ntype Tracker struct {\n\tmu    string.Mutex\n\tstats map[string]*Stats\n}\n\nfunc (t *Tracker) Hit(page string) {\n\tt.mu.Lock()\n\tdefer t.mu.Unlock()\n\ts, ok := t.stats[page]\n\tif !ok {\n\t\ts = &Stats{}\n\t\tt.stats[page] = s\n\t}\n\ts.Hits++\n}\n\nfunc main() {\n\tt := &Tracker{stats: map[string]*Stats{}}\n\tt.Hit(\"/\")\n\tt.Hit(\"/\")\n\tt.Hit(\"/about\")\n\tfmt.Println(t.stats[\"/\"].Hits, t.stats[\"/about\"].Hits)\n\tvalues := map[string]Stats{\"x\": {Hits: 1}}\n\tv := values[\"x\"]\n\tv.Misses = 4\n\tvalues[\"x\"] = v\n\tfmt.Printf(\"%+v\\n\", values[\"x\"])\n}\n",
    want: [
      "prog.go:5:2: \"sync\" imported and not used",
      "prog.go:15:15: string.Mutex is not a type",
    ],
  },
  {
    name: "mutant: int.Int64 is not a type",
    src: "package main\nimport \"sync/atomic\"\n\nfunc main() {\n\tvar n int.Int64\n\tvar x int = n\n\t_ = x\n}\n",
    want: [
      "prog.go:2:8: \"sync/atomic\" imported and not used",
      "prog.go:5:12: int.Int64 is not a type",
    ],
  },
  {
    name: "mutant: conversion without argument",
    src: "package main\n\nfunc f() int {\n\treturn 1, 2\n}\n\nfunc main() { int() }\n",
    want: [
      "prog.go:4:12: too many return values\n\thave (number, number)\n\twant (int)",
      "prog.go:7:15: missing argument in conversion to int",
    ],
  },
  {
    name: "mutant: selecting on a builtin",
    src: "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int, 1)\n\tclose(ch)\n\tmake.Println(\"closed once\")\n\tclose(ch)\n}\n",
    want: [
      "prog.go:3:8: \"fmt\" imported and not used",
      "prog.go:8:6: cannot select on make (built-in)",
    ],
  },
  {
    name: "mutant: receive from a channel of undefined type",
    src: "package main\n\n\nfunc main() {\n\tch := make(chan s)\n\tvar s, extra string = <-ch\n\t_ = s\n}\n",
    want: [
      "prog.go:5:18: undefined: s",
      "prog.go:6:9: declared and not used: extra",
      "prog.go:6:24: cannot use <-ch (untyped bool value) as string value in assignment",
    ],
  },
  {
    name: "mutant: map key checked after its type is declared",
    src: "package main\n\nimport \"fmt\"\n\n// An inner map must be created before it is written; reading a missing one is safe.\ntype Graph map[Graph]map[string]int\n\nfunc (g Graph) AddEdge(from, to string, w int) {\n\tif g[from] == nil {\n\t\tg[from] = make(map[string]int)\n\t}\n\tg[from][to] = w\n}\n\nfunc main() {\n\tg := Graph{}\n\tg.AddEdge(\"a\", \"b\", 3)\n\tg.AddEdge(\"a\", \"c\", 1)\n\tg.AddEdge(\"b\", \"c\", 7)\n\tfmt.Println(len(g), len(g[\"a\"]), g[\"b\"][\"c\"], g[\"z\"][\"y\"])\n\tdelete(g[\"a\"], \"b\")\n\tdelete(g, \"b\")\n\tfmt.Println(g)\n}\n",
    want: [
      "prog.go:6:16: invalid map key type Graph",
      "prog.go:9:7: cannot use from (variable of type string) as Graph value in map index",
      "prog.go:10:5: cannot use from (variable of type string) as Graph value in map index",
      "prog.go:12:4: cannot use from (variable of type string) as Graph value in map index",
      "prog.go:20:28: cannot use \"a\" (untyped string constant) as Graph value in map index",
      "prog.go:20:37: cannot use \"b\" (untyped string constant) as Graph value in map index",
      "prog.go:20:50: cannot use \"z\" (untyped string constant) as Graph value in map index",
      "prog.go:21:11: cannot use \"a\" (untyped string constant) as Graph value in map index",
      "prog.go:22:12: cannot use \"b\" (untyped string constant) as Graph value in argument to delete",
    ],
  },
  {
    name: "mutant: recursive type: method expression stays quiet",
    src: "package main\n\nimport \"fmt\"\n\ntype Node struct {\n\tVal  int\n\tNext Node\n}\n\nfunc main() {\n\tn := &Node{Val: 1}\n\tfmt.Println(Node.Val)\n\tfmt.Println(n.Next.Val)\n}\n",
    want: [
      "prog.go:5:6: invalid recursive type: Node refers to itself",
      "prog.go:13:16: n.Next undefined (type *Node has no field or method Next)",
    ],
  },
  {
    name: "mutant: pointer to an undefined type is invalid",
    src: "package main\n\nfunc main() {\n\tvar p *Int\n\tvar e error\n\tvar s []int\n\tvar m map[int]int\n\tvar f func()\n\t_ = nil < p\n\t_ = p < nil\n\t_ = nil < e\n\t_ = s > nil\n\t_ = nil <= m\n\t_ = f >= nil\n\t_ = nil == 1\n\t_ = 1 == nil\n}\n",
    want: [
      "prog.go:4:9: undefined: Int",
      "prog.go:11:6: invalid operation: nil < e (operator < not defined on interface)",
      "prog.go:12:6: invalid operation: s > nil (operator > not defined on slice)",
      "prog.go:13:6: invalid operation: nil <= m (operator <= not defined on map)",
      "prog.go:14:6: invalid operation: f >= nil (operator >= not defined on func)",
      "prog.go:15:13: invalid operation: nil == 1 (mismatched types untyped nil and untyped int)",
      "prog.go:16:11: invalid operation: 1 == nil (mismatched types untyped int and untyped nil)",
    ],
  },
  {
    name: "mutant: array with an invalid length",
    src: "package main\n\nimport (\n\t\"fmt\"\n\t\"hash/fnv\"\n\t\"sync\"\n)\n\nvar shards = 4\n\ntype shard struct {\n\tmu sync.Mutex\n\tm  map[string]int\n}\n\ntype ShardedMap [shards]*shard\n\nfunc (s *ShardedMap) get(key string) *shard {\n\th := fnv.New32a()\n\th.Write([2]byte(key))\n\treturn s[h.Sum32()%shards]\n}\n\nfunc main() {\n\tvar sm ShardedMap\n\tfor i := range sm {\n\t\tsm[i] = &shard{m: map[string]int{}}\n\t}\n\tvar wg sync.WaitGroup\n\tfor g := 0; g < 8; g++ {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tfor i := 0; i < 100; i++ {\n\t\t\t\tk := fmt.Sprint(\"key\", i%16)\n\t\t\t\tsh := sm.get(k)\n\t\t\t\tsh.mu.Lock()\n\t\t\t\tsh.m[k]++\n\t\t\t\tsh.mu.Unlock()\n\t\t\t}\n\t\t}()\n\t}\n\twg.Wait()\n\ttotal, keys := 0, 0\n\tfor _, sh := range sm {\n\t\tkeys += len(sh.m)\n\t\tfor _, v := range sh.m {\n\t\t\ttotal += v\n\t\t}\n\t}\n\tfmt.Println(keys, total)\n}\n",
    want: [
      "prog.go:16:18: invalid array length shards",
      "prog.go:20:18: cannot convert key (variable of type string) to type [2]byte",
      "prog.go:21:10: invalid operation: cannot index s (variable of type *ShardedMap)",
      "prog.go:21:11: invalid operation: h.Sum32() % shards (mismatched types uint32 and int)",
      "prog.go:26:17: cannot range over sm (variable of type ShardedMap)",
      "prog.go:27:5: invalid operation: cannot index sm (variable of type ShardedMap)",
      "prog.go:45:21: cannot range over sm (variable of type ShardedMap)",
    ],
  },
  {
    name: "mutant: a package name used as a type",
    src: "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\n// Storing pointers in a map lets you update a struct in place (m[k].field = v is not allowed for values).\ntype Stats struct {\n\tHits   fmt\n\tMisses int\n}\n\ntype Tracker struct {\n\tmu    sync.Mutex\n\tstats map[string]*Stats\n}\n\nfunc (t *Tracker) Hit(page string) {\n\tt.mu.Lock()\n\tdefer t.mu.Unlock()\n\ts, ok := t.stats[page]\n\tif !ok {\n\t\ts = &Stats{}\n\t\tt.stats[page] = s\n\t}\n\ts.Hits++\n}\n\nfunc main() {\n\tt := &Tracker{stats: map[string]*Stats{}}\n\tt.Hit(\"/\")\n\tt.Hit(\"/\")\n\tt.Hit(\"/about\")\n\tfmt.Println(t.stats[\"/\"].Hits, t.stats[\"/about\"].Hits)\n\tvalues := map[string]Stats{\"x\": {Hits: 1}}\n\tv := values[\"x\"]\n\tv.Misses = 4\n\tvalues[\"x\"] = v\n\tfmt.Printf(\"%+v\\n\", values[\"x\"])\n}\n",
    want: [
      "prog.go:10:9: fmt is not a type",
    ],
  },
  {
    name: "mutant: min of a string and a number",
    src: "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := \"héllo\"\n\tfor i := 0; i < len(s); i++ {\n\t\tfmt.Print(s[i], \" \")\n\t}\n\tfmt.Println()\n\tfmt.Println(s[1], string(s[1]), s[1:3], s[:1]+s[3:])\n\tfmt.Printf(\"%T %T\\n\", s[0], s[0:1])\n\t_ = min(s, 1)\n}\n",
    want: [
      "prog.go:13:13: invalid argument: mismatched types string (previous argument) and untyped int (type of 1)",
    ],
  },
  {
    name: "mutant: a pointer to a failed type satisfies interfaces quietly",
    src: "package main\n\nimport \"fmt\"\n\ntype Node struct {\n\tVal  int\n\tNext Node\n}\n\nfunc main() {\n\tn := &Node{Val: 1}\n\tfmt.Println(n.Val)\n\tfmt.Println(n.Next.Val)\n\tvar _ fmt.Stringer = n\n}\n",
    want: [
      "prog.go:5:6: invalid recursive type: Node refers to itself",
      "prog.go:12:16: n.Val undefined (type *Node has no field or method Val)",
      "prog.go:13:16: n.Next undefined (type *Node has no field or method Next)",
    ],
  },
  {
    name: "mutant: embedded pointer field redeclared",
    src: "package main\n\ntype Counter struct{ n int }\n\nfunc (c *Counter) String() string { return \"\" }\n\ntype Stringer interface{ String() string }\n\nfunc f(s Stringer) {}\nfunc main() {\n\tvar c Counter\n\tf(c)\n}\n\ntype Z struct {\n\tCounter\n\t*Counter\n}\n",
    want: [
      "prog.go:12:4: cannot use c (variable of type Counter) as Stringer value in argument to f: Counter does not implement Stringer (method String has pointer receiver)",
      "prog.go:17:3: Counter redeclared\n\tprog.go:16:2: other declaration of Counter",
    ],
  },
  {
    name: "mutant: invalid receiver through an alias of a pointer to an interface",
    src: "package main\n\ntype I interface{ M() }\nfunc main() {\n\tvar p *I\n\tp.M()\n}\n\ntype W = *I\n\nfunc (w W) M() {}\n",
    want: [
      "prog.go:6:4: p.M undefined (type *I is pointer to interface, not interface)",
      "prog.go:11:7: invalid receiver type I (pointer or interface type)",
    ],
  },
  {
    name: "mutant: package-level initialisers still see a recursive struct",
    src: "package main\n\ntype Node struct{ next Node }\n\nfunc main() {}\n\nvar _ = len(Node{})\n",
    want: [
      "prog.go:3:6: invalid recursive type: Node refers to itself",
      "prog.go:7:13: invalid argument: Node{} (value of type Node) for built-in len",
    ],
  },
  {
    name: "mutant: package-level literal of a recursive struct",
    src: "package main\n\ntype Node struct{ next Node }\n\nfunc main() {}\n\nvar _ = Node{1, 2, 3, 4, 5}\n",
    want: [
      "prog.go:3:6: invalid recursive type: Node refers to itself",
      "prog.go:7:14: cannot use 1 (untyped int constant) as Node value in struct literal",
      "prog.go:7:17: too many values in struct literal of type Node",
    ],
  },
  {
    name: "mutant: complex constant to int is truncated",
    src: "package main\n\nfunc f(x int) int {\n\tswitch x {\n\tcase 1:\n\t\treturn 1\n\t}\n}\n\nfunc main() { f((1 + 2i)) }\n",
    want: [
      "prog.go:8:1: missing return",
      "prog.go:10:17: cannot use (1 + 2i) (untyped complex constant) as int value in argument to f (truncated)",
    ],
  },
  {
    name: "mutant: duplicate field still checks its value",
    src: "package main\n\ntype T struct{ a, b int }\nfunc main() {\n\t_ = T{a: 1, a: nil}\n}\n",
    want: [
      "prog.go:5:14: duplicate field name a in struct literal",
      "prog.go:5:17: cannot use nil as int value in struct literal",
    ],
  },
  {
    name: "mutant: fractional shift count",
    src: "package main\n\n\nfunc main() {\n\tf := 1 << 70.5\n\t_ = f << 2\n}\n",
    want: [
      "prog.go:5:12: 70.5 (untyped float constant) truncated to uint",
    ],
  },
  {
    name: "mutant: 3-index slice of a string stops there",
    src: "package main\n\nfunc f() [3]int { return [3]int{} }\nfunc main() {\n\ts := \"abc\"\n\t_ = s[0:make(chan int):2]\n\tarr := [3]int{}\n\t_ = f()[:]\n\t_ = arr[1:2:3]\n}\n",
    want: [
      "prog.go:6:25: invalid operation: 3-index slice of string",
      "prog.go:8:6: invalid operation: f() (value of type [3]int) (slice of unaddressable value)",
    ],
  },
  {
    name: "mutant: complex constant arithmetic",
    src: "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\n// Untyped constants are exact and take their type from context, even past int64.\nconst (\n\thuge     = 1 << 100\n\tshifted  = huge >> 98\n\tratio    = 2.5\n\twhole    = ratio * 2\n\tmaxInt64 = 1<<63 - 1\n\tletter   = 'a' + 1\n\tgreeting = \"hello, \" + \"lab\"\n)\n\ntype Celsius float64\n\nconst boiling Celsius = 100\n\nfunc main() {\n\tvar n int = shifted\n\tvar f float64 = huge / 1e30\n\tvar i int = whole\n\tvar d time.Duration = 3 * time.Second / 2\n\tfmt.Println(n, f > 1, i, int64(maxInt64), string(rune(letter)), greeting)\n\tfmt.Println(boiling/2, d, 7/2, 7/2.0, -7/2, -(1 + 2i)%3)\n\tvar u8 uint8 = 255\n\tu8++\n\tfmt.Println(u8, 1<<10, 0x1F, 0o17, 0b101, 1_000_000)\n\tx := 10\n\tfmt.Println(x<<2, x>>1, x&3, x|5, x^1, x&^2)\n}\n",
    want: [
      "prog.go:29:46: invalid operation: operator % not defined on -(1 + 2i) (untyped complex constant (-1 + -2i))",
    ],
  },
  {
    name: "mutant: a variable of invalid type used as a package",
    src: "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tvar sync mu.Mutex\n\tvar rw sync.RWMutex\n\tunbuf := make(chan int)\n\tvar nilCh chan int\n\tmu.Lock()\n\trw.Lock()\n\tready := make(chan bool)\n\tgo func() { ready <- true; mu.Lock() }()\n\t<-ready\n\tgo func() { ready <- true; rw.RLock() }()\n\t<-ready\n\tgo func() { ready <- true; unbuf <- 1 }()\n\t<-ready\n\tgo func() { ready <- true; <-nilCh }()\n\t<-ready\n\tgo func() { ready <- true; select {} }()\n\t<-ready\n\tfmt.Println(\"all blocked\")\n\t<-unbuf\n\t<-unbuf\n}\n",
    want: [
      "prog.go:5:2: \"sync\" imported and not used",
      "prog.go:9:11: undefined: mu",
      "prog.go:13:2: undefined: mu",
      "prog.go:16:29: undefined: mu",
    ],
  },
  {
    name: "mutant: op-assignment to a function",
    src: "package main\n\nimport \"fmt\"\n\ntype stack struct{ items []int }\n\nfunc (s *stack) pop() int {\n\tv := s.items[len(s.items)-1]\n\ts.items = s.items[:len(s.items)-1]\n\treturn v\n}\n\nfunc sum(s *stack, n int) int {\n\tmain := 0\n\tfor i := 0; i < n; i++ {\n\t\ttotal += s.pop()\n\t}\n\treturn total\n}\n\nfunc total() {\n\ts := &stack{items: []int{1, 2, 3}}\n\tfmt.Println(sum(s, 2))\n\tfmt.Println(sum(s, 2))\n}\n",
    want: [
      "prog.go:14:2: declared and not used: main",
      "prog.go:16:3: invalid operation: total += s.pop() (mismatched types func() and int)",
      "prog.go:16:3: cannot assign to total (neither addressable nor a map index expression)",
      "prog.go:18:9: cannot use total (value of type func()) as int value in return statement",
    ],
  },
  {
    name: "mutant: map literal with wrong keys",
    src: "package main\n\n\nfunc main() {\n\t_ = map[int]string{\"a\": 1, \"a\": 2}\n}\n",
    want: [
      "prog.go:5:21: cannot use \"a\" (untyped string constant) as int value in map literal",
    ],
  },
  {
    name: "mutant: a package used as a value is not a use of the import",
    src: "package main\n\nimport \"fmt\"\n\nfunc describe(f func()) {\n\tdefer func() {\n\t\tr := recover()\n\t\tr.Printf(\"%T: %v\\n\", r, fmt)\n\t}()\n\tf()\n}\n\nfunc main() {\n\tvar m map[string]bool\n\ts := []int{1, 2, 3}\n\tidx := 5\n\tzero := 0\n\tvar p *int\n\tvar i any = \"x\"\n\tdescribe(func() { m[\"a\"] = true })\n\tdescribe(func() { _ = s[idx] })\n\tdescribe(func() { _ = 1 / zero })\n\tdescribe(func() { _ = *p })\n\tdescribe(func() { _ = i.(int) })\n\tdescribe(func() { panic(nil) })\n}\n",
    want: [
      "prog.go:3:8: \"fmt\" imported and not used",
      "prog.go:8:5: r.Printf undefined (type interface{} has no field or method Printf)",
      "prog.go:8:27: use of package fmt not in selector",
    ],
  },
  {
    name: "mutant: selector on a variable where a type is expected",
    src: "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n\t\"sync/atomic\"\n\t\"time\"\n)\n\n// A buffered channel as a counting semaphore: at most three goroutines work at once.\nfunc main() {\n\tsem := make(chan struct{}, 3)\n\tvar active, peak int32\n\tvar wg sem.WaitGroup\n\tfor i := 0; i < 10; i++ {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tsem <- struct{}{}\n\t\t\tdefer func() { <-sync }()\n\t\t\tn := atomic.AddInt32(&active, 1)\n\t\t\tfor {\n\t\t\t\tp := atomic.LoadInt32(&peak)\n\t\t\t\tif n <= p || atomic.CompareAndSwapInt32(&peak, p, n) {\n\t\t\t\t\tbreak\n\t\t\t\t}\n\t\t\t}\n\t\t\ttime.Sleep(time.Millisecond)\n\t\t\tatomic.AddInt32(&active, -1)\n\t\t}()\n\t}\n\twg.Wait()\n\tfmt.Println(\"peak <= 3:\", atomic.LoadInt32(&peak) <= 3)\n}\n",
    want: [
      "prog.go:5:2: \"sync\" imported and not used",
      "prog.go:14:13: sem.WaitGroup is not a type",
      "prog.go:20:21: use of package sync not in selector",
    ],
  },
  {
    name: "mutant: a call whose result type is undefined still counts its results",
    src: "package main\n\nfunc one() _ { return 1 }\nfunc main() {\n\ta, b := one()\n\t_, int = a, b\n}\n",
    want: [
      "prog.go:3:12: cannot use _ as value or type",
      "prog.go:5:10: assignment mismatch: 2 variables but one returns 1 value",
      "prog.go:6:5: int (type) is not an expression",
    ],
  },
];

describe('checker table (expected output from Go 1.23)', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    expect(check(row.src)).toEqual(row.want);
  });

  it('covers both accepted and rejected programs', () => {
    expect(rows.filter((r) => r.want.length > 0).length).toBeGreaterThanOrEqual(60);
    expect(rows.filter((r) => r.want.length === 0).length).toBeGreaterThanOrEqual(5);
  });
});
