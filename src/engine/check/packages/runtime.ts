// Package runtime: the scheduler knobs and runtime errors a concurrency lesson touches (Go 1.23 signatures).
//
// The values come from the lab's VM: NumGoroutine counts its goroutines, GOMAXPROCS reads and sets
// its number of Ps, Gosched yields in its scheduler, Version says which Go the lab models.
import { definePackage } from './define-package.ts';

export const runtimePackage = definePackage('runtime', `
type Error interface {
	error
	RuntimeError()
}

type PanicNilError struct {
	_ [0]*PanicNilError
}
func (*PanicNilError) Error() string
func (*PanicNilError) RuntimeError()

func GC()
func GOMAXPROCS(n int) int
func Goexit()
func Gosched()
func NumCPU() int
func NumGoroutine() int
func Version() string
`);
