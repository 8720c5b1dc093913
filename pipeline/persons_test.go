package pipeline

import (
	"slices"
	"strings"
	"testing"
)

func TestNativeForms(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"張平化", []string{"張平化"}},
		{"包爾漢 بۇرھان شەھىدى", []string{"包爾漢", "بۇرھان شەھىدى"}},
		{"권영철 權寧喆", []string{"권영철", "權寧喆"}},
		{"ང་ཕོད་ངག་དབང་འཇིགས་མེད 阿沛·阿旺晋美", []string{"ང་ཕོད་ངག་དབང་འཇིགས་མེད", "阿沛·阿旺晋美"}},
		{"Мария Иванова", []string{"Мария Иванова"}},
	} {
		if got := nativeForms(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("nativeForms(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzNativeForms: the forms, joined by the spaces between them, are the
// name again.
func FuzzNativeForms(f *testing.F) {
	for _, s := range []string{"包爾漢 بۇرھان شەھىدى", "권영철 權寧喆", " a", "a  b", "甲 ", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		forms := nativeForms(s)
		if got := strings.Join(forms, " "); got != s {
			t.Errorf("nativeForms(%q) = %q, joined %q", s, forms, got)
		}
	})
}
