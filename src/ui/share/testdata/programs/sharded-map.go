// A sharded map: keys are spread over several small maps, each with its own
// lock, so goroutines writing different shards do not wait for each other.
package main

import (
	"fmt"
	"hash/fnv"
	"sync"
)

const shardCount = 8

type shard struct {
	mu sync.Mutex
	m  map[string]int
}

type ShardedMap struct {
	shards [shardCount]*shard
}

func NewShardedMap() *ShardedMap {
	s := &ShardedMap{}
	for i := range s.shards {
		s.shards[i] = &shard{m: make(map[string]int)}
	}
	return s
}

func (s *ShardedMap) shardFor(key string) *shard {
	h := fnv.New32a()
	h.Write([]byte(key))
	return s.shards[h.Sum32()%shardCount]
}

func (s *ShardedMap) Inc(key string) {
	sh := s.shardFor(key)
	sh.mu.Lock()
	sh.m[key]++
	sh.mu.Unlock()
}

func (s *ShardedMap) Len() int {
	n := 0
	for _, sh := range s.shards {
		sh.mu.Lock()
		n += len(sh.m)
		sh.mu.Unlock()
	}
	return n
}

func main() {
	s := NewShardedMap()
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(worker int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				s.Inc(fmt.Sprintf("key-%d", (i*7+worker)%50))
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("distinct keys:", s.Len())
}
