package pipeline

import (
	"strings"
	"unicode/utf8"
)

// trimSpace is strings.TrimSpace, without its slow path for a string
// that starts or ends with a character beyond ASCII that is no space
// (most native names): strings.TrimSpace then trims rune by rune through
// a function value. Here the first byte of each end's character is looked
// at, and the string is handed to strings.TrimSpace only when it may
// begin a space.
func trimSpace(s string) string {
	if s == "" {
		return s
	}
	if mayStartSpace[s[0]] {
		return strings.TrimSpace(s)
	}
	i := len(s) - 1
	for i > 0 && len(s)-i < utf8.UTFMax && s[i]&0xC0 == 0x80 {
		i-- // back from a continuation byte to the last character's first
	}
	if mayStartSpace[s[i]] {
		return strings.TrimSpace(s)
	}
	return s
}

// mayStartSpace holds the bytes that begin a space in UTF-8: the ASCII
// spaces, and the first bytes of U+0085 and U+00A0 (C2), U+1680 (E1),
// U+2000–U+205F (E2) and U+3000 (E3).
var mayStartSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true,
	0xC2: true, 0xE1: true, 0xE2: true, 0xE3: true}
