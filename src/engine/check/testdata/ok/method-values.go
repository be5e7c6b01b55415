package main

import (
	"fmt"
	"sync"
)

// A method value binds its receiver; a method expression takes the receiver as first argument.
type Account struct {
	mu      sync.Mutex
	balance int
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func main() {
	acct := &Account{}
	deposit := acct.Deposit
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			deposit(n)
		}(i)
	}
	wg.Wait()
	balanceOf := (*Account).Balance
	fmt.Println(balanceOf(acct))
	done := wg.Wait
	done()
}
