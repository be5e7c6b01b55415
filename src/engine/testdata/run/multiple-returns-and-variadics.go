package main

import "fmt"

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func sum(label string, nums ...int) string {
	total := 0
	for _, n := range nums {
		total += n
	}
	return fmt.Sprintf("%s=%d (%d args)", label, total, len(nums))
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	fmt.Println(sum("none"), sum("three", 1, 2, 3))
	xs := []int{4, 5}
	fmt.Println(sum("spread", xs...))
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
}
