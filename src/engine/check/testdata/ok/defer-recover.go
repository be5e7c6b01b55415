package main

import "fmt"

// Writing to a nil map panics; recover in a deferred call turns the panic into an error value.
func store(m map[string]int, k string, v int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("store failed: %v", r)
		}
	}()
	m[k] = v
	return nil
}

func main() {
	var m map[string]int
	fmt.Println(store(m, "a", 1))
	m = make(map[string]int)
	fmt.Println(store(m, "a", 1), m)
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("end of main")
}
