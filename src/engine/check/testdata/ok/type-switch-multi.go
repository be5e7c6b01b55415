package main

import (
	"fmt"
	"strconv"
)

// In a case listing several types the bound variable keeps the interface type; in a
// single-type case it has that type.
type event interface{}

type keyPress struct{ key rune }
type click struct{ x, y int }

func describe(e event) string {
	switch v := e.(type) {
	case keyPress:
		return "key " + string(v.key)
	case click:
		return "click at " + strconv.Itoa(v.x) + "," + strconv.Itoa(v.y)
	case int, int64:
		return fmt.Sprintf("number %v (%T)", v, v)
	case nil:
		return "nothing"
	}
	return "unknown"
}

func main() {
	for _, e := range []event{keyPress{'q'}, click{3, 4}, 7, int64(8), nil, "?"} {
		fmt.Println(describe(e))
	}
}
