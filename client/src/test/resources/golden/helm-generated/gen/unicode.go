package main

import (
	"bufio"
	"fmt"
	"unicode"
)

// printRanges writes the code point ranges where unicode.IsPrint holds, with the Unicode version of the Go
// that builds the pinned helm (helm's sanitizeString keeps exactly these runes).
func printRanges(out *bufio.Writer) {
	fmt.Fprintf(out, "# unicode.IsPrint ranges, Go unicode.Version %s, hex, inclusive\n", unicode.Version)
	start := -1
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		in := r <= unicode.MaxRune && unicode.IsPrint(r)
		if in && start < 0 {
			start = int(r)
		} else if !in && start >= 0 {
			fmt.Fprintf(out, "%X-%X\n", start, int(r)-1)
			start = -1
		}
	}
}

// writeRanges writes the code point ranges where pred holds (go-yaml v2's keyList.Less ranks map keys with
// unicode.IsLetter and unicode.IsDigit), with the same Unicode version note.
func writeRanges(out *bufio.Writer, name string, pred func(rune) bool) {
	fmt.Fprintf(out, "# %s ranges, Go unicode.Version %s, hex, inclusive\n", name, unicode.Version)
	start := -1
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		in := r <= unicode.MaxRune && pred(r)
		if in && start < 0 {
			start = int(r)
		} else if !in && start >= 0 {
			fmt.Fprintf(out, "%X-%X\n", start, int(r)-1)
			start = -1
		}
	}
}
