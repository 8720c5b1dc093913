// Package watch detects leadership changes between snapshots of source
// documents: a semantic diff of the canonical records (one change per
// real-world fact), text evidence as unified diffs, state in an embedded
// SQLite database and reports a journalist can use.
package watch

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"tenure/pipeline"
)

// Change kinds. They are stable: reports, feeds and webhooks carry them.
const (
	KindIncumbentChanged   = "incumbent-changed"
	KindTermAdded          = "term-added"
	KindTermEnded          = "term-ended"
	KindTermRemoved        = "term-removed"
	KindTermDatesChanged   = "term-dates-changed"
	KindNameChanged        = "name-changed"
	KindOfficeFieldChanged = "office-field-changed"
	KindPersonFieldChanged = "person-field-changed"
	KindSourceAdded        = "source-added"
	KindSourceRemoved      = "source-removed"
	KindSourceUnreadable   = "source-unreadable"
	// KindSourceFailing is reported once when a source starts failing to
	// be read, and KindSourceRecovered once when it can be read again.
	KindSourceFailing   = "source-failing"
	KindSourceRecovered = "source-recovered"
	// KindReverted is a source that returned to an earlier version: one
	// change naming the changes it undoes, not a fresh succession.
	KindReverted = "reverted"
)

// Person names a person in a change.
type Person struct {
	ID         string `json:"id"`
	NameEN     string `json:"name_en,omitempty"`
	NameNative string `json:"name_zh,omitempty"`
}

func (p *Person) display() string {
	if p == nil {
		return "nobody"
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
	Headline    string  `json:"headline"`
	OfficeID    string  `json:"office_id,omitempty"`
	OfficeTitle string  `json:"office_title,omitempty"`
	From        *Person `json:"from,omitempty"`
	To          *Person `json:"to,omitempty"`
	// Effective is when the change took effect, as the officeholder list
	// writes it ("31 December 2024"), and as ISO text at that precision.
	Effective    string `json:"effective,omitempty"`
	EffectiveISO string `json:"effective_iso,omitempty"`
	// PreviousTermEnd is the end of the outgoing holder's term.
	PreviousTermEnd string `json:"previous_term_end,omitempty"`
	TermID          string `json:"term_id,omitempty"`
	Field           string `json:"field,omitempty"`
	Old             string `json:"old,omitempty"`
	New             string `json:"new,omitempty"`
	SourceID        string `json:"source_id,omitempty"`
	// Notes says what else the change covers or where sources disagree.
	Notes []string `json:"notes,omitempty"`
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

// termKey matches a term across snapshots: the office, the holder and the
// start. Row order, ordinals, footnotes and line numbers are not part of it.
type termKey struct {
	office, person, start string
}

func keyOf(t *pipeline.Term) termKey { return termKey{t.OfficeID, t.PersonID, t.Start.String()} }

// Diff compares the records built from the previous snapshots with those
// built from the new ones and returns one change per fact, in a stable
// order. A succession (a new open term replacing another) is one
// incumbent-changed change that covers the new row, the filled-in end and
// the infobox's incumbent edits.
func Diff(old, cur *pipeline.Dataset) []Change {
	d := differ{old: old, cur: cur, covered: map[string]bool{}}
	d.sources()
	d.successions()
	d.terms()
	d.offices()
	d.persons()
	slices.SortStableFunc(d.out, func(a, b Change) int {
		return cmp.Or(cmp.Compare(kindRank(a.Kind), kindRank(b.Kind)), cmp.Compare(a.OfficeID, b.OfficeID),
			cmp.Compare(a.TermID, b.TermID), cmp.Compare(a.Field, b.Field), cmp.Compare(a.SourceID, b.SourceID))
	})
	return d.out
}

func kindRank(k string) int {
	for i, x := range []string{KindIncumbentChanged, KindTermAdded, KindTermEnded, KindTermRemoved, KindTermDatesChanged,
		KindNameChanged, KindOfficeFieldChanged, KindPersonFieldChanged, KindSourceAdded, KindSourceRemoved, KindSourceUnreadable,
		KindSourceFailing, KindSourceRecovered, KindReverted} {
		if k == x {
			return i
		}
	}
	return 99
}

type differ struct {
	old, cur *pipeline.Dataset
	out      []Change
	// covered holds facts already reported as part of a larger change:
	// "term-added|<key>", "term-ended|<key>", "office|<office>|<field>".
	covered map[string]bool
	// newSources and goneSources are reported whole, not term by term.
	newSources, goneSources map[string]bool
}

func (d *differ) add(c Change) { d.out = append(d.out, c) }

func (d *differ) sources() {
	oldS := map[string]pipeline.Source{}
	for _, s := range d.old.Sources {
		oldS[s.ID] = s
	}
	curS := map[string]pipeline.Source{}
	for _, s := range d.cur.Sources {
		curS[s.ID] = s
	}
	d.newSources, d.goneSources = map[string]bool{}, map[string]bool{}
	for _, s := range d.cur.Sources {
		if _, ok := oldS[s.ID]; !ok {
			d.newSources[s.ID] = true
			d.add(Change{Kind: KindSourceAdded, SourceID: s.ID, New: s.Title,
				Headline: fmt.Sprintf("New source: %s (%s)", s.Title, countTerms(d.cur, s.ID))})
		}
	}
	for _, s := range d.old.Sources {
		if _, ok := curS[s.ID]; !ok {
			d.goneSources[s.ID] = true
			d.add(Change{Kind: KindSourceRemoved, SourceID: s.ID, Old: s.Title,
				Headline: fmt.Sprintf("Source removed: %s (%s)", s.Title, countTerms(d.old, s.ID))})
		}
	}
}

func countTerms(ds *pipeline.Dataset, source string) string {
	n := 0
	for _, t := range ds.Terms {
		if t.SourceID == source {
			n++
		}
	}
	if n == 1 {
		return "1 term"
	}
	return fmt.Sprintf("%d terms", n)
}

func holders(ds *pipeline.Dataset) map[string]pipeline.CurrentHolder {
	m := make(map[string]pipeline.CurrentHolder, len(ds.CurrentHolders))
	for _, h := range ds.CurrentHolders {
		m[h.OfficeID] = h
	}
	return m
}

func termIndex(ds *pipeline.Dataset) map[termKey]*pipeline.Term {
	m := make(map[termKey]*pipeline.Term, len(ds.Terms))
	for i := range ds.Terms {
		m[keyOf(&ds.Terms[i])] = &ds.Terms[i]
	}
	return m
}

func openTerm(ds *pipeline.Dataset, office, person string) *pipeline.Term {
	var found *pipeline.Term
	for i := range ds.Terms {
		t := &ds.Terms[i]
		if t.OfficeID == office && t.PersonID == person && t.Incumbent {
			found = t
		}
	}
	return found
}

func officeByID(ds *pipeline.Dataset, id string) *pipeline.Office {
	i, ok := slices.BinarySearchFunc(ds.Offices, id, func(o pipeline.Office, id string) int { return cmp.Compare(o.ID, id) })
	if !ok {
		return nil
	}
	return &ds.Offices[i]
}

// successions finds offices whose current holder changed.
func (d *differ) successions() {
	oldH, curH := holders(d.old), holders(d.cur)
	ids := make([]string, 0, len(curH))
	for id := range curH {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		nh := curH[id]
		oh, had := oldH[id]
		if had && oh.PersonID == nh.PersonID {
			continue
		}
		nt := openTerm(d.cur, id, nh.PersonID)
		if nt == nil || d.newSources[nt.SourceID] {
			continue
		}
		c := Change{Kind: KindIncumbentChanged, OfficeID: id, OfficeTitle: nh.Title,
			To:     &Person{ID: nh.PersonID, NameEN: nh.NameEN, NameNative: nh.NameNative},
			TermID: nt.ID, SourceID: nt.SourceID,
			Effective: nt.Start.Human(), EffectiveISO: nt.Start.String()}
		d.covered["term-added|"+fmt.Sprint(keyOf(nt))] = true
		if had {
			c.From = &Person{ID: oh.PersonID, NameEN: oh.NameEN, NameNative: oh.NameNative}
			// The outgoing holder's term, now ended (or gone).
			for i := range d.cur.Terms {
				t := &d.cur.Terms[i]
				if t.OfficeID == id && t.PersonID == oh.PersonID && t.Start.String() == oh.Since.String() {
					d.covered["term-ended|"+fmt.Sprint(keyOf(t))] = true
					if !t.End.IsZero() {
						c.PreviousTermEnd = t.End.String()
					}
				}
			}
		}
		for _, f := range []string{"incumbent_person_id", "incumbent_since"} {
			d.covered["office|"+id+"|"+f] = true
		}
		if o := officeByID(d.cur, id); o != nil && !o.IncumbentSince.IsZero() && !nt.Start.IsZero() &&
			!o.IncumbentSince.EqualAtSharedPrecision(nt.Start) {
			c.Notes = append(c.Notes, fmt.Sprintf("the infobox gives %s as the start; the list gives %s", o.IncumbentSince.Human(), nt.Start.Human()))
		}
		if o := officeByID(d.cur, id); o != nil && o.IncumbentPersonID != "" && o.IncumbentPersonID != nh.PersonID {
			c.Notes = append(c.Notes, fmt.Sprintf("the infobox still names %s as incumbent", o.IncumbentPersonID))
		}
		switch {
		case c.From != nil && c.Effective != "unknown":
			c.Headline = fmt.Sprintf("%s: %s succeeded %s on %s", nh.Title, c.To.display(), c.From.display(), c.Effective)
		case c.From != nil:
			c.Headline = fmt.Sprintf("%s: %s succeeded %s", nh.Title, c.To.display(), c.From.display())
		default:
			c.Headline = fmt.Sprintf("%s: %s took office on %s", nh.Title, c.To.display(), c.Effective)
		}
		if c.PreviousTermEnd != "" {
			c.Notes = append(c.Notes, fmt.Sprintf("%s's term ends %s", c.From.display(), c.PreviousTermEnd))
		}
		d.add(c)
	}
}

// terms compares the terms of the two snapshots.
func (d *differ) terms() {
	oldIdx, curIdx := termIndex(d.old), termIndex(d.cur)
	var gone, fresh []*pipeline.Term
	for i := range d.old.Terms {
		t := &d.old.Terms[i]
		n, ok := curIdx[keyOf(t)]
		if !ok {
			gone = append(gone, t)
			continue
		}
		d.compareTerm(t, n)
	}
	for i := range d.cur.Terms {
		t := &d.cur.Terms[i]
		if _, ok := oldIdx[keyOf(t)]; !ok {
			fresh = append(fresh, t)
		}
	}
	// A term whose start moved: the same holder in the same office.
	// A holder renamed: the same office and dates, another person ID.
	matched := map[*pipeline.Term]bool{}
	for _, o := range gone {
		for _, n := range fresh {
			if matched[n] || n.OfficeID != o.OfficeID {
				continue
			}
			if n.PersonID == o.PersonID || n.Start.String() == o.Start.String() && n.End.String() == o.End.String() && n.Incumbent == o.Incumbent {
				matched[n], matched[o] = true, true
				d.compareTerm(o, n)
				break
			}
		}
	}
	for _, o := range gone {
		if matched[o] || d.goneSources[o.SourceID] {
			continue
		}
		d.add(Change{Kind: KindTermRemoved, OfficeID: o.OfficeID, OfficeTitle: d.title(o.OfficeID), TermID: o.ID,
			From: termPerson(o), SourceID: o.SourceID, Old: termSpan(o),
			Headline: fmt.Sprintf("%s: the term of %s (%s) was removed from the list", d.title(o.OfficeID), termWho(o), termSpan(o))})
	}
	for _, n := range fresh {
		if matched[n] || d.newSources[n.SourceID] || d.covered["term-added|"+fmt.Sprint(keyOf(n))] {
			continue
		}
		d.add(Change{Kind: KindTermAdded, OfficeID: n.OfficeID, OfficeTitle: d.title(n.OfficeID), TermID: n.ID,
			To: termPerson(n), SourceID: n.SourceID, New: termSpan(n),
			Effective: n.Start.Human(), EffectiveISO: n.Start.String(),
			Headline: fmt.Sprintf("%s: a term of %s (%s) was added", d.title(n.OfficeID), termWho(n), termSpan(n))})
	}
}

func (d *differ) title(office string) string {
	if o := officeByID(d.cur, office); o != nil {
		return o.Title
	}
	if o := officeByID(d.old, office); o != nil {
		return o.Title
	}
	return office
}

func termPerson(t *pipeline.Term) *Person {
	return &Person{ID: t.PersonID, NameEN: t.NameEN, NameNative: t.NameNative}
}

func termWho(t *pipeline.Term) string { return termPerson(t).display() }

func termSpan(t *pipeline.Term) string {
	end := t.End.Human()
	if t.Incumbent {
		end = "present"
	}
	return t.Start.Human() + " – " + end
}

// compareTerm reports what changed in one term.
func (d *differ) compareTerm(o, n *pipeline.Term) {
	title := d.title(n.OfficeID)
	base := Change{OfficeID: n.OfficeID, OfficeTitle: title, TermID: n.ID, To: termPerson(n), SourceID: n.SourceID}
	if o.NameEN != n.NameEN || o.NameNative != n.NameNative {
		c := base
		c.Kind, c.Field = KindNameChanged, "name"
		c.Old, c.New = nameText(o), nameText(n)
		c.Headline = fmt.Sprintf("%s: holder's name changed from %s to %s", title, c.Old, c.New)
		d.add(c)
	}
	startMoved := o.Start.String() != n.Start.String()
	ended := o.Incumbent && !n.Incumbent
	switch {
	case ended && !startMoved:
		if d.covered["term-ended|"+fmt.Sprint(keyOf(n))] {
			return
		}
		c := base
		c.Kind, c.Field, c.Old, c.New = KindTermEnded, "end", "present", n.End.String()
		c.Effective, c.EffectiveISO = n.End.Human(), n.End.String()
		c.Headline = fmt.Sprintf("%s: %s's term ended on %s", title, termWho(n), n.End.Human())
		d.add(c)
	case startMoved || o.End.String() != n.End.String() || o.Incumbent != n.Incumbent:
		c := base
		c.Kind, c.Field, c.Old, c.New = KindTermDatesChanged, "dates", termSpan(o), termSpan(n)
		c.Headline = fmt.Sprintf("%s: dates of %s's term changed from %s to %s", title, termWho(n), c.Old, c.New)
		d.add(c)
	}
}

func nameText(t *pipeline.Term) string {
	if t.NameNative == "" {
		return t.NameEN
	}
	return t.NameEN + " (" + t.NameNative + ")"
}

// offices reports changed infobox values.
func (d *differ) offices() {
	for _, n := range d.cur.Offices {
		o := officeByID(d.old, n.ID)
		if o == nil || d.newSources[n.SourceID] {
			continue
		}
		for _, f := range officeFields {
			if d.covered["office|"+n.ID+"|"+f.name] {
				continue
			}
			ov, nv := f.get(o), f.get(&n)
			if ov == nv {
				continue
			}
			d.add(Change{Kind: KindOfficeFieldChanged, OfficeID: n.ID, OfficeTitle: n.Title, Field: f.name, Old: ov, New: nv,
				SourceID: n.SourceID, Headline: fmt.Sprintf("%s: %s changed from %q to %q", n.Title, f.name, ov, nv)})
		}
	}
}

var officeFields = []struct {
	name string
	get  func(o *pipeline.Office) string
}{
	{"title", func(o *pipeline.Office) string { return o.Title }},
	{"post", func(o *pipeline.Office) string { return o.Post }},
	{"body", func(o *pipeline.Office) string { return o.Body }},
	{"office_type", func(o *pipeline.Office) string { return o.OfficeType }},
	{"status", func(o *pipeline.Office) string { return o.Status }},
	{"appointer", func(o *pipeline.Office) string { return o.Appointer }},
	{"nominator", func(o *pipeline.Office) string { return o.Nominator }},
	{"department", func(o *pipeline.Office) string { return o.Department }},
	{"member_of", func(o *pipeline.Office) string { return o.MemberOf }},
	{"deputy", func(o *pipeline.Office) string { return o.Deputy }},
	{"formation", func(o *pipeline.Office) string { return o.Formation.String() }},
	{"inaugural_person_id", func(o *pipeline.Office) string { return o.InauguralPersonID }},
	{"incumbent_person_id", func(o *pipeline.Office) string { return o.IncumbentPersonID }},
	{"incumbent_since", func(o *pipeline.Office) string { return o.IncumbentSince.String() }},
}

// persons reports changed biographical details.
func (d *differ) persons() {
	oldP := map[string]*pipeline.Person{}
	for i := range d.old.Persons {
		oldP[d.old.Persons[i].ID] = &d.old.Persons[i]
	}
	for i := range d.cur.Persons {
		n := &d.cur.Persons[i]
		o := oldP[n.ID]
		if o == nil {
			continue
		}
		for _, f := range []struct{ name, old, new string }{
			{"birth", o.Birth.String(), n.Birth.String()},
			{"birth_place", o.BirthPlace, n.BirthPlace},
			{"party", o.Party, n.Party},
			{"alma_mater", o.AlmaMater, n.AlmaMater},
		} {
			if f.old == f.new {
				continue
			}
			d.add(Change{Kind: KindPersonFieldChanged, To: &Person{ID: n.ID, NameEN: n.NameEN, NameNative: n.NameNative},
				Field: f.name, Old: f.old, New: f.new, SourceID: n.SourceID,
				Headline: fmt.Sprintf("%s: %s changed from %q to %q", n.NameEN, f.name, f.old, f.new)})
		}
	}
}
