// Package strconv: integer and bool conversions and quoting (Go 1.23 signatures).
import { definePackage } from './define-package.ts';

export const strconvPackage = definePackage('strconv', `
type NumError struct {
	Func string
	Num  string
	Err  error
}
func (e *NumError) Error() string
func (e *NumError) Unwrap() error

func Atoi(s string) (int, error)
func FormatBool(b bool) string
func FormatInt(i int64, base int) string
func Itoa(i int) string
func ParseBool(str string) (bool, error)
func ParseInt(s string, base int, bitSize int) (i int64, err error)
func Quote(s string) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func FormatUint(i uint64, base int) string
func ParseFloat(s string, bitSize int) (float64, error)
func ParseUint(s string, base int, bitSize int) (uint64, error)
func Unquote(s string) (string, error)
var ErrRange error
var ErrSyntax error
`);
