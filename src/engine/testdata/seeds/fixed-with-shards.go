package main

import (
	"fmt"
	"sync"
)

const shardCount = 8

type shard struct {
	sync.Mutex
	m map[int]int
}

// Each key lives in one of 8 maps, each with its own lock: writers to different shards do not wait.
func main() {
	var shards [shardCount]shard
	for i := range shards {
		shards[i].m = map[int]int{}
	}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				k := i % 1000
				s := &shards[k%shardCount]
				s.Lock()
				s.m[k]++
				s.Unlock()
			}
		}()
	}
	wg.Wait()
	total := 0
	for i := range shards {
		total += len(shards[i].m)
	}
	fmt.Println(total, shards[0].m[0], shards[7].m[999])
}
