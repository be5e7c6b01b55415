package main

import "fmt"

// Each goroutine has its own result channel, so reading them in order gives a fixed output.
func main() {
	var chans []chan string
	for i := 0; i < 4; i++ {
		ch := make(chan string, 1)
		chans = append(chans, ch)
		go func() {
			ch <- fmt.Sprintf("task %d: %d", i, i*i*i)
		}()
	}
	for _, ch := range chans {
		fmt.Println(<-ch)
	}
}
