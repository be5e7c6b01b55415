package main

import (
	"fmt"
	"hash/fnv"
	"sync"
)

const shards = 4

type shard struct {
	mu sync.Mutex
	m  map[string]int
}

type ShardedMap [shards]*shard

func (s *ShardedMap) get(key string) *shard {
	h := fnv.New32a()
	h.Write([]byte(key))
	return s[h.Sum32()%shards]
}

func main() {
	var sm ShardedMap
	for i := range sm {
		sm[i] = &shard{m: map[string]int{}}
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				k := fmt.Sprint("key", i%16)
				sh := sm.get(k)
				sh.mu.Lock()
				sh.m[k]++
				sh.mu.Unlock()
			}
		}()
	}
	wg.Wait()
	total, keys := 0, 0
	for _, sh := range sm {
		keys += len(sh.m)
		for _, v := range sh.m {
			total += v
		}
	}
	fmt.Println(keys, total)
}
