package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1500 * time.Millisecond, 100 * time.Millisecond, 90 * time.Second, 2*time.Hour + 3*time.Minute, 1500 * time.Microsecond, 42}
	for _, d := range ds {
		fmt.Println(d, d.Seconds(), int64(d))
	}
	fmt.Printf("%v %d %T\n", time.Second, time.Second, time.Second)
}
