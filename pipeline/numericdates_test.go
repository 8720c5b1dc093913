package pipeline

import (
	"slices"
	"strings"
	"testing"
)

func TestReadNumericDates(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string
		want  []string // the lines after; nil: unchanged
		order string   // "day" or "month" in the problem; "" for none
	}{
		{"a day above 12 shows day first",
			[]string{"| Ann Lee | 03/04/1950 | 05/06/1955 |", "| Bob Ray | 05/06/1955 | 17/08/1960 |"},
			[]string{"| Ann Lee | 3 April 1950 | 5 June 1955 |", "| Bob Ray | 5 June 1955 | 17/08/1960 |"}, "day"},
		{"a day above 12 in second place shows month first",
			[]string{"* Ann Lee (03/04/1950 – 08/17/1960)", "* Bob Ray (8/17/1960–1/2/1965)"},
			[]string{"* Ann Lee (4 March 1950 – 08/17/1960)", "* Bob Ray (8/17/1960–2 January 1965)"}, "month"},
		{"hyphens", []string{"03-04-1950 to 25-12-1951"}, []string{"3 April 1950 to 25-12-1951"}, "day"},
		{"a hyphen between two dates",
			[]string{"03/04/1950-05/06/1951", "13/01/1952"}, []string{"3 April 1950-5 June 1951", "13/01/1952"}, "day"},
		{"nothing shows the order", []string{"03/04/1950", "05/06/1955"}, nil, ""},
		{"the page shows both orders", []string{"03/04/1950", "17/08/1960", "08/17/1961"}, nil, ""},
		{"no ambiguous date", []string{"17/08/1960", "1 May 1950", "05/05/1955"}, nil, ""},
		{"not dates: versions, decimals, long numbers, ISO dates and ranges",
			[]string{"1.2/3/1950", "12/03/19501", "1/2/3/1950", "1950-04-03", "1949-1952", "17/08/1960", "4/5/1950.5"}, nil, ""},
		{"a date with dots, day first, shows the order of those with slashes",
			[]string{"| Ed Gray | 30.6.2006 | 1/7/2010 |"}, []string{"| Ed Gray | 30.6.2006 | 1 July 2010 |"}, "day"},
		{"a date with dots is no evidence against the slashes' own", []string{"30.6.2006", "03/04/1950", "08/17/1961"},
			[]string{"30.6.2006", "4 March 1950", "08/17/1961"}, "month"},
		{"a sentence ends after the year",
			[]string{"He took office on 03/04/1950.", "He left on 17/08/1960."},
			[]string{"He took office on 3 April 1950.", "He left on 17/08/1960."}, "day"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := slices.Clone(tc.lines)
			p := readNumericDates(lines)
			want := tc.want
			if want == nil {
				want = tc.lines
			}
			if !slices.Equal(lines, want) {
				t.Errorf("lines\n%q\nwant\n%q", lines, want)
			}
			switch {
			case tc.order == "" && p != nil:
				t.Errorf("problem %+v, want none", *p)
			case tc.order != "" && p == nil:
				t.Errorf("no problem, want one saying %s first", tc.order)
			case p != nil && (p.Code != CodeDateOrder || p.Severity != SeverityInfo || !strings.Contains(p.Message, "read "+tc.order+" first")):
				t.Errorf("problem %+v, want an info %s saying %s first", *p, CodeDateOrder, tc.order)
			}
		})
	}
}

// TestNumericDatesInDocument: a table's dates read in the order the
// page's own dates show, with the finding that says so; without a date
// that shows it, the cells are reported as ambiguous.
func TestNumericDatesInDocument(t *testing.T) {
	page := "= Governor of Testland =\n\n== List of governors ==\n\n| No. | Name | Took office | Left office |\n" +
		"| 1 | Ann Lee | 03/04/1950 | 05/06/1955 |\n| 2 | Bob Ray | 05/06/1955 | %s |\n"
	for _, tc := range []struct {
		end, annStart, annEnd string
		code                  string
	}{
		{"17/08/1960", "1950-04-03", "1955-06-05", CodeDateOrder},
		{"08/17/1960", "1950-03-04", "1955-05-06", CodeDateOrder},
		{"07/08/1960", "", "", CodeUnparsedDate},
	} {
		ds, err := Build(t.Context(), []Input{{Path: "gov.txt", Data: []byte(strings.Replace(page, "%s", tc.end, 1))}})
		if err != nil {
			t.Fatal(err)
		}
		if len(ds.Terms) != 2 {
			t.Fatalf("end %s: %d terms", tc.end, len(ds.Terms))
		}
		if got := ds.Terms[0]; got.Start.String() != tc.annStart || got.End.String() != tc.annEnd {
			t.Errorf("end %s: Ann Lee %s to %s, want %s to %s", tc.end, got.Start, got.End, tc.annStart, tc.annEnd)
		}
		if !slices.ContainsFunc(ds.Findings, func(f Finding) bool { return f.Code == tc.code }) {
			t.Errorf("end %s: no %s finding in %+v", tc.end, tc.code, ds.Findings)
		}
	}
}

// FuzzReadNumericDates: any text; the quick look at the whole text sees
// every date the lines hold, what is rewritten is rewritten once (a
// second reading finds nothing to decide), and a text left alone is left
// exactly as it was.
func FuzzReadNumericDates(f *testing.F) {
	for _, s := range []string{"03/04/1950\n17/08/1960", "8/17/1960 1/2/1965", "1/2/3/1950", "03-04-1950-05-06-1951\n13-1-1950", "x/1/1950", "99/99/9999", "0/0/0000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lines := strings.Split(s, "\n")
		var found []numericDate
		for i, l := range lines {
			found = appendNumericDates(found, i, l)
		}
		if len(found) > 0 && !hasNumericDate(s) {
			t.Fatalf("%q holds %d numeric dates line by line, but hasNumericDate says none", s, len(found))
		}
		before := slices.Clone(lines)
		p := readNumericDates(lines)
		if p == nil {
			if !slices.Equal(lines, before) {
				t.Fatalf("no problem, but %q became %q", before, lines)
			}
			return
		}
		if p.Line < 1 || p.Line > len(lines) {
			t.Fatalf("problem on line %d of %d", p.Line, len(lines))
		}
		again := slices.Clone(lines)
		if q := readNumericDates(again); q != nil || !slices.Equal(again, lines) {
			t.Fatalf("%q read again: %v, %q", lines, q, again)
		}
	})
}
