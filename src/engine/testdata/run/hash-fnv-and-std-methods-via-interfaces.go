package main

import (
	"fmt"
	"hash/fnv"
	"sync"
)

type counter struct {
	sync.Mutex
	n int
}

func main() {
	for _, s := range []string{"", "a", "hello", "concurrent map writes"} {
		h := fnv.New32a()
		h.Write([]byte(s))
		h1 := fnv.New32()
		h1.Write([]byte(s))
		fmt.Println(h.Sum32(), h1.Sum32(), h.Sum(nil), h.Size(), h.BlockSize())
	}
	h := fnv.New32a()
	fmt.Printf("%T\n", h)
	h.Write([]byte("x"))
	h.Reset()
	fmt.Println(h.Sum32() == fnv.New32a().Sum32())
	c := &counter{}
	var l sync.Locker = c
	l.Lock()
	c.n++
	l.Unlock()
	fmt.Println(c.n)
}
