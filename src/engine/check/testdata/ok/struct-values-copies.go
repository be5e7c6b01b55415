package main

import "fmt"

// Structs are copied on assignment and when passed; a map of structs hands out copies.
type Bucket struct {
	tophash [8]uint8
	keys    [8]string
	count   int
}

func fill(b Bucket) Bucket {
	b.count = 8
	return b
}

func fillInPlace(b *Bucket) {
	b.count = 8
}

func main() {
	var b Bucket
	c := fill(b)
	fmt.Println(b.count, c.count)
	fillInPlace(&b)
	fmt.Println(b.count)
	table := map[int]Bucket{0: {}}
	copyOf := table[0]
	copyOf.keys[0] = "k"
	fmt.Println(table[0].keys[0] == "", copyOf.keys[0])
	buckets := make([]Bucket, 2)
	buckets[1].tophash[3] = 0xff
	for _, bk := range buckets {
		bk.count = 100
	}
	fmt.Println(buckets[1].tophash[3], buckets[0].count)
	anon := []struct {
		name string
		n    int
	}{{"a", 1}, {"b", 2}}
	fmt.Println(len(anon), anon[1].name)
}
