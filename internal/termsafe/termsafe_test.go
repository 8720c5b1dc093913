package termsafe

import "testing"

func TestString(t *testing.T) {
	tests := map[string]string{
		"Wu Xiaojun succeeded Chen Gang": "Wu Xiaojun succeeded Chen Gang",
		"Zhang\x1b[31mSan":               `Zhang\x1b[31mSan`,
		"bell\a and back\bspace":         `bell\x07 and back\x08space`,
		"carriage\rreturn":               `carriage\x0dreturn`,
		"C1\u009b2J":                     `C1\x9b2J`,
		"bidi \u202eevil":                `bidi \u202eevil`,
		"two\nlines\tand a tab":          "two\nlines\tand a tab",
		"中文 and 한국어":                     "中文 and 한국어",
	}
	for in, want := range tests {
		if got := String(in); got != want {
			t.Errorf("String(%q) = %q, want %q", in, got, want)
		}
	}
	if got := Line("a\nb\x1b"); got != `a\nb\x1b` {
		t.Errorf("Line = %q", got)
	}
}
