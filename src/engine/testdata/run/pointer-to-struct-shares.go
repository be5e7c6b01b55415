package main

import "fmt"

type Counter struct{ N int }

func (c *Counter) Inc()    { c.N++ }
func (c Counter) Get() int { return c.N }

func main() {
	c := Counter{}
	p := &c
	p.Inc()
	c.Inc()
	fmt.Println(c.N, p.N, c.Get(), p.Get())
	list := []*Counter{p, p}
	list[0].Inc()
	fmt.Println(c.N, list[1].N)
	fmt.Println(p == &c)
}
