package pipeline

import (
	"strings"
	"testing"
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
