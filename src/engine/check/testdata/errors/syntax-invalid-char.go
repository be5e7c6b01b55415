package main

import "fmt"

// Rule: only Go's operators and punctuation are tokens; characters like @ or # are not.

func main() {
	total := 3
	fmt.Println(/* ERROR "invalid character U\+0040 '@'" */ @total)
}
