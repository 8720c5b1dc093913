// Package hanfold folds Chinese characters written in their traditional
// forms to their simplified forms, so that 張平化 and 张平化 compare equal.
// The table comes from the Unihan database (see gen).
package hanfold

import (
	"strings"
	"sync"
	"unicode/utf8"
)

//go:generate go run ./gen -unihan /usr/share/unicode/Unihan_Variants.txt.bz2 -o table.go

var (
	once     sync.Once
	simplest map[rune]rune
	// folded has bit r set for every character r below bitsEnd that
	// simplest folds: most characters of most names have none, and are
	// passed over without a lookup in the map.
	folded [bitsEnd / 64]uint64
)

// bitsEnd is where folded's characters end: past the CJK Unified
// Ideographs Extension B, the last block with traditional forms.
const bitsEnd = 0x30000

func table() map[rune]rune {
	once.Do(func() {
		simplest = make(map[rune]rune, utf8.RuneCountInString(pairs)/2)
		for s := pairs; s != ""; {
			from, n := utf8.DecodeRuneInString(s)
			to, m := utf8.DecodeRuneInString(s[n:])
			simplest[from] = to
			if from < bitsEnd {
				folded[from/64] |= 1 << (from % 64)
			}
			s = s[n+m:]
		}
	})
	return simplest
}

// mayFold reports whether r may have a simplified form: false for
// certain for every character below bitsEnd that has none (ASCII, most
// characters of most names).
func mayFold(r rune) bool {
	if r < bitsEnd {
		return folded[r/64]&(1<<(r%64)) != 0
	}
	return true
}

// Fold returns s with every traditional character replaced by its
// simplified form. Text with none is returned as it is, without
// allocating.
func Fold(s string) string {
	t := table()
	for i, r := range s {
		if !mayFold(r) {
			continue
		}
		if _, ok := t[r]; ok {
			var b strings.Builder
			b.Grow(len(s))
			b.WriteString(s[:i])
			for _, r := range s[i:] {
				if to, ok := t[r]; ok {
					r = to
				}
				b.WriteRune(r)
			}
			return b.String()
		}
	}
	return s
}
