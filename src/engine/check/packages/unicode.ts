// Packages unicode and unicode/utf8: rune classes and UTF-8 counting (Go 1.23 signatures).
import { definePackage } from './define-package.ts';

export const unicodePackage = definePackage('unicode', `
func IsDigit(r rune) bool
func IsLetter(r rune) bool
func IsLower(r rune) bool
func IsPunct(r rune) bool
func IsSpace(r rune) bool
func IsUpper(r rune) bool
func ToLower(r rune) rune
func ToUpper(r rune) rune
`);

export const utf8Package = definePackage('unicode/utf8', `
const RuneError = '\\uFFFD'
const RuneSelf = 128
const UTFMax = 4
func DecodeRuneInString(s string) (r rune, size int)
func EncodeRune(p []byte, r rune) int
func RuneCountInString(s string) (n int)
func RuneLen(r rune) int
func ValidString(s string) bool
`);
