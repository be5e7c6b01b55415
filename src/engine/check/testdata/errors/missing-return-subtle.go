package main

import (
	"fmt"
	"os"
)

// Rule: the spec's terminating statements, not "can this line be reached": a for without
// condition and without a break, a select without a break, panic, if/else and switch with default
// where every branch terminates. A call to os.Exit does not count, and a break anywhere in the
// loop or switch spoils it. Functions without a marker are correct.

func loopWithBreak(ch chan int) int {
	for {
		if v := <-ch; v > 0 {
			break
		}
	}
/* ERROR "missing return" */ }

func exits(ok bool) int {
	if ok {
		return 1
	}
	os.Exit(2)
/* ERROR "missing return" */ }

func switchWithBreak(n int) string {
	switch {
	case n > 0:
		if n > 100 {
			break
		}
		return "positive"
	default:
		return "other"
	}
/* ERROR "missing return" */ }

func labelled(xs []int) int {
outer:
	for {
		for _, x := range xs {
			if x < 0 {
				break outer
			}
		}
	}
/* ERROR "missing return" */ }

func panics(n int) int {
	if n > 0 {
		return n
	}
	panic("negative")
}

func blocks() int {
	select {}
}

func bothBranches(ok bool) (int, error) {
	if ok {
		return 1, nil
	} else {
		return 0, fmt.Errorf("not ok")
	}
}

func allCases(n int) string {
	switch n {
	case 0:
		return "zero"
	default:
		return "many"
	}
}

func main() {
	fmt.Println(loopWithBreak(nil), exits(true), switchWithBreak(1), labelled(nil))
	fmt.Println(panics(1), bothBranches, allCases(0), blocks)
}
