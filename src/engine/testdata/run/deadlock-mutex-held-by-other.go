package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	a.balance += n
	// Missing Unlock: every later Lock waits forever.
}

func main() {
	acct := &Account{}
	done := make(chan bool)
	go func() {
		acct.Deposit(10)
		done <- true
	}()
	<-done
	fmt.Println("first deposit done")
	acct.Deposit(5)
}
