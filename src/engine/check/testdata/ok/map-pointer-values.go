package main

import (
	"fmt"
	"sync"
)

// Storing pointers in a map lets you update a struct in place (m[k].field = v is not allowed for values).
type Stats struct {
	Hits   int
	Misses int
}

type Tracker struct {
	mu    sync.Mutex
	stats map[string]*Stats
}

func (t *Tracker) Hit(page string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	s, ok := t.stats[page]
	if !ok {
		s = &Stats{}
		t.stats[page] = s
	}
	s.Hits++
}

func main() {
	t := &Tracker{stats: map[string]*Stats{}}
	t.Hit("/")
	t.Hit("/")
	t.Hit("/about")
	fmt.Println(t.stats["/"].Hits, t.stats["/about"].Hits)
	values := map[string]Stats{"x": {Hits: 1}}
	v := values["x"]
	v.Misses = 4
	values["x"] = v
	fmt.Printf("%+v\n", values["x"])
}
