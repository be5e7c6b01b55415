package main

import (
	"fmt"
	"strings"
)

// Valid but less common syntax a parser must accept: parenthesised composite literals in
// conditions, raw strings over several lines, every literal form, full slice expressions,
// grouped multi-name declarations, parenthesised and nested pointer/channel types.
type Point struct {
	X int `json:"x"`
	Y int `json:"y,omitempty"`
}

var (
	a, b int = 1, 2
	c        = "c"
)

const banner = `line one
	line "two" with \n kept raw`

type handler struct {
	name string
	run  func(int) (int, error)
}

func main() {
	p := Point{}
	if p == (Point{}) {
		fmt.Println("origin")
	}
	for _, q := range []Point{{1, 2}, {X: 3}} {
		if q != (Point{Y: 9}) {
			fmt.Println(q.X + q.Y)
		}
	}
	fmt.Println(strings.Count(banner, "\n"), a, b, c)
	nums := []int{0x1F, 0o17, 017, 0b1010, 1_000, 'A', '\n', '\x41', '\u00e9'}
	floats := []float64{1e3, 2.5e-2, .5, 1., 0x1p-2}
	fmt.Println(nums, floats, "tab\tquote\" backslash\\ \u00e9 \U0001F642")
	s := []int{0, 1, 2, 3, 4}
	t := s[1:3:4]
	fmt.Println(len(t), cap(t), s[:2], s[3:], s[:])
	var pp **int
	x := 5
	px := &x
	pp = &px
	**pp = 6
	var sinks []chan<- int
	var sources [](<-chan int)
	var nested <-chan <-chan int
	fmt.Println(x, len(sinks), len(sources), nested == nil)
	a, b = b, a
	s[0], s[4] = s[4], s[0]
	h := handler{name: "double", run: func(n int) (int, error) { return n * 2, nil }}
	if v, err := h.run(21); err == nil {
		fmt.Println(h.name, v)
	}
	total := 1 +
		2 +
		3
	ok := total > 5 &&
		total < 10
	fmt.Println(total, ok, a, b, s)
	var f func() = (func())(nil)
	fmt.Println(f == nil)
	grid := [...][2]int{{1, 2}, {3, 4}}
	fmt.Println(len(grid), grid[1][0])
}
