package main

import (
	"fmt"
	"maps"
	"slices"
)

// Rule: the generic std functions infer their type arguments from the arguments and check the
// constraints (a slice for slices.*, a map for maps.*, ordered elements for Sort and Max), in gc's
// own words. Constraint failures are reported at the call's opening parenthesis.

func main() {
	m := map[string]int{"a": 1}
	s := []int{3, 1, 2}
	slices.Sort/* ERROR "in call to slices.Sort, S \(type map\[string\]int\) does not satisfy ~\[\]E" */(m)
	fmt.Println(slices.Contains(s, /* ERROR "cannot use \"a\" \(untyped string constant\) as int value in argument to slices.Contains" */ "a"))
	flags := []bool{true}
	slices.Sort/* ERROR "bool does not satisfy cmp.Ordered \(bool missing in ~int \| ~int8 \| .* \| ~string\)" */(flags)
	c := maps.Clone/* ERROR "in call to maps.Clone, M \(type \[\]int\) does not satisfy ~map\[K\]V" */(s)
	fmt.Println(slices.Equal(s, /* ERROR "in call to slices.Equal, type \[\]string of \[\]string{} does not match inferred type \[\]int for S" */ []string{}), c)
}
