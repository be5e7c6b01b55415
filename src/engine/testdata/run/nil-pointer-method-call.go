package main

import "fmt"

type Config struct{ path string }

func (c *Config) Path() string { return c.path }

func (c *Config) Safe() string {
	if c == nil {
		return "nil config"
	}
	return c.path
}

// Calling a pointer method on nil is fine until the method dereferences it.
func main() {
	var c *Config
	fmt.Println(c.Safe())
	fmt.Println(c.Path())
}
