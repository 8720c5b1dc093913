package watch

import (
	"slices"
	"strings"
	"testing"
)

// TestRevisions: the revisions editors make to an office page, each against
// the same older snapshot, and the alerts a journalist would want from
// each: one per change of holder, none for an edit that changes no fact
// or only the history.
func TestRevisions(t *testing.T) {
	older := read(t, "testdata/snapshots/northbridge.txt")
	const newRow = "| 7 | | David Nguyen (born 1979) | 7 May 2027 | Incumbent | Green | 2027 |\n"
	tests := []struct {
		name  string
		edits []string // old, new pairs, applied in turn
		want  []string // alert headlines
	}{
		{"succession", []string{
			"| 3 May 2019 | Incumbent |", "| 3 May 2019 | 7 May 2027 |",
			"\n\n== See also", "\n" + newRow + "\n== See also",
			"- Incumbent: Helen Carter", "- Incumbent: David Nguyen",
			"- Incumbentsince: 3 May 2019", "- Incumbentsince: 7 May 2027",
		}, []string{"Mayor of Northbridge: David Nguyen succeeded Helen Carter on 7 May 2027"}},
		{"succession, the list giving the successor's native name alone", []string{
			"| 3 May 2019 | Incumbent |", "| 3 May 2019 | 7 May 2027 |",
			"\n\n== See also", "\n| 7 | | ' 김태흠 金泰欽 | 7 May 2027 | Incumbent | Green | 2027 |\n\n== See also",
			"- Incumbent: Helen Carter", "- Incumbent: Kim Tae-heum",
			"- Incumbentsince: 3 May 2019", "- Incumbentsince: 7 May 2027",
		}, []string{"Mayor of Northbridge: Kim Tae-heum succeeded Helen Carter on 7 May 2027"}},
		{"infobox only", []string{
			"- Incumbent: Helen Carter", "- Incumbent: David Nguyen",
			"- Incumbentsince: 3 May 2019", "- Incumbentsince: 7 May 2027",
		}, []string{"Mayor of Northbridge: David Nguyen succeeded Helen Carter on 7 May 2027"}},
		{"infobox only, its date not updated", []string{
			"- Incumbent: Helen Carter", "- Incumbent: Raj Patel",
		}, []string{"Mayor of Northbridge: Raj Patel succeeded Helen Carter"}},
		{"infobox only, acting", []string{
			"- Incumbent: Helen Carter", "- Incumbent: Raj Patel (acting)",
			"- Incumbentsince: 3 May 2019", "- Incumbentsince: 12 March 2027",
		}, []string{"Mayor of Northbridge: Raj Patel (acting) succeeded Helen Carter on 12 March 2027"}},
		{"infobox vacant, the list not yet updated", []string{"- Incumbent: Helen Carter", "- Incumbent: Vacant"}, nil},
		{"acting successor", []string{
			"| 3 May 2019 | Incumbent |", "| 3 May 2019 | 12 March 2027 |",
			"\n\n== See also", "\n| – | | Raj Patel (acting) | 12 March 2027 | Incumbent | Labour | – |\n\n== See also",
			"- Incumbent: Helen Carter", "- Incumbent: Raj Patel (acting)",
		}, []string{"Mayor of Northbridge: Raj Patel (acting) succeeded Helen Carter on 12 March 2027"}},
		{"died in office, vacant", []string{
			"| 3 May 2019 | Incumbent |", "| 3 May 2019 | 12 March 2027† |",
			"- Incumbent: Helen Carter", "- Incumbent: Vacant",
		}, []string{"Mayor of Northbridge: Helen Carter's term ended on 12 March 2027; the office is vacant"}},
		{"resigned, the list's last row a vacancy, the infobox's holder taken out", []string{
			"| 3 May 2019 | Incumbent |", "| 3 May 2019 | 12 March 2027 |",
			"- Incumbent: Helen Carter\n- Incumbentsince: 3 May 2019\n", "",
			"\n\n== See also", "\n| — | | Vacant | 12 March 2027 | Incumbent | | |\n\n== See also",
		}, []string{"Mayor of Northbridge: Helen Carter's term ended on 12 March 2027; the office is vacant"}},
		{"two successions at once", []string{
			"| 3 May 2019 | Incumbent |", "| 3 May 2019 | 7 May 2027 |",
			"\n\n== See also", "\n| 7 | | David Nguyen | 7 May 2027 | 2 June 2028 | Green | 2027 |\n| 8 | | Aisha Khan | 2 June 2028 | Incumbent | Labour | 2028 |\n\n== See also",
		}, []string{
			"Mayor of Northbridge: David Nguyen succeeded Helen Carter on 7 May 2027",
			"Mayor of Northbridge: Aisha Khan succeeded David Nguyen on 2 June 2028",
		}},
		{"a former holder returns", []string{
			"| 3 May 2019 | Incumbent |", "| 3 May 2019 | 7 May 2027 |",
			"\n\n== See also", "\n| 7 | | Susan Ortiz (born 1955) | 7 May 2027 | Incumbent | Independent | 2027 |\n\n== See also",
		}, []string{"Mayor of Northbridge: Susan Ortiz succeeded Helen Carter on 7 May 2027"}},
		{"a successor elect", []string{
			"\n\n== See also", "\n| – | | David Nguyen (elect) | 7 May 2027 | | Green | 2027 |\n\n== See also",
		}, []string{"Mayor of Northbridge: David Nguyen is named to succeed Helen Carter, taking office on 7 May 2027"}},
		// Edits that change no holder.
		{"re-elected", []string{"| Labour | 2019, 2023 |", "| Labour | 2019, 2023, 2027 |"}, nil},
		{"party switch", []string{"| Incumbent | Labour |", "| Incumbent | Independent |"}, nil},
		{"footnotes and present", []string{
			"| 3 May 2019 | Independent", "| 3 May 2019[2] | Independent",
			"| Incumbent |", "| present |",
		}, nil},
		{"newest first", []string{
			"| 1 | | Thomas Reed (1850–1921) | 12 January 1898 | 9 January 1902 | Liberal | 1898 |\n", "",
			"| 6 | | Helen Carter (born 1968) | 3 May 2019 | Incumbent | Labour | 2019, 2023 |\n", "",
			"| No. | Portrait | Name | Took office | Left office | Party | Election |\n",
			"| No. | Portrait | Name | Took office | Left office | Party | Election |\n| 6 | | Helen Carter (born 1968) | 3 May 2019 | Incumbent | Labour | 2019, 2023 |\n",
			"| 5 | | Susan", "| 1 | | Thomas Reed (1850–1921) | 12 January 1898 | 9 January 1902 | Liberal | 1898 |\n| 5 | | Susan",
		}, nil},
		{"past date corrected", []string{"| 14 January 1910 | 2 May 1975 |", "| 14 January 1910 | 2 May 1935 |"}, nil},
		{"holder's name respelled", []string{"Helen Carter", "Helen M. Carter"}, nil},
		// Another name on the current holder's row, with her dates: a
		// name replaced (a correction, or vandalism), not a succession.
		{"current holder's name replaced", []string{"Helen Carter (born 1968)", "Donald Duck", "- Incumbent: Helen Carter", "- Incumbent: Donald Duck"}, nil},
		{"a past holder added", []string{"| 2 | | Arthur Blake", "| – | | Ida Grey | 1 June 1901 | 9 January 1902 | Liberal | – |\n| 2 | | Arthur Blake"}, nil},
		{"a new section", []string{"== See also ==", "== Deputy mayors ==\n| Name | Took office | Left office |\n| Ann Bell | 2019 | present |\n\n== See also =="}, nil},
	}
	base := build(t, older)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			newer := older
			for i := 0; i+1 < len(tt.edits); i += 2 {
				if !strings.Contains(newer, tt.edits[i]) {
					t.Fatalf("edit %d: %q not in the page", i/2, tt.edits[i])
				}
				newer = strings.ReplaceAll(newer, tt.edits[i], tt.edits[i+1])
			}
			var got []string
			for _, c := range Diff(base, build(t, newer)) {
				if TierOf(c.Kind) == TierAlert {
					got = append(got, c.Headline)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("alerts:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestIncomingHolderTakesOffice follows a successor from the day they are
// named ("elect") to the day they take office: one alert each time, and
// the second is the succession.
func TestIncomingHolderTakesOffice(t *testing.T) {
	older := read(t, "testdata/snapshots/northbridge.txt")
	named := strings.ReplaceAll(older, "\n\n== See also", "\n| – | | David Nguyen (Mayor-elect) | 7 May 2027 | | Green | 2027 |\n\n== See also")
	took := strings.ReplaceAll(older, "\n\n== See also", "\n| 7 | | David Nguyen | 7 May 2027 | Incumbent | Green | 2027 |\n\n== See also")
	took = strings.ReplaceAll(took, "| 3 May 2019 | Incumbent |", "| 3 May 2019 | 7 May 2027 |")
	got := changeLines(t, named, took)
	want := []string{"incumbent-changed: Mayor of Northbridge: David Nguyen succeeded Helen Carter on 7 May 2027"}
	if !slices.Equal(got, want) {
		t.Errorf("changes:\n got %q\nwant %q", got, want)
	}
	// The holder re-elected, marked elect for the new term, then in it:
	// nothing to report either time.
	reElect := strings.ReplaceAll(older, "\n\n== See also", "\n| – | | Helen Carter (elect) | 7 May 2027 | | Labour | 2027 |\n\n== See also")
	reTook := strings.ReplaceAll(older, "| 3 May 2019 | Incumbent |", "| 3 May 2019 | 7 May 2027 |")
	reTook = strings.ReplaceAll(reTook, "\n\n== See also", "\n| 6 | | Helen Carter | 7 May 2027 | Incumbent | Labour | 2027 |\n\n== See also")
	for _, c := range append(Diff(build(t, older), build(t, reElect)), Diff(build(t, reElect), build(t, reTook))...) {
		if TierOf(c.Kind) == TierAlert {
			t.Errorf("re-elected holder: %s %s", c.Kind, c.Headline)
		}
	}
	ds := build(t, named)
	for _, tm := range ds.Terms {
		if tm.PersonID == "david-nguyen" && (tm.Incumbent || !tm.Incoming()) {
			t.Errorf("the successor named is in office: %+v", tm)
		}
	}
}

// TestNativeNameInTheOtherScript: a native name rewritten in simplified
// characters is the same name: no alert, no correction.
func TestNativeNameInTheOtherScript(t *testing.T) {
	older := strings.ReplaceAll(read(t, "testdata/snapshots/northbridge.txt"), "Susan Ortiz (born 1955)", "Susan Ortiz (蘇珊) (born 1955)")
	newer := strings.ReplaceAll(older, "蘇珊", "苏珊")
	if changes := Diff(build(t, older), build(t, newer)); len(changes) != 0 {
		t.Errorf("changes: %+v", changes)
	}
	respelled := strings.ReplaceAll(older, "蘇珊", "苏三")
	if changes := Diff(build(t, older), build(t, respelled)); len(changes) != 1 || changes[0].Kind != KindNameRespelled {
		t.Errorf("another native name: %+v", changes)
	}
}

// TestBiographyElect follows a biography from the election to the day its
// subject takes office: "Governor-elect of Westmarch", "Succeeding: Levi
// Pratt", then the office itself.
func TestBiographyElect(t *testing.T) {
	before := `= Carla Benn =

Carla Benn
- Office1: Mayor of Port Elms
- Term Start1: 2015
- Term End1: 2023
- Born: 11 February 1970
`
	elect := strings.Replace(before, "- Office1:", "- Office: Governor-elect of Westmarch\n- Term Start: 10 January 2027\n- Succeeding: Levi Pratt\n- Office1:", 1)
	took := strings.Replace(before, "- Office1:", "- Office: Governor of Westmarch\n- Term Start: 10 January 2027\n- Predecessor: Levi Pratt\n- Office1:", 1)
	got := append(changeLines(t, before, elect), changeLines(t, elect, took)...)
	want := []string{
		"successor-named: Governor of Westmarch: Carla Benn is named to succeed Levi Pratt, taking office on 10 January 2027",
		"incumbent-changed: Governor of Westmarch: Carla Benn succeeded Levi Pratt on 10 January 2027",
	}
	if !slices.Equal(got, want) {
		t.Errorf("changes:\n got %q\nwant %q", got, want)
	}
}

// TestInfoboxVacantIsACorrection: the infobox giving the office as vacant
// while the list still names its holder is reported, as a correction;
// vacant since a day after the holder's start, as the end of the term.
func TestInfoboxVacantIsACorrection(t *testing.T) {
	older := read(t, "testdata/snapshots/northbridge.txt")
	newer := strings.ReplaceAll(older, "- Incumbent: Helen Carter", "- Incumbent: Vacant")
	got := changeLines(t, older, newer)
	want := []string{"office-field-changed: Mayor of Northbridge: the infobox now gives the office as vacant; it named Helen Carter"}
	if !slices.Equal(got, want) {
		t.Errorf("changes:\n got %q\nwant %q", got, want)
	}
	// Vacant since a day after the holder's start: the infobox was
	// brought up to date before the list, and the term ended then.
	dated := strings.ReplaceAll(older, "- Incumbent: Helen Carter", "- Incumbent: Vacant since 12 March 2027")
	got = changeLines(t, older, dated)
	want = []string{"term-ended: Mayor of Northbridge: Helen Carter's term ended; the office has been vacant since 12 March 2027"}
	if !slices.Equal(got, want) {
		t.Errorf("dated vacancy: changes:\n got %q\nwant %q", got, want)
	}
}

// changeLines diffs two versions of a page and returns each change as
// "kind: headline".
func changeLines(t *testing.T, older, newer string) []string {
	t.Helper()
	var out []string
	for _, c := range Diff(build(t, older), build(t, newer)) {
		out = append(out, c.Kind+": "+c.Headline)
	}
	return out
}

// wantChanges checks the changes from older to newer, kind and headline.
func wantChanges(t *testing.T, older, newer string, want ...string) {
	t.Helper()
	if got := changeLines(t, older, newer); !slices.Equal(got, want) {
		t.Errorf("changes:\n got %q\nwant %q", got, want)
	}
}

// TestVacancyFilled follows an office from the holder's death, with the
// infobox giving it as vacant, to the next holder: named in the list, or
// only in the infobox. Either is a succession, not a list filled in.
func TestVacancyFilled(t *testing.T) {
	older := read(t, "testdata/snapshots/northbridge.txt")
	vacant := strings.ReplaceAll(older, "| 3 May 2019 | Incumbent |", "| 3 May 2019 | 12 March 2027† |")
	vacant = strings.ReplaceAll(vacant, "- Incumbent: Helen Carter", "- Incumbent: Vacant")
	inList := strings.ReplaceAll(vacant, "\n\n== See also", "\n| – | | Raj Patel (acting) | 14 March 2027 | Incumbent | Labour | – |\n\n== See also")
	inList = strings.ReplaceAll(inList, "- Incumbent: Vacant", "- Incumbent: Raj Patel (acting)")
	inInfobox := strings.ReplaceAll(vacant, "- Incumbent: Vacant", "- Incumbent: Raj Patel")
	inInfobox = strings.ReplaceAll(inInfobox, "- Incumbentsince: 3 May 2019", "- Incumbentsince: 14 March 2027")
	for _, tt := range []struct {
		name, newer string
		want        []string
	}{
		{"in the list", inList, []string{"incumbent-changed: Mayor of Northbridge: Raj Patel (acting) succeeded Helen Carter on 14 March 2027"}},
		{"in the infobox only", inInfobox, []string{"incumbent-changed: Mayor of Northbridge: Raj Patel succeeded Helen Carter on 14 March 2027"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := changeLines(t, vacant, tt.newer); !slices.Equal(got, tt.want) {
				t.Errorf("changes:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestBackAfterAVacancy: the holder before a vacancy the list gives
// ("| Governor Rule | … | Incumbent |") back in office is a holder taking
// office again, not the same holder going on; without the vacancy, the
// holder's next term is a re-election, nothing to report.
func TestBackAfterAVacancy(t *testing.T) {
	older := read(t, "testdata/snapshots/northbridge.txt")
	vacant := strings.ReplaceAll(older, "| 3 May 2019 | Incumbent |", "| 3 May 2019 | 12 March 2027 |")
	vacant = strings.ReplaceAll(vacant, "\n\n== See also", "\n| – | | Governor's rule | 12 March 2027 | Incumbent | | – |\n\n== See also")
	vacant = strings.ReplaceAll(vacant, "- Incumbent: Helen Carter", "- Incumbent: Vacant")
	back := strings.ReplaceAll(vacant, "| – | | Governor's rule | 12 March 2027 | Incumbent | | – |",
		"| – | | Governor's rule | 12 March 2027 | 3 May 2027 | | – |\n| – | | Helen Carter | 3 May 2027 | Incumbent | Labour | – |")
	back = strings.ReplaceAll(back, "- Incumbent: Vacant", "- Incumbent: Helen Carter")
	wantChanges(t, vacant, back, "incumbent-changed: Mayor of Northbridge: Helen Carter took office again on 3 May 2027")
	reelected := strings.ReplaceAll(older, "| 3 May 2019 | Incumbent |", "| 3 May 2019 | 3 May 2027 |\n| – | | Helen Carter | 3 May 2027 | Incumbent | Labour | – |")
	wantChanges(t, older, reelected)
}

// TestHowATermEnded: an end cell that says how the holder left ("Died in
// office", "(resigned)") is reported: with no date as the end of the term,
// with a date in the headline, and beside a succession as a note.
func TestHowATermEnded(t *testing.T) {
	older := read(t, "testdata/snapshots/northbridge.txt")
	died := strings.ReplaceAll(older, "| 3 May 2019 | Incumbent |", "| 3 May 2019 | Died in office |")
	resigned := strings.ReplaceAll(older, "| 3 May 2019 | Incumbent |", "| 3 May 2019 | 12 March 2027 (resigned) |")
	succeeded := strings.ReplaceAll(died, "\n\n== See also", "\n| – | | Raj Patel (acting) | 14 March 2027 | Incumbent | Labour | – |\n\n== See also")
	for _, tt := range []struct {
		name, newer string
		want        []string
		note        string
	}{
		// The infobox, not brought up to date, still names her: the
		// headline says so.
		{"died, no date", died, []string{"term-ended: Mayor of Northbridge: Helen Carter's term ended (died in office); no date is given; the page still names Helen Carter as the incumbent"}, ""},
		{"resigned in a year", strings.ReplaceAll(older, "| 3 May 2019 | Incumbent |", "| 3 May 2019 | 2027 (resigned) |"),
			[]string{"term-ended: Mayor of Northbridge: Helen Carter's term ended in 2027 (resigned); the page still names Helen Carter as the incumbent"}, ""},
		{"resigned on a date", resigned, []string{"term-ended: Mayor of Northbridge: Helen Carter's term ended on 12 March 2027 (resigned); the page still names Helen Carter as the incumbent"}, ""},
		{"resigned, infobox updated", strings.ReplaceAll(resigned, "- Incumbent: Helen Carter", "- Incumbent: Vacant"),
			[]string{"term-ended: Mayor of Northbridge: Helen Carter's term ended on 12 March 2027 (resigned); the office is vacant"}, ""},
		{"resigned, no infobox", strings.ReplaceAll(resigned, "- Incumbent: Helen Carter\n", ""),
			[]string{"term-ended: Mayor of Northbridge: Helen Carter's term ended on 12 March 2027 (resigned); no successor is named"}, ""},
		// The office abolished, the list leaving the end blank.
		{"office abolished", strings.ReplaceAll(strings.ReplaceAll(older, "| 3 May 2019 | Incumbent |", "| 3 May 2019 | |"), "- Incumbent: Helen Carter", "- Abolished: 12 March 2027"),
			[]string{"term-ended: Mayor of Northbridge: Helen Carter's term ended on 12 March 2027 (office abolished)"}, ""},
		// The office abolished, the list ending the term: the infobox says
		// what became of the office.
		{"ended, office abolished", strings.ReplaceAll(strings.ReplaceAll(older, "| 3 May 2019 | Incumbent |", "| 3 May 2019 | 2027 |"), "- Incumbent: Helen Carter", "- Abolished: 12 March 2027"),
			[]string{"term-ended: Mayor of Northbridge: Helen Carter's term ended in 2027; the office was abolished on 12 March 2027"}, ""},
		{"died, then a successor", succeeded, []string{"incumbent-changed: Mayor of Northbridge: Raj Patel (acting) succeeded Helen Carter on 14 March 2027"},
			"the list says Helen Carter's term ended: died in office"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := changeLines(t, older, tt.newer); !slices.Equal(got, tt.want) {
				t.Errorf("changes:\n got %q\nwant %q", got, tt.want)
			}
			if tt.note == "" {
				return
			}
			for _, c := range Diff(build(t, older), build(t, tt.newer)) {
				if !slices.Contains(c.Notes, tt.note) {
					t.Errorf("notes %q, want %q among them", c.Notes, tt.note)
				}
			}
		})
	}
}

// TestCurrentLeadersTableUpdated: a page whose table of current leaders
// names a new governor before its list does: a succession, once, whether
// or not the list was updated too.
func TestCurrentLeadersTableUpdated(t *testing.T) {
	older := `= Politics of Testsu =

The politics of Testsu.

== Current leaders ==
| Office | Name | Since |
|---|---|---|
| Party Secretary | Xin Changxing | 2023 |
| Governor | Xu Kunlin | 2021 |

== List of governors ==
1. Tan Zhenlin (谭震林): 1952–1955
2. Xu Kunlin (许昆林): 2021–present
`
	tableOnly := strings.ReplaceAll(older, "| Governor | Xu Kunlin | 2021 |", "| Governor | Liu Xiaotao | 2025 |")
	both := strings.ReplaceAll(tableOnly, "2. Xu Kunlin (许昆林): 2021–present", "2. Xu Kunlin (许昆林): 2021–2025\n3. Liu Xiaotao (刘小涛): 2025–present")
	want := []string{"incumbent-changed: Governor of Testsu: Liu Xiaotao succeeded Xu Kunlin in 2025"}
	for name, newer := range map[string]string{"table only": tableOnly, "table and list": both} {
		if got := changeLines(t, older, newer); !slices.Equal(got, want) {
			t.Errorf("%s:\n got %q\nwant %q", name, got, want)
		}
	}
}

// TestNumericDatesSuccession: a page that writes its dates in numbers
// alone, day first as its 17/08/2020 shows, gains a holder on 02/11/2026:
// one succession on 2 November, and no change to the terms before it.
func TestNumericDatesSuccession(t *testing.T) {
	older := `= Governor of Testland =

The Governor of Testland is the head of the province.

== List of governors ==

| No. | Name | Took office | Left office |
| 1 | Ann Lee | 03/04/2010 | 05/06/2015 |
| 2 | Bob Ray | 05/06/2015 | 17/08/2020 |
| 3 | Cy Dunn | 17/08/2020 | present |
`
	newer := strings.Replace(older, "| 3 | Cy Dunn | 17/08/2020 | present |",
		"| 3 | Cy Dunn | 17/08/2020 | 02/11/2026 |\n| 4 | Dee Fox | 02/11/2026 | present |", 1)
	got := changeLines(t, older, newer)
	want := []string{"incumbent-changed: Governor of Testland: Dee Fox succeeded Cy Dunn on 2 November 2026"}
	if !slices.Equal(got, want) {
		t.Errorf("changes:\n got %q\nwant %q", got, want)
	}
}

// TestLeadersTableAheadOfItsList: a page's table of current leaders names
// a new party secretary while its list of holders still gives the last
// one as in office: a succession, not a second holder.
func TestLeadersTableAheadOfItsList(t *testing.T) {
	older := `= Politics of Westprovince =

== Current leaders ==
| Office | Name | Since |
|---|---|---|
| Party Secretary | Zhao Si | 2016 |
| Governor | Li Hua | 2018 |

== Party Secretaries ==
- Zhang San (张三): 2010–2016
- Zhao Si (赵四): 2016–present
`
	newer := strings.Replace(older, "| Party Secretary | Zhao Si | 2016 |", "| Party Secretary | Wang Ming | 2024 |", 1)
	got := changeLines(t, older, newer)
	want := []string{"incumbent-changed: Party Secretary of Westprovince: Wang Ming succeeded Zhao Si in 2024"}
	if !slices.Equal(got, want) {
		t.Errorf("changes:\n got %q\nwant %q", got, want)
	}
}

// TestInfoboxActingAfterVacancy: the infobox's holder dies, the office is
// given as vacant and someone acts in it: an acting succession.
func TestInfoboxActingAfterVacancy(t *testing.T) {
	older := "= Mayor of Vacantville =\n\nInfobox\n- Post: Mayor of Vacantville\n- Incumbent: Tom Lee\n- Incumbentsince: 1 January 2020\n\nThe mayor leads the town.\n"
	newer := strings.Replace(older, "- Incumbent: Tom Lee\n- Incumbentsince: 1 January 2020",
		"- Incumbent: Vacant\n- Acting: Jane Roe\n- Incumbentsince: 3 March 2026", 1)
	got := changeLines(t, older, newer)
	want := []string{"incumbent-changed: Mayor of Vacantville: Jane Roe (acting) succeeded Tom Lee on 3 March 2026"}
	if !slices.Equal(got, want) {
		t.Errorf("changes:\n got %q\nwant %q", got, want)
	}
}

// TestInfoboxActingConfirmed: the infobox names its acting incumbent
// without the mark: the holder is confirmed in office, the headline saying
// the infobox's new start where it gives one; the mark put back, or the
// holder acting still, is no news.
func TestInfoboxActingConfirmed(t *testing.T) {
	older := "= Governor of Testshire =\n\nInfobox\n- Post: Governor of Testshire\n- Incumbent: Liu Jie (acting)\n- Incumbentsince: 25 December 2024\n\nThe governor heads the province.\n"
	confirmed := strings.Replace(older, "Liu Jie (acting)", "Liu Jie", 1)
	dated := strings.Replace(confirmed, "25 December 2024", "22 January 2025", 1)
	sinceMarked := strings.Replace(confirmed, "25 December 2024", "25 December 2024 (acting)", 1)
	wantChanges(t, older, confirmed, "acting-confirmed: Governor of Testshire: Liu Jie, acting since 25 December 2024, is confirmed in office")
	wantChanges(t, older, dated, "acting-confirmed: Governor of Testshire: Liu Jie, acting since 25 December 2024, is confirmed in office on 22 January 2025")
	wantChanges(t, sinceMarked, confirmed, "acting-confirmed: Governor of Testshire: Liu Jie, acting since 25 December 2024, is confirmed in office")
	wantChanges(t, confirmed, older)
	wantChanges(t, older, sinceMarked)
	// The day the page gives, as a list row's confirmation carries it,
	// whether or not the headline says it.
	for _, tc := range []struct{ newer, iso string }{{confirmed, "2024-12-25"}, {dated, "2025-01-22"}} {
		if cs := Diff(build(t, older), build(t, tc.newer)); len(cs) != 1 || cs[0].EffectiveISO != tc.iso || cs[0].From == nil || !cs[0].From.Acting {
			t.Errorf("changes %+v, want one effective %s from the acting holder", cs, tc.iso)
		}
	}
}

// TestBodyPageHeadVacated: a body's infobox that names its head, then
// gives the head as vacant: the term ended, the office vacant.
func TestBodyPageHeadVacated(t *testing.T) {
	older := "= Testland Provincial People's Government =\n\nTestland Provincial People's Government\n- Leader1 Type: Governor\n- Leader1: Li Dianxun\n\nThe government of the province.\n"
	newer := strings.Replace(older, "Li Dianxun", "Vacant", 1)
	wantChanges(t, older, newer, "term-ended: Governor of Testland: Li Dianxun's term ended; no date is given; the office is vacant")
}

// TestPageShapesOfPlaces: the shapes of pages about a place's leaders
// that give each post its own office (two posts side by side, a place
// column, a dateless list of current leaders, a topic page's infobox) are
// watched post by post: one succession each, in the post it happened in.
func TestPageShapesOfPlaces(t *testing.T) {
	tests := []struct {
		name, older string
		edits       []string
		want        []string
	}{
		{"two posts side by side", `= Politics of Testsu =

== Party Secretaries and Governors ==

| Party Secretary | Term | Governor | Term |
| Song Renqiong 宋任穷 | 1950–1952 | Chen Geng 陈赓 | 1950–1955 |
| Wang Ning 王宁 | 2020– | Wang Yubo 王予波 | 2020– |
`, []string{"| Wang Ning 王宁 | 2020– | Wang Yubo 王予波 | 2020– |", "| Wang Ning 王宁 | 2020–2025 | Wang Yubo 王予波 | 2020– |\n| Wang Xiaohui 王晓晖 | 2025– | | |"},
			[]string{"incumbent-changed: Party Secretary of Testsu: Wang Xiaohui succeeded Wang Ning in 2025"}},
		{"a place column", `= List of current provincial leaders of Testland =

| Province | Party Secretary | Took office | Governor | Took office |
| Anhui | Liang Yanshun 梁言顺 | 2024 | Wang Qingxian 王清宪 | 2021 |
| Fujian | Zhou Zuyi 周祖翼 | 2022 | Zhao Long 赵龙 | 2021 |
`, []string{"| Zhao Long 赵龙 | 2021 |", "| Wu Qing 吴清 | 2026 |"},
			[]string{"incumbent-changed: Governor of Fujian: Wu Qing succeeded Zhao Long in 2026"}},
		{"a dateless list of current leaders", `= Politics of Testsu =

== Current leaders ==

- Party Secretary: Hu Changsheng (胡昌升)
- Governor: Ren Zhenhe (任振鹤)
`, []string{"- Party Secretary: Hu Changsheng (胡昌升)", "- Party Secretary: Wang Xiaohui (王晓晖)"},
			[]string{"incumbent-changed: Party Secretary of Testsu: Wang Xiaohui succeeded Hu Changsheng"}},
		{"a topic page's infobox ahead of its list", `= Politics of Testsu =

Infobox
- Secretary: Chen Jining
- Mayor: Gong Zheng

== Communist Party ==

| Order | CPC Party Secretary | Term |
| 1 | Rao Shushi | 1949—1950 |
| 2 | Chen Jining | 2022—present |

== Mayors ==

| Order | Mayor | Term |
| 1 | Chen Yi | 1949—1958 |
| 2 | Gong Zheng | 2020—present |
`, []string{"- Mayor: Gong Zheng", "- Mayor: Wu Qing"},
			[]string{"incumbent-changed: Mayor of Testsu: Wu Qing succeeded Gong Zheng"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			newer := tt.older
			for i := 0; i+1 < len(tt.edits); i += 2 {
				if !strings.Contains(newer, tt.edits[i]) {
					t.Fatalf("edit %d: %q not in the page", i/2, tt.edits[i])
				}
				newer = strings.ReplaceAll(newer, tt.edits[i], tt.edits[i+1])
			}
			if got := changeLines(t, tt.older, newer); !slices.Equal(got, tt.want) {
				t.Errorf("\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestStandInAndReturn: an acting mayor named while the mayor is away
// (the mayor's row still open, the infobox naming the stand-in as acting)
// is one succession, marked acting; the stand-in's term ending, the mayor
// still in office, is the mayor back: a succession the other way, not a
// term ended with no successor.
func TestStandInAndReturn(t *testing.T) {
	older := read(t, "testdata/snapshots/northbridge.txt")
	standIn := strings.ReplaceAll(older, "\n\n== See also", "\n| – | | Raj Patel | 12 March 2027 | Incumbent | Labour | – |\n\n== See also")
	standIn = strings.ReplaceAll(standIn, "- Incumbent: Helen Carter", "- Incumbent: Raj Patel (acting)")
	back := strings.ReplaceAll(older, "\n\n== See also", "\n| – | | Raj Patel | 12 March 2027 | 2 June 2027 | Labour | – |\n\n== See also")
	got := append(changeLines(t, older, standIn), changeLines(t, standIn, back)...)
	want := []string{
		"incumbent-changed: Mayor of Northbridge: Raj Patel (acting) succeeded Helen Carter on 12 March 2027",
		"incumbent-changed: Mayor of Northbridge: Helen Carter succeeded Raj Patel (acting) on 2 June 2027",
	}
	if !slices.Equal(got, want) {
		t.Errorf("changes:\n got %q\nwant %q", got, want)
	}
}

// TestNumberedHolderEndsBesideStaleOpenTerm: a numbered holder's term
// ending, with an older row still (wrongly) open, is a term ended, not
// the older holder back in office.
func TestNumberedHolderEndsBesideStaleOpenTerm(t *testing.T) {
	older := read(t, "testdata/snapshots/northbridge.txt")
	stale := strings.Replace(older, "| 9 January 1902 |", "| Incumbent |", 1)
	if stale == older {
		t.Fatal("no row to make stale")
	}
	ended := strings.ReplaceAll(stale, "| 3 May 2019 | Incumbent |", "| 3 May 2019 | 12 March 2026† |")
	ended = strings.ReplaceAll(ended, "- Incumbent: Helen Carter", "- Incumbent: Vacant")
	for _, line := range changeLines(t, stale, ended) {
		if strings.HasPrefix(line, "incumbent-changed") {
			t.Errorf("a stale open row made a succession: %s", line)
		}
	}
}

// TestLeadNamesTheNewHolder: a page without an infobox (a mirror dropped
// it) whose lead alone is brought up to date names the new holder: a
// succession, dated as the lead dates it; the same lead reworded is none.
func TestLeadNamesTheNewHolder(t *testing.T) {
	page := read(t, "testdata/snapshots/northbridge.txt")
	i, j := strings.Index(page, "Infobox\n"), strings.Index(page, "The Mayor of Northbridge")
	if i < 0 || j < i {
		t.Fatal("no infobox to drop")
	}
	older := page[:i] + strings.Replace(page[j:], "Northbridge.\n", "Northbridge. The current mayor is Helen Carter, in office since 3 May 2019.\n", 1)
	newer := strings.Replace(older, "The current mayor is Helen Carter, in office since 3 May 2019.", "The current mayor is Raj Patel, who took office on 14 March 2027.", 1)
	reworded := strings.Replace(older, "The current mayor is Helen Carter, in office since 3 May 2019.", "Helen Carter is the current mayor; she took office on 3 May 2019.", 1)
	if newer == older || reworded == older {
		t.Fatal("the lead was not changed")
	}
	want := []string{"incumbent-changed: Mayor of Northbridge: Raj Patel succeeded Helen Carter on 14 March 2027"}
	if got := changeLines(t, older, newer); !slices.Equal(got, want) {
		t.Errorf("changes:\n got %q\nwant %q", got, want)
	}
	if got := changeLines(t, older, reworded); len(got) != 0 {
		t.Errorf("a reworded lead reported %q", got)
	}
}

// TestLeadAheadOfTheInfobox: a lead that names a new holder since a date
// after the infobox's, the infobox not yet brought up to date and no list
// saying otherwise, is a succession; a lead naming someone else since an
// earlier date is not.
func TestLeadAheadOfTheInfobox(t *testing.T) {
	older := `= Governor of Testland =

Infobox
- Post: Governor
- Incumbent: Wang Hao
- Incumbentsince: 1 March 2021

The governor of Testland heads the provincial government. The current governor is Wang Hao, who took office on 1 March 2021.

== List of governors ==
| No. | Name | Took office | Left office |
| 1 | Zhang San | 1949 | 1955 |
`
	newer := strings.Replace(older, "Wang Hao, who took office on 1 March 2021", "Liu Jie, who took office on 25 December 2024", 1)
	wantChanges(t, older, newer, "incumbent-changed: Governor of Testland: Liu Jie succeeded Wang Hao on 25 December 2024")
	stale := strings.Replace(older, "Wang Hao, who took office on 1 March 2021", "Liu Jie, who took office on 25 December 2019", 1)
	wantChanges(t, older, stale)
}

// TestBodyPageLeaderChanges: a party committee's page whose infobox
// names a new secretary is a succession in the party secretary's office.
func TestBodyPageLeaderChanges(t *testing.T) {
	older := `= Testland Provincial Committee of the Chinese Communist Party =

Testland Provincial Committee of the Chinese Communist Party
- Body: Highest decision-making organ when Testland Provincial Congress is not in session.
- Secretary: Yi Lianhong
- Deputy Secretary: Wang Hao (Governor)

The committee secretary is the highest ranking post in the province.
`
	newer := strings.Replace(older, "- Secretary: Yi Lianhong\n- Deputy Secretary: Wang Hao (Governor)", "- Secretary: Wang Hao\n- Deputy Secretary: Liu Jie (Acting Governor)", 1)
	want := []string{"incumbent-changed: Party Secretary of Testland: Wang Hao succeeded Yi Lianhong"}
	if got := changeLines(t, older, newer); !slices.Equal(got, want) {
		t.Errorf("changes:\n got %q\nwant %q", got, want)
	}
}

// TestBiographySuccessorActing: a biography that ends its subject's term
// and names an acting successor reports the successor as acting.
func TestBiographySuccessorActing(t *testing.T) {
	older := "= Xu Kunlin =\n\nXu Kunlin\n- Office: Governor of Jiangsu\n- Term Start: 19 October 2021\n- Predecessor: Wu Zhenglong\n\nXu Kunlin is a politician.\n"
	newer := strings.Replace(older, "- Predecessor: Wu Zhenglong\n", "- Term End: 27 November 2026\n- Predecessor: Wu Zhenglong\n- Successor: Liu Xiaotao (acting)\n", 1)
	wantChanges(t, older, newer, "incumbent-changed: Governor of Jiangsu: Liu Xiaotao (acting) succeeded Xu Kunlin on 27 November 2026")
}

// TestInfoboxNamesAnEarlierHolder: an infobox that goes back to a holder
// in office since before the one it named (an update taken back, an
// older copy) is a correction, not a succession.
func TestInfoboxNamesAnEarlierHolder(t *testing.T) {
	older := read(t, "testdata/snapshots/northbridge.txt")
	newer := strings.ReplaceAll(older, "- Incumbent: Helen Carter", "- Incumbent: Raj Patel")
	newer = strings.ReplaceAll(newer, "- Incumbentsince: 3 May 2019", "- Incumbentsince: 1 May 2015")
	wantChanges(t, older, newer, "office-field-changed: Mayor of Northbridge: the infobox now names Raj Patel, in office since 1 May 2015, where it named Helen Carter, since 3 May 2019: an earlier holder, not a succession")
}

// TestPlacePageLeaderChanges: a place's page whose infobox names another
// leader reports the succession.
func TestPlacePageLeaderChanges(t *testing.T) {
	older := "= Testhunan =\n\nTesthunan\n- Leader Title: Party Secretary\n- Leader Name: Shen Xiaoming\n- Leader Title1: Governor\n- Leader Name1: Mao Weiming\n\nTesthunan is a province.\n"
	newer := strings.Replace(older, "- Leader Name1: Mao Weiming", "- Leader Name1: Ann Lee (acting)", 1)
	wantChanges(t, older, newer, "incumbent-changed: Governor of Testhunan: Ann Lee (acting) succeeded Mao Weiming")
}

// TestInfoboxOfficeAbolished: a page with no list whose infobox named the
// holder of now, then gives the office as abolished: the holder's term
// ended with the office, on the day the infobox gives. An infobox that
// only gains an Abolished date, having named no holder, reports nothing.
func TestInfoboxOfficeAbolished(t *testing.T) {
	older := "= Governor of Testmacau =\n\nInfobox\n- Post: Governor\n- Body: Testmacau\n- Incumbent: Ann Lee\n- Incumbentsince: 23 April 1991\n- Formation: 7 July 1623\n\nThe governor heads the colony.\n"
	newer := strings.Replace(older, "- Incumbent: Ann Lee\n- Incumbentsince: 23 April 1991\n", "- Last: Ann Lee\n- Abolished: 20 December 1999\n", 1)
	wantChanges(t, older, newer, "term-ended: Governor of Testmacau: Ann Lee's term ended; the office was abolished on 20 December 1999")
	if cs := Diff(build(t, older), build(t, newer)); len(cs) != 1 || cs[0].EffectiveISO != "1999-12-20" {
		t.Errorf("changes %+v, want one effective 1999-12-20", cs)
	}
	noHolder := strings.Replace(older, "- Incumbent: Ann Lee\n- Incumbentsince: 23 April 1991\n", "", 1)
	wantChanges(t, noHolder, strings.Replace(noHolder, "- Formation: 7 July 1623\n", "- Formation: 7 July 1623\n- Abolished: 20 December 1999\n", 1))
}

// TestPostHeldBySeveral: on a post whose infobox names several holders
// of now, one more taking office while the others stay is no
// succession: "took office", from no one; one leaving as another comes
// is, as on any post.
func TestPostHeldBySeveral(t *testing.T) {
	older := `= Vice Chairman of the Testland Military Commission =

Infobox
- Incumbent: Zhang Youxia, He Weidong
- Incumbentsince: 23 October 2022

| No. | Name | Took office | Left office |
| 20 | Xu Qiliang 许其亮 | November 2012 | October 2022 |
| 21 | Zhang Youxia 张又侠 | October 2017 | Incumbent |
| 22 | He Weidong 何卫东 | October 2022 | Incumbent |
`
	joined := strings.NewReplacer("Zhang Youxia, He Weidong", "Zhang Youxia, He Weidong, Zhang Shengmin",
		"| October 2022 | Incumbent |\n", "| October 2022 | Incumbent |\n| 23 | Zhang Shengmin 张升民 | October 2025 | Incumbent |\n").Replace(older)
	replaced := strings.NewReplacer("Zhang Youxia, He Weidong", "Zhang Youxia, Zhang Shengmin",
		"| October 2022 | Incumbent |\n", "| October 2022 | October 2025 |\n| 23 | Zhang Shengmin 张升民 | October 2025 | Incumbent |\n").Replace(older)
	for _, tt := range []struct {
		name, newer string
		want        []string
	}{
		{"one more", joined, []string{"incumbent-changed: Vice Chairman of the Testland Military Commission: Zhang Shengmin took office in October 2025"}},
		{"one replaced", replaced, []string{"incumbent-changed: Vice Chairman of the Testland Military Commission: Zhang Shengmin succeeded He Weidong in October 2025"}},
		// The infobox taken out: its list names He Weidong last, and no
		// one left.
		{"infobox removed", strings.Replace(older, "Infobox\n- Incumbent: Zhang Youxia, He Weidong\n- Incumbentsince: 23 October 2022\n\n", "", 1), nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := changeLines(t, older, tt.newer); !slices.Equal(got, tt.want) {
				t.Errorf("changes:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
