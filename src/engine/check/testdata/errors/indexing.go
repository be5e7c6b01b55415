package main

import "fmt"

// Rule: indexes must be integers within a constant length where it is known; map keys must
// have the key type; strings are immutable.

func main() {
	s := []int{1, 2, 3}
	arr := [3]int{}
	m := map[string]int{}
	text := "go"
	fmt.Println(s[/* ERROR "cannot convert \"a\" \(untyped string constant\) to type int" */ "a"])
	fmt.Println(arr[/* ERROR "invalid argument: index 5 out of bounds \[0:3\]" */ 5])
	fmt.Println(m[/* ERROR "cannot use 1 \(untyped int constant\) as string value in map index" */ 1])
	/* ERROR "cannot assign to text\[0\] \(neither addressable nor a map index expression\)" */ text[0] = 'G'
	v, ok := /* ERROR "assignment mismatch: 2 variables but 1 value" */ s[0]
	fmt.Println(s[/* ERROR "invalid argument: index -1 \(constant of type int\) must not be negative" */ -1], v, ok)
}
