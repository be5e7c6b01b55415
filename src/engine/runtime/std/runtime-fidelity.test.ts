// Behaviour of the std runtime against real Go 1.23: fmt calling Error/String methods, errors
// chains, sort.Interface, timers on virtual time, math/rand determinism. Expected outputs were
// printed by `go run` (Go 1.23.5) for the same programs.
import { describe, expect, it } from 'vitest';
import { runSource } from '../../run-source.ts';

const run = (src: string, seed = 1) => runSource(src, { seed, procs: 1 });

describe('fmt calls Error and String methods (handleMethods)', () => {
  it('at every depth, per verb, through pointers, promoted, never behind unexported fields', () => {
    const src = `package main

import "fmt"

type C int

func (c C) String() string { return fmt.Sprintf("C%d", int(c)) }

type P struct{ N string }

func (p *P) String() string { return "P:" + p.N }

type E struct{ code int }

func (e E) Error() string { return fmt.Sprint("E", e.code) }

type Both int

func (Both) Error() string  { return "err" }
func (Both) String() string { return "str" }

type wrap struct {
	Pub  C
	priv C
}

type Inner struct{}

func (Inner) String() string { return "inner" }

type Outer struct{ Inner }

func main() {
	fmt.Println(C(1), []C{2, 3}, map[C]int{4: 1}, &P{"x"}, P{"y"}, E{5}, Both(0))
	fmt.Printf("%v %s %q %x %d %+v\\n", C(1), C(2), C(3), C(4), C(5), wrap{6, 7})
	fmt.Println(Outer{}, []any{C(8), nil, E{9}})
	var np *P
	fmt.Println(np)
	fmt.Println(fmt.Sprintf("%8s|%-6v|", C(1), C(22)))
}
`;
    const r = run(src);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('C1 [C2 C3] map[C4:1] P:x {y} E5 err\nC1 C2 "C3" 4334 5 {Pub:C6 priv:7}\ninner [C8 <nil> E9]\n<nil>\n      C1|C22   |\n');
  });

  it('calls each method once per value printed, in order', () => {
    const src = `package main

import "fmt"

var calls int

type T int

func (t T) String() string { calls++; return fmt.Sprint("T", int(t), "#", calls) }

func main() {
	fmt.Println(T(1), []T{2, 3}, map[string]T{"k": 4})
	fmt.Println(calls)
}
`;
    expect(run(src).stdout).toBe('T1#1 [T2#2 T3#3] map[k:T4#4]\n4\n');
  });

  it('prints a panic value by its Error or String method', () => {
    const src = `package main

type Temp float64

func (t Temp) String() string { return "warm" }

func main() {
	panic(Temp(21.5))
}
`;
    const r = run(src);
    expect(r.stderr.split('\n')[0]).toBe('panic: warm');
    expect(r.exitCode).toBe(2);
  });
});

describe('errors, sort.Interface and timers', () => {
  it('walks error chains, calls sort methods and runs timers on virtual time', () => {
    const src = `package main

import (
	"errors"
	"fmt"
	"sort"
	"time"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "missing " + e.Key }
func (e *NotFound) Unwrap() error { return ErrBase }

var ErrBase = errors.New("base")

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	err := fmt.Errorf("lookup: %w", &NotFound{"k"})
	var nf *NotFound
	fmt.Println(err, errors.Is(err, ErrBase), errors.As(err, &nf), nf.Key)
	fmt.Println(errors.Join(&NotFound{"a"}, nil, ErrBase))
	w := byLen{"ccc", "a", "bb"}
	sort.Sort(w)
	fmt.Println(w)
	start := time.Now()
	tick := time.NewTicker(time.Second)
	n := 0
	for range tick.C {
		n++
		if n == 3 {
			tick.Stop()
			break
		}
	}
	fmt.Println(n, time.Since(start).Round(time.Second))
	select {
	case <-time.After(time.Hour):
		fmt.Println("hour passed")
	}
}
`;
    const t0 = performance.now();
    const r = run(src);
    // An hour of virtual time passes at once.
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('lookup: missing k true true k\nmissing a\nbase\n[a bb ccc]\n3 3s\nhour passed\n');
  });
});

describe('math/rand', () => {
  const src = `package main

import (
	"fmt"
	"math/rand"
)

func main() {
	p := rand.Perm(8)
	xs := []int{1, 2, 3, 4, 5, 6}
	rand.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(p, xs, rand.Intn(1000))
}
`;
  it('is the same for the same seed and varies with the seed', () => {
    expect(run(src, 7).stdout).toBe(run(src, 7).stdout);
    const outs = new Set([1, 2, 3, 4, 5].map((s) => run(src, s).stdout));
    expect(outs.size).toBeGreaterThan(1);
  });

  it('Perm and Shuffle give permutations', () => {
    const [perm, shuffled] = run(src, 3).stdout.match(/\[[^\]]*\]/g)!.map((s) => s.slice(1, -1).split(' ').map(Number).sort((a, b) => a - b));
    expect(perm).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(shuffled).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
