package main

import (
	"fmt"
	"sort"
	"strings"
)

// Methods can be declared on any named type: a slice, a map, even a function type.
type Tags []string

func (t Tags) Has(tag string) bool {
	for _, x := range t {
		if x == tag {
			return true
		}
	}
	return false
}

func (t *Tags) Add(tag string) {
	if !t.Has(tag) {
		*t = append(*t, tag)
	}
}

type Index map[string]Tags

func (ix Index) Tag(doc, tag string) {
	tags := ix[doc]
	tags.Add(tag)
	ix[doc] = tags
}

func (ix Index) Docs(tag string) []string {
	var out []string
	for doc, tags := range ix {
		if tags.Has(tag) {
			out = append(out, doc)
		}
	}
	sort.Strings(out)
	return out
}

type Transform func(string) string

func (t Transform) Then(next Transform) Transform {
	return func(s string) string { return next(t(s)) }
}

func main() {
	ix := Index{}
	ix.Tag("a.go", "maps")
	ix.Tag("b.go", "maps")
	ix.Tag("b.go", "locks")
	ix.Tag("b.go", "maps")
	fmt.Println(ix.Docs("maps"), len(ix["b.go"]))
	shout := Transform(strings.TrimSpace).Then(strings.ToUpper)
	fmt.Println(shout("  quiet  "))
}
