package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

// A request log appended to by many handlers; the slice is guarded like a map would be.
type RequestLog struct {
	mu      sync.Mutex
	entries []string
}

func (l *RequestLog) Record(method, path string, status int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.entries = append(l.entries, fmt.Sprintf("%s %s %d", method, path, status))
}

func (l *RequestLog) Dump() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Join(l.entries, "\n")
}

func main() {
	log := &RequestLog{}
	paths := []string{"/", "/login", "/cart"}
	var wg sync.WaitGroup
	for i, p := range paths {
		wg.Add(1)
		go func(id int, path string) {
			defer wg.Done()
			time.Sleep(time.Duration(id) * time.Millisecond)
			log.Record("GET", path, 200)
		}(i, p)
	}
	wg.Wait()
	fmt.Println(log.Dump())
}
