package main

import "fmt"

// Rule: "used" means read. A variable only assigned (even from a closure or a goroutine),
// a type switch binding no case reads, or a variable declared in a goroutine body and never read
// are all unused. Note gc 1.23 words the type switch case the old way round: "x declared and not used".

func main() {
	/* ERROR "declared and not used: last" */ last := 0
	record := func(v int) { last = v }
	record(1)
	done := make(chan bool)
	go func() {
		/* ERROR "declared and not used: local" */ local := 1
		done <- true
	}()
	<-done
	var v any = 3
	switch /* ERROR "x declared and not used" */ x := v.(type) {
	case int:
		fmt.Println("int")
	}
}
