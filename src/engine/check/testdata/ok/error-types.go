package main

import (
	"errors"
	"fmt"
)

// Custom error types carry data; wrapping keeps them findable with errors.As and errors.Is.
type TimeoutError struct {
	Op      string
	Retries int
}

func (e TimeoutError) Error() string { return fmt.Sprintf("%s timed out after %d retries", e.Op, e.Retries) }

var ErrClosed = errors.New("cache closed")

type Cache struct {
	closed bool
	data   map[string]string
}

func (c *Cache) Get(key string) (string, error) {
	if c.closed {
		return "", ErrClosed
	}
	v, ok := c.data[key]
	if !ok {
		return "", fmt.Errorf("get %s: %w", key, TimeoutError{Op: "get", Retries: 3})
	}
	return v, nil
}

func main() {
	c := &Cache{data: map[string]string{"a": "x"}}
	_, err := c.Get("b")
	var te TimeoutError
	if errors.As(err, &te) {
		fmt.Println("timeout in", te.Op, "retries:", te.Retries)
	}
	c.closed = true
	if _, err := c.Get("a"); errors.Is(err, ErrClosed) {
		fmt.Println("closed:", err)
	}
	var target error = ErrClosed
	fmt.Println(errors.Is(fmt.Errorf("wrapped twice: %w", fmt.Errorf("once: %w", target)), ErrClosed))
}
