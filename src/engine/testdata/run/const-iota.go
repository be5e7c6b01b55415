package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a = iota * 10
	b
	c = "str"
	d
	e = iota
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d, e)
	const huge = 1 << 62
	fmt.Println(huge/(1<<60), float64(huge))
}
