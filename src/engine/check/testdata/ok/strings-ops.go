package main

import (
	"fmt"
	"strings"
)

// The strings functions used to parse simple commands.
func main() {
	line := "  SET user:42   Alice  "
	fields := strings.Fields(strings.TrimSpace(line))
	fmt.Println(len(fields), fields)
	cmd := strings.ToLower(fields[0])
	key := fields[1]
	fmt.Println(cmd, strings.HasPrefix(key, "user:"), strings.HasSuffix(key, ":42"))
	parts := strings.Split(key, ":")
	fmt.Println(parts[0], parts[1], strings.Index(key, ":"), strings.Contains(key, "42"))
	fmt.Println(strings.Join(parts, "/"), strings.Repeat("-", 10), strings.ToUpper(cmd))
	fmt.Println(strings.Replace("a.b.c", ".", "/", 1), strings.ReplaceAll("a.b.c", ".", "/"), strings.Count("cheese", "e"))
}
