package main

import "fmt"

// Rule: a name is declared once per block; switch cases, map keys and struct fields once per literal.

type Stats struct {
	hits int
}

func (s Stats) Total() int { return s.hits }

func (s Stats) /* ERROR "method Stats.Total already declared at" */ Total() int { return 0 }

func main() {
	limit := 1
	var /* ERROR "limit redeclared in this block" */ limit = 2
	switch limit {
	case 1:
	case /* ERROR "duplicate case 1 \(constant of type int\) in expression switch\n\t.*previous case" */ 1:
	}
	m := map[string]int{"a": 1, /* ERROR "duplicate key \"a\" in map literal" */ "a": 2}
	s := Stats{hits: 1, /* ERROR "duplicate field name hits in struct literal" */ hits: 2}
	fmt.Println(m, s)
}
