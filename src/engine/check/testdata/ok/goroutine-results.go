package main

import (
	"fmt"
	"strings"
	"sync"
)

// Each goroutine writes only its own slice element, so no lock is needed; the map is built afterwards.
func main() {
	inputs := []string{"alpha", "beta", "gamma", "delta"}
	upper := make([]string, len(inputs))
	var wg sync.WaitGroup
	for i, s := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			upper[i] = strings.ToUpper(s)
		}()
	}
	wg.Wait()
	byName := make(map[string]string, len(inputs))
	for i, s := range inputs {
		byName[s] = upper[i]
	}
	fmt.Println(byName["gamma"], len(byName))
}
