package watch

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

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
		}, KindHistoryEdited, "Party Secretary of Qinghai: Wang Zhao (August 1961 – November 1962) was removed from the list of holders"},
		{"changed dates", func(s string) string {
			return strings.Replace(s, "| Zhao Leji | 赵乐际 | 19 August 2003 | 26 March 2007 |", "| Zhao Leji | 赵乐际 | 19 August 2003 | 27 March 2007 |", 1)
		}, KindDatesCorrected, "Party Secretary of Qinghai: dates of Zhao Leji's term corrected from 19 August 2003 – 26 March 2007 to 19 August 2003 – 27 March 2007"},
		{"native name rewritten", func(s string) string {
			return strings.Replace(s, "| | Gao Feng | 高峰 |", "| | Gao Feng | 高锋 |", 1)
		}, KindNameRespelled, "Party Secretary of Qinghai: Gao Feng's name is now written 高锋, not 高峰"},
		{"name respelled", func(s string) string {
			return strings.Replace(s, "| | Gao Feng | 高峰 |", "| | Gao Fung | 高峰 |", 1)
		}, KindNameRespelled, "Party Secretary of Qinghai: Gao Feng is now spelled Gao Fung"},
		{"another holder on the same dates", func(s string) string {
			return strings.Replace(s, "| | Gao Feng | 高峰 |", "| | Li Qiang | 李强 |", 1)
		}, KindNameReplaced, "Party Secretary of Qinghai: the holder from May 1954 is now given as Li Qiang (李强), not Gao Feng (高峰)"},
		{"infobox value", func(s string) string {
			return strings.Replace(s, "- Nominator: Central Committee", "- Nominator: Politburo", 1)
		}, KindOfficeFieldChanged, `Party Secretary of Qinghai: nominator corrected from "Central Committee" to "Politburo"`},
		{"term ended without successor", func(s string) string {
			return strings.Replace(s, "| 31 December 2024 | Incumbent |", "| 31 December 2024 | 1 May 2026 |", 1)
		}, KindTermEnded, "Party Secretary of Qinghai: Wu Xiaojun's term ended on 1 May 2026; the page still names Wu Xiaojun as the incumbent"},
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

// TestEnrichmentIsNotAChange: what editors add or restyle without
// changing the facts gives no change at all.
func TestEnrichmentIsNotAChange(t *testing.T) {
	old := "= Mayor of X =\n\n| Name | Term start | Term end |\n| Li Si | 2001 | 2005 |\n| Wang Wu (acting) | 2005 | Incumbent |\n"
	for name, cur := range map[string]string{
		"native name added":              "= Mayor of X =\n\n| Name | Term start | Term end |\n| Li Si (李四) | 2001 | 2005 |\n| Wang Wu (acting) | 2005 | Incumbent |\n",
		"date refined":                   "= Mayor of X =\n\n| Name | Term start | Term end |\n| Li Si | 3 March 2001 | 2005 |\n| Wang Wu (acting) | 2005 | Incumbent |\n",
		"renamed, relaid, renumbered":    "= List of mayors of X =\n\n== Mayors of X (since 2001) ==\n1. Li Si: 2001–2005\n2. Wang Wu (acting): 2005–present\n",
		"acting mark lost on a past row": "= Mayor of X =\n\n| Name | Term start | Term end |\n| Li Si | 2001 | 2005 |\n| Wang Wu (acting) | 2005 | Incumbent |\n",
		// A past term written as two rows, one per election: the same
		// years.
		"a past term split in two rows": "= Mayor of X =\n\n| Name | Term start | Term end |\n| Li Si | 2001 | 2003 |\n| Li Si | 2003 | 2005 |\n| Wang Wu (acting) | 2005 | Incumbent |\n",
	} {
		t.Run(name, func(t *testing.T) {
			if changes := Diff(build(t, old), build(t, cur)); len(changes) != 0 {
				t.Errorf("changes = %+v", changes)
			}
		})
	}
}

// TestPastTermsJoined: two rows of one holder's past terms, end to end,
// written now as one covers the same years: no change; one whose years
// differ is a correction still.
func TestPastTermsJoined(t *testing.T) {
	head := "= Mayor of X =\n\n| Name | Term start | Term end |\n"
	old := head + "| Li Si | 2001 | 2003 |\n| Li Si | 2003 | 2005 |\n| Wang Wu | 2005 | Incumbent |\n"
	if changes := Diff(build(t, old), build(t, head+"| Li Si | 2001 | 2005 |\n| Wang Wu | 2005 | Incumbent |\n")); len(changes) != 0 {
		t.Errorf("joined rows: changes %+v, want none", changes)
	}
	changes := Diff(build(t, old), build(t, head+"| Li Si | 2001 | 2004 |\n| Wang Wu | 2005 | Incumbent |\n"))
	if len(changes) == 0 {
		t.Errorf("rows joined with other years: no change, want a correction")
	}
	// A second row whose end is not given is no part of the first's
	// years: the holder's row gone is a correction still.
	undated := head + "| Li Si | 2001 | 2003 |\n| Li Si | 2003 | |\n| Wang Wu | 2005 | Incumbent |\n"
	if changes := Diff(build(t, undated), build(t, head+"| Li Si | 2001 | 2005 |\n| Wang Wu | 2005 | Incumbent |\n")); len(changes) == 0 {
		t.Errorf("a row of no end joined: no change, want a correction")
	}
}

// TestSuccessionKinds: the leadership changes a journalist is told of.
func TestSuccessionKinds(t *testing.T) {
	head := "= Mayor of X =\n\n| Name | Term start | Term end |\n| Li Si | 2001 | 2005 |\n"
	gov := func(governor, chair string) string {
		return "= Politics of Testjiang =\n\nInfobox\n- Government Name: Politics of Testjiang\n- Ruler Title: Governor\n- Ruler Name: " + governor +
			"\n- Speaker Title: Congress Chairperson\n- Speaker Name: " + chair + "\n\nThe politics of Testjiang is a dual system.\n"
	}
	// A section after the list: the page goes on past it, so a row gone
	// from its end was taken out, not cut off with the rest of a copy.
	seeAlso := "\n== See also ==\n- Mayors of Y\n"
	tests := []struct {
		name, old, cur string
		want           []string
	}{
		// A copy cut off inside the list (the stored copies hold a page's
		// first few thousand characters) says nothing of the rows after
		// the cut, in either version.
		{"a new copy cut off inside the list", head + "| Wang Wu | 2005 | 2008 |\n| Zhao Liu | 2008 | Incumbent |\n", head, nil},
		{"an old copy cut off inside the list", head, head + "| Wang Wu | 2005 | 2008 |\n| Zhao Liu | 2008 | 2011 |\n", nil},
		{"two successions in order", head + "| Wang Wu | 2005 | Incumbent |\n",
			head + "| Wang Wu | 2005 | 2008 |\n| Zhao Liu | 2008 | 2010 |\n| Qian Qi | 2010 | Incumbent |\n",
			[]string{"incumbent-changed: Mayor of X: Zhao Liu succeeded Wang Wu in 2008", "incumbent-changed: Mayor of X: Qian Qi succeeded Zhao Liu in 2010"}},
		{"acting holder confirmed", head + "| Wang Wu (acting) | 2005 | Incumbent |\n", head + "| Wang Wu | 2005 | Incumbent |\n",
			[]string{"acting-confirmed: Mayor of X: Wang Wu, acting since 2005, is confirmed in office"}},
		{"acting holder confirmed, the row's start now the confirmation's with the acting one beside it",
			head + "| Wang Wu | 1 March 2005 (acting) | Incumbent |\n", head + "| Wang Wu | 2 May 2005 (acting from 1 March 2005) | Incumbent |\n",
			[]string{"acting-confirmed: Mayor of X: Wang Wu, acting since 1 March 2005, is confirmed in office on 2 May 2005"}},
		{"acting holder confirmed with a start moved and no acting day beside it: the dates were corrected too",
			head + "| Wang Wu | 1 March 2005 (acting) | Incumbent |\n", head + "| Wang Wu | 2 May 2005 | Incumbent |\n",
			[]string{"acting-confirmed: Mayor of X: Wang Wu, acting since 1 March 2005, is confirmed in office on 2 May 2005",
				"dates-corrected: Mayor of X: dates of Wang Wu's term corrected from 1 March 2005 – present to 2 May 2005 – present"}},
		{"a holder added in the middle", head + "| Wang Wu | 2007 | Incumbent |\n", head + "| Zhao Liu | 2005 | 2007 |\n| Wang Wu | 2007 | Incumbent |\n",
			[]string{"holder-added: Mayor of X: Zhao Liu (2005 – 2007) was added to the list of holders"}},
		{"a past holder added to the history", head + "| Wang Wu | 2005 | 2010 |\n| Zhao Liu | 2010 | Incumbent |\n",
			head + "| Ma Shi (acting) | 2005 | 2005 |\n| Wang Wu | 2005 | 2010 |\n| Zhao Liu | 2010 | Incumbent |\n",
			[]string{"history-edited: Mayor of X: Ma Shi (2005 – 2005) was added to the list of holders"}},
		{"the current holder's predecessor removed", head + "| Wang Wu | 2005 | 2010 |\n| Zhao Liu | 2010 | Incumbent |\n",
			head + "| Zhao Liu | 2010 | Incumbent |\n",
			[]string{"holder-removed: Mayor of X: Wang Wu (2005 – 2010) was removed from the list of holders"}},
		{"a list cut short is not a removal", head + "| Wang Wu | 2005 | 2008 |\n| Zhao Liu | 2008 | Incumbent |\n" + seeAlso, head + seeAlso,
			[]string{"list-corrected: Mayor of X: the list now ends earlier; Wang Wu (2005 – 2008) and Zhao Liu (2008 – present) are no longer given"}},
		{"the current holder's row overwritten by the successor's", head + "| Wang Wu | 2005 | Incumbent |\n", head + "| Zhao Liu | 2010 | Incumbent |\n",
			[]string{"incumbent-changed: Mayor of X: Zhao Liu succeeded Wang Wu in 2010"}},
		{"a succession taken back", head + "| Wang Wu | 2005 | 2008 |\n| Zhao Liu | 2008 | Incumbent |\n" + seeAlso, head + "| Wang Wu | 2005 | Incumbent |\n" + seeAlso,
			[]string{"dates-corrected: Mayor of X: dates of Wang Wu's term corrected from 2005 – 2008 to 2005 – present",
				"list-corrected: Mayor of X: the list now ends earlier; Zhao Liu (2008 – present) is no longer given; it gives Wang Wu as the current holder"}},
		{"a list that named no current holder filled in", head + seeAlso, head + "| Wang Wu | 2005 | 2008 |\n| Zhao Liu | 2008 | Incumbent |\n" + seeAlso,
			[]string{"list-corrected: Mayor of X: the list, which named no current holder, was extended by 2 rows; it now gives Zhao Liu as the current holder, since 2008"}},
		{"a list that named no current holder extended with past holders", head + seeAlso, head + "| Wang Wu | 2005 | 2008 |\n" + seeAlso,
			[]string{"list-corrected: Mayor of X: the list, which named no current holder, was extended by 1 row"}},
		{"acting holder confirmed on a new row", head + "| Wang Wu (acting) | 2005 | Incumbent |\n",
			head + "| Wang Wu (acting) | 2005 | 2006 |\n| Wang Wu | 2006 | Incumbent |\n",
			[]string{"acting-confirmed: Mayor of X: Wang Wu, acting since 2005, is confirmed in office"}},
		{"a second term on a new row", head + "| Wang Wu | 2005 | Incumbent |\n", head + "| Wang Wu | 2005 | 2010 |\n| Wang Wu | 2010 | Incumbent |\n",
			nil},
		{"a list written newest first", "= Mayor of X =\n\n| Name | Term start | Term end |\n| Wang Wu | 2005 | Incumbent |\n| Li Si | 2001 | 2005 |\n",
			"= Mayor of X =\n\n| Name | Term start | Term end |\n| Zhao Liu | 2009 | Incumbent |\n| Wang Wu | 2005 | 2009 |\n| Li Si | 2001 | 2005 |\n",
			[]string{"incumbent-changed: Mayor of X: Zhao Liu succeeded Wang Wu in 2009"}},
		{"syllables swapped", head + "| Sun Zhiguo | 2005 | Incumbent |\n", head + "| Sun Guozhi | December 2005 | Incumbent |\n",
			[]string{"name-respelled: Mayor of X: Sun Zhiguo is now spelled Sun Guozhi"}},
		// A middle initial dropped or spelled out is the same name, even
		// as the term's dates are corrected with it.
		{"a middle initial dropped", head + "| Madeleine Z. Bordallo | 2005 | 2008 |\n| Zhao Liu | 2008 | Incumbent |\n",
			head + "| Madeleine Bordallo | 2005 | 2009 |\n| Zhao Liu | 2009 | Incumbent |\n",
			[]string{"dates-corrected: Mayor of X: dates of Zhao Liu's term corrected from 2008 – present to 2009 – present", "name-respelled: Mayor of X: Madeleine Z. Bordallo is now spelled Madeleine Bordallo"}},
		{"a middle name abbreviated", head + "| Joseph Franklin Ada | 2005 | Incumbent |\n", head + "| Joseph F. Ada | 2005 | Incumbent |\n",
			[]string{"name-respelled: Mayor of X: Joseph Franklin Ada is now spelled Joseph F. Ada"}},
		{"a whole middle name is another person where the dates differ", head + "| John Adams | 2005 | Incumbent |\n",
			head + "| John Adams | 2005 | 2009 |\n| John Quincy Adams | 2009 | Incumbent |\n",
			[]string{"incumbent-changed: Mayor of X: John Quincy Adams succeeded John Adams in 2009"}},
		// A page that gains its list with the update that names a new
		// holder: the holder changed all the same.
		{"a new holder named as the list is added", "= Mayor of X =\n\nInfobox\n- Post: Mayor of X\n- Incumbent: Wang Wu\n\nThe current mayor is Wang Wu.\n",
			"= Mayor of X =\n\nInfobox\n- Post: Mayor of X\n- Incumbent: Zhao Liu\n\nThe current mayor is Zhao Liu.\n\n" +
				"| Name | Term start | Term end |\n| Li Si | 2001 | 2005 |\n| Wang Wu | 2005 | 2010 |\n| Zhao Liu | 2010 | Incumbent |\n",
			[]string{"incumbent-changed: Mayor of X: Zhao Liu succeeded Wang Wu in 2010"}},
		{"a list added that names the same holder", "= Mayor of X =\n\nInfobox\n- Post: Mayor of X\n- Incumbent: Wang Wu\n",
			"= Mayor of X =\n\nInfobox\n- Post: Mayor of X\n- Incumbent: Wang Wu\n\n| Name | Term start | Term end |\n| Li Si | 2001 | 2005 |\n| Wang Wu | 2005 | Incumbent |\n",
			nil},
		// The list gives the year, the infobox the day: the day.
		{"the infobox's day for the list's year", "= Mayor of X =\n\nInfobox\n- Incumbent: Wang Wu\n\n| Name | Term start | Term end |\n| Li Si | 2001 | 2005 |\n| Wang Wu | 2005 | Incumbent |\n",
			"= Mayor of X =\n\nInfobox\n- Incumbent: Zhao Liu\n- Incumbentsince: 7 January 2019\n\n| Name | Term start | Term end |\n| Li Si | 2001 | 2005 |\n| Wang Wu | 2005 | 2019 |\n| Zhao Liu | 2019 | Incumbent |\n",
			[]string{"incumbent-changed: Mayor of X: Zhao Liu succeeded Wang Wu on 7 January 2019"}},
		// The holder's row closed, with a second term under it that ended
		// too: the holder did not go on.
		{"a second term that ended too, no successor named", head + "| Wang Wu | 2005 | Incumbent |\n" + seeAlso,
			head + "| Wang Wu | 2005 | 2010 |\n| Wang Wu | 2010 | 2015 |\n" + seeAlso,
			[]string{"term-ended: Mayor of X: Wang Wu's term ended in 2015; no successor is named"}},
		{"a second term that ended too, the infobox naming the successor", "= Mayor of X =\n\nInfobox\n- Incumbent: Wang Wu\n\n" + head[len("= Mayor of X =\n\n"):] + "| Wang Wu | 2005 | Incumbent |\n" + seeAlso,
			"= Mayor of X =\n\nInfobox\n- Incumbent: Zhao Liu\n- Incumbentsince: 2015\n\n" + head[len("= Mayor of X =\n\n"):] + "| Wang Wu | 2005 | 2010 |\n| Wang Wu | 2010 | 2015 |\n" + seeAlso,
			[]string{"incumbent-changed: Mayor of X: Zhao Liu succeeded Wang Wu in 2015"}},
		// A list at the copy's end whose last term had ended, its holder
		// still named by the lead: the list reached the present; the row
		// added after it is the next holder, not the rest of a cut copy.
		{"a successor after a term that ended, the lead still naming its holder",
			"= Mayor of X =\n\nThe current mayor is Wang Wu.\n\n| Name | Term start | Term end |\n| Li Si | 2001 | 2005 |\n| Wang Wu | 2005 | 2010 |\n",
			"= Mayor of X =\n\nThe current mayor is Wang Wu.\n\n| Name | Term start | Term end |\n| Li Si | 2001 | 2005 |\n| Wang Wu | 2005 | 2010 |\n| Zhao Liu | 2010 | Incumbent |\n",
			[]string{"incumbent-changed: Mayor of X: Zhao Liu succeeded Wang Wu in 2010"}},
		{"a successor after a term that ended, the infobox dating it",
			"= Mayor of X =\n\nInfobox\n- Incumbentsince: 2005\n\n| Name | Term start | Term end |\n| Li Si | 2001 | 2005 |\n| Wang Wu | 2005 | 2010 |\n",
			"= Mayor of X =\n\nInfobox\n- Incumbentsince: 2005\n\n| Name | Term start | Term end |\n| Li Si | 2001 | 2005 |\n| Wang Wu | 2005 | 2010 |\n| Zhao Liu | 2010 | Incumbent |\n",
			[]string{"incumbent-changed: Mayor of X: Zhao Liu succeeded Wang Wu in 2010"}},
		// The holder of now's earlier term, where an old copy was cut:
		// the rows after it are the rest of the list, not successions.
		{"a copy cut after the holder of now's earlier term",
			"= Mayor of X =\n\nThe current mayor is Wang Wu, since 2015.\n\n| Name | Term start | Term end |\n| Li Si | 2001 | 2005 |\n| Wang Wu | 2005 | 2010 |\n",
			"= Mayor of X =\n\nThe current mayor is Wang Wu, since 2015.\n\n| Name | Term start | Term end |\n| Li Si | 2001 | 2005 |\n| Wang Wu | 2005 | 2010 |\n| Zhao Liu | 2010 | 2015 |\n| Wang Wu | 2015 | Incumbent |\n",
			nil},
		{"a copy cut after the holder of now's earlier term, no date given",
			"= Mayor of X =\n\nThe current mayor is Wang Wu.\n\n| Name | Term start | Term end |\n| Li Si | 2001 | 2005 |\n| Wang Wu | 2005 | 2010 |\n",
			"= Mayor of X =\n\nThe current mayor is Wang Wu.\n\n| Name | Term start | Term end |\n| Li Si | 2001 | 2005 |\n| Wang Wu | 2005 | 2010 |\n| Zhao Liu | 2010 | 2015 |\n| Wang Wu | 2015 | Incumbent |\n",
			nil},
		// A Japanese name written with a space between its family and
		// given names, and respelled: one person, a respelling.
		{"a native name spaced and the Latin respelled", head + "| Naomichi Suzuki (鈴木直道) | 2005 | Incumbent |\n",
			head + "| Suzuki Naomichi (鈴木 直道) | 2005 | Incumbent |\n",
			[]string{"name-respelled: Mayor of X: Naomichi Suzuki is now spelled Suzuki Naomichi"}},
		// The Hanja added after a Korean name's Hangul, a hyphen between
		// the syllables: the name written more fully, nothing to report;
		// respelled too, a respelling.
		{"a Korean name given its Hanja", head + "| Oh Sehoon (오세훈) | 2005 | Incumbent |\n",
			head + "| Oh Se-hoon (오세훈 吳世勳) | 2005 | Incumbent |\n", nil},
		{"a Korean name given its Hanja and respelled", head + "| Oh Sehoon (오세훈) | 2005 | Incumbent |\n",
			head + "| O Se-hun (오세훈 吳世勳) | 2005 | Incumbent |\n",
			[]string{"name-respelled: Mayor of X: Oh Sehoon is now spelled O Se-hun"}},
		// The new holder's row written above the old one's: one
		// succession, not also a holder added.
		{"the new holder's row above the old one's", head + "| Wang Wu | 2005 | Incumbent |\n" + seeAlso,
			head + "| Zhao Liu | 2010 | Incumbent |\n| Wang Wu | 2005 | 2010 |\n" + seeAlso,
			[]string{"incumbent-changed: Mayor of X: Zhao Liu succeeded Wang Wu in 2010"}},
		// A politics page's government infobox, its posts without lists.
		{"a government infobox's governor and congress chair", gov("Wang Hao", "Yi Lianhong"), gov("Liu Jie (acting)", "Vacant"),
			[]string{"incumbent-changed: Governor of Testjiang: Liu Jie (acting) succeeded Wang Hao",
				"term-ended: Chairman of Testjiang People's Congress: Yi Lianhong's term ended; no date is given; the office is vacant"}},
		// An acting holder named by the infobox, succeeded there: the
		// report says the one who left was acting.
		{"an infobox's acting holder succeeded", "= Governor of Testju =\n\nInfobox\n- Post: Governor\n- Incumbent: Koo Man-sub (Acting)\n- Incumbentsince: 12 August 2021\n\nThe governor heads Testju.\n",
			"= Governor of Testju =\n\nInfobox\n- Post: Governor\n- Incumbent: Oh Young-hun\n- Incumbentsince: 1 July 2022\n\nThe governor heads Testju.\n",
			[]string{"incumbent-changed: Governor of Testju: Oh Young-hun succeeded Koo Man-sub (acting) on 1 July 2022"}},
		// A stub's lead: its holder, then the office vacant since a day.
		{"a lead's holder, then the office vacant since a day", "= Governor of Teststub =\n\nThe current governor is Ann Lee, who took office on 1 May 2019.\n",
			"= Governor of Teststub =\n\nThe office has been vacant since 3 May 2025, when Ann Lee resigned.\n",
			[]string{"term-ended: Governor of Teststub: Ann Lee's term ended; the office has been vacant since 3 May 2025"}},
		{"co-mayors take office together", head + "| Wang Wu | 2005 | Incumbent |\n", head + "| Wang Wu | 2005 | 2009 |\n| Zhao Liu / Qian Qi | 2009 | Incumbent |\n",
			[]string{"incumbent-changed: Mayor of X: Zhao Liu and Qian Qi succeeded Wang Wu in 2009"}},
		{"co-mayors succeeded", head + "| Zhao Liu and Qian Qi | 2005 | Incumbent |\n", head + "| Zhao Liu and Qian Qi | 2005 | 2009 |\n| Wang Wu | 2009 | Incumbent |\n",
			[]string{"incumbent-changed: Mayor of X: Wang Wu succeeded Zhao Liu and Qian Qi in 2009"}},
		{"an acting holder added whose term is over too", head + "| Wang Wu | 2005 | Incumbent |\n",
			head + "| Wang Wu | 2005 | 2008 |\n| Zhao Liu (acting) | 2008 | 2009 |\n",
			[]string{"incumbent-changed: Mayor of X: Zhao Liu (acting) succeeded Wang Wu in 2008 (until 2009)"}},
		{"an acting holder whose term is over, in a list written newest first", "= Mayor of X =\n\n| Name | Term start | Term end |\n| Wang Wu | 2005 | Incumbent |\n",
			"= Mayor of X =\n\n| Name | Term start | Term end |\n| Qian Qi | 2009 | Incumbent |\n| Zhao Liu (acting) | 2008 | 2009 |\n| Wang Wu | 2005 | 2008 |\n",
			[]string{"incumbent-changed: Mayor of X: Zhao Liu (acting) succeeded Wang Wu in 2008", "incumbent-changed: Mayor of X: Qian Qi succeeded Zhao Liu (acting) in 2009"}},
		{"co-mayors unchanged", head + "| Zhao Liu & Qian Qi | 2005 | Incumbent |\n", head + "| Zhao Liu & Qian Qi | 2005 | Incumbent |\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range Diff(build(t, tt.old), build(t, tt.cur)) {
				got = append(got, c.Kind+": "+c.Headline)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("changes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestStaleInfoboxNote: a succession the list shows while the infobox
// still names the outgoing holder says so in a note, not that the start
// dates differ.
func TestStaleInfoboxNote(t *testing.T) {
	page := `= Governor of Testzhou =

Infobox
- Incumbent: Li Bing
- Incumbentsince: 24 November 2020

| No. | Name | Term start | Term end |
| 1 | Wang Yi | 2015 | 24 November 2020 |
| 2 | Li Bing | 24 November 2020 | %s |
`
	older := strings.Replace(page, "%s", "Incumbent", 1)
	newer := strings.Replace(page, "%s", "29 September 2025 |\n| 3 | Xu Lin | 29 September 2025 | Incumbent", 1)
	changes := Diff(build(t, older), build(t, newer))
	if len(changes) != 1 {
		t.Fatalf("changes %+v, want one succession", changes)
	}
	want := "the infobox still names Li Bing as the incumbent (since 24 November 2020)"
	if c := changes[0]; len(c.Notes) != 1 || c.Notes[0] != want {
		t.Errorf("notes %q, want %q", c.Notes, want)
	}
}

// TestSuccessionAfterAVacancy: a holder after a vacancy the list kept
// open ("Vacant (President's rule) | … | Incumbent") succeeds the last
// holder, and the change says since when the office was vacant.
func TestSuccessionAfterAVacancy(t *testing.T) {
	page := `= List of chief ministers of Testpur =

| No | Name | Took office | Left office |
| 3 | N. Biren Singh | 15 March 2017 | 13 February 2025 |
| – | Vacant (President's rule) | 13 February 2025 | %s |
`
	older := strings.Replace(page, "%s", "Incumbent", 1)
	newer := strings.Replace(page, "%s", "10 March 2026 |\n| 4 | Yumnam Khemchand Singh | 10 March 2026 | Incumbent", 1)
	changes := Diff(build(t, older), build(t, newer))
	if len(changes) != 1 || changes[0].Kind != KindIncumbentChanged || changes[0].EffectiveISO != "2026-03-10" {
		t.Fatalf("changes %+v, want one succession on 2026-03-10", changes)
	}
	want := "the office had been vacant since 13 February 2025"
	if c := changes[0]; !slices.Contains(c.Notes, want) {
		t.Errorf("notes %q, want %q among them", c.Notes, want)
	}
}

// TestSharedNativeNameIsNoReelection: a page that gives a new holder the
// characters of the one before ("Lou Yangsheng (骆惠宁)" after "Luo
// Huining (骆惠宁)", a copy error) reports the succession all the same:
// one native name under two Latin names is no re-election.
func TestSharedNativeNameIsNoReelection(t *testing.T) {
	older := "= Politics of Testxi =\n\n== List of party secretaries ==\n" +
		"- Wang Rulin (王儒林): 2014 – 2016\n- Luo Huining (骆惠宁): 2016 – present\n"
	newer := "= Politics of Testxi =\n\n== List of party secretaries ==\n" +
		"1. Wang Rulin (王儒林): 2014–2016\n2. Luo Huining (骆惠宁): 2016–2019\n3. Lou Yangsheng (骆惠宁): 2019–2021\n4. Lin Wu (林武): 2021–present\n"
	var got []string
	for _, c := range Diff(build(t, older), build(t, newer)) {
		got = append(got, c.Kind+": "+c.Headline+" "+strings.Join(c.Notes, "; "))
	}
	want := []string{
		"incumbent-changed: Party Secretary of Testxi: Lou Yangsheng succeeded Luo Huining in 2019 ",
		"incumbent-changed: Party Secretary of Testxi: Lin Wu succeeded Lou Yangsheng in 2021 ",
	}
	if !slices.Equal(got, want) {
		t.Errorf("changes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestSeveralSuccessionsNoStaleNote: an infobox naming the last of the
// holders one revision adds is up to date; the earlier successions say
// nothing of it.
func TestSeveralSuccessionsNoStaleNote(t *testing.T) {
	page := `= Governor of Testzhou =

Infobox
- Incumbent: %s
- Incumbentsince: %s

| No. | Name | Term start | Term end |
| 1 | Wang Yi | 2015 | %s |
`
	older := fmt.Sprintf(page, "Wang Yi", "2015", "Incumbent")
	newer := fmt.Sprintf(page, "Xu Lin", "3 March 2025", "1 May 2020 |\n| 2 | Li Bing | 1 May 2020 | 3 March 2025 |\n| 3 | Xu Lin | 3 March 2025 | Incumbent")
	changes := Diff(build(t, older), build(t, newer))
	if len(changes) != 2 {
		t.Fatalf("changes %+v, want two successions", changes)
	}
	for _, c := range changes {
		if len(c.Notes) != 0 {
			t.Errorf("%s: notes %q, want none", c.Headline, c.Notes)
		}
	}
}

// TestBiographyOfficeSinceLastVersion: an office a biography gains whose
// term began after everything the last version told is news, reported
// as the succession it was even when the term is over; one that ended
// before is a past term filled in, a correction.
func TestBiographyOfficeSinceLastVersion(t *testing.T) {
	older := `= Lou Testsheng =

Lou Testsheng
- Office: Party Secretary of Testxi
- Term Start: 30 November 2019
- Predecessor: Luo Huining
- Office1: Governor of Testxi
- Term Start1: 30 August 2016
- Term End1: 5 December 2019
- Predecessor1: Li Xiaopeng
- Successor1: Lin Wu
- Party: Communist Party of China
`
	newer := `= Lou Testsheng =

Lou Testsheng
- Office1: Party Secretary of Testnan
- Term Start1: 1 June 2021
- Term End1: 31 December 2024
- Predecessor1: Wang Guosheng
- Successor1: Liu Ning
- Office2: Party Secretary of Testxi
- Term Start2: 30 November 2019
- Term End2: 1 June 2021
- Predecessor2: Luo Huining
- Successor2: Lin Wu
- Office3: Governor of Testxi
- Term Start3: 30 August 2016
- Term End3: 5 December 2019
- Predecessor3: Li Xiaopeng
- Successor3: Lin Wu
- Office4: Mayor of Testhua
- Term Start4: November 1999
- Term End4: 2003
- Party: Chinese Communist Party
`
	var got []string
	for _, c := range Diff(build(t, older), build(t, newer)) {
		got = append(got, c.Kind+": "+c.Headline+" ["+strings.Join(c.Notes, "; ")+"]")
	}
	want := []string{
		"incumbent-changed: Party Secretary of Testnan: Lou Testsheng succeeded Wang Guosheng on 1 June 2021 (until 31 December 2024) " +
			"[Lou Testsheng's term is over too: it ended on 31 December 2024; succeeded by Liu Ning]",
		"incumbent-changed: Party Secretary of Testxi: Lin Wu succeeded Lou Testsheng on 1 June 2021 []",
		"term-added: Mayor of Testhua: a past term of Lou Testsheng (November 1999 – 2003) was added []",
	}
	if !slices.Equal(got, want) {
		t.Errorf("changes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestSameParty(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"Communist Party of China", "Chinese Communist Party", true},
		{"CPC", "Chinese Communist Party", true},
		{"Communist Party of China", "CCP", true},
		{"Democratic Progressive Party", "DPP", true},
		{"Liberal Democratic Party", "LDP", true},
		{"Kuomintang", "Democratic Progressive Party", false},
		{"DPP", "KMT", false},
		{"People First Party", "Democratic Progressive Party", false},
		{"Independent", "Chinese Communist Party", false},
	} {
		if got := sameParty(tt.a, tt.b); got != tt.want {
			t.Errorf("sameParty(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestNotYet: a revision that writes a term's end or a new holder's start
// in advance is no succession yet: the end is due (a correction), the new
// holder named to succeed (an alert saying when).
func TestNotYet(t *testing.T) {
	page := `= Governor of Testkyo =

| No. | Name | Took office | Left office |
| 1 | Ann Lee | 2 August 2016 | %s |
`
	older := build(t, strings.Replace(page, "%s", "Incumbent", 1))
	now := time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)
	ended := notYet(Diff(older, build(t, strings.Replace(page, "%s", "31 July 2028", 1))), now)
	if len(ended) != 1 || ended[0].Kind != KindTermEndDue || TierOf(ended[0].Kind) != TierCorrection ||
		ended[0].Headline != "Governor of Testkyo: Ann Lee's term is due to end on 31 July 2028" {
		t.Errorf("an end to come: %+v", ended)
	}
	next := notYet(Diff(older, build(t, strings.Replace(page, "%s", "31 July 2028 |\n| 2 | Bob Ray | 31 July 2028 | Incumbent", 1))), now)
	if len(next) != 1 || next[0].Kind != KindSuccessorNamed ||
		next[0].Headline != "Governor of Testkyo: Bob Ray is named to succeed Ann Lee, taking office on 31 July 2028" {
		t.Errorf("a successor to come: %+v", next)
	}
	past := notYet(Diff(older, build(t, strings.Replace(page, "%s", "31 July 2024", 1))), now)
	if len(past) != 1 || past[0].Kind != KindTermEnded {
		t.Errorf("an end past: %+v", past)
	}
	// The successor named ("elect"), then written in as the holder before
	// the day comes: nothing new. On the day, or after, the succession.
	named := build(t, strings.Replace(page, "%s", "Incumbent |\n| 2 | Bob Ray (elect) | 31 July 2028 | ", 1))
	if early := notYet(Diff(named, build(t, strings.Replace(page, "%s", "31 July 2028 |\n| 2 | Bob Ray | 31 July 2028 | Incumbent", 1))), now); len(early) != 0 {
		t.Errorf("the named successor written in early: %+v", early)
	}
	namedPast := build(t, strings.Replace(page, "%s", "Incumbent |\n| 2 | Bob Ray (elect) | 31 July 2026 | ", 1))
	if done := notYet(Diff(namedPast, build(t, strings.Replace(page, "%s", "31 July 2026 |\n| 2 | Bob Ray | 31 July 2026 | Incumbent", 1))), now); len(done) != 1 || done[0].Kind != KindIncumbentChanged {
		t.Errorf("the named successor in office: %+v", done)
	}
}

// TestLongPastHistory: a holder added to or removed from the middle of
// a list is news only while their term is recent: an acting holder put in
// before a holder who took office last month is an alert; a governor of
// 1998–2006 put back in before one who took office in 2006 is an edit of
// the history.
func TestLongPastHistory(t *testing.T) {
	page := `= Governor of Testkyo =

| No. | Name | Took office | Left office |
| 1 | Peter Gray | 1 May 1990 | %s |
%s| 3 | Cy Dunn | %s | Incumbent |
`
	now := time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		name, split, row, start string
		added                   bool
		want                    string
	}{
		{"an acting holder last month", "1 October 2026", "| – | Bob Ray (acting) | 1 October 2026 | 2 November 2026 |\n", "2 November 2026", true, KindHolderAdded},
		{"a governor of 1998–2006", "1 May 1998", "| 2 | Ann Lee | 1 May 1998 | 1 May 2006 |\n", "1 May 2006", true, KindHistoryEdited},
		{"a governor of 1998–2006 removed", "1 May 1998", "| 2 | Ann Lee | 1 May 1998 | 1 May 2006 |\n", "1 May 2006", false, KindHistoryEdited},
	} {
		without := build(t, fmt.Sprintf(page, tt.split, "", tt.start))
		with := build(t, fmt.Sprintf(page, tt.split, tt.row, tt.start))
		older, newer := without, with
		if !tt.added {
			older, newer = with, without
		}
		got := notYet(longPast(Diff(older, newer), now), now)
		if len(got) != 1 || got[0].Kind != tt.want {
			t.Errorf("%s: %+v, want one %s", tt.name, got, tt.want)
		}
	}
}

// TestPersonFieldCorrections: a biography's birth or death date rewritten
// is a correction of the record, its party a change (the holder may have
// moved); a death given where none was, or the same date at another
// precision, is not reported as one.
func TestPersonFieldCorrections(t *testing.T) {
	bio := func(born, died string) string {
		return "= Ann Lee =\n\nAnn Lee\n- Office: Governor of Testland\n- Term Start: 1950\n- Term End: 1960\n" +
			"- Birth Date: " + born + "\n" + died + "\nAnn Lee was a governor.\n"
	}
	for _, tc := range []struct {
		name     string
		old, new string
		want     []string
	}{
		{"death rewritten", bio("1 May 1901", "- Death Date: 2 June 1970"), bio("1 May 1901", "- Death Date: 3 June 1970"),
			[]string{`Ann Lee: death corrected from "1970-06-02" to "1970-06-03"`}},
		{"birth rewritten", bio("1 May 1901", ""), bio("2 May 1901", ""),
			[]string{`Ann Lee: birth corrected from "1901-05-01" to "1901-05-02"`}},
		{"death added", bio("1 May 1901", ""), bio("1 May 1901", "- Death Date: 2 June 1970"), nil},
		{"party changed", bio("1 May 1901", "- Party: Testland Labour Party (1950–1960)"), bio("1 May 1901", "- Party: Testland Green Party (1961–present)"),
			[]string{`Ann Lee: party changed from "Testland Labour Party (1950–1960)" to "Testland Green Party (1961–present)"`}},
		{"death made precise", bio("1 May 1901", "- Death Date: 1970"), bio("1 May 1901", "- Death Date: 2 June 1970"), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, c := range Diff(build(t, tc.old), build(t, tc.new)) {
				if c.Kind == KindPersonFieldChanged {
					got = append(got, c.Headline)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// FuzzDiff: comparing any two versions of a document never panics, and
// gives the same changes each time (a report is reproducible).
func FuzzDiff(f *testing.F) {
	head := "= Mayor of X =\n\n| Name | Term start | Term end |\n| Li Si (李四) | 2001 | 2005 |\n"
	f.Add(head+"| Wang Wu | 2005 | Incumbent |\n", head+"| Wang Wu | 2005 | 2008 |\n| Zhao Liu | 2008 | Incumbent |\n")
	f.Add("= A B =\n\nA B\n- Office: Governor of X\n- Term Start: 2019\n- Party: CPC\n",
		"= A B =\n\nA B\n- Office1: Party Secretary of Y\n- Term Start1: 2021\n- Term End1: 2024\n- Successor1: C D\n- Office2: Governor of X\n- Term Start2: 2019\n- Term End2: 2021\n- Party: Chinese Communist Party\n")
	f.Add("= Politics of X =\n\n1. Luo Huining (骆惠宁): 2016–present\n", "= Politics of X =\n\n1. Luo Huining (骆惠宁): 2016–2019\n2. Lou Yangsheng (骆惠宁): 2019–2021\n3. Lin Wu: 2021–\n\n== See also ==\n")
	f.Fuzz(func(t *testing.T, older, newer string) {
		build := func(doc string) *pipeline.Dataset {
			ds, err := pipeline.Build(context.Background(), []pipeline.Input{{Path: "page.txt", Data: []byte(doc)}})
			if err != nil {
				return nil
			}
			return ds
		}
		o, n := build(older), build(newer)
		if o == nil || n == nil {
			return
		}
		first := Diff(o, n)
		again := Diff(build(older), build(newer))
		if len(first) != len(again) {
			t.Fatalf("%d changes, then %d", len(first), len(again))
		}
		for i := range first {
			if first[i].Kind != again[i].Kind || first[i].Headline != again[i].Headline {
				t.Fatalf("change %d: %q, then %q", i, first[i].Headline, again[i].Headline)
			}
		}
	})
}

func TestMiddleNames(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"Madeleine Z. Bordallo", "Madeleine Bordallo", 2},
		{"Joseph F. Ada", "Joseph Franklin Ada", 2},
		{"Lorenzo I. De Leon Guerrero", "Lorenzo De Leon Guerrero", 2},
		{"George H. W. Bush", "George Bush", 2},
		{"John Quincy Adams", "John Adams", 1}, // perhaps another man
		{"John Quincy Adams", "John Q. Adams", 2},
		{"Ray Tenorio", "Josh Tenorio", 0},
		{"Kim Il-sung", "Kim Jong-il", 0},
		{"Wang Wu", "Wang Wu", 0}, // no middle: the keys compare these
		{"Joseph F. Ada", "Joseph G. Ada", 0},
		{"Madeleine", "Madeleine Z. Bordallo", 0},
	} {
		if got := middleNames(tc.a, tc.b); got != tc.want {
			t.Errorf("middleNames(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
		if got := middleNames(tc.b, tc.a); got != tc.want {
			t.Errorf("middleNames(%q, %q) = %d, want %d", tc.b, tc.a, got, tc.want)
		}
	}
}

// TestCurrentListRowVacated: in a list of current holders, a place's row
// that becomes a vacancy ends its holder's term, since the day the row
// gives; a list cut off, which gives no vacancy, says nothing.
func TestCurrentListRowVacated(t *testing.T) {
	page := func(manipur string) string {
		return "= List of current Indian chief ministers =\n\nIn the Republic of India, a chief minister is the elected head of government of each state.\n\n" +
			"| State (past chief ministers) | Name | Party | Assumed office |\n" +
			"| Assam (list) | Himanta Biswa Sarma | BJP | 10 May 2021 |\n" + manipur
	}
	held := page("| Manipur (list) | N. Biren Singh | BJP | 15 March 2017 |\n")
	vacant := page("| Manipur (list) | Vacant (President's rule) | – | 13 February 2025 |\n")
	var got []string
	for _, c := range Diff(build(t, held), build(t, vacant)) {
		got = append(got, string(c.Kind)+": "+c.Headline)
	}
	want := []string{"term-ended: Chief Minister of Manipur: N. Biren Singh's term ended; the office has been vacant since 13 February 2025"}
	if !slices.Equal(got, want) {
		t.Errorf("changes %q, want %q", got, want)
	}
	if cs := Diff(build(t, held), build(t, page(""))); len(cs) != 0 {
		t.Errorf("a row gone with no vacancy: changes %+v, want none", cs)
	}
}

// TestCurrentListRowAdded: a place's row added to a list of current
// holders is news only when its holder took office after all the old
// version knew; an older start is the list filled in.
func TestCurrentListRowAdded(t *testing.T) {
	page := func(extra string) string {
		return "= List of current Indian chief ministers =\n\nIn the Republic of India, a chief minister is the elected head of government of each state.\n\n" +
			"| State (past chief ministers) | Name | Party | Assumed office |\n" +
			"| Assam (list) | Himanta Biswa Sarma | BJP | 10 May 2021 |\n" + extra
	}
	old := build(t, page(""))
	var got []string
	for _, c := range Diff(old, build(t, page("| Telangana (list) | A. Revanth Reddy | INC | 1 December 2026 |\n"))) {
		got = append(got, c.Headline)
	}
	if want := []string{"Chief Minister of Telangana: A. Revanth Reddy took office on 1 December 2026"}; !slices.Equal(got, want) {
		t.Errorf("changes %q, want %q", got, want)
	}
	if cs := Diff(old, build(t, page("| Telangana (list) | A. Revanth Reddy | INC | 7 December 2020 |\n"))); len(cs) != 0 {
		t.Errorf("a row of an older start: changes %+v, want none", cs)
	}
}

// TestNewSectionOfRecentHolders: a section added to a page, a history of
// its office, is no news, even when its current holder took office after
// all the old version knew: the page only caught up.
func TestNewSectionOfRecentHolders(t *testing.T) {
	head := "= Politics of Testshire =\n\nTestshire is a province of China.\n\n== Governors ==\n\n* Ann Lee: 1990–2000\n* Bob Ray: 2000–present\n\n"
	added := "== Chairmen of CPPCC Testshire Committee ==\n\n* Cy Dunn: 2015–2023\n* Di Eve: 2023–present\n"
	if cs := Diff(build(t, head), build(t, head+added)); len(cs) != 0 {
		t.Errorf("changes %+v, want none", cs)
	}
}
