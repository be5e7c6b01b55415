package main

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[key]++
}

func (c Counter) Len() int { return len(c.n) }

func (*Counter) Name() string { return "counter" }
