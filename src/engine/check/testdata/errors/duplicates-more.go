package main

import "fmt"

// Rule: names are unique within their list too: struct fields, interface methods, parameters,
// type switch cases and constant switch cases of any type.

type Entry struct {
	key   string
	/* ERROR "key redeclared\n\t.*other declaration of key" */ key int
}

type Store interface {
	Get(k string) int
	/* ERROR "duplicate method Get\n\t.*other declaration of method Get" */ Get(k string) int
}

func put(k string, /* ERROR "k redeclared in this block\n\t.*other declaration of k" */ k int) {}

func main() {
	var v any = 1
	switch v.(type) {
	case int:
	case string, /* ERROR "duplicate case int in type switch" */ int:
	}
	switch s := "a"; s {
	case "a", "b":
	case /* ERROR "duplicate case \"a\" \(constant of type string\) in expression switch" */ "a":
	}
	fmt.Println(Entry{}, put)
}
