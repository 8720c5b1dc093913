// Package termsafe makes text from documents safe to print on a terminal:
// control characters (ESC, BEL, backspace, carriage return, C1 controls)
// are written as visible escapes, so a document cannot move the cursor,
// recolour the screen, hide text or ring the bell.
package termsafe

import (
	"fmt"
	"strings"
	"unicode"
)

// String returns s with every control character but newline and tab
// replaced by a visible escape such as \x1b. Text without control
// characters is returned as it is.
func String(s string) string {
	if strings.IndexFunc(s, isUnsafe) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isUnsafe(r) {
			if r < 0x100 {
				fmt.Fprintf(&b, `\x%02x`, r)
			} else {
				fmt.Fprintf(&b, `\u%04x`, r)
			}
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Line is String for text that must stay on one line: newlines and tabs
// are escaped too.
func Line(s string) string {
	return strings.NewReplacer("\n", `\n`, "\t", `\t`).Replace(String(s))
}

func isUnsafe(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case unicode.IsControl(r):
		return true
	case r == '\u2028' || r == '\u2029' || r >= '\u202a' && r <= '\u202e' || r >= '\u2066' && r <= '\u2069':
		return true // line separators and bidirectional overrides
	}
	return false
}
