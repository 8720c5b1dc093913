package exporters

import "unicode/utf8"

// escaper escapes text for one output format, copying runs of text that
// need no escape as they are: each ASCII character through a table ("" for
// one written as it is), any other character through other, when set (""
// to keep it). Make one with a literal and finish it with indexed.
type escaper struct {
	ascii [utf8.RuneSelf]string
	other func(r rune, size int) string
	// plain holds, for each byte, whether it is copied as it is without
	// a look at ascii or other: the loop over runs of plain text, most
	// text, then reads one byte and one table entry per byte.
	plain [256]bool
}

// indexed returns e with its plain table filled in.
func (e escaper) indexed() escaper {
	for c := range e.plain {
		if c < utf8.RuneSelf {
			e.plain[c] = e.ascii[c] == ""
		} else {
			e.plain[c] = e.other == nil
		}
	}
	return e
}

// append appends s escaped.
func (e *escaper) append(b []byte, s string) []byte {
	last := 0 // s[last:i] is still to be copied as it is
	for i := 0; i < len(s); {
		c := s[i]
		if e.plain[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[last:i]...)
			b = append(b, e.ascii[c]...)
			i++
			last = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if esc := e.other(r, size); esc != "" {
			b = append(b, s[last:i]...)
			b = append(b, esc...)
			last = i + size
		}
		i += size
	}
	return append(b, s[last:]...)
}

// invalid reports whether a decoded rune stands for a byte that is not
// UTF-8.
func invalid(r rune, size int) bool { return r == utf8.RuneError && size == 1 }
