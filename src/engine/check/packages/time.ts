// Package time: durations, sleeping, tickers and timers, on the VM's virtual clock (Go 1.23 signatures).
import { definePackage } from './define-package.ts';

export const timePackage = definePackage('time', `
type Duration int64
const Nanosecond Duration = 1
const Microsecond Duration = 1000
const Millisecond Duration = 1000000
const Second Duration = 1000000000
const Minute Duration = 60000000000
const Hour Duration = 3600000000000
func (d Duration) Hours() float64
func (d Duration) Microseconds() int64
func (d Duration) Milliseconds() int64
func (d Duration) Minutes() float64
func (d Duration) Nanoseconds() int64
func (d Duration) Round(m Duration) Duration
func (d Duration) Seconds() float64
func (d Duration) String() string
func (d Duration) Truncate(m Duration) Duration

type Location struct {
	name string
}

type Time struct {
	wall uint64
	ext  int64
	loc  *Location
}
func Now() Time
func Since(t Time) Duration
func Until(t Time) Duration
func Unix(sec int64, nsec int64) Time
func (t Time) Add(d Duration) Time
func (t Time) After(u Time) bool
func (t Time) Before(u Time) bool
func (t Time) Compare(u Time) int
func (t Time) Equal(u Time) bool
func (t Time) IsZero() bool
func (t Time) String() string
func (t Time) Sub(u Time) Duration
func (t Time) Unix() int64
func (t Time) UnixMilli() int64
func (t Time) UnixNano() int64

func Sleep(d Duration)
func After(d Duration) <-chan Time
func Tick(d Duration) <-chan Time

type Ticker struct {
	C          <-chan Time
	initTicker bool
}
func NewTicker(d Duration) *Ticker
func (t *Ticker) Reset(d Duration)
func (t *Ticker) Stop()

type Timer struct {
	C         <-chan Time
	initTimer bool
}
func AfterFunc(d Duration, f func()) *Timer
func NewTimer(d Duration) *Timer
func (t *Timer) Reset(d Duration) bool
func (t *Timer) Stop() bool
`);
