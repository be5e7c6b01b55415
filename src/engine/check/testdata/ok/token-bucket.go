package main

import (
	"fmt"
	"sync"
	"time"
)

// A token bucket rate limiter: tokens refill with elapsed time; Allow takes one if available.
type Bucket struct {
	mu       sync.Mutex
	tokens   float64
	capacity float64
	rate     float64 // tokens per second
	last     time.Time
}

func NewBucket(capacity, rate float64) *Bucket {
	return &Bucket{tokens: capacity, capacity: capacity, rate: rate, last: time.Now()}
}

func (b *Bucket) Allow() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	now := time.Now()
	b.tokens = min(b.capacity, b.tokens+now.Sub(b.last).Seconds()*b.rate)
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

func main() {
	b := NewBucket(3, 100)
	var mu sync.Mutex
	results := map[bool]int{}
	var wg sync.WaitGroup
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ok := b.Allow()
			mu.Lock()
			results[ok]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("allowed at least 3:", results[true] >= 3, "total:", results[true]+results[false])
}
