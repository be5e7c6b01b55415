package main

import (
	"fmt"
	"sync"
)

// Embedded fields promote their fields and methods; an outer method can shadow an inner one.
type Base struct {
	ID int
}

func (b Base) Describe() string { return fmt.Sprintf("base %d", b.ID) }

func (b *Base) SetID(id int) { b.ID = id }

type Named struct {
	Base
	Name string
}

type SafeNamed struct {
	sync.Mutex
	*Named
}

func (n Named) Describe() string { return n.Name + " (" + n.Base.Describe() + ")" }

func main() {
	n := Named{Base: Base{ID: 1}, Name: "first"}
	n.SetID(2)
	fmt.Println(n.ID, n.Describe())
	s := &SafeNamed{Named: &n}
	s.Lock()
	s.Name = "changed"
	s.SetID(3)
	s.Unlock()
	fmt.Println(n.Describe())
}
