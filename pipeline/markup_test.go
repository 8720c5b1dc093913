package pipeline

import (
	"strings"
	"testing"
)

func TestUnmarkup(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"1856&ndash;1860", "1856–1860"},
		{"Ann&nbsp;Lee", "Ann\u00a0Lee"},
		{"1860 &#8211; 1864 &#x2013; x", "1860 – 1864 – x"},
		{"Tory &amp; Whig", "Tory & Whig"},
		{"AT&T, R&D; Barnes &notable", "AT&T, R&D; Barnes &notable"}, // no semicolon right after a name: text
		{"a &unknownentity; b", "a &unknownentity; b"},
		{"pipe &#124; and &vert; stay", "pipe &#124; and &vert; stay"},
		{"Bob Ray<br>1860–1864", "Bob Ray 1860–1864"},
		{"Bob Ray<br />1860<BR/>", "Bob Ray 1860 "},
		{"<small>(acting)</small>", "(acting)"},
		{"Ann Lee<ref>Gazette, 1 May 1990, p. 3</ref> (1990)", "Ann Lee (1990)"},
		{`Ann Lee<ref name="g1" /> (1990)`, "Ann Lee (1990)"},
		{"Ann Lee<ref>unclosed 1990", "Ann Lee"},
		{"under <5 years, a < b > c", "under <5 years, a < b > c"},
		{"<unknown>x</unknown>", "<unknown>x</unknown>"},
		{"&", "&"}, {"<", "<"}, {"&;", "&;"}, {"<>", "<>"},
		// A subscript a mirror wrote as TeX: "Sun Fo _{2}", his second time.
		{"| 5 | Sun Fo _{2} | 26 February 1923 |", "| 5 | Sun Fo  2 | 26 February 1923 |"},
		{"x^{[1]} y", "x [1] y"},
		{"_{} _{a|b} {{lang|zh|x}} _{", "_{} _{a|b} {{lang|zh|x}} _{"},
		// A wiki link a copy kept: the text it shows.
		{"| 2 | [[Bob Ray (politician)|Bob Ray]] | 1995 |", "| 2 | Bob Ray | 1995 |"},
		{"[[Ann Lee]] (1990)", "Ann Lee (1990)"},
		{"[[File:Ann Lee.jpg|thumb|Ann]] Ann Lee", " Ann Lee"},
		{"[[unclosed | x", "[[unclosed | x"}, {"[[a [[b]]", "[[a b"}, {"[1][2]", "[1][2]"},
	} {
		if got := unmarkup(tt.in); got != tt.want {
			t.Errorf("unmarkup(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzUnmarkup checks that unmarkup never adds a table cell and leaves a
// line without markup as it is.
func FuzzUnmarkup(f *testing.F) {
	for _, s := range []string{"1856&ndash;1860", "&#124;", "a<br/>b", "<ref>x</ref>", "<ref name=a/>", "&#x7c;", "&&amp;amp;", "<<br>>", "Sun Fo _{2}", "^{}_{x", "_{{|}", "[[a|b]]", "[[File:x|y]]", "[[[a]]]"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := unmarkup(s)
		if strings.Count(got, "|") > strings.Count(s, "|") {
			t.Errorf("unmarkup(%q) = %q adds a cell separator", s, got)
		}
		if !hasMarkup(s) && got != s {
			t.Errorf("unmarkup(%q) = %q changes a line without markup", s, got)
		}
	})
}

func TestDropScriptErrors(t *testing.T) {
	for in, want := range map[string]string{
		`| 1 | Chen Mingren | Script error: No such module "Lang". | 1949 |`:       `| 1 | Chen Mingren |  | 1949 |`,
		`Chen Mingren Script error: No such module "Lang".`:                        `Chen Mingren `,
		`Wang Shoudao (Lua error in Module:Lang at line 5: attempt to index nil.)`: `Wang Shoudao ()`,
		`| Li Si | Lua error in Module:Age at line 9: bad argument. | x |`:         `| Li Si |  | x |`,
		`| Li Si | Lua error: not enough memory |`:                                 `| Li Si |  |`,
		`A terror of the seas`:     `A terror of the seas`,
		`The error was corrected.`: `The error was corrected.`,
	} {
		if got := dropScriptErrors(in); got != want {
			t.Errorf("dropScriptErrors(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzDropScriptErrors: the messages are removed, for any line with a
// colon (as each message has): the result is never longer, and holds
// none of them.
func FuzzDropScriptErrors(f *testing.F) {
	for _, s := range []string{`Script error: No such module "Lang".`, `Lua error in x. y`, `Lua error`, `Script error: No such module "`, `a | Lua error) |`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := dropScriptErrors(s)
		if len(got) > len(s) {
			t.Errorf("dropScriptErrors(%q) = %q, longer", s, got)
		}
		// Both messages hold a colon: a line without one is left as it is.
		if strings.Contains(s, ":") && (strings.Contains(got, "Lua error") || strings.Contains(got, `Script error: No such module "`)) {
			t.Errorf("dropScriptErrors(%q) = %q, still holds a message", s, got)
		}
	})
}
