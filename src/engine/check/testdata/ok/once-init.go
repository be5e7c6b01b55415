package main

import (
	"fmt"
	"sync"
)

// sync.Once runs the initialiser exactly once, however many goroutines ask.
type Config struct {
	once     sync.Once
	settings map[string]string
}

func (c *Config) load() {
	fmt.Println("loading config")
	c.settings = map[string]string{"mode": "debug"}
}

func (c *Config) Get(key string) string {
	c.once.Do(c.load)
	return c.settings[key]
}

func main() {
	cfg := &Config{}
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = cfg.Get("mode")
		}()
	}
	wg.Wait()
	fmt.Println(cfg.Get("mode"))
}
