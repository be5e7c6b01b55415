package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Add(d int) { c.n += d }
func (c Counter) Value() int { return c.n }

func main() {
	c := &Counter{}
	add := c.Add
	add(5)
	add(2)
	val := c.Value
	c.Add(100)
	fmt.Println(c.n, val(), c.Value())
	addExpr := (*Counter).Add
	addExpr(c, 1)
	fmt.Println(Counter.Value(*c))
}
