package main

import (
	"fmt"
	"hash/fnv"
	"sync"
)

// Sharding spreads keys over several locks so writers to different shards do not wait for each other.
const shardCount = 8

type shard struct {
	mu sync.Mutex
	m  map[string]int
}

type ShardedMap struct {
	shards [shardCount]*shard
}

func NewShardedMap() *ShardedMap {
	sm := &ShardedMap{}
	for i := range sm.shards {
		sm.shards[i] = &shard{m: make(map[string]int)}
	}
	return sm
}

func (sm *ShardedMap) shardFor(key string) *shard {
	h := fnv.New32a()
	h.Write([]byte(key))
	return sm.shards[h.Sum32()%shardCount]
}

func (sm *ShardedMap) Add(key string, n int) {
	s := sm.shardFor(key)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[key] += n
}

func (sm *ShardedMap) Get(key string) int {
	s := sm.shardFor(key)
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.m[key]
}

func main() {
	sm := NewShardedMap()
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sm.Add(fmt.Sprintf("key%d", i%4), 1)
		}(i)
	}
	wg.Wait()
	for i := 0; i < 4; i++ {
		fmt.Printf("key%d=%d\n", i, sm.Get(fmt.Sprintf("key%d", i)))
	}
}
