package main

import "fmt"

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return fmt.Sprintf("ID-%d", int(i)) }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case Stringer:
		return "stringer " + x.String()
	case error:
		return "error " + x.Error()
	case []int:
		return fmt.Sprint("slice ", len(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, v := range []any{nil, 1, int64(2), "abc", ID(5), fmt.Errorf("e"), []int{1, 2}, 1.5, map[int]int{}} {
		fmt.Println(describe(v))
	}
}
