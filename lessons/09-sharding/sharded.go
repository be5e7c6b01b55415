package main

import (
	"fmt"
	"sync"
)

const shardCount = 8

// shard is one small map with its own lock; goroutines working on different shards never wait
// for each other.
type shard struct {
	mu    sync.Mutex
	items map[string]int
}

type ShardedMap struct {
	shards [shardCount]*shard
}

func NewShardedMap() *ShardedMap {
	m := &ShardedMap{}
	for i := range m.shards {
		m.shards[i] = &shard{items: map[string]int{}}
	}
	return m
}

// shardFor hashes the key (a simple polynomial hash; hash/maphash is the production choice)
// so that keys spread over all shards.
func (m *ShardedMap) shardFor(key string) *shard {
	h := uint32(0)
	for i := 0; i < len(key); i++ {
		h = h*31 + uint32(key[i])
	}
	return m.shards[h%shardCount]
}

func (m *ShardedMap) Add(key string, n int) {
	s := m.shardFor(key)
	s.mu.Lock()
	s.items[key] += n
	s.mu.Unlock()
}

func (m *ShardedMap) Len() int {
	total := 0
	for _, s := range m.shards {
		s.mu.Lock()
		total += len(s.items)
		s.mu.Unlock()
	}
	return total
}

func main() {
	m := NewShardedMap()
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				m.Add(fmt.Sprint("user", i), 1)
			}
		}()
	}
	wg.Wait()
	used := 0
	for _, s := range m.shards {
		if len(s.items) > 0 {
			used++
		}
	}
	fmt.Println(m.Len(), "keys in", used, "shards")
}
