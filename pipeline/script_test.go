package pipeline

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzCountWords checks the one-pass count of country words against
// strings.Count of " "+word and "("+word, word by word.
func FuzzCountWords(f *testing.F) {
	for _, s := range []string{" china (china) chinese", " korea korean  korean", "the united states (united states of america",
		" hong kong hong kong", "(((japan", " inner-mongolia china mongolia", "", " "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := countWords(text)
		for k, w := range countryWords {
			want := strings.Count(text, " "+w.word) + strings.Count(text, "("+w.word)
			if got[k] != want {
				t.Fatalf("%q in %q: counted %d, strings.Count says %d", w.word, text, got[k], want)
			}
		}
	})
}

// FuzzMayHoldKanaOrHangul: a text mayHoldKanaOrHangul passes over is one
// scriptLang reads as neither Japanese nor Korean.
func FuzzMayHoldKanaOrHangul(f *testing.F) {
	for _, s := range []string{"", "Zhang San", "张三", "鈴木茂", "すずき", "신구범 愼久範", "Ōtsuka", "䷀", "\xe4", "\xe4\x80", "Ж", "ー"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if mayHoldKanaOrHangul(s) {
			return
		}
		if l := scriptLang(s); l == LangJapanese || l == LangKorean {
			t.Errorf("mayHoldKanaOrHangul(%q) = false, but scriptLang says %s", s, l)
		}
	})
}

// TestMayHoldKanaOrHangulEveryRune: every character that makes
// scriptLang say Japanese or Korean is one mayHoldKanaOrHangul looks at,
// alone and after a character of each block it passes over.
func TestMayHoldKanaOrHangulEveryRune(t *testing.T) {
	for r := rune(0x80); r <= utf8.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := string(r)
		if l := scriptLang(s); l != LangJapanese && l != LangKorean {
			continue
		}
		for _, before := range []string{"", "a", "é", "–", "中", "ж"} {
			if !mayHoldKanaOrHangul(before + s) {
				t.Errorf("mayHoldKanaOrHangul(%q) = false; scriptLang says %s", before+s, scriptLang(s))
			}
		}
	}
}
