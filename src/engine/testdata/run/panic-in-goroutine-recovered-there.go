package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg *sync.WaitGroup, out []string) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			out[id] = fmt.Sprint("worker ", id, " recovered: ", r)
		}
	}()
	if id%2 == 1 {
		panic(fmt.Sprintf("odd id %d", id))
	}
	out[id] = fmt.Sprint("worker ", id, " ok")
}

func main() {
	var wg sync.WaitGroup
	out := make([]string, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker(i, &wg, out)
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
}
