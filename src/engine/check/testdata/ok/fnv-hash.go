package main

import (
	"fmt"
	"hash/fnv"
)

// FNV-1a hashes a key to pick a bucket, much as a map picks one from the key's hash.
func bucketOf(key string, buckets uint64) uint64 {
	h := fnv.New64a()
	h.Write([]byte(key))
	return h.Sum64() % buckets
}

func main() {
	counts := make([]int, 4)
	for i := 0; i < 100; i++ {
		counts[bucketOf(fmt.Sprintf("key-%d", i), 4)]++
	}
	total := 0
	for _, c := range counts {
		total += c
	}
	h := fnv.New32a()
	h.Write([]byte("hello"))
	fmt.Println(total, h.Sum32() != 0)
}
