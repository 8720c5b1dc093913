package pipeline

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestReadSuccessionRow(t *testing.T) {
	tests := []struct {
		cells                     []string
		title, tenure, pred, succ string
		ok                        bool
	}{
		{cells: []string{"Preceded by Li Chang'an", "Governor of Shandong 1987 – 1988", "Succeeded by Zhao Zhihao"},
			title: "Governor of Shandong", tenure: "1987 – 1988", pred: "Li Chang'an", succ: "Zhao Zhihao", ok: true},
		{cells: []string{"Preceded by Cy Dunn", "Mayor of Testburg 1982–1990", "Succeeded by Di Eck"},
			title: "Mayor of Testburg", tenure: "1982–1990", pred: "Cy Dunn", succ: "Di Eck", ok: true},
		// The post's first holder, and its holder still.
		{cells: []string{"New office", "Governor of Testland March 2019 – present", "Succeeded by Incumbent"},
			title: "Governor of Testland", tenure: "March 2019 – present", ok: true},
		// A post with a number in its name keeps it.
		{cells: []string{"Preceded by Ann Lee", "Member of the 12th National People's Congress 2013–2018", ""},
			title: "Member of the 12th National People's Congress", tenure: "2013–2018", pred: "Ann Lee", ok: true},
		// No marks: a table of something else.
		{cells: []string{"Governor of Testland", "1990–1994", "Ann Lee"}, ok: false},
		{cells: []string{"Political offices", "", ""}, ok: false},
		{cells: []string{"Preceded by Ann Lee", "Succeeded by Bob Ray"}, ok: false},
	}
	for _, tc := range tests {
		got, ok := readSuccessionRow(tc.cells)
		if ok != tc.ok {
			t.Errorf("readSuccessionRow(%q) ok = %v, want %v (%+v)", tc.cells, ok, tc.ok, got)
			continue
		}
		if ok && (got.title != tc.title || got.tenure != tc.tenure || got.pred != tc.pred || got.succ != tc.succ) {
			t.Errorf("readSuccessionRow(%q) = %+v, want %q %q %q %q", tc.cells, got, tc.title, tc.tenure, tc.pred, tc.succ)
		}
	}
}

// TestSuccessionBoxTerms: a biography's succession box gives the terms of
// posts its infobox leaves out, with the neighbours it names; a post the
// infobox gives is not given twice; a biography with no infobox is read
// from its succession box alone.
func TestSuccessionBoxTerms(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": `= Ann Testlee =

Ann Testlee
- Office: Governor of Testland
- Term Start: 1990
- Term End: 1994
- Birth Date: 1940

Ann Testlee (born 1940) is a Testlandic politician.

== See also ==

| Political offices | | |
| Preceded by Cy Dunn | Mayor of Testburg 1982–1990 | Succeeded by Di Eck |
| Preceded by Bob Ray | Governor of Testland 1990–1994 | Succeeded by Ed Fox |
`, "j.txt": `= Jiang Testyun =

Jiang Testyun (born 1930) is a retired Testlandic politician.

| Preceded by Li Chang'an | Governor of Testshan 1987 – 1988 | Succeeded by Zhao Testhao |
| Preceded by Liang Buting | Secretary of CPC Testshan Committee 1988 – 1994 | Succeeded by Zhao Testhao |
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, fmt.Sprintf("%s %s %s–%s %s<%s>%s", tm.OfficeID, tm.PersonID, tm.Start, tm.End,
			tm.PredecessorPersonID, tm.SourceID, tm.SuccessorPersonID))
	}
	slices.Sort(got)
	want := []string{
		"governor-of-testland ann-testlee 1990–1994 <ann-testlee>",
		"governor-of-testshan jiang-testyun 1987–1988 li-changan<jiang-testyun>zhao-testhao",
		"mayor-of-testburg ann-testlee 1982–1990 cy-dunn<ann-testlee>di-eck",
		"party-secretary-of-testshan jiang-testyun 1988–1994 liang-buting<jiang-testyun>zhao-testhao",
	}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	for _, s := range ds.Sources {
		if s.Kind != KindBiography {
			t.Errorf("source %s is a %s, want a biography", s.ID, s.Kind)
		}
	}
}

// TestSuccessionBoxOneCellALine: a mirror that writes a succession box
// one cell to a line, each ending with a pipe, gives the same terms.
func TestSuccessionBoxOneCellALine(t *testing.T) {
	ds := buildDocs(t, map[string]string{"j.txt": `= Jiang Testyun =

Jiang Testyun (born 1930) is a retired Testlandic politician.

== External links ==

Political offices |
Preceded by Li Chang'an |
Governor of Testshan 1987 – 1988 |
Succeeded by Zhao Testhao |
Preceded by Liang Buting |
Secretary of CPC Testshan Committee 1988 – 1994 |
Succeeded by Zhao Testhao |
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, fmt.Sprintf("%s %s–%s %s>%s", tm.OfficeID, tm.Start, tm.End, tm.PredecessorPersonID, tm.SuccessorPersonID))
	}
	slices.Sort(got)
	want := []string{"governor-of-testshan 1987–1988 li-changan>zhao-testhao", "party-secretary-of-testshan 1988–1994 liang-buting>zhao-testhao"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
}

func FuzzReadSuccessionRow(f *testing.F) {
	f.Add("Preceded by Li Chang'an|Governor of Shandong 1987 – 1988|Succeeded by Zhao Zhihao")
	f.Add("New office|Mayor of X May 2019 – present|Succeeded by Incumbent")
	f.Add("Preceded by |Governor 1|")
	f.Fuzz(func(t *testing.T, s string) {
		sr, ok := readSuccessionRow(strings.Split(s, "|"))
		if ok && (sr.title == "" || sr.tenure == "") {
			t.Fatalf("readSuccessionRow(%q) = %+v: a row without its post or tenure", s, sr)
		}
	})
}
