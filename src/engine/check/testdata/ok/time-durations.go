package main

import (
	"fmt"
	"time"
)

// Durations are typed integers of nanoseconds; a count must be converted before multiplying.
func backoff(attempt int) time.Duration {
	d := time.Duration(1<<attempt) * 10 * time.Millisecond
	if d > time.Second {
		d = time.Second
	}
	return d
}

func main() {
	for i := 0; i < 8; i++ {
		fmt.Println(i, backoff(i))
	}
	start := time.Now()
	time.Sleep(2 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println(elapsed >= 2*time.Millisecond, time.Minute/time.Second, time.Hour.Minutes())
	var timeout time.Duration = 1500 * time.Microsecond
	fmt.Println(timeout, timeout.Milliseconds(), timeout.Seconds(), time.Nanosecond)
}
