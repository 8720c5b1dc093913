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

// TestOfficeCountry: an office's country is the one its page names most,
// by a country's name or, where the page names none, one of its cities
// or institutions; else the one its native names' language implies.
func TestOfficeCountry(t *testing.T) {
	for _, tc := range []struct{ name, doc, want string }{
		{"a Taiwanese city's mayors, in Chinese", `= Mayor of Kaohsiung =

| # | Name | Office |
| 1 | Lien Mou (連謀) | 1945–1946 |
`, "tw"},
		{"Taiwan's party", `= List of county magistrates of Testcounty =

The county was governed by the Democratic Progressive Party from 1985 to 2010.

| # | Name | Office | Political Party |
| 1 | Yu Cheng-hsien (余政憲) | 1993–2001 | Democratic Progressive Party |
`, "tw"},
		{"a mainland province's secretaries", `= Party Secretary of Fujian =

| # | Name | Office |
| 1 | Ye Fei (叶飞) | 1954–1967 |
`, "cn"},
		{"a prefecture's governors", `= Governor of Tochigi =

The governor of Tochigi Prefecture is elected to a four-year term.

| # | Name | Office |
| 1 | Ann Testa (小川喜一) | 1947–1955 |
`, "jp"},
		{"Vietnam's capital, its names in Latin letters", `= Secretary of the Hanoi Party Committee =

The Secretary of the Hanoi Party Committee is the highest position in the city.

| No. | Name | Term of office |
| 1 | Trần Quốc Hoàn | 1954–1955 |
`, "vn"},
	} {
		ds := buildDocs(t, map[string]string{"page.txt": tc.doc})
		if len(ds.Offices) != 1 || ds.Offices[0].Country != tc.want {
			t.Errorf("%s: offices %+v, want one of country %q", tc.name, ds.Offices, tc.want)
		}
	}
}
