package main

import (
	"errors"
	"fmt"
)

// Interfaces compose by embedding; a type satisfies the union of their methods.
type Getter interface {
	Get(key string) (string, bool)
}

type Setter interface {
	Set(key, value string)
}

type Store interface {
	Getter
	Setter
	fmt.Stringer
}

type memStore struct {
	data map[string]string
}

func (m *memStore) Get(key string) (string, bool) {
	v, ok := m.data[key]
	return v, ok
}

func (m *memStore) Set(key, value string) { m.data[key] = value }

func (m *memStore) String() string { return fmt.Sprintf("memStore(%d keys)", len(m.data)) }

type readOnly struct {
	Getter
}

func (readOnly) Set(key, value string) {}

func fill(s Setter, pairs ...string) error {
	if len(pairs)%2 != 0 {
		return errors.New("odd number of arguments")
	}
	for i := 0; i < len(pairs); i += 2 {
		s.Set(pairs[i], pairs[i+1])
	}
	return nil
}

func main() {
	var s Store = &memStore{data: map[string]string{}}
	fmt.Println(fill(s, "a", "1", "b", "2"), fill(s, "x"))
	fmt.Println(s)
	ro := readOnly{Getter: s}
	ro.Set("c", "3")
	v, ok := ro.Get("a")
	fmt.Println(v, ok)
	var g Getter = ro
	if _, isSetter := g.(Setter); isSetter {
		fmt.Println("readOnly has a Set method too")
	}
}
