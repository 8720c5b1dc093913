package watch

import (
	"context"
	"os"
	"strings"
	"testing"

	"tenure/pipeline"
)

const (
	qinghaiSeed = "../seeds/000_f94f241cd2472459.txt"
	qinghaiOld  = "testdata/snapshots/qinghai-2023.txt"
)

func build(t testing.TB, docs ...string) *pipeline.Dataset {
	t.Helper()
	var in []pipeline.Input
	for i, d := range docs {
		in = append(in, pipeline.Input{Path: "doc" + string(rune('a'+i)) + ".txt", Data: []byte(d)})
	}
	ds, err := pipeline.Build(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func read(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestSuccessionIsOneChange: the older Qinghai page against the seed is
// one incumbent-changed change, Chen Gang → Wu Xiaojun on 31 December
// 2024, carrying the end of Chen Gang's term, and nothing else.
func TestSuccessionIsOneChange(t *testing.T) {
	changes := Diff(build(t, read(t, qinghaiOld)), build(t, read(t, qinghaiSeed)))
	if len(changes) != 1 {
		for _, c := range changes {
			t.Logf("%s: %s", c.Kind, c.Headline)
		}
		t.Fatalf("%d changes, want 1", len(changes))
	}
	c := changes[0]
	if c.Kind != KindIncumbentChanged || c.From.ID != "chen-gang" || c.To.ID != "wu-xiaojun" ||
		c.EffectiveISO != "2024-12-31" || c.Effective != "31 December 2024" || c.PreviousTermEnd != "2024-12-31" {
		t.Errorf("change = %+v", c)
	}
	if want := "Party Secretary of Qinghai: Wu Xiaojun succeeded Chen Gang on 31 December 2024"; c.Headline != want {
		t.Errorf("headline = %q, want %q", c.Headline, want)
	}
}

func TestNoChange(t *testing.T) {
	seed := read(t, qinghaiSeed)
	// Reformatted: CRLF, extra spaces, a footnote, rows in another order.
	lines := strings.Split(seed, "\n")
	var rows []int
	for i, l := range lines {
		if strings.HasPrefix(l, "| |") {
			rows = append(rows, i)
		}
	}
	for i, j := 0, len(rows)-1; i < j; i, j = i+1, j-1 {
		lines[rows[i]], lines[rows[j]] = lines[rows[j]], lines[rows[i]]
	}
	re := strings.Join(lines, "\n")
	re = strings.ReplaceAll(re, "\n", "  \r\n")
	re = strings.Replace(re, "Zhao Leji |", "Zhao Leji[3] |", 1)
	re = strings.Replace(re, "The current secretary", "The  current secretary[1]", 1)
	if changes := Diff(build(t, seed), build(t, re)); len(changes) != 0 {
		for _, c := range changes {
			t.Errorf("%s: %s", c.Kind, c.Headline)
		}
	}
}

func TestTermKinds(t *testing.T) {
	seed := read(t, qinghaiSeed)
	tests := []struct {
		name string
		edit func(string) string
		kind string
		want string
	}{
		{"removed row", func(s string) string {
			return strings.Replace(s, "| | Wang Zhao | 王昭 | August 1961 | November 1962 | |\n", "", 1)
		}, KindTermRemoved, "Party Secretary of Qinghai: the term of Wang Zhao (August 1961 – November 1962) was removed from the list"},
		{"changed dates", func(s string) string {
			return strings.Replace(s, "| Zhao Leji | 赵乐际 | 19 August 2003 | 26 March 2007 |", "| Zhao Leji | 赵乐际 | 19 August 2003 | 27 March 2007 |", 1)
		}, KindTermDatesChanged, "Party Secretary of Qinghai: dates of Zhao Leji's term changed from 19 August 2003 – 26 March 2007 to 19 August 2003 – 27 March 2007"},
		{"Chinese name added", func(s string) string {
			return strings.Replace(s, "| | Gao Feng | 高峰 |", "| | Gao Feng | 高锋 |", 1)
		}, KindNameChanged, "Party Secretary of Qinghai: holder's name changed from Gao Feng (高峰) to Gao Feng (高锋)"},
		{"infobox value", func(s string) string {
			return strings.Replace(s, "- Nominator: Central Committee", "- Nominator: Politburo", 1)
		}, KindOfficeFieldChanged, `Party Secretary of Qinghai: nominator changed from "Central Committee" to "Politburo"`},
		{"term ended without successor", func(s string) string {
			return strings.Replace(s, "| 31 December 2024 | Incumbent |", "| 31 December 2024 | 1 May 2026 |", 1)
		}, KindTermEnded, "Party Secretary of Qinghai: Wu Xiaojun's term ended on 1 May 2026"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			changes := Diff(build(t, seed), build(t, tt.edit(seed)))
			if len(changes) != 1 || changes[0].Kind != tt.kind || changes[0].Headline != tt.want {
				for _, c := range changes {
					t.Logf("%s: %s", c.Kind, c.Headline)
				}
				t.Fatalf("got %d changes, want one %s: %q", len(changes), tt.kind, tt.want)
			}
		})
	}
}

func TestChineseNameAddedToKnownHolder(t *testing.T) {
	old := "= Mayor of X =\n\n| Name | Term start | Term end |\n| Li Si | 2001 | Incumbent |\n"
	cur := "= Mayor of X =\n\n| Name | Term start | Term end |\n| Li Si (李四) | 2001 | Incumbent |\n"
	changes := Diff(build(t, old), build(t, cur))
	if len(changes) != 1 || changes[0].Kind != KindNameChanged {
		t.Fatalf("changes = %+v", changes)
	}
}

func TestSourceAddedAndRemoved(t *testing.T) {
	a := read(t, qinghaiSeed)
	b := "= Mayor of X =\n\n| Name | Term start | Term end |\n| Li Si | 2001 | Incumbent |\n"
	changes := Diff(build(t, a), build(t, a, b))
	if len(changes) != 1 || changes[0].Kind != KindSourceAdded || changes[0].Headline != "New source: Mayor of X (1 term)" {
		t.Fatalf("added: %+v", changes)
	}
	changes = Diff(build(t, a, b), build(t, a))
	if len(changes) != 1 || changes[0].Kind != KindSourceRemoved {
		t.Fatalf("removed: %+v", changes)
	}
}
