package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

// Goroutines report failures on a channel; main gathers them after all have finished.
func parseAll(inputs []string) (map[string]int, []error) {
	var mu sync.Mutex
	out := map[string]int{}
	errc := make(chan error, len(inputs))
	var wg sync.WaitGroup
	for _, in := range inputs {
		wg.Add(1)
		go func(s string) {
			defer wg.Done()
			n, err := strconv.Atoi(s)
			if err != nil {
				errc <- fmt.Errorf("parse %s: %w", strconv.Quote(s), err)
				return
			}
			mu.Lock()
			out[s] = n
			mu.Unlock()
		}(in)
	}
	wg.Wait()
	close(errc)
	var errs []error
	for err := range errc {
		errs = append(errs, err)
	}
	return out, errs
}

func main() {
	vals, errs := parseAll([]string{"1", "two", "3"})
	fmt.Println(len(vals), len(errs))
	for _, err := range errs {
		fmt.Println(errors.Unwrap(err) != nil)
	}
}
