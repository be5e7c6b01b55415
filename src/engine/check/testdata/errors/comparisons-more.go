package main

import (
	"fmt"
	"time"
)

// Rule: functions compare only with nil, and operands of a comparison or arithmetic must have
// one type — a Duration is not a float64, an int is not a string.

func main() {
	f := func() {}
	g := func() {}
	fmt.Println(/* ERROR "invalid operation: f == g \(func can only be compared to nil\)" */ f == g)
	start := time.Now()
	elapsed := time.Since(start)
	fmt.Println(elapsed.Seconds() > /* ERROR "invalid operation: elapsed.Seconds\(\) > time.Second \(mismatched types float64 and time.Duration\)" */ time.Second)
	n := 3
	fmt.Println(/* ERROR "invalid operation: \"n=\" \+ n \(mismatched types untyped string and int\)" */ "n=" + n)
	done := make(chan struct{})
	go func() { done <- /* ERROR "cannot use true \(untyped bool constant\) as struct{} value in send" */ true }()
	<-done
}
