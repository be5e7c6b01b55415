package main

import (
	"fmt"
	"sync"
)

// A fixed pool of workers reads jobs from one channel and writes results to another.
type job struct {
	id   int
	text string
}

type result struct {
	id     int
	length int
}

func worker(jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{id: j.id, length: len(j.text)}
	}
}

func main() {
	jobs := make(chan job)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	words := []string{"map", "mutex", "channel", "goroutine"}
	for i, w := range words {
		jobs <- job{id: i, text: w}
	}
	close(jobs)
	wg.Wait()
	close(results)
	lengths := make([]int, len(words))
	for r := range results {
		lengths[r.id] = r.length
	}
	fmt.Println(lengths)
}
