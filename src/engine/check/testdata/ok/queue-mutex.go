package main

import (
	"errors"
	"fmt"
	"sync"
)

// A bounded queue guarded by a mutex; callers get an error instead of blocking.
var ErrFull = errors.New("queue full")

type Queue struct {
	mu    sync.Mutex
	items []int
	limit int
}

func (q *Queue) Push(v int) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.items) >= q.limit {
		return ErrFull
	}
	q.items = append(q.items, v)
	return nil
}

func (q *Queue) Pop() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func main() {
	q := &Queue{limit: 3}
	var wg sync.WaitGroup
	var full int
	var fullMu sync.Mutex
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			if err := q.Push(v); err != nil {
				fullMu.Lock()
				full++
				fullMu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	popped := 0
	for {
		if _, ok := q.Pop(); !ok {
			break
		}
		popped++
	}
	fmt.Println(popped, full)
}
