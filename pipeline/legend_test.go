package pipeline

import (
	"slices"
	"strings"
	"testing"
)

// TestReadLegend: what a page's key says its marks mean, from a sentence,
// a list item or a short table row; a mark beside no legend words means
// nothing.
func TestReadLegend(t *testing.T) {
	for _, tc := range []struct{ doc, acting, death string }{
		{"An asterisk (*) denotes an acting mayor.", "*", ""},
		{"An asterisk denotes an acting governor.", "*", ""},
		{"A dagger (†) indicates mayoralties cut short by death in office.", "", "†"},
		{"† Died in office; ‡ Acting", "‡", "†"},
		{"| † Died in office (cancer) |\n| * Acting |", "*", "†"},
		{"Interim holders are marked with #.", "#", ""},
		{"The governor was acting for a while after the previous one's death *in the city*.", "", ""}, // no legend
		{"The acting governor * was busy with the long negotiations that followed over many months and years.", "", ""},
	} {
		doc, err := Parse("m.txt", []byte("= Mayor of Testland =\n\n"+tc.doc+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		l := readLegend(doc)
		if string(l.acting) != tc.acting || string(l.death) != tc.death {
			t.Errorf("readLegend(%q) = acting %q, death %q; want %q, %q", tc.doc, string(l.acting), string(l.death), tc.acting, tc.death)
		}
	}
	// A holder marked so is acting, in a table and in a list.
	for _, body := range []string{
		"| No. | Name | Took office | Left office |\n| 1 | Ann Lee | 1950 | 1954 |\n| – | Bob Ray* | 1954 | 1954 |\n| 2 | Cy Dunn | 1954 | 1958 |\n",
		"1. Ann Lee: 1950–1954\n2. Bob Ray*: 1954–1954\n3. Cy Dunn: 1954–1958\n",
	} {
		ds := buildDocs(t, map[string]string{"m.txt": "= Mayor of Testland =\n\nAn asterisk (*) denotes an acting mayor.\n\n== Mayors ==\n\n" + body})
		var acting []string
		for _, tm := range ds.Terms {
			if tm.Acting {
				acting = append(acting, tm.NameEN)
			}
		}
		if !slices.Equal(acting, []string{"Bob Ray"}) {
			t.Errorf("acting %q, want Bob Ray alone, in\n%s", acting, body)
		}
		// A dagger the legend gives to deaths in office, on a name.
		ds = buildDocs(t, map[string]string{"m.txt": "= Mayor of Testland =\n\nA dagger (†) indicates a death in office.\n\n== Mayors ==\n\n" + strings.ReplaceAll(body, "*", "†")})
		var died []string
		for _, tm := range ds.Terms {
			if tm.Note == "died in office" {
				died = append(died, tm.NameEN)
			}
		}
		if !slices.Equal(died, []string{"Bob Ray"}) {
			t.Errorf("died in office: %q, want Bob Ray alone, in\n%s", died, body)
		}
		// Without the legend, the asterisk is a footnote mark.
		ds = buildDocs(t, map[string]string{"m.txt": "= Mayor of Testland =\n\n== Mayors ==\n\n" + body})
		for _, tm := range ds.Terms {
			if tm.Acting {
				t.Errorf("%s acting without a legend saying so", tm.NameEN)
			}
		}
	}
}

// FuzzMayHoldMark checks the byte scan against the rule it shortcuts.
func FuzzMayHoldMark(f *testing.F) {
	for _, s := range []string{"Ann Lee†", "1990–1994", "Bob*", "§ 3", "‡", "\xe2\x80", "\xc2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := mayHoldMark(s), strings.ContainsAny(s, "*†‡§#"); got != want {
			t.Fatalf("mayHoldMark(%q) = %v, want %v", s, got, want)
		}
	})
}
