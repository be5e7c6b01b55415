package main

import "fmt"

// interface{} and any are the same type; a comma-ok assertion checks the dynamic type safely.
func main() {
	store := map[string]interface{}{
		"count": 3,
		"name":  "lab",
		"tags":  []string{"go", "maps"},
	}
	var v any = store["count"]
	if n, ok := v.(int); ok {
		fmt.Println("count+1 =", n+1)
	}
	if _, ok := store["name"].(int); !ok {
		fmt.Println("name is not an int")
	}
	tags := store["tags"].([]string)
	fmt.Println(len(tags), tags[1])
	var nothing interface{}
	fmt.Println(nothing == nil)
}
