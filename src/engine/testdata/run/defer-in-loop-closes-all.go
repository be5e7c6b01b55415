package main

import "fmt"

type resource struct{ id int }

func (r *resource) Close() { fmt.Println("close", r.id) }

func use(n int) {
	for i := 1; i <= n; i++ {
		r := &resource{i}
		defer r.Close()
		fmt.Println("open", r.id)
	}
	fmt.Println("use returns")
}

func main() {
	use(3)
	fmt.Println("main continues")
}
