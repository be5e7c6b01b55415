package main

import (
	"sync"
	"time"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

type Pair struct {
	a, b Counter
	when time.Time
}

type Ref struct{ c *Counter }

func main() {
	var c Counter
	_ = Pair{a: c, b: Counter{}}
	_ = Pair{c, c, time.Now()}
	_ = []Counter{c, {}, Counter{n: 1}}
	_ = map[string]Counter{"x": c}
	_ = Ref{c: &c}
	_ = [...]Counter{c}
	_ = struct{ x Counter }{c}
	anon := struct{ mu sync.Mutex }{}
	anon2 := anon
	_ = anon2
}
