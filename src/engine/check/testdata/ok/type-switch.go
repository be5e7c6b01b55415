package main

import (
	"errors"
	"fmt"
)

// A type switch picks a branch by the dynamic type held in an interface value.
func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprintf("slice of %d ints", len(x))
	case map[string]int:
		return fmt.Sprintf("map with %d keys", len(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	values := []any{nil, 3, int64(4), "hey", errors.New("boom"), []int{1, 2}, map[string]int{}, 2.5}
	for _, v := range values {
		fmt.Println(describe(v))
	}
}
