// Package watch detects leadership changes between snapshots of source
// documents: a semantic diff of the canonical records of each changed
// source against its own previous snapshot (one change per real-world
// fact), text evidence as unified diffs, state in an embedded SQLite
// database and reports a journalist can use.
package watch

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"tenure/internal/editdist"
	"tenure/pipeline"
)

// Change kinds. They are stable: reports, feeds and webhooks carry them.
const (
	// Leadership changes: the alerts.
	KindIncumbentChanged = "incumbent-changed" // a succession
	KindActingConfirmed  = "acting-confirmed"  // an acting holder confirmed in office
	KindSuccessorNamed   = "successor-named"   // a holder named to take office ("elect"), the current one still in it
	KindTermEnded        = "term-ended"        // a term ended and no successor is named
	KindHolderAdded      = "holder-added"      // a holder added in the middle of the history
	KindHolderRemoved    = "holder-removed"    // a holder removed from the history

	// Corrections: reported in their own section, not alerted.
	KindDatesCorrected     = "dates-corrected"      // a date changed to one outside its old bounds
	KindNameRespelled      = "name-respelled"       // a holder's name spelled another way
	KindNameReplaced       = "name-replaced"        // another name on a row with the same dates
	KindListCorrected      = "list-corrected"       // many rows of one list corrected at once
	KindHistoryEdited      = "history-edited"       // a past holder added to or removed from the history
	KindTermAdded          = "term-added"           // a past term added to a biography
	KindOfficeFieldChanged = "office-field-changed" // an infobox value changed
	KindPersonFieldChanged = "person-field-changed" // a biography's personal detail changed
	KindTermEndDue         = "term-end-due"         // a term's end written in advance: a date still to come

	// The sources themselves.
	KindSourceAdded      = "source-added"
	KindSourceRemoved    = "source-removed"
	KindSourceRestored   = "source-restored" // a removed source back in its place
	KindSourceUnreadable = "source-unreadable"
	// KindSourceFailing is reported once when a source starts failing to
	// be read, and KindSourceRecovered once when it can be read again.
	KindSourceFailing   = "source-failing"
	KindSourceRecovered = "source-recovered"
	// KindReverted is a source that returned to an earlier version: one
	// change naming the changes it undoes, not a fresh succession.
	KindReverted = "reverted"
)

// Tiers of a change.
const (
	TierAlert      = "alert"      // a leadership change or a source problem
	TierCorrection = "correction" // the record was corrected; no one changed office
)

// TierOf returns the tier of a change kind.
func TierOf(kind string) string {
	switch kind {
	case KindDatesCorrected, KindNameRespelled, KindNameReplaced, KindListCorrected, KindHistoryEdited, KindTermAdded,
		KindOfficeFieldChanged, KindPersonFieldChanged, KindConfirmed, KindTermEndDue:
		return TierCorrection
	}
	return TierAlert
}

// Person names a person in a change.
type Person struct {
	ID         string `json:"id"`
	NameEN     string `json:"name_en,omitempty"`
	NameNative string `json:"name_native,omitempty"`
	Acting     bool   `json:"acting,omitempty"`
	// ActingFrom is the day, as ISO text, the holder began to act in the
	// post before the term's own start, where the list says so ("22
	// January 2022 (acting from 27 December 2021)").
	ActingFrom string `json:"acting_from,omitempty"`
	// With lists the people who hold or held the office together with
	// this one, named on the same row of the list (co-mayors, captains
	// regent), in the list's order.
	With []Person `json:"with,omitempty"`
}

// displayActing is display, with "(acting)" after an acting holder.
func (p *Person) displayActing() string {
	if p != nil && p.Acting {
		return p.display() + " (acting)"
	}
	return p.display()
}

func (p *Person) display() string {
	if p == nil {
		return "nobody"
	}
	if len(p.With) > 0 {
		return p.withOthers((*Person).display)
	}
	switch {
	case p.NameEN != "":
		return p.NameEN
	case p.NameNative != "":
		return p.NameNative
	}
	return p.ID
}

// Change is one real-world fact that differs between two snapshots.
type Change struct {
	Kind        string  `json:"kind"`
	Tier        string  `json:"tier"`
	Headline    string  `json:"headline"`
	OfficeID    string  `json:"office_id,omitempty"`
	OfficeTitle string  `json:"office_title,omitempty"`
	From        *Person `json:"from,omitempty"`
	To          *Person `json:"to,omitempty"`
	// Effective is when the change took effect, as the source writes it
	// ("31 December 2024"), and as ISO text at that precision.
	Effective    string `json:"effective,omitempty"`
	EffectiveISO string `json:"effective_iso,omitempty"`
	// PreviousTermEnd is the end now written on the outgoing holder's
	// term, which was open before.
	PreviousTermEnd string `json:"previous_term_end,omitempty"`
	TermID          string `json:"term_id,omitempty"`
	Field           string `json:"field,omitempty"`
	Old             string `json:"old,omitempty"`
	New             string `json:"new,omitempty"`
	// SourceID is the location (file path or URL) of the source the change
	// was read from; Sources lists every source that reports it.
	SourceID string   `json:"source_id,omitempty"`
	Sources  []string `json:"sources,omitempty"`
	// Notes says what else the change covers or where sources disagree.
	Notes []string `json:"notes,omitempty"`
	// needles are the names whose lines are its evidence; lines, where
	// known, are the new snapshot's lines of the terms it is about, and
	// others those of other offices' terms: a name changed in another
	// office's list is that change's evidence, not this one's; evidence
	// is the diff hunks that show it.
	needles  []string
	lines    []int
	others   []int
	evidence string
	// ended is the last date of the term of a holder added to or
	// removed from a list's history: its end, or its start.
	ended pipeline.Date
	// named is set on a succession whose new holder the old snapshot
	// already named to take office that day ("Jane Doe (elect)"): once
	// that day has come it is the succession; before it, nothing new.
	named bool
}

// Key identifies the fact a change reports, so the same fact is never
// reported twice.
func (c Change) Key() string {
	return strings.Join([]string{c.Kind, c.OfficeID, c.TermID, c.Field, personID(c.From), personID(c.To), c.EffectiveISO, c.Old, c.New, c.SourceID}, "\x1f")
}

func personID(p *Person) string {
	if p == nil {
		return ""
	}
	return p.ID
}

// side is one snapshot's records, indexed for comparison.
type side struct {
	ds      *pipeline.Dataset
	bio     bool
	persons map[string]*pipeline.Person
	terms   map[string][]*pipeline.Term // by office, in the office's order
	offices []*pipeline.Office
}

// heldBySeveral reports whether the side gives an office several
// current holders, each on a row of their own: a post held side by side
// (several holders of now in its infobox, a body's seats), not one held
// jointly by the names on one row.
func (s *side) heldBySeveral(officeID string) bool {
	var open []*pipeline.Term
	for _, t := range s.terms[officeID] {
		if t.Incumbent {
			open = append(open, t)
		}
	}
	if len(open) < 2 || pipeline.CoHeld(open[0], open[1]) {
		return false
	}
	n := 0
	for _, h := range s.ds.CurrentHolders {
		if h.OfficeID == officeID {
			n++
		}
	}
	return n > 1
}

// withPersonNames returns ds, or a copy of it whose terms that give their
// holder's name only in native script ("김태흠 金泰欽": a Korean list's
// template that lost the English) carry the English name their person
// has from another mention (the infobox's incumbent, a biography), so
// that a change names "Kim Tae-heum (김태흠 金泰欽)" as readers know him.
// The dataset itself is left as it was written.
func withPersonNames(ds *pipeline.Dataset) *pipeline.Dataset {
	var en map[string]string
	need := false
	for i := range ds.Terms {
		if t := &ds.Terms[i]; t.NameEN == "" && t.PersonID != "" {
			if en == nil {
				en = make(map[string]string, len(ds.Persons))
				for _, p := range ds.Persons {
					if p.NameEN != "" {
						en[p.ID] = p.NameEN
					}
				}
			}
			if need = en[t.PersonID] != ""; need {
				break
			}
		}
	}
	if !need {
		return ds
	}
	cp := *ds
	cp.Terms = slices.Clone(ds.Terms)
	for i := range cp.Terms {
		if t := &cp.Terms[i]; t.NameEN == "" {
			t.NameEN = en[t.PersonID]
		}
	}
	return &cp
}

// runsToEnd reports whether a list of the side's document runs to the
// document's end: its last row is the last line, a blank line aside.
// A stored copy cut off there may hold only the list's first rows.
func (s *side) runsToEnd(ts []*pipeline.Term) bool {
	if len(ts) == 0 || len(s.ds.Sources) != 1 {
		return false
	}
	last := 0
	for _, t := range ts {
		if t.SourceID == s.ds.Sources[0].ID {
			last = max(last, t.SourceLine)
		}
	}
	return last > 0 && last >= s.ds.Sources[0].Lines-1
}

func newSide(ds *pipeline.Dataset) *side {
	ds = withPersonNames(ds)
	s := &side{ds: ds, persons: map[string]*pipeline.Person{}, terms: map[string][]*pipeline.Term{}}
	for _, src := range ds.Sources {
		if src.Kind == pipeline.KindBiography {
			s.bio = true
		}
	}
	for i := range ds.Persons {
		s.persons[ds.Persons[i].ID] = &ds.Persons[i]
	}
	for i := range ds.Terms {
		t := &ds.Terms[i]
		s.terms[t.OfficeID] = append(s.terms[t.OfficeID], t)
	}
	for i := range ds.Offices {
		s.offices = append(s.offices, &ds.Offices[i])
	}
	return s
}

func (s *side) person(id string) *Person {
	if id == "" {
		return nil
	}
	p := &Person{ID: id}
	if r := s.persons[id]; r != nil {
		p.NameEN, p.NameNative = r.NameEN, r.NameNative
	}
	return p
}

// Diff compares the records built from one source's previous snapshot
// with those built from its new one and returns one change per fact, in a
// stable order. Offices are matched by what they hold, not by their
// names; terms by a sequence alignment that tolerates what editors change
// without changing the facts (a native name added, a spelling fixed, a
// date made more precise, footnotes, numbering, markup). A succession is
// one incumbent-changed change that covers the new row, the filled-in end
// and the infobox's edits.
func Diff(old, cur *pipeline.Dataset) []Change {
	d := &differ{old: newSide(old), cur: newSide(cur)}
	for _, pair := range d.matchOffices() {
		d.office(pair[0], pair[1])
	}
	d.personFields()
	slices.SortStableFunc(d.out, func(a, b Change) int {
		return cmp.Or(cmp.Compare(kindRank(a.Kind), kindRank(b.Kind)), cmp.Compare(a.OfficeID, b.OfficeID),
			cmp.Compare(a.EffectiveISO, b.EffectiveISO), cmp.Compare(a.TermID, b.TermID), cmp.Compare(a.Field, b.Field))
	})
	for i := range d.out {
		d.out[i].Tier = TierOf(d.out[i].Kind)
	}
	return d.out
}

// newOffices returns the offices of cur that no office of old holds what
// they hold (as Diff pairs them): lists new to the page, and for each the
// office of old, if any, paired with it by content.
func newOffices(old, cur *pipeline.Dataset) []*pipeline.Office {
	d := &differ{old: newSide(old), cur: newSide(cur)}
	var out []*pipeline.Office
	for _, pair := range d.matchOffices() {
		if pair[0] == nil && pair[1] != nil {
			out = append(out, pair[1])
		}
	}
	return out
}

// pairedOffice returns the office of old that Diff pairs with the office
// n of cur, or nil.
func pairedOffice(old, cur *pipeline.Dataset, n *pipeline.Office) *pipeline.Office {
	d := &differ{old: newSide(old), cur: newSide(cur)}
	for _, pair := range d.matchOffices() {
		if pair[1] != nil && pair[1].ID == n.ID {
			return pair[0]
		}
	}
	return nil
}

func kindRank(k string) int {
	for i, x := range []string{KindIncumbentChanged, KindActingConfirmed, KindSuccessorNamed, KindTermEnded, KindHolderAdded, KindHolderRemoved,
		KindDatesCorrected, KindNameRespelled, KindNameReplaced, KindListCorrected, KindHistoryEdited, KindTermAdded, KindOfficeFieldChanged, KindPersonFieldChanged,
		KindTermEndDue, KindSourceAdded, KindSourceRemoved, KindSourceRestored, KindSourceUnreadable, KindSourceFailing, KindSourceRecovered, KindReverted} {
		if k == x {
			return i
		}
	}
	return 99
}

type differ struct {
	old, cur *side
	out      []Change
}

func (d *differ) add(c Change) { d.out = append(d.out, c) }

// matchOffices pairs the offices of the two snapshots by content: the
// number of terms they share (the same holder with a compatible start),
// then by ID for offices without terms. An office in one snapshot only is
// paired with nil.
func (d *differ) matchOffices() [][2]*pipeline.Office {
	type cand struct {
		o, n  int
		score int
	}
	// The new snapshot's terms by holder's name, native and Latin.
	type hit struct {
		office int
		f      feat
	}
	index := map[string][]hit{}
	for j, n := range d.cur.offices {
		for _, t := range d.cur.terms[n.ID] {
			f := featOf(t)
			if f.native != "" {
				index["n\x00"+f.native] = append(index["n\x00"+f.native], hit{j, f})
			}
			if f.key != "" {
				index["k\x00"+f.key] = append(index["k\x00"+f.key], hit{j, f})
			}
		}
	}
	var cands []cand
	for i, o := range d.old.offices {
		shared := map[int]int{}
		for _, t := range d.old.terms[o.ID] {
			f := featOf(t)
			seen := map[int]bool{}
			for _, k := range []string{"n\x00" + f.native, "k\x00" + f.key} {
				if k == "n\x00" || k == "k\x00" {
					continue
				}
				for _, h := range index[k] {
					if !seen[h.office] && f.score(&h.f) >= 10 {
						seen[h.office] = true
						shared[h.office] += 2
					}
				}
			}
		}
		for j, n := range d.cur.offices {
			s := shared[j]
			small := min(len(d.old.terms[o.ID]), len(d.cur.terms[n.ID]))
			switch {
			case o.ID == n.ID:
				s += 1000 // one title, one office: content only breaks ties
			case s < small: // other titles: most of the shorter list must match
				s = 0
			}
			if s > 0 {
				cands = append(cands, cand{i, j, s})
			}
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int { return cmp.Compare(b.score, a.score) })
	usedO, usedN := map[int]bool{}, map[int]bool{}
	var out [][2]*pipeline.Office
	for _, c := range cands {
		if usedO[c.o] || usedN[c.n] {
			continue
		}
		usedO[c.o], usedN[c.n] = true, true
		out = append(out, [2]*pipeline.Office{d.old.offices[c.o], d.cur.offices[c.n]})
	}
	for i, o := range d.old.offices {
		if !usedO[i] {
			out = append(out, [2]*pipeline.Office{o, nil})
		}
	}
	for j, n := range d.cur.offices {
		if !usedN[j] {
			out = append(out, [2]*pipeline.Office{nil, n})
		}
	}
	return out
}

// nameKey is a name reduced to what a respelling keeps: lower-case ASCII
// letters, no spaces, hyphens or accents.
func nameKey(s string) string { return strings.ReplaceAll(pipeline.Slug(s), "-", "") }

// samePerson tells whether two rows name one person: 2 for the same name
// (Latin or native), 1 for a respelling (words reordered, a few letters
// changed), 0 for different people.
func samePerson(a, b *pipeline.Term) int {
	fa, fb := featOf(a), featOf(b)
	return fa.samePerson(&fb, true)
}

// feat is what comparing a term needs, worked out once per term.
type feat struct {
	t                  *pipeline.Term
	en, key, native    string
	words              string // the Latin name's words, sorted, lower case
	hasStart, hasEnd   bool
	sLo, sHi, eLo, eHi int
}

func featOf(t *pipeline.Term) feat {
	f := feat{t: t, en: t.NameEN, key: nameKey(t.NameEN), native: pipeline.NativeKey(t.NameNative)}
	if t.NameEN != "" {
		w := strings.Fields(strings.ToLower(t.NameEN))
		slices.Sort(w)
		f.words = strings.Join(w, " ")
	}
	if !t.Start.IsZero() {
		f.hasStart = true
		f.sLo, f.sHi = civilDay(t.Start.Earliest()), civilDay(t.Start.Latest())
	}
	if !t.End.IsZero() && !t.Incumbent {
		f.hasEnd = true
		f.eLo, f.eHi = civilDay(t.End.Earliest()), civilDay(t.End.Latest())
	}
	return f
}

func civilDay(t time.Time) int { return int(t.Unix() / 86400) }

func feats(ts []*pipeline.Term) []feat {
	out := make([]feat, len(ts))
	for i, t := range ts {
		out[i] = featOf(t)
	}
	return out
}

// samePerson: see the function of that name. A respelling is looked for
// only when asked (datesAgree): it costs an edit distance.
func (a *feat) samePerson(b *feat, datesAgree bool) int {
	switch {
	case pipeline.SameNativeName(a.native, b.native):
		if a.en == "" || b.en == "" || a.key == b.key || a.words == b.words || sameLetters(a.key, b.key) ||
			a.key != "" && b.key != "" && a.key[0] == b.key[0] && closeSpelling(a.key, b.key) {
			return 2
		}
		// One native name under two Latin names that are no respelling
		// of each other ("Luo Huining (骆惠宁)", then "Lou Yangsheng
		// (骆惠宁)"): a page's copy error as often as a romanisation
		// changed; at most a respelling, so that the second is no
		// re-election of the first.
		if datesAgree {
			return 1
		}
		return 0
	case a.en == "" || b.en == "":
		return 0
	case a.key == b.key:
		return 2
	case a.native != "" && b.native != "":
		return 0 // both written natively, differently: two people
	}
	if m := middleNames(a.en, b.en); m == 2 || m == 1 && datesAgree {
		return m
	}
	switch {
	case !datesAgree:
		return 0
	case a.words == b.words, sameLetters(a.key, b.key):
		return 1
	case len(a.key) >= 6 && len(b.key) >= 6 && a.key[0] == b.key[0] && closeSpelling(a.key, b.key):
		return 1
	}
	return 0
}

// middleNames compares two names that differ only between their first
// and last words: 2 when one gives middle initials the other leaves out
// or spells out ("Madeleine Z. Bordallo", "Madeleine Bordallo";
// "Joseph F. Ada", "Joseph Franklin Ada"), one name written more or less
// fully; 1 when one leaves out a whole middle name ("John Quincy Adams",
// "John Adams"), which may be another person; 0 otherwise.
func middleNames(a, b string) int {
	ia, ib := strings.IndexByte(a, ' '), strings.IndexByte(b, ' ')
	ja, jb := strings.LastIndexByte(a, ' '), strings.LastIndexByte(b, ' ')
	if ia < 0 || ib < 0 || !strings.EqualFold(a[:ia], b[:ib]) || !strings.EqualFold(a[ja+1:], b[jb+1:]) || ia == ja && ib == jb {
		return 0 // most pairs: another first or last word, or no middle at all
	}
	ma, mb := strings.Fields(a[ia:ja+1]), strings.Fields(b[ib:jb+1])
	if len(ma) < len(mb) {
		ma, mb = mb, ma
	}
	// Each middle word of the shorter name matches the next of the
	// longer's, in order, in full or by its initial; the longer's words
	// left over are dropped.
	out := 2
	k := 0
	for _, w := range ma {
		switch {
		case k < len(mb) && middleWordsMatch(w, mb[k]):
			k++
		case isInitial(w):
		default:
			out = 1 // a whole name dropped
		}
	}
	if k < len(mb) {
		return 0
	}
	return out
}

// middleWordsMatch reports whether two middle words name one name: the
// same word, or an initial and a word it begins ("F." and "Franklin").
func middleWordsMatch(a, b string) bool {
	a, b = strings.TrimSuffix(a, "."), strings.TrimSuffix(b, ".")
	if strings.EqualFold(a, b) {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) == 1 && len(b) > 1 && strings.EqualFold(a, b[:1])
}

// isInitial reports whether a word is an initial: "Z.", "W", "J.R.".
func isInitial(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			letters++
		default:
			return false
		}
	}
	return letters > 0 && letters <= 2
}

// closeSpelling reports whether two name keys differ by at most one letter
// in five (and at least one allowed): a respelling, not another name.
func closeSpelling(a, b string) bool {
	limit := max(1, min(len(a), len(b))/5)
	return editdist.Within(a, b, limit) <= limit
}

// score rates how likely two rows are the same term: 10 and more for
// the same holder with compatible dates, 7 for a respelled holder, 4 for
// the same holder with other dates, 3 for another name on identical
// dates, 0 for no match.
func (a *feat) score(b *feat) int {
	startOK := !a.hasStart || !b.hasStart || a.sLo <= b.sHi && b.sLo <= a.sHi
	endOK := !a.hasEnd || !b.hasEnd || a.eLo <= b.eHi && b.eLo <= a.eHi
	sp := a.samePerson(b, startOK && endOK)
	switch {
	case sp == 2 && startOK && endOK:
		return 11
	case sp == 2 && startOK:
		return 10
	case sp == 1:
		return 7
	case sp == 2:
		return 4
	case sp == 0 && a.hasStart && a.t.Start == b.t.Start && a.t.End == b.t.End && a.t.Incumbent == b.t.Incumbent:
		return 3
	}
	return 0
}

func termScore(o, n *pipeline.Term) int {
	fo, fn := featOf(o), featOf(n)
	return fo.score(&fn)
}

// align pairs the terms of two lists in order, maximising the summed
// score: a Needleman–Wunsch alignment with free gaps, run on what lies
// between the rows that match at both ends. pairs[i] is the index in b
// of a[i]'s match, or -1.
func align(a, b []feat) []int {
	pairs := make([]int, len(a))
	for i := range pairs {
		pairs[i] = -1
	}
	lo := 0
	for lo < len(a) && lo < len(b) && a[lo].score(&b[lo]) >= 10 {
		pairs[lo] = lo
		lo++
	}
	ha, hb := len(a), len(b)
	for ha > lo && hb > lo && a[ha-1].score(&b[hb-1]) >= 10 {
		pairs[ha-1] = hb - 1
		ha--
		hb--
	}
	n, m := ha-lo, hb-lo
	if n == 0 || m == 0 {
		return pairs
	}
	w := m + 1
	f := make([]int32, (n+1)*w)
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			best := max(f[(i-1)*w+j], f[i*w+j-1])
			if s := a[lo+i-1].score(&b[lo+j-1]); s > 0 {
				best = max(best, f[(i-1)*w+j-1]+int32(s))
			}
			f[i*w+j] = best
		}
	}
	for i, j := n, m; i > 0 && j > 0; {
		switch s := a[lo+i-1].score(&b[lo+j-1]); {
		case s > 0 && f[i*w+j] == f[(i-1)*w+j-1]+int32(s):
			pairs[lo+i-1] = lo + j - 1
			i--
			j--
		case f[i*w+j] == f[(i-1)*w+j]:
			i--
		default:
			j--
		}
	}
	return pairs
}

// maxCorrectionsPerOffice is how many corrections of one office a run
// reports one by one; more (a table rewritten row by row) are summed up
// in one list-corrected correction.
const maxCorrectionsPerOffice = 25

// office compares one office across the two snapshots.
func (d *differ) office(o, n *pipeline.Office) {
	start := len(d.out)
	d.officeChanges(o, n)
	var corr []Change
	kept := d.out[:start]
	for _, c := range d.out[start:] {
		if TierOf(c.Kind) == TierCorrection && c.OfficeID != "" {
			corr = append(corr, c)
			continue
		}
		kept = append(kept, c)
	}
	if len(corr) <= maxCorrectionsPerOffice {
		d.out = append(kept, corr...)
		return
	}
	count := map[string]int{}
	var kinds []string
	for _, c := range corr {
		if count[c.Kind] == 0 {
			kinds = append(kinds, c.Kind)
		}
		count[c.Kind]++
	}
	var parts []string
	for _, k := range kinds {
		parts = append(parts, fmt.Sprintf("%d %s", count[k], k))
	}
	sum := Change{Kind: KindListCorrected, OfficeID: n.ID, OfficeTitle: n.Title, Old: fmt.Sprint(len(corr)),
		Headline: fmt.Sprintf("%s: %d rows of the list were corrected (%s); no one changed office", n.Title, len(corr), strings.Join(parts, ", "))}
	for _, c := range corr[:5] {
		sum.Notes = append(sum.Notes, c.Headline)
		sum.needles = append(sum.needles, c.needles...)
	}
	sum.Notes = append(sum.Notes, fmt.Sprintf("and %d more", len(corr)-5))
	d.out = append(kept, sum)
}

// officeChanges compares one office across the two snapshots.
func (d *differ) officeChanges(o, n *pipeline.Office) {
	if n == nil {
		// The office is gone from the source: a section cut or moved away,
		// not a leadership change. The text diff keeps the evidence.
		return
	}
	var ot []*pipeline.Term
	if o != nil {
		ot = d.old.terms[o.ID]
	}
	nt := d.cur.terms[n.ID]
	if o == nil || len(ot) == 0 && len(nt) > 0 {
		// A new section, or a list where there was none: what it holds is
		// new to the source, not new in the world.
		d.newOffice(n, nt)
		if o != nil {
			// The list is new, the infobox's holder may be too: an
			// update that brings the list with it.
			if c, ok := d.infoboxSuccession(o, n, nil, nt); ok && !d.cur.bio {
				d.add(c)
			}
			d.officeFields(o, n)
		}
		return
	}
	title := n.Title
	// A list written newest first is read oldest first, so that what
	// follows its last shared row is what came after.
	if newestFirst(nt) || len(nt) < 2 && newestFirst(ot) {
		ot, nt = reversed(ot), reversed(nt)
	}
	of, nf := feats(ot), feats(nt)
	pairs := align(of, nf)
	matchedNew := make([]bool, len(nt))
	for _, j := range pairs {
		if j >= 0 {
			matchedNew[j] = true
		}
	}
	// Rows moved elsewhere in the list: the same holder and start.
	for i, j := range pairs {
		if j >= 0 {
			continue
		}
		for k := range nt {
			if !matchedNew[k] && of[i].score(&nf[k]) >= 10 {
				pairs[i], matchedNew[k] = k, true
				break
			}
		}
	}
	lastMatched := -1
	for k := range nt {
		if matchedNew[k] {
			lastMatched = k
		}
	}
	// An office whose whole list is gone (a truncated page) says nothing
	// about its holders.
	listGone := len(nt) == 0 && len(ot) > 0
	var oldOpen *pipeline.Term
	for _, t := range ot {
		if t.Incumbent {
			oldOpen = t
		}
	}
	lastMatchedOld := -1
	for i, j := range pairs {
		if j >= 0 {
			lastMatchedOld = i
		}
	}
	// rowNow is an old term's row in the new list, or nil.
	rowNow := func(t *pipeline.Term) *pipeline.Term {
		if i := slices.Index(ot, t); t != nil && i >= 0 && pairs[i] >= 0 {
			return nt[pairs[i]]
		}
		return nil
	}
	succeeded := false
	var ended []Change
	// The office is vacant now, by its infobox or a vacancy its list ends
	// with, where it was not: a term that ended left it so.
	vacated := n.IncumbentStatus == "vacant" && o.IncumbentStatus != "vacant"
	gone := officeAfter{vacant: vacated, abolished: n.Abolished}
	if n.IncumbentStatus != "vacant" {
		gone.named = d.cur.person(n.IncumbentPersonID)
	}
	var edits []Change            // holders added to or removed from the middle of the history
	var tailGone []*pipeline.Term // rows gone from the end of the list: a page cut short
	var tailAdded []string        // rows added after a list that named no current holder
	var tailLast *pipeline.Term   // the last of them
	// A copy cut off inside the list (the stored copies hold a page's
	// first few thousand characters) shows none of the rows after the
	// cut: rows the old copy gave there are not removed, only not shown.
	newCut := d.cur.runsToEnd(nt)
	lastKeptLine := 0 // the old copy's last line with a row the new one still gives
	for i, j := range pairs {
		if j >= 0 {
			lastKeptLine = max(lastKeptLine, ot[i].SourceLine)
		}
	}
	// A past term written now as two rows of the same holder, or two
	// rows now as one (a re-election's terms split or joined), covers the
	// same years: no correction.
	sameYears := splitOrJoined(ot, nt, pairs, matchedNew)
	for i, j := range pairs {
		if j < 0 {
			switch {
			case listGone:
			case newCut && ot[i].SourceLine > lastKeptLine:
			case i > lastMatchedOld:
				tailGone = append(tailGone, ot[i])
			default:
				edits = append(edits, d.removedChange(n, ot[i]))
			}
			continue
		}
		if ot[i].Incoming() && nt[j].Incumbent {
			succeeded = true
			if oldOpen != nil && samePerson(oldOpen, nt[j]) == 2 {
				continue // re-elected: the same holder goes on, nothing ended
			}
			// The holder named to succeed took office: from the list's
			// current holder, or, in a biography, its predecessor.
			from := holderGroupOf(ot, oldOpen)
			if from == nil && nt[j].PredecessorPersonID != "" {
				from = d.cur.person(nt[j].PredecessorPersonID)
			}
			c := d.succession(n, from, termPersonOf(nt[j]), nt[j], rowNow(oldOpen))
			c.named = !ot[i].Start.IsZero() && ot[i].Start.EqualAtSharedPrecision(nt[j].Start)
			d.add(c)
			continue
		}
		if sameYears[i] {
			continue
		}
		if c, ok := d.compareTerm(title, ot[i], nt[j], gone); ok {
			if c.Kind == KindTermEnded {
				ended = append(ended, c)
			} else {
				d.add(c)
			}
		}
	}
	// New rows after the last row both lists share are successions, in
	// order; new rows before it were added to the history.
	var prev *pipeline.Term
	if oldOpen != nil {
		prev = oldOpen
	} else if len(ot) > 0 {
		prev = ot[len(ot)-1]
	}
	prevNow := rowNow(prev) // prev's row in the new list
	// The old infobox gave the office as vacant, or the old list reached
	// the present with a term that had ended: a row after it is the next
	// holder, not a stale list filled in nor the rest of a copy cut short.
	vacantBefore := oldOpen == nil && prev != nil && !prev.End.IsZero() &&
		(o.IncumbentStatus == "vacant" || listReachedPresent(o, prev, nt))
	if vacantBefore {
		prevNow = nil // its end is not news: it was written before
	}
	prevList := ot       // the list prev is in
	lastSuccession := -1 // the index in d.out of the last succession made below
	for k, t := range nt {
		if matchedNew[k] {
			continue
		}
		after := k > lastMatched
		if after && prev != nil && !t.Start.IsZero() && !prev.Start.IsZero() && t.Start.Latest().Before(prev.Start.Earliest()) {
			after = false // an older holder appended at the end
		}
		switch {
		case after && (oldOpen != nil || d.cur.bio || vacantBefore):
			// The list named a current holder: what follows it are
			// successions, in order. The same holder again is a new term
			// (re-elected: nothing to report), or an acting holder
			// confirmed.
			same := prev != nil && samePerson(prev, t) == 2
			switch {
			case same && prev.Acting && !t.Acting:
				c := Change{Kind: KindActingConfirmed, OfficeID: n.ID, OfficeTitle: title, TermID: t.ID,
					From: termPersonOf(prev), To: termPersonOf(t), Effective: t.Start.Human(), EffectiveISO: t.Start.String(),
					needles: needlesOf(t)}
				c.From.Acting = true
				c.Headline = fmt.Sprintf("%s: %s, acting since %s, is confirmed in office", title, termWho(t), prev.Start.Human())
				d.add(c)
				succeeded = true
			case same && !t.Incumbent && !t.End.IsZero():
				// The same holder's next term, ended too ("20 December
				// 2014 – 25 December 2018" under a row closed that day):
				// the holder did not go on; whoever the page names now
				// succeeded them, and their time ended with this term.
				for i := range ended {
					if oldOpen != nil && ended[i].To != nil && ended[i].To.ID == t.PersonID {
						if c, ok := d.compareTerm(title, oldOpen, t, gone); ok && c.Kind == KindTermEnded {
							ended[i] = c
						}
					}
				}
			case same && vacantBefore && o.IncumbentStatus == "vacant" && !prev.Incumbent && t.Incumbent:
				// Back after a vacancy ("Governor Rule" between two terms
				// of Shahbaz Sharif): the office, vacant, has a holder
				// again, the one before the vacancy.
				lastSuccession = len(d.out)
				c := d.succession(n, nil, termPersonOf(t), t, nil)
				c.Notes = append(c.Notes, fmt.Sprintf("back in office after a vacancy: %s's previous term ended on %s", termWho(prev), prev.End.Human()))
				c.Headline = fmt.Sprintf("%s: %s took office again%s", title, c.To.displayActing(), c.when())
				d.add(c)
				succeeded = true
			case same:
				succeeded = true // the same holder goes on: nothing ended
			case t.Incoming() && prevNow != nil && prevNow.Incumbent:
				// "David Nguyen (elect)" below a holder still in office:
				// named to succeed, not yet in office.
				d.add(d.successorNamed(n.ID, title, holderGroupOf(prevList, prev), t))
				succeeded = true
			case lastSuccession >= 0 && pipeline.CoHeld(prev, t):
				// Named on the row of the holder who just took office:
				// they took it together.
				c := &d.out[lastSuccession]
				c.To.With = append(c.To.With, *termPersonOf(t))
				c.needles = append(c.needles, needlesOf(t)...)
				c.Headline = successionHeadline(n.Title, *c)
				continue
			case prevNow != nil && prevNow.Incumbent && !pipeline.CoHeld(prevNow, t) && d.cur.heldBySeveral(n.ID):
				// A post held by several side by side (its holders of
				// now all current holders): one more took office, and
				// the one above goes on.
				lastSuccession = len(d.out)
				d.add(d.succession(n, nil, termPersonOf(t), t, nil))
				succeeded = true
			default:
				lastSuccession = len(d.out)
				c := d.succession(n, holderGroupOf(prevList, prev), termPersonOf(t), t, prevNow)
				if vacantBefore && o.IncumbentStatus == "vacant" && !o.IncumbentSince.IsZero() {
					// "| – | Vacant (President's rule) | 13 February 2025 |
					// Incumbent |" before: the new holder ended a vacancy.
					c.Notes = append(c.Notes, fmt.Sprintf("the office had been vacant since %s", o.IncumbentSince.Human()))
				}
				d.add(c)
				succeeded = true
			}
			prev, prevNow, prevList = t, t, nt
		case after:
			// The list named no current holder (cut short, or stale):
			// rows after its end fill it in.
			tailAdded = append(tailAdded, fmt.Sprintf("%s (%s)", termWho(t), termSpan(t)))
			tailLast = t
		case d.cur.bio:
			d.add(Change{Kind: KindTermAdded, OfficeID: n.ID, OfficeTitle: title, TermID: t.ID, To: termPersonOf(t),
				New: termSpan(t), needles: needlesOf(t),
				Headline: fmt.Sprintf("%s: a past term of %s (%s) was added", title, termWho(t), termSpan(t))})
		case t.Incumbent && !succeeded && oldOpen != nil && samePerson(oldOpen, t) == 0 && prevNow != nil && !prevNow.Incumbent && !prevNow.End.IsZero():
			// The new holder's open row written above the old holder's,
			// now closed (a list kept in order by hand, out of order):
			// the succession all the same, not a holder added.
			lastSuccession = len(d.out)
			d.add(d.succession(n, holderGroupOf(ot, oldOpen), termPersonOf(t), t, prevNow))
			succeeded = true
		default:
			edits = append(edits, Change{Kind: KindHolderAdded, OfficeID: n.ID, OfficeTitle: title, TermID: t.ID, To: termPersonOf(t),
				New: termSpan(t), Effective: t.Start.Human(), EffectiveISO: t.Start.String(), needles: needlesOf(t), ended: lastDate(t),
				Headline: fmt.Sprintf("%s: %s (%s) was added to the list of holders", title, termWho(t), termSpan(t))})
		}
	}
	// A holder added or removed whose term ended before the latest term
	// the list gave began is an edit of the history, a correction: only
	// one that reaches the present (an acting holder just before the
	// current one, say) is worth an alert. A few are reported one by
	// one; a history rewritten wholesale is an edit of the page, summed
	// up.
	latest := latestStart(ot)
	if len(edits) <= maxHistoryEdits {
		for _, c := range edits {
			if last := c.ended; !last.IsZero() && !latest.IsZero() && last.Latest().Before(latest) {
				c.Kind = KindHistoryEdited
			}
			d.add(c)
		}
	} else {
		var names []string
		for _, c := range edits {
			names = append(names, c.Headline[len(title)+2:])
		}
		d.add(Change{Kind: KindListCorrected, OfficeID: n.ID, OfficeTitle: title, Old: fmt.Sprint(len(edits)),
			Headline: fmt.Sprintf("%s: %d holders were added to or removed from the list's history; no one changed office", title, len(edits)),
			Notes:    names})
	}
	if succeeded && oldOpen != nil {
		// The current holder's row overwritten by the successor's: the
		// succession reported says why it is gone.
		tailGone = slices.DeleteFunc(tailGone, func(t *pipeline.Term) bool { return t == oldOpen })
	}
	if len(tailGone) > 0 {
		var rows []string
		for _, t := range tailGone {
			rows = append(rows, fmt.Sprintf("%s (%s)", termWho(t), termSpan(t)))
		}
		// A few rows are named: "Kenji Sato (April 2027 – present) is no
		// longer given" tells a reader what was taken back.
		gone := fmt.Sprintf("%d %s at its end", len(rows), plural(len(rows), "row", "rows"))
		if len(rows) <= 3 {
			gone = andList(rows)
		}
		headline := fmt.Sprintf("%s: the list now ends earlier; %s %s no longer given", title, gone, plural(len(rows), "is", "are"))
		if len(nt) > 0 && len(ot) > 0 && nt[len(nt)-1].Incumbent && ot[len(ot)-1].Incumbent {
			headline += fmt.Sprintf("; it gives %s as the current holder", termWho(nt[len(nt)-1]))
		}
		d.add(Change{Kind: KindListCorrected, OfficeID: n.ID, OfficeTitle: title, Old: fmt.Sprint(len(rows)),
			Headline: headline, Notes: rows})
	}
	if len(tailAdded) > 0 && !d.old.runsToEnd(ot) {
		// (An old copy cut off inside the list named no current holder
		// because it was cut: the rows were there all along.)
		headline := fmt.Sprintf("%s: the list, which named no current holder, was extended by %d %s", title, len(tailAdded),
			plural(len(tailAdded), "row", "rows"))
		if tailLast.Incumbent {
			// Filled in up to the present: who holds the office now.
			headline += fmt.Sprintf("; it now gives %s as the current holder", termWho(tailLast))
			if !tailLast.Start.IsZero() {
				headline += ", since " + tailLast.Start.Human()
			}
		}
		d.add(Change{Kind: KindListCorrected, OfficeID: n.ID, OfficeTitle: title, New: fmt.Sprint(len(tailAdded)),
			Headline: headline, Notes: tailAdded})
	}
	// A biography names who came next: its subject's ended term with a
	// successor is a succession.
	var rest []Change
	for _, c := range ended {
		t := d.cur.term(c.TermID)
		if r := resumedTerm(nt, t); !succeeded && r != nil && (n.IncumbentPersonID == "" || n.IncumbentPersonID == r.PersonID) {
			// An acting holder's term ended inside the term of the one
			// they stood in for, still open: that holder is back.
			from := termPersonOf(t)
			from.Acting = from.Acting || o.IncumbentStatus == "acting" && o.IncumbentPersonID == from.ID
			s := d.succession(n, from, termPersonOf(r), nil, t)
			s.Effective, s.EffectiveISO = t.End.Human(), t.End.String()
			s.Headline = successionHeadline(title, s)
			s.Notes = append(s.Notes, fmt.Sprintf("%s's term, from %s, goes on: %s held the office in the meantime", termWho(r), r.Start.Human(), termWho(t)))
			d.add(s)
			succeeded = true
			continue
		}
		if !succeeded && t != nil && t.SuccessorPersonID != "" && d.cur.bio {
			to := d.cur.person(t.SuccessorPersonID)
			if to != nil && !to.Acting && slices.Contains(strings.Split(t.Note, "; "), pipeline.SuccessorActingNote(to.NameEN)) {
				acting := *to
				acting.Acting = true // "Successor: Liu Xiaotao (acting)"
				to = &acting
			}
			s := d.succession(n, termPersonOf(t), to, nil, t)
			s.Effective, s.EffectiveISO = t.End.Human(), t.End.String()
			s.Headline = successionHeadline(title, s)
			d.add(s)
			succeeded = true
			continue
		}
		rest = append(rest, c)
	}
	// The infobox's incumbent, where the list says nothing new. A current
	// holder's row given another name with the same dates is a name
	// replaced (a correction, or vandalism), reported as such above; the
	// incumbent derived from it is no succession of its own.
	now := rowNow(oldOpen)
	replaced := now != nil && now.Incumbent && samePerson(oldOpen, now) == 0 && now.Start == oldOpen.Start
	if !succeeded && !replaced {
		if c, ok := d.infoboxSuccession(o, n, oldOpen, nt); ok {
			d.add(c)
			succeeded = true
		}
	}
	for _, c := range rest {
		if !succeeded {
			d.add(c)
		}
	}
	abolishedNow := !n.Abolished.IsZero() && o.Abolished.IsZero() && n.IncumbentPersonID == ""
	onlyHolderRow := len(ot) == 0 || vacated && oldOpen != nil && oldOpen.PersonID == o.IncumbentPersonID
	if (vacated || abolishedNow) && !succeeded && onlyHolderRow && len(nt) == 0 && o.IncumbentPersonID != "" {
		// No list, and the infobox that named the holder gives the office
		// as vacant now, or as abolished: the holder left. So too where
		// the holder's row, the office's only one, became a vacancy
		// ("| Manipur | Vacant (President's rule) | 13 February 2025 |"
		// in a list of current chief ministers): not a list cut off, which
		// says nothing, as the page says the office is vacant.
		who := d.old.person(o.IncumbentPersonID)
		c := Change{Kind: KindTermEnded, OfficeID: n.ID, OfficeTitle: title, To: who, Field: "incumbent", Old: who.display(), New: "vacant",
			needles:  []string{"Vacant", "vacant", who.NameEN},
			Headline: fmt.Sprintf("%s: %s's term ended; no date is given; the office is vacant", title, who.display())}
		if abolishedNow {
			// "Abolished: 20 December 1999": the term ended with the
			// office, that day.
			c.New, c.needles = "abolished", []string{"Abolished", who.NameEN}
			c.Effective, c.EffectiveISO = n.Abolished.Human(), n.Abolished.String()
			c.Headline = fmt.Sprintf("%s: %s's term ended%s", title, who.display(), gone.next(o.IncumbentPersonID))
		} else if since := n.IncumbentSince; n.IncumbentStatus == "vacant" && !since.IsZero() && (o.IncumbentSince.IsZero() || !o.IncumbentSince.Earliest().After(since.Latest())) {
			// "Incumbent: Vacant" since a day, or "The office has been
			// vacant since 3 May 2025": the term ended by then.
			c.Effective, c.EffectiveISO = since.Human(), since.String()
			c.Headline = fmt.Sprintf("%s: %s's term ended; the office has been vacant since %s", title, who.display(), since.Human())
		}
		d.add(c)
	}
	d.officeFields(o, n)
}

// resumedTerm returns the open term, begun before t, of the holder that
// t's holder stood in for, when t, acting or unnumbered, has ended: the
// office's holder back in it ("Eric Chu", mayor since 2014, after Hou
// Yu-ih acted in 2015–2016). It returns nil when no such term is open.
func resumedTerm(nt []*pipeline.Term, t *pipeline.Term) *pipeline.Term {
	if t == nil || t.Incumbent || t.End.IsZero() || t.Start.IsZero() || t.Ordinal > 0 && !t.Acting {
		return nil // a holder the list numbers stood in for no one
	}
	var r *pipeline.Term
	for _, u := range nt {
		if u.Incumbent && u.PersonID != t.PersonID && !u.Start.IsZero() && u.Start.Latest().Before(t.Start.Earliest()) &&
			(r == nil || r.Start.Latest().Before(u.Start.Earliest())) {
			r = u
		}
	}
	return r
}

// newOffice reports an office that appears in the source: in a biography,
// a new open term is its subject taking office; a new office list on a
// page is a new section, not a leadership change, unless it is a place's
// row in a list of current holders whose holder took office since.
func (d *differ) newOffice(n *pipeline.Office, nt []*pipeline.Term) {
	known := d.oldLatest()
	if !d.cur.bio {
		// A page's new list of an office tells of its holders' pasts, a
		// section added. A place's row added to a list of current holders,
		// the office's one term, open, is news when its holder took office
		// after all the old version knew: "| Telangana | A. Revanth Reddy
		// | 1 December 2026 |".
		if len(nt) == 1 && nt[0].Incumbent && !known.IsZero() && !nt[0].Start.IsZero() && known.Before(nt[0].Start.Earliest()) {
			d.add(d.succession(n, d.cur.person(nt[0].PredecessorPersonID), termPersonOf(nt[0]), nt[0], nil))
		}
		return
	}
	for _, t := range nt {
		if t.Incumbent {
			d.add(d.succession(n, d.cur.person(t.PredecessorPersonID), termPersonOf(t), t, nil))
			continue
		}
		if t.Incoming() {
			d.add(d.successorNamed(n.ID, n.Title, d.cur.person(t.PredecessorPersonID), t))
			continue
		}
		if !known.IsZero() && !t.Start.IsZero() && known.Before(t.Start.Earliest()) {
			// An office taken, and left, since the last version: news
			// the old one could not tell, not a past term filled in.
			c := d.succession(n, d.cur.person(t.PredecessorPersonID), termPersonOf(t), t, nil)
			if next := d.cur.person(t.SuccessorPersonID); next != nil {
				c.Notes = append(c.Notes, "succeeded by "+next.display())
			}
			d.add(c)
			continue
		}
		d.add(Change{Kind: KindTermAdded, OfficeID: n.ID, OfficeTitle: n.Title, TermID: t.ID, To: termPersonOf(t),
			New: termSpan(t), needles: needlesOf(t),
			Headline: fmt.Sprintf("%s: a past term of %s (%s) was added", n.Title, termWho(t), termSpan(t))})
	}
}

// oldLatest returns the latest day the old snapshot's terms reach: the
// end of the latest to end, or the start of one still open; zero when it
// gives no date.
func (d *differ) oldLatest() time.Time {
	var latest time.Time
	for _, ts := range d.old.terms {
		for _, t := range ts {
			for _, day := range []pipeline.Date{t.Start, t.End} {
				if !day.IsZero() && day.Latest().After(latest) {
					latest = day.Latest()
				}
			}
		}
	}
	return latest
}

// successorNamed builds a successor-named change: t's holder is named to
// succeed from, and has not yet taken office.
func (d *differ) successorNamed(officeID, title string, from *Person, t *pipeline.Term) Change {
	c := Change{Kind: KindSuccessorNamed, OfficeID: officeID, OfficeTitle: title, TermID: t.ID,
		From: from, To: termPersonOf(t), needles: needlesOf(t)}
	if !t.Start.IsZero() {
		c.Effective, c.EffectiveISO = t.Start.Human(), t.Start.String()
	}
	c.Headline = fmt.Sprintf("%s: %s is named to succeed %s", title, termWho(t), from.display())
	if from == nil {
		c.Headline = fmt.Sprintf("%s: %s is named to take office", title, termWho(t))
	}
	if when := c.when(); when != "" {
		c.Headline += ", taking office" + when
	}
	return c
}

// when says the change's effective date as a headline ends with it: " on
// 12 March 2027" for a day, " in March 2027" or " in 2027" otherwise, ""
// when none is known.
func (c Change) when() string { return datePhrase(c.Effective, c.EffectiveISO) }

// datePhrase says when, at a date's precision: " on 1 June 2021", " in
// June 2021", " in 2021"; "" for no date.
func datePhrase(human, iso string) string {
	switch {
	case human == "":
		return ""
	case len(iso) == len("2006-01-02"):
		return " on " + human
	}
	return " in " + human
}

// termLinesNotOf returns the lines of the terms of offices other than
// officeID.
func (s *side) termLinesNotOf(officeID string) []int {
	var out []int
	for i := range s.ds.Terms {
		if t := &s.ds.Terms[i]; t.OfficeID != officeID && t.SourceLine > 0 {
			out = append(out, t.SourceLine)
		}
	}
	return out
}

// term returns the term with the given ID.
func (s *side) term(id string) *pipeline.Term {
	for i := range s.ds.Terms {
		if s.ds.Terms[i].ID == id {
			return &s.ds.Terms[i]
		}
	}
	return nil
}

// holderOf is the person of a term, or nil for no term.
func holderOf(t *pipeline.Term) *Person {
	if t == nil {
		return nil
	}
	return termPersonOf(t)
}

// succession builds an incumbent-changed change: from → to, effective at
// the new term's start. prevNow is the outgoing holder's row in the new
// snapshot, whose end was filled in.
func (d *differ) succession(n *pipeline.Office, from, to *Person, t, prevNow *pipeline.Term) Change {
	if to != nil && !to.Acting && n.IncumbentStatus == "acting" && n.IncumbentPersonID == to.ID && t != nil && t.Incumbent {
		// The infobox says the new holder acts ("Incumbent: Hou Yu-ih
		// (acting)"), though the list's row does not.
		acting := *to
		acting.Acting = true
		to = &acting
	}
	var actingFrom pipeline.Date
	if t != nil {
		actingFrom = t.ActingFrom()
	}
	if to != nil && !actingFrom.IsZero() {
		withActing := *to
		withActing.ActingFrom = actingFrom.String()
		to = &withActing
	}
	c := Change{Kind: KindIncumbentChanged, OfficeID: n.ID, OfficeTitle: n.Title, From: from, To: to}
	if !actingFrom.IsZero() {
		c.Notes = append(c.Notes, fmt.Sprintf("%s acted in the post from %s", to.display(), actingFrom.Human()))
	}
	if t != nil {
		c.TermID = t.ID
		c.Effective, c.EffectiveISO = t.Start.Human(), t.Start.String()
		if t.Start.IsZero() {
			c.Effective = ""
		}
		c.needles = append(c.needles, needlesOf(t)...)
		c.lines = append(c.lines, t.SourceLine)
	}
	if prevNow != nil && !prevNow.Incumbent {
		if e := endEvent(prevNow); e != "" {
			c.Notes = append(c.Notes, fmt.Sprintf("the list says %s's term ended: %s", termWho(prevNow), e))
		}
	}
	if prevNow != nil && !prevNow.Incumbent && !prevNow.End.IsZero() {
		c.PreviousTermEnd = prevNow.End.String()
		c.needles = append(c.needles, needlesOf(prevNow)...)
		c.lines = append(c.lines, prevNow.SourceLine)
		if c.EffectiveISO == "" {
			c.Effective, c.EffectiveISO = prevNow.End.Human(), prevNow.End.String()
		}
	}
	if from != nil {
		c.needles = append(c.needles, from.NameEN, from.NameNative)
	}
	if to != nil {
		c.needles = append(c.needles, to.NameEN, to.NameNative)
	}
	// A biography names the office on a line of its own ("Office1: Party
	// Secretary of Tianjin"), beside none of the names.
	c.needles = append(c.needles, n.Title)
	if len(c.lines) > 0 {
		c.others = d.cur.termLinesNotOf(n.ID)
	}
	switch {
	case n.IncumbentPersonID != "" && to != nil && n.IncumbentPersonID != to.ID && !d.heldAfter(n, n.IncumbentPersonID, t):
		// An infobox not yet updated: it says so, not that the dates
		// differ. (One that names a later holder, the holder of now
		// after several successions in one revision, is up to date.)
		note := fmt.Sprintf("the infobox still names %s as the incumbent", d.cur.person(n.IncumbentPersonID).display())
		if !n.IncumbentSince.IsZero() {
			note += " (since " + n.IncumbentSince.Human() + ")"
		}
		c.Notes = append(c.Notes, note)
	case !n.IncumbentSince.IsZero() && t != nil && !t.Start.IsZero() && to != nil && n.IncumbentPersonID == to.ID &&
		!n.IncumbentSince.EqualAtSharedPrecision(t.Start) && (actingFrom.IsZero() || !n.IncumbentSince.EqualAtSharedPrecision(actingFrom)):
		c.Notes = append(c.Notes, fmt.Sprintf("the infobox gives %s as %s's start; the list gives %s", n.IncumbentSince.Human(), termWho(t), t.Start.Human()))
	case !n.IncumbentSince.IsZero() && t != nil && !t.Start.IsZero() && to != nil && n.IncumbentPersonID == to.ID &&
		n.IncumbentSince.Precision > t.Start.Precision && t.Incumbent:
		// The list says 2019, the infobox January 7, 2019: the day.
		c.Effective, c.EffectiveISO = n.IncumbentSince.Human(), n.IncumbentSince.String()
		c.Notes = append(c.Notes, fmt.Sprintf("the day from the infobox; the list gives %s", t.Start.Human()))
	}
	c.Headline = successionHeadline(n.Title, c)
	if nt := d.cur.terms[n.ID]; t != nil && !t.Incumbent && !t.End.IsZero() && len(nt) > 0 && nt[len(nt)-1].ID == t.ID {
		// The last holder added with both dates (an acting governor
		// before a vacancy): the succession is past, and so is the term;
		// no later holder's alert says so.
		c.Headline += " (until " + t.End.Human() + ")"
		c.Notes = append(c.Notes, fmt.Sprintf("%s's term is over too: it ended%s", termWho(t), datePhrase(t.End.Human(), t.End.String())))
	}
	return c
}

// successionHeadline says who succeeded whom, each marked "(acting)"
// where the page says so: "Mayor of Seoul: Oh Se-hoon succeeded Seo
// Jung-hyup (acting) on 8 April 2021".
// heldAfter reports whether the person holds a term of the office, in the
// new snapshot, that starts after t does: a later holder than t's.
func (d *differ) heldAfter(n *pipeline.Office, personID string, t *pipeline.Term) bool {
	if t == nil || t.Start.IsZero() {
		return false
	}
	for _, u := range d.cur.terms[n.ID] {
		if u.PersonID == personID && !u.Start.IsZero() && t.Start.Latest().Before(u.Start.Earliest()) {
			return true
		}
	}
	return false
}

// infoboxConfirmed reports the infobox's acting incumbent named without
// the mark ("Incumbent: Liu Jie (acting)", then "Incumbent: Liu Jie"): the
// holder confirmed in office, unless the list's open term said so already.
// Its effective day is the start the infobox gives now, as a list row's
// is; the headline says it only when it is a new one (a start left as it
// was is the day the holder began to act, not the confirmation's).
func (d *differ) infoboxConfirmed(o, n *pipeline.Office, from, to *Person) (Change, bool) {
	if o.IncumbentStatus != "acting" || n.IncumbentStatus != "" {
		return Change{}, false
	}
	for _, c := range d.out {
		if c.OfficeID == n.ID && c.Kind == KindActingConfirmed {
			return Change{}, false
		}
	}
	from.Acting = true
	c := Change{Kind: KindActingConfirmed, OfficeID: n.ID, OfficeTitle: n.Title, From: from, To: to,
		needles: []string{"Incumbent", to.NameEN}}
	since := ""
	if !o.IncumbentSince.IsZero() {
		since = ", acting since " + o.IncumbentSince.Human() + ","
	}
	when := ""
	if !n.IncumbentSince.IsZero() {
		// As for a list's row that loses its mark: the start the page
		// gives now, said in the headline only when it is a new one.
		c.Effective, c.EffectiveISO = n.IncumbentSince.Human(), n.IncumbentSince.String()
		if n.IncumbentSince != o.IncumbentSince {
			when = c.when()
		}
	}
	c.Headline = fmt.Sprintf("%s: %s%s is confirmed in office%s", n.Title, to.display(), since, when)
	return c, true
}

func successionHeadline(title string, c Change) string {
	when := c.when()
	if c.From != nil {
		return fmt.Sprintf("%s: %s succeeded %s%s", title, c.To.displayActing(), c.From.displayActing(), when)
	}
	return fmt.Sprintf("%s: %s took office%s", title, c.To.displayActing(), when)
}

// infoboxSuccession reports a change of the infobox's incumbent that the
// list does not show (a page whose table is cut, or not yet updated).
func (d *differ) infoboxSuccession(o, n *pipeline.Office, oldOpen *pipeline.Term, nt []*pipeline.Term) (Change, bool) {
	if n.IncumbentPersonID == "" {
		return Change{}, false
	}
	var from *Person
	var notes []string
	switch {
	case o.IncumbentPersonID != "":
		from = d.old.person(o.IncumbentPersonID)
	case o.IncumbentStatus == "vacant":
		// "Incumbent: Vacant", or a list's last row "Vacant", filled in:
		// the holder after the list's last ended term.
		if ot := d.old.terms[o.ID]; len(ot) > 0 && !ot[len(ot)-1].Incumbent && !ot[len(ot)-1].End.IsZero() {
			from = termPersonOf(ot[len(ot)-1])
		}
		notes = append(notes, "the page gave the office as vacant before")
	default:
		return Change{}, false
	}
	to := d.cur.person(n.IncumbentPersonID)
	if from != nil {
		a := &pipeline.Term{NameEN: from.NameEN, NameNative: from.NameNative}
		b := &pipeline.Term{NameEN: to.NameEN, NameNative: to.NameNative}
		if samePerson(a, b) > 0 {
			return d.infoboxConfirmed(o, n, from, to)
		}
		// A post held by several side by side, its first-named holder
		// still in office by the list: the office names another of them
		// now (its infobox gone, say), and no one left.
		if d.old.heldBySeveral(o.ID) && slices.ContainsFunc(nt, func(t *pipeline.Term) bool { return t.Incumbent && samePerson(t, a) == 2 }) {
			return Change{}, false
		}
	}
	// The new incumbent's own open term began before the old current
	// holder's: a succession taken back (a row removed from the end of
	// the list), not a holder taking office.
	if oldOpen != nil && !oldOpen.Start.IsZero() {
		b := &pipeline.Term{NameEN: to.NameEN, NameNative: to.NameNative}
		for _, t := range nt {
			if t.Incumbent && samePerson(t, b) == 2 && !t.Start.IsZero() && t.Start.Latest().Before(oldOpen.Start.Earliest()) {
				return Change{}, false
			}
		}
	}
	if oldOpen != nil && from != nil && oldOpen.Acting && nameKey(oldOpen.NameEN) == nameKey(from.NameEN) {
		from.Acting = true
	}
	if from != nil && o.IncumbentStatus == "acting" && o.IncumbentPersonID != "" {
		from.Acting = true // "Incumbent: Koo Man-sub (Acting)" before
	}
	to.Acting = n.IncumbentStatus == "acting" // "Incumbent: Raj Patel (acting)"
	if from != nil && !n.IncumbentSince.IsZero() && !o.IncumbentSince.IsZero() && n.IncumbentSince.Latest().Before(o.IncumbentSince.Earliest()) {
		// The infobox now names a holder in office since before the one
		// it named: an update taken back, or an older copy, not someone
		// taking office.
		d.add(Change{Kind: KindOfficeFieldChanged, OfficeID: n.ID, OfficeTitle: n.Title, Field: "incumbent", Old: from.display(), New: to.display(),
			needles: []string{"Incumbent", to.NameEN, from.NameEN},
			Headline: fmt.Sprintf("%s: the infobox now names %s, in office since %s, where it named %s, since %s: an earlier holder, not a succession",
				n.Title, to.display(), n.IncumbentSince.Human(), from.display(), o.IncumbentSince.Human())})
		return Change{}, false
	}
	c := Change{Kind: KindIncumbentChanged, OfficeID: n.ID, OfficeTitle: n.Title, From: from, To: to, Notes: notes}
	switch {
	case n.IncumbentSince.IsZero():
	case n.IncumbentSince == o.IncumbentSince && from != nil:
		// Not updated with the name: the date is the outgoing holder's.
		c.Notes = append(c.Notes, fmt.Sprintf("the infobox still gives %s as the start, the date %s took office; no date is known for %s",
			n.IncumbentSince.Human(), from.display(), to.display()))
	default:
		c.Effective, c.EffectiveISO = n.IncumbentSince.Human(), n.IncumbentSince.String()
	}
	listed := false // the new list gives the new holder's open term
	toTerm := &pipeline.Term{NameEN: to.NameEN, NameNative: to.NameNative}
	var fromTerm *pipeline.Term
	if from != nil {
		fromTerm = &pipeline.Term{NameEN: from.NameEN, NameNative: from.NameNative}
	}
	for _, t := range nt {
		switch {
		case oldOpen != nil && !t.Incumbent && !t.End.IsZero() && samePerson(t, oldOpen) == 2 && termScore(oldOpen, t) >= 10:
			c.PreviousTermEnd = t.End.String()
		case oldOpen == nil && fromTerm != nil && !t.Incumbent && !t.End.IsZero() && samePerson(t, fromTerm) == 2:
			c.PreviousTermEnd = t.End.String() // a list new to the page: its last term of the old holder
		case t.Incumbent && samePerson(t, toTerm) == 2:
			listed = true
			if c.EffectiveISO == "" && !t.Start.IsZero() {
				c.Effective, c.EffectiveISO = t.Start.Human(), t.Start.String()
			}
		}
	}
	c.needles = []string{"Incumbent", to.NameEN}
	if from != nil {
		c.needles = append(c.needles, from.NameEN)
	}
	switch {
	case len(nt) == 0:
		c.Notes = append(c.Notes, "named in the infobox, or the lead where there is none; the page lists no holders of this office")
	case !listed || oldOpen != nil:
		c.Notes = append(c.Notes, "named outside the officeholder list (the infobox, or the lead where there is none), which does not show it")
	}
	c.Headline = successionHeadline(n.Title, c)
	return c, true
}

// officeAfter is what became of an office whose holder's term ended with
// no successor named: given as vacant (by its infobox or a vacancy its
// list ends with), or abolished (its infobox's Abolished), which says
// more.
type officeAfter struct {
	vacant    bool
	abolished pipeline.Date
	// named is the holder of now the office's page still names (its
	// infobox's incumbent), if any: a term of theirs that ended may be
	// a list ahead of the page, or an error.
	named *Person
}

// says reports whether there is more to say of the office than that no
// successor is named, after a term of the person with ID holder ended.
func (a officeAfter) says(holder string) bool {
	return a.vacant || !a.abolished.IsZero() || a.named != nil && a.named.ID == holder
}

// next says it, for a headline, after a term of the person with ID holder
// ended: "; the office was abolished on 20 December 1999"; "; the page
// still names Naomichi Suzuki as the incumbent".
func (a officeAfter) next(holder string) string {
	switch {
	case !a.abolished.IsZero():
		return "; the office was abolished" + datePhrase(a.abolished.Human(), a.abolished.String())
	case a.vacant:
		return "; the office is vacant"
	case a.named != nil && a.named.ID == holder:
		return "; the page still names " + a.named.display() + " as the incumbent"
	}
	return "; no successor is named"
}

// compareTerm reports what changed in one term between the snapshots.
// after says what became of the office where the term ended with no
// successor named.
func (d *differ) compareTerm(title string, o, n *pipeline.Term, after officeAfter) (Change, bool) {
	base := Change{OfficeID: n.OfficeID, OfficeTitle: title, TermID: n.ID, To: termPersonOf(n), needles: needlesOf(n)}
	switch sp := samePerson(o, n); {
	case sp == 0:
		c := base
		c.Kind, c.Field, c.Old, c.New = KindNameReplaced, "name", nameText(o), nameText(n)
		c.Headline = fmt.Sprintf("%s: the holder from %s is now given as %s, not %s", title, n.Start.Human(), c.New, c.Old)
		return c, true
	case sp == 1 || o.NameEN != "" && n.NameEN != "" && nameKey(o.NameEN) != nameKey(n.NameEN):
		c := base
		c.Kind, c.Field, c.Old, c.New = KindNameRespelled, "name", o.NameEN, n.NameEN
		c.Headline = fmt.Sprintf("%s: %s is now spelled %s", title, o.NameEN, n.NameEN)
		return c, true
	}
	if o.NameNative != "" && n.NameNative != "" && !pipeline.SameNativeName(pipeline.NativeKey(o.NameNative), pipeline.NativeKey(n.NameNative)) {
		// Not 張平化 for 张平化: the same name in the other script is
		// formatting.
		c := base
		c.Kind, c.Field, c.Old, c.New = KindNameRespelled, "name_native", o.NameNative, n.NameNative
		c.Headline = fmt.Sprintf("%s: %s's name is now written %s, not %s", title, termWho(n), n.NameNative, o.NameNative)
		return c, true
	}
	switch {
	case o.Incumbent && !n.Incumbent && !n.End.IsZero():
		c := base
		c.Kind, c.Field, c.Old, c.New = KindTermEnded, "end", "present", n.End.String()
		c.Effective, c.EffectiveISO = n.End.Human(), n.End.String()
		how := ""
		if e := endEvent(n); e != "" && e != endEvent(o) {
			how = " (" + e + ")"
		}
		next := after.next(n.PersonID)
		if !after.abolished.IsZero() && strings.Contains(strings.ToLower(how), "abolish") {
			next = "" // "(office abolished)" says it
		}
		c.Headline = fmt.Sprintf("%s: %s's term ended%s%s%s", title, termWho(n), c.when(), how, next)
		return c, true
	case o.Incumbent && !n.Incumbent && n.End.IsZero() && endEvent(n) != "" && endEvent(o) == "":
		// "Died in office" where "Incumbent" was: the term ended, when
		// is not given.
		c := base
		c.Kind, c.Field, c.Old, c.New = KindTermEnded, "end", "present", endEvent(n)
		c.Headline = fmt.Sprintf("%s: %s's term ended (%s); no date or successor is given", title, termWho(n), endEvent(n))
		if after.says(n.PersonID) {
			c.Headline = fmt.Sprintf("%s: %s's term ended (%s); no date is given%s", title, termWho(n), endEvent(n), after.next(n.PersonID))
		}
		return c, true
	case o.Incumbent && n.Incumbent && o.Acting && !n.Acting && (o.Start.Overlaps(n.Start) || actedFromStart(o, n)):
		// The start kept, or moved to the confirmation's day with the
		// acting one beside it ("22 January 2022 (acting from 27 December
		// 2021)"): the same term.
		c := base
		c.Kind = KindActingConfirmed
		c.From = termPersonOf(o)
		c.From.Acting = true
		c.Effective, c.EffectiveISO = n.Start.Human(), n.Start.String()
		c.Headline = fmt.Sprintf("%s: %s, acting since %s, is confirmed in office", title, termWho(n), o.Start.Human())
		if !o.Start.Overlaps(n.Start) {
			c.Headline += c.when() // the confirmation's own day
		}
		return c, true
	}
	startMoved := !o.Start.IsZero() && !n.Start.IsZero() && !o.Start.Overlaps(n.Start)
	endMoved := !o.Incumbent && !n.Incumbent && !o.End.IsZero() && !n.End.IsZero() && !o.End.Overlaps(n.End) ||
		!o.Incumbent && n.Incumbent
	if startMoved || endMoved {
		c := base
		c.Kind, c.Field, c.Old, c.New = KindDatesCorrected, "dates", termSpan(o), termSpan(n)
		c.Headline = fmt.Sprintf("%s: dates of %s's term corrected from %s to %s", title, termWho(n), c.Old, c.New)
		return c, true
	}
	return Change{}, false
}

// actedFromStart reports whether n's row says its holder acted from the
// day o, the same holder's acting row before, started.
func actedFromStart(o, n *pipeline.Term) bool {
	af := n.ActingFrom()
	return !af.IsZero() && !o.Start.IsZero() && o.Start.Overlaps(af)
}

// splitOrJoined finds the past terms a revision wrote in two rows of the
// same holder where there was one ("| Li Baoguo | 2010 | 2020 |" now
// "| Li Baoguo | 2010 | 2015 |" and "| Li Baoguo | 2015 | 2020 |"), or in
// one where there were two: the same years, no holder added or removed
// and no dates corrected. The row matched to the old one is paired with
// it as before; the other is marked matched (a split) or paired with the
// same new row (a join), so that neither is reported. It returns the old
// rows whose dates are not to be compared with their new rows'.
func splitOrJoined(ot, nt []*pipeline.Term, pairs []int, matchedNew []bool) map[int]bool {
	var same map[int]bool
	matchedOld := make([]bool, len(ot))
	for i, j := range pairs {
		matchedOld[i] = j >= 0
	}
	continues := func(a, b *pipeline.Term) bool { // b goes on from where a ends, as the same holder
		return samePerson(a, b) == 2 && !a.End.IsZero() && !b.Start.IsZero() && a.End.EqualAtSharedPrecision(b.Start)
	}
	for i, j := range pairs {
		if j < 0 {
			continue
		}
		o, n := ot[i], nt[j]
		if o.Incumbent || n.Incumbent || o.End.IsZero() || n.End.IsZero() || !o.Start.EqualAtSharedPrecision(n.Start) {
			continue
		}
		switch {
		case n.End.Latest().Before(o.End.Earliest()): // split: the rest on a new row
			for k, t := range nt {
				if !matchedNew[k] && continues(n, t) && !t.Incumbent && t.End.EqualAtSharedPrecision(o.End) {
					matchedNew[k] = true
					same = markSame(same, i)
					break
				}
			}
		case o.End.Latest().Before(n.End.Earliest()): // joined: the old second row is in this one
			for k, t := range ot {
				if !matchedOld[k] && continues(o, t) && !t.Incumbent && t.End.EqualAtSharedPrecision(n.End) {
					matchedOld[k], pairs[k] = true, j
					same = markSame(markSame(same, i), k)
					break
				}
			}
		}
	}
	return same
}

func markSame(same map[int]bool, i int) map[int]bool {
	if same == nil {
		same = map[int]bool{}
	}
	same[i] = true
	return same
}

// lastDate returns the last date a term gives: its end, its start when
// it gives no end, nothing when it has not ended.
func lastDate(t *pipeline.Term) pipeline.Date {
	switch {
	case t.Incumbent:
		return pipeline.Date{}
	case !t.End.IsZero():
		return t.End
	}
	return t.Start
}

// latestStart returns the earliest day the latest-starting term of ts
// can have started; the zero time when no term has a start.
func latestStart(ts []*pipeline.Term) time.Time {
	var latest time.Time
	for _, t := range ts {
		if !t.Start.IsZero() && t.Start.Earliest().After(latest) {
			latest = t.Start.Earliest()
		}
	}
	return latest
}

// maxHistoryEdits is how many holders added to or removed from the
// middle of one list a run reports one by one.
const maxHistoryEdits = 3

// removedChange reports a row gone from the middle of the list.
func (d *differ) removedChange(n *pipeline.Office, o *pipeline.Term) Change {
	return (Change{Kind: KindHolderRemoved, OfficeID: n.ID, OfficeTitle: n.Title, TermID: o.ID, From: termPersonOf(o),
		Old: termSpan(o), needles: needlesOf(o), ended: lastDate(o),
		Headline: fmt.Sprintf("%s: %s (%s) was removed from the list of holders", n.Title, termWho(o), termSpan(o))})
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// officeFields reports infobox values that changed. A value added or
// removed is not reported (an infobox filled in, or cut); derived values
// (incumbent, incumbent since) belong to successions.
func (d *differ) officeFields(o, n *pipeline.Office) {
	if n.IncumbentStatus == "vacant" && o.IncumbentStatus != "vacant" && o.IncumbentPersonID != "" && d.holds(n.ID, o.IncumbentPersonID) {
		holder := d.old.person(o.IncumbentPersonID)
		who := holder.display()
		if since := n.IncumbentSince; !since.IsZero() && (o.IncumbentSince.IsZero() || o.IncumbentSince.Latest().Before(since.Earliest())) {
			// "Incumbent: Vacant since 5 November 2026" while the list
			// still names its holder: the infobox was brought up to date
			// first, as when it names a successor; the term ended then.
			d.add(Change{Kind: KindTermEnded, OfficeID: n.ID, OfficeTitle: n.Title, To: holder, Field: "incumbent", Old: who, New: "vacant",
				Effective: since.Human(), EffectiveISO: since.String(), needles: []string{"Vacant", holder.NameEN},
				Headline: fmt.Sprintf("%s: %s's term ended; the office has been vacant since %s", n.Title, who, since.Human())})
		} else {
			// The infobox gives the office as vacant while the list still
			// names its holder, and says not since when: worth reading,
			// not yet a leadership change. (Where the list ends that
			// term, its end is the change.)
			d.add(Change{Kind: KindOfficeFieldChanged, OfficeID: n.ID, OfficeTitle: n.Title, Field: "incumbent", Old: who, New: "vacant",
				needles:  []string{"Vacant", who},
				Headline: fmt.Sprintf("%s: the infobox now gives the office as vacant; it named %s", n.Title, who)})
		}
	}
	for _, f := range officeFields {
		ov, nv := f.get(o), f.get(n)
		if ov == "" || nv == "" || ov == nv || reworded(ov, nv) {
			continue
		}
		if f.name == "formation" && o.Formation.EqualAtSharedPrecision(n.Formation) {
			continue // made more precise
		}
		d.add(Change{Kind: KindOfficeFieldChanged, OfficeID: n.ID, OfficeTitle: n.Title, Field: f.name, Old: ov, New: nv,
			needles:  []string{ov, nv},
			Headline: fmt.Sprintf("%s: %s corrected from %q to %q", n.Title, f.name, ov, nv)})
	}
}

// listReachedPresent reports whether an old list whose last term, last,
// had ended reached the present: the old page named last's holder as the
// holder of now (in office since no later than that term's end), or dated
// the holder of now to that term's start. Not where the new list gives
// the holder the old page named an open term: last was an earlier term of
// theirs, and the copy was cut after it.
func listReachedPresent(o *pipeline.Office, last *pipeline.Term, nt []*pipeline.Term) bool {
	for _, t := range nt {
		if t.Incumbent && o.IncumbentPersonID != "" && t.PersonID == o.IncumbentPersonID {
			return false
		}
	}
	named := o.IncumbentPersonID != "" && o.IncumbentPersonID == last.PersonID &&
		(o.IncumbentSince.IsZero() || !o.IncumbentSince.Earliest().After(last.End.Latest()))
	dated := !last.Start.IsZero() && !o.IncumbentSince.IsZero() && o.IncumbentSince.EqualAtSharedPrecision(last.Start)
	return named || dated
}

// holds reports whether the new snapshot's list of an office gives a
// person an open term.
func (d *differ) holds(officeID, personID string) bool {
	for _, t := range d.cur.terms[officeID] {
		if t.Incumbent && t.PersonID == personID {
			return true
		}
	}
	return false
}

var officeFields = []struct {
	name string
	get  func(o *pipeline.Office) string
}{
	{"post", func(o *pipeline.Office) string { return o.Post }},
	{"body", func(o *pipeline.Office) string { return o.Body }},
	{"office_type", func(o *pipeline.Office) string { return o.OfficeType }},
	{"status", func(o *pipeline.Office) string { return o.Status }},
	{"appointer", func(o *pipeline.Office) string { return o.Appointer }},
	{"nominator", func(o *pipeline.Office) string { return o.Nominator }},
	{"department", func(o *pipeline.Office) string { return o.Department }},
	{"member_of", func(o *pipeline.Office) string { return o.MemberOf }},
	{"formation", func(o *pipeline.Office) string { return o.Formation.String() }},
}

// personFields reports changed biographical details of people both
// snapshots describe.
func (d *differ) personFields() {
	for i := range d.cur.ds.Persons {
		n := &d.cur.ds.Persons[i]
		o := d.old.persons[n.ID]
		if o == nil {
			continue
		}
		for _, f := range []struct{ name, old, new string }{
			{"birth", o.Birth.String(), n.Birth.String()},
			{"birth_place", o.BirthPlace, n.BirthPlace},
			{"death", o.Death.String(), n.Death.String()},
			{"death_place", o.DeathPlace, n.DeathPlace},
			{"party", o.Party, n.Party},
		} {
			if f.old == "" || f.new == "" || f.old == f.new || reworded(f.old, f.new) || f.name == "party" && sameParty(f.old, f.new) ||
				f.name == "birth" && o.Birth.EqualAtSharedPrecision(n.Birth) || f.name == "death" && o.Death.EqualAtSharedPrecision(n.Death) {
				continue
			}
			verb := "corrected" // a date or place rewritten: the record mended
			if f.name == "party" {
				verb = "changed" // a party may be one the holder moved to, not an error mended
			}
			d.add(Change{Kind: KindPersonFieldChanged, To: &Person{ID: n.ID, NameEN: n.NameEN, NameNative: n.NameNative},
				Field: f.name, Old: f.old, New: f.new, needles: []string{f.old, f.new},
				Headline: fmt.Sprintf("%s: %s %s from %q to %q", n.NameEN, f.name, verb, f.old, f.new)})
		}
	}
}

// withOthers writes p and the people it holds the office with, each by
// text: "Ann Lee, Bob Ray and Cy Dunn".
func (p *Person) withOthers(text func(*Person) string) string {
	texts := []string{text(p.alone())}
	for i := range p.With {
		texts = append(texts, text(&p.With[i]))
	}
	return andList(texts)
}

// andList joins texts as a sentence lists them: "a", "a and b", "a, b
// and c".
func andList(texts []string) string {
	if len(texts) < 2 {
		return strings.Join(texts, "")
	}
	return strings.Join(texts[:len(texts)-1], ", ") + " and " + texts[len(texts)-1]
}

// alone is p without the people it held the office with.
func (p *Person) alone() *Person {
	q := *p
	q.With = nil
	return &q
}

// holderGroupOf is the holder of t with the people named on its row as
// holding the office together with them (ts is t's list): the first
// named, with the others in With.
func holderGroupOf(ts []*pipeline.Term, t *pipeline.Term) *Person {
	if t == nil {
		return nil
	}
	var group []*pipeline.Term
	for _, o := range ts {
		if o == t || pipeline.CoHeld(o, t) {
			group = append(group, o)
		}
	}
	if len(group) < 2 {
		return termPersonOf(t)
	}
	p := termPersonOf(group[0])
	for _, o := range group[1:] {
		p.With = append(p.With, *termPersonOf(o))
	}
	return p
}

func termPersonOf(t *pipeline.Term) *Person {
	return &Person{ID: t.PersonID, NameEN: t.NameEN, NameNative: t.NameNative, Acting: t.Acting}
}

func termWho(t *pipeline.Term) string { return termPersonOf(t).display() }

// endEvent returns what a term's note says of how it ended ("died in
// office", "resigned"), or "".
func endEvent(t *pipeline.Term) string {
	var out []string
	for part := range strings.SplitSeq(t.Note, "; ") {
		if pipeline.IsEndEvent(part) {
			out = append(out, lowerFirst(part))
		}
	}
	return strings.Join(out, "; ")
}

// lowerFirst lowers the first letter of s when the second is lower case:
// "Died in office" → "died in office", but "MP" stays.
func lowerFirst(s string) string {
	if len(s) > 1 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'a' && s[1] <= 'z' {
		return string(s[0]+'a'-'A') + s[1:]
	}
	return s
}

func termSpan(t *pipeline.Term) string {
	end := t.End.Human()
	if t.Incumbent {
		end = "present"
	}
	return t.Start.Human() + " – " + end
}

func nameText(t *pipeline.Term) string {
	if t.NameNative == "" {
		return t.NameEN
	}
	if t.NameEN == "" {
		return t.NameNative
	}
	return t.NameEN + " (" + t.NameNative + ")"
}

func needlesOf(t *pipeline.Term) []string { return []string{t.NameEN, t.NameNative} }

// mergeAcross folds the changes that several sources report in one run (a
// list and a biography naming the same succession) into one change that
// names every source.
func mergeAcross(changes []Change) []Change {
	var out []Change
	for _, c := range changes {
		merged := false
		if c.Kind == KindIncumbentChanged {
			for i := range out {
				o := &out[i]
				if o.Kind != KindIncumbentChanged || o.OfficeID != c.OfficeID || personID(o.To) != personID(c.To) ||
					personID(o.From) != "" && personID(c.From) != "" && personID(o.From) != personID(c.From) ||
					!isoCompatible(o.EffectiveISO, c.EffectiveISO) {
					continue
				}
				for _, s := range c.Sources {
					if !slices.Contains(o.Sources, s) {
						o.Sources = append(o.Sources, s)
					}
				}
				if len(c.EffectiveISO) > len(o.EffectiveISO) {
					o.Effective, o.EffectiveISO = c.Effective, c.EffectiveISO
				}
				if o.From == nil {
					o.From = c.From
				}
				if o.PreviousTermEnd == "" {
					o.PreviousTermEnd = c.PreviousTermEnd
				}
				o.Headline = successionHeadline(o.OfficeTitle, *o)
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, c)
		}
	}
	return out
}

// isoCompatible reports whether two ISO dates at any precision can be the
// same day: "2021" and "2021-09-30" are.
func isoCompatible(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// reworded reports whether one value only adds words to the other
// ("Governor" and "Governor of Jeju Province", "Anle, Keelung" and "Anle
// District, Keelung City"): said at more or less length, not corrected.
// sameParty reports whether two names are one party's: its name and its
// initials ("Chinese Communist Party", "CCP"), or its name written two
// ways ("Communist Party of China", "Chinese Communist Party", "CPC").
func sameParty(a, b string) bool {
	wa, ia := partyKey(a)
	wb, ib := partyKey(b)
	switch {
	case len(wa) == 0 || len(wb) == 0:
		return false
	case slices.Equal(wa, wb):
		return true
	case len(wa) == 1 && len(wb) == 1:
		return false // two abbreviations: the same only when equal
	case len(wa) == 1:
		return wa[0] == ib
	case len(wb) == 1:
		return wb[0] == ia
	}
	return false
}

// partyKey returns the words of a party's name, lower case, sorted, and
// its initials: the Chinese Communist Party's are those of the Communist
// Party of China, "ccp" and "cpc" alike, as the party writes both.
func partyKey(s string) (words []string, initials string) {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch w {
		case "of", "the", "and":
			continue
		case "chinese":
			w = "china"
		case "cpc":
			w = "ccp"
		}
		words = append(words, w)
		r, _ := utf8.DecodeRuneInString(w)
		initials += string(r)
	}
	if initials == "cpc" {
		initials = "ccp"
	}
	slices.Sort(words)
	return words, initials
}

func reworded(a, b string) bool {
	wa, wb := words(a), words(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	for _, w := range wa {
		if !slices.Contains(wb, w) {
			return false
		}
	}
	return len(wa) > 0
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 0x80)
	})
}

// sameLetters reports whether two name keys hold the same letters in
// another order: "Sun Zhiguo" and "Sun Guozhi", syllables swapped.
func sameLetters(a, b string) bool {
	if len(a) != len(b) || len(a) < 6 {
		return false
	}
	var n [256]int
	for i := 0; i < len(a); i++ {
		n[a[i]]++
		n[b[i]]--
	}
	for _, c := range n {
		if c != 0 {
			return false
		}
	}
	return true
}

// newestFirst reports whether a list runs from the latest term to the
// earliest: its dated terms mostly start later than the ones below them.
func newestFirst(ts []*pipeline.Term) bool {
	down, up := 0, 0
	var prev *pipeline.Term
	for _, t := range ts {
		if t.Start.IsZero() {
			continue
		}
		if prev != nil {
			switch {
			case t.Start.Latest().Before(prev.Start.Earliest()):
				down++
			case prev.Start.Latest().Before(t.Start.Earliest()):
				up++
			}
		}
		prev = t
	}
	return down > up
}

func reversed(ts []*pipeline.Term) []*pipeline.Term {
	out := slices.Clone(ts)
	slices.Reverse(out)
	return out
}

// historyAge is how long ago a term added to or removed from a list's
// history must have ended for the edit to be a correction of the record
// rather than news.
const historyAge = 365 * 24 * time.Hour

// longPast reads a holder added to or removed from the middle of a list
// whose term ended more than historyAge before now as an edit of the
// history (history-edited, a correction), even where it ends the day the
// latest term begins: "Ann Lee (1998 – 2006) was added" to a list whose
// current holder took office in 2006 tells of 2006, not of now. An
// acting holder put in before a holder who took office last month is
// still an alert.
func longPast(changes []Change, now time.Time) []Change {
	for i := range changes {
		c := &changes[i]
		if (c.Kind == KindHolderAdded || c.Kind == KindHolderRemoved) && !c.ended.IsZero() && c.ended.Latest().Before(now.Add(-historyAge)) {
			c.Kind = KindHistoryEdited
		}
	}
	return changes
}

// notYet reads the changes dated after now as what they are: a term
// whose end is written in advance is due to end, not ended
// (term-end-due, a correction), and a holder who takes office on a date
// still to come is named to succeed, not in office (successor-named),
// unless the last version named that holder already: that is no news.
func notYet(changes []Change, now time.Time) []Change {
	kept := changes[:0]
	for i := range changes {
		c := &changes[i]
		d, err := pipeline.ParseDate(c.EffectiveISO)
		if c.EffectiveISO == "" || err != nil || !d.Earliest().After(now) {
			kept = append(kept, *c)
			continue
		}
		if c.Kind == KindIncumbentChanged && c.named {
			// "Jane Doe (elect)" written as "Incumbent" before her day:
			// the successor the last version named, named again.
			continue
		}
		switch c.Kind {
		case KindTermEnded:
			c.Kind = KindTermEndDue
			c.Headline = fmt.Sprintf("%s: %s's term is due to end on %s", c.OfficeTitle, c.To.display(), c.Effective)
			if d.Precision != pipeline.PrecisionDay {
				c.Headline = fmt.Sprintf("%s: %s's term is due to end in %s", c.OfficeTitle, c.To.display(), c.Effective)
			}
		case KindIncumbentChanged:
			c.Kind = KindSuccessorNamed
			c.Headline = fmt.Sprintf("%s: %s is named to succeed %s, taking office%s", c.OfficeTitle, c.To.displayActing(), c.From.displayActing(), c.when())
		}
		kept = append(kept, *c)
	}
	return kept
}
