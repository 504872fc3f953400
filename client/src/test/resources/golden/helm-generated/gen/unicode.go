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
