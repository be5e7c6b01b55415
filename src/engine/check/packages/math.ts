// Package math: the float functions and the limits teaching programs print (Go 1.23 signatures and values).
//
// Float constants are kept as JavaScript numbers (the checker's constant model; see constant-value.ts),
// which holds every one of these exactly as float64 holds it.
import { definePackage } from './define-package.ts';

export const mathPackage = definePackage('math', `
const E = 2.71828182845904523536028747135266249775724709369995957496696763
const Pi = 3.14159265358979323846264338327950288419716939937510582097494459
const Sqrt2 = 1.41421356237309504880168872420969807856967187537694807317667974
const Ln2 = 0.693147180559945309417232121458176568075500134360255254120680009
const MaxFloat32 = 3.40282346638528859811704183484516925440e+38
const MaxFloat64 = 1.79769313486231570814527423731704356798070e+308
const SmallestNonzeroFloat64 = 4.9406564584124654417656879286822137236505980e-324
const MaxInt = 9223372036854775807
const MinInt = -9223372036854775808
const MaxInt8 = 127
const MinInt8 = -128
const MaxInt16 = 32767
const MinInt16 = -32768
const MaxInt32 = 2147483647
const MinInt32 = -2147483648
const MaxInt64 = 9223372036854775807
const MinInt64 = -9223372036854775808
const MaxUint = 18446744073709551615
const MaxUint8 = 255
const MaxUint16 = 65535
const MaxUint32 = 4294967295
const MaxUint64 = 18446744073709551615

func Abs(x float64) float64
func Ceil(x float64) float64
func Cos(x float64) float64
func Exp(x float64) float64
func Floor(x float64) float64
func Hypot(p, q float64) float64
func Inf(sign int) float64
func IsInf(f float64, sign int) bool
func IsNaN(f float64) (is bool)
func Log(x float64) float64
func Log10(x float64) float64
func Log2(x float64) float64
func Max(x, y float64) float64
func Min(x, y float64) float64
func Mod(x, y float64) float64
func NaN() float64
func Pow(x, y float64) float64
func Round(x float64) float64
func Signbit(x float64) bool
func Sin(x float64) float64
func Sqrt(x float64) float64
func Trunc(x float64) float64
`);
