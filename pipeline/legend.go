package pipeline

import (
	"slices"
	"strings"
)

// A page's legend says what the marks beside its holders mean: "A dagger
// (†) indicates mayoralties cut short by death in office", "An asterisk
// (*) denotes an acting mayor", a key row "| † Died in office |".

// marksDeath reports whether a cell carries a mark the page's legend
// says means a death in office: "December 12, 2017†" or "Ann Lee†" under
// "A dagger (†) indicates mayoralties cut short by death in office", "|
// †Died in office (cancer) |".
func (x *extractor) marksDeath(cell string) bool {
	return x.marked(cell, func(l legend) []rune { return l.death })
}

// marksActing reports whether a holder's cell carries a mark the page's
// legend says means acting: "Bob Ray*" under "An asterisk (*) denotes an
// acting mayor".
func (x *extractor) marksActing(cell string) bool {
	return x.marked(cell, func(l legend) []rune { return l.acting })
}

func (x *extractor) marked(cell string, marks func(legend) []rune) bool {
	if !mayHoldMark(cell) {
		return false // most cells: the legend is not read
	}
	m := marks(x.legend())
	return len(m) > 0 && strings.ContainsFunc(cell, func(r rune) bool { return slices.Contains(m, r) })
}

// mayHoldMark reports whether s holds one of legendMarks: one pass over
// the bytes, as most cells have none.
func mayHoldMark(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '*', '#':
			return true
		case 0xE2: // "†" is E2 80 A0, "‡" E2 80 A1; "–" E2 80 93 is not
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA0 || s[i+2] == 0xA1) {
				return true
			}
		case 0xC2: // "§" is C2 A7
			if i+1 < len(s) && s[i+1] == 0xA7 {
				return true
			}
		}
	}
	return false
}

func (x *extractor) legend() legend {
	if !x.marksDone {
		x.marks, x.marksDone = readLegend(x.doc), true
	}
	return x.marks
}

// legend is what a page's key says the marks beside its holders mean.
type legend struct {
	acting []rune // "An asterisk (*) denotes an acting mayor", "| * Acting |"
	death  []rune // "† Died in office"
}

// legendMarks are the marks a page's key explains, with the words that
// name them.
var legendMarks = []struct {
	mark rune
	word string
}{{'†', "dagger"}, {'‡', "double dagger"}, {'*', "asterisk"}, {'§', "section sign"}, {'#', "hash"}}

// readLegend reads what the page's key says its marks mean, from a
// paragraph, a list item or a short table row that names a mark (or
// the mark's name) beside "acting" or "died". Common marks (an asterisk,
// a hash) need a legend's words ("denotes", "indicates") or a short key
// ("* Acting"); a dagger needs only the word.
func readLegend(doc *Document) legend {
	var l legend
	meaning := func(s string) (acting, death bool) {
		low := strings.ToLower(s)
		acting = strings.Contains(low, "acting") || strings.Contains(low, "interim")
		death = strings.Contains(low, "died") || strings.Contains(low, "death")
		return acting && !death, death && !acting
	}
	add := func(s string) {
		sActing, sDeath := meaning(s)
		low := strings.ToLower(s)
		legendWords := len(s) <= 60 || strings.Contains(low, "denote") || strings.Contains(low, "indicate") || strings.Contains(low, "signif") ||
			strings.Contains(low, "mark") || strings.Contains(low, " mean")
		for _, m := range legendMarks {
			acting, death := false, false
			if i := strings.IndexRune(s, m.mark); i >= 0 {
				// "† Died in office; ‡ Acting": what follows the mark.
				seg := s[i+len(string(m.mark)):]
				if j := strings.IndexFunc(seg, func(r rune) bool { return r == ';' || r == '†' || r == '‡' || r == '*' || r == '§' }); j >= 0 {
					seg = seg[:j]
				}
				if acting, death = meaning(seg); !acting && !death {
					acting, death = sActing, sDeath
				}
			} else if strings.Contains(low, m.word) && (m.mark != '†' || !strings.Contains(low, "double dagger")) {
				acting, death = sActing, sDeath
			}
			if !acting && !death || m.mark != '†' && !legendWords {
				continue
			}
			if acting && !slices.Contains(l.acting, m.mark) {
				l.acting = append(l.acting, m.mark)
			}
			if death && !slices.Contains(l.death, m.mark) {
				l.death = append(l.death, m.mark)
			}
		}
	}
	for _, b := range doc.Blocks {
		switch b.Kind {
		case ParagraphBlock:
			for _, sn := range sentences(b.Text) {
				add(sn)
			}
		case ListBlock:
			for _, it := range b.List.Items {
				add(it.Text)
			}
		case TableBlock:
			// A legend's row: "| † Died in office |", beside no dates.
			for _, r := range append([]Row{b.Table.Header}, b.Table.Rows...) {
				if _, filled := firstNonEmpty(r.Cells); filled <= 2 {
					for _, c := range r.Cells {
						add(c)
					}
				}
			}
		}
	}
	return l
}
