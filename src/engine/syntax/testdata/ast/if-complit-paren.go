package main

type T struct{ a int }

func main() {
	var x T
	if x == (T{}) {
	}
	for _, v := range []T{{1}} {
		_ = v
	}
	switch (T{a: 1}) {
	}
}
