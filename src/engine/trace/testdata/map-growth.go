// Fourteen inserts into a map made with no size hint: it allocates its first bucket, grows from
// one bucket to two at the ninth entry, then to four at the fourteenth, evacuating as it writes.
// trace: seed=1 procs=1 exit=0
package main

import "fmt"

func main() {
	m := make(map[int]string)
	for i := 0; i < 14; i++ {
		m[i] = fmt.Sprint("v", i)
	}
	delete(m, 3)
	fmt.Println(len(m), m[13])
}
