package main

import (
	"errors"
	"fmt"
)

// Sentinel errors, wrapping with %w, and looking through the chain with Is and As.
var ErrNotFound = errors.New("not found")

type KeyError struct {
	Key string
}

func (e *KeyError) Error() string { return "bad key " + e.Key }

func lookup(m map[string]int, key string) (int, error) {
	if key == "" {
		return 0, &KeyError{Key: key}
	}
	v, ok := m[key]
	if !ok {
		return 0, fmt.Errorf("lookup %q: %w", key, ErrNotFound)
	}
	return v, nil
}

func main() {
	m := map[string]int{"a": 1}
	_, err := lookup(m, "b")
	fmt.Println(err, errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	_, err = lookup(m, "")
	var ke *KeyError
	if errors.As(err, &ke) {
		fmt.Println("key error for", fmt.Sprintf("%q", ke.Key))
	}
	if v, err := lookup(m, "a"); err == nil {
		fmt.Println("found", v)
	}
}
