package main

import "fmt"

type User struct {
	Name   string
	Visits int
}

// A map element is not addressable: to change a field, copy out, modify, store back.
func main() {
	users := map[string]User{"ann": {"Ann", 1}}
	u := users["ann"]
	u.Visits++
	fmt.Println(users["ann"].Visits, u.Visits)
	users["ann"] = u
	fmt.Println(users)
	ptrs := map[string]*User{"bob": {"Bob", 1}}
	ptrs["bob"].Visits += 10
	fmt.Println(*ptrs["bob"])
}
