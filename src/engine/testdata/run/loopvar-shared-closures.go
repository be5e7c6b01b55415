// golden: go=1.21
package main

import "fmt"

// Before Go 1.22 the loop has one i: every closure sees its last value.
func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	var ps []*int
	for k, v := range []int{10, 20, 30} {
		ps = append(ps, &v)
		_ = k
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}
