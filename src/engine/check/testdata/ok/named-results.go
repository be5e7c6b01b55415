package main

import (
	"errors"
	"fmt"
)

// Named results are variables; a deferred function can change them after return sets them.
func divide(a, b int) (q, r int, err error) {
	if b == 0 {
		err = errors.New("division by zero")
		return
	}
	q, r = a/b, a%b
	return
}

func safeGet(m map[string][]int, key string, i int) (v int, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("recovered: %v", p)
		}
	}()
	v = m[key][i]
	return v, nil
}

func main() {
	q, r, err := divide(17, 5)
	fmt.Println(q, r, err)
	_, _, err = divide(1, 0)
	fmt.Println(err)
	v, err := safeGet(map[string][]int{"a": {1}}, "a", 3)
	fmt.Println(v, err)
}
