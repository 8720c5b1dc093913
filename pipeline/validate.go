package pipeline

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// finish turns each office's reconciled claims into terms, checks them and
// puts every table in its stable order.
func (b *builder) finish() {
	ids := b.officeIDs()
	// Each office's terms go to their own window of the terms table.
	at := make(map[string]int, len(ids))
	total := 0
	for _, id := range ids {
		at[id] = total
		total += len(b.offices[id].terms)
	}
	b.ds.Terms = make([]Term, total)
	b.eachOffice(func(ob *builder, id string, st *officeState) {
		lo := at[id]
		// One term per claim, appended in place into the office's window.
		within := termsWithin(st.terms)
		ranked := inNoTimeOrder(st.terms)
		terms := ob.officeTerms(b.ds.Terms[lo:lo:lo+len(st.terms)], st, within, ranked)
		ob.validateOffice(st, terms, within, ranked)
		ob.incumbency(st, terms)
		st.holders = ob.ds.CurrentHolders
		st.terms, st.primary = nil, nil // done with: the claims can go
	})
	b.ds.Offices = make([]Office, 0, len(ids))
	for _, id := range ids {
		st := b.offices[id]
		b.ds.Offices = append(b.ds.Offices, st.office)
		b.ds.CurrentHolders = append(b.ds.CurrentHolders, st.holders...)
	}
	b.sortFindings()
}

// officeTerms appends the term records of an office to out, in the
// office's order; within is termsWithin of its claims, ranked whether
// they run in no order of time (inNoTimeOrder).
func (b *builder) officeTerms(out []Term, st *officeState, within []int, ranked bool) []Term {
	id := st.office.ID
	used := make(map[string]bool, len(st.terms))
	seat := st.heldBySeveral()
	for i, c := range st.terms {
		t := Term{
			OfficeID: id, PersonID: c.personID, Ordinal: c.ordinal,
			NameEN: c.name.EN, NameNative: c.name.Native, NameNativeLang: c.name.Lang,
			Start: c.start, End: c.end, Incumbent: c.open, Acting: c.acting, Note: c.note,
			SourceID: c.sourceID, SourceLine: c.line, CorroboratedBy: c.corroboratedBy(),
		}
		if t.Incumbent {
			t.End = Date{}
		}
		if t.Ordinal == 0 {
			t.Ordinal = c.links().ordinal // the number a biography gives
		}
		slices.Sort(t.CorroboratedBy)
		// IDs: the ordinal when it is known and unique, else the person.
		tid := ""
		if c.ordinal > 0 {
			tid = id + "/" + strconv.Itoa(c.ordinal)
		}
		if tid == "" || used[tid] {
			tid = id + "/" + c.personID
			if used[tid] && !c.start.IsZero() {
				tid += "-" + c.start.String()
			}
			for n := 2; used[tid]; n++ {
				tid = id + "/" + c.personID + "-" + strconv.Itoa(n)
			}
		}
		used[tid] = true
		t.ID = tid
		// Neighbours: the previous and next holders in the office's list;
		// where the list has none, what a biography names.
		// People who held the office together, on one row, are not each
		// other's neighbours.
		// A term held inside another's (an acting mayor's while the mayor
		// was on leave) has that holder on both sides, and is no one
		// else's neighbour.
		cl := c.links()
		prev, next := i-1, i+1
		if seat || ranked {
			// One seat among many: whoever held another seat before is no
			// predecessor. Nor is the holder above in a list in no order
			// of time (premiers by their time in office). Only what a
			// biography names is.
			prev, next = -1, len(st.terms)
		} else if j := within[i]; j >= 0 {
			prev, next = j, j
		} else {
			for prev >= 0 && (coHeldClaims(st.terms[prev], c) || within[prev] >= 0 || otherPostGroup(st.terms[prev], c)) {
				prev--
			}
			for next < len(st.terms) && (coHeldClaims(st.terms[next], c) || within[next] >= 0 || otherPostGroup(st.terms[next], c)) {
				next++
			}
		}
		// A biography's term the list lacks, far from the list's nearest
		// holders (a list cut short, or of another era), keeps the
		// neighbours the biography names.
		// Nor is such a term the neighbour of the list's holder when it
		// names another (Sun Chunlan, the last of a list cut short, was not
		// succeeded by Yin Li, whose biography names Yu Weiguo).
		// Two biographies' terms (or one's two), years apart, are not
		// neighbours unless one names the other: no list says who came
		// between.
		// Nor are two holders with a holder no document names between
		// them ("| Unknown | 1901 | 1903 |", a name a mirror lost).
		switch {
		// Nor is a holder's own term before (a biography's earlier block
		// of the office) their predecessor where the biography names one.
		case prev >= 0 && !(c.bio && !cl.pred.IsZero() && (yearsApart(st.terms[prev], c) || st.terms[prev].personID == c.personID)) &&
			!b.namesOtherNeighbour(st.terms[prev], c, false) && !(c.bio && st.terms[prev].bio && yearsApart(st.terms[prev], c)) &&
			!unknownBetween(st.unknown, st.terms[prev], c):
			t.PredecessorPersonID = st.terms[prev].personID
		case !cl.pred.IsZero():
			t.PredecessorPersonID = b.people.id(cl.pred)
		}
		switch {
		case next < len(st.terms) && !(c.bio && !cl.succ.IsZero() && (yearsApart(c, st.terms[next]) || st.terms[next].personID == c.personID)) &&
			!b.namesOtherNeighbour(st.terms[next], c, true) && !(c.bio && st.terms[next].bio && yearsApart(c, st.terms[next])) &&
			!unknownBetween(st.unknown, c, st.terms[next]):
			t.SuccessorPersonID = st.terms[next].personID
		case !cl.succ.IsZero():
			t.SuccessorPersonID = b.people.id(cl.succ)
		}
		for _, o := range c.bioChecks() {
			ol := o.links()
			if !ol.pred.IsZero() && prev >= 0 && !samePersonNamed(b.people.id(ol.pred), t.PredecessorPersonID) &&
				!pastActing(st.terms, prev, -1, b.people.id(ol.pred)) {
				b.finding(SeverityWarning, CodeSourceDisagreement, t.ID, o.sourceID, ol.predLine,
					"%s names %s as the predecessor of %s in %s; %s lists %s", o.sourceID, ol.pred.display(),
					c.name.display(), st.office.Title, c.sourceID, st.terms[prev].name.display())
			}
			if !ol.succ.IsZero() && next < len(st.terms) && !samePersonNamed(b.people.id(ol.succ), t.SuccessorPersonID) &&
				!pastActing(st.terms, next, 1, b.people.id(ol.succ)) {
				b.finding(SeverityWarning, CodeSourceDisagreement, t.ID, o.sourceID, ol.succLine,
					"%s names %s as the successor of %s in %s; %s lists %s", o.sourceID, ol.succ.display(),
					c.name.display(), st.office.Title, c.sourceID, st.terms[next].name.display())
			}
		}
		out = append(out, t)
	}
	return out
}

// termsWithin returns, for each of an office's terms in order, the index
// of an earlier term of another holder that surely encloses it, or -1: a
// holder acting, or without a number of their own, while the one in
// office was away ("Hou Yu-ih, 20 October 2015 – 18 January 2016", in
// Eric Chu's term of 2014–2018). Only the few terms before each are
// looked at, where such a term is written.
func termsWithin(terms []*termClaim) []int {
	const lookBack = 4
	within := make([]int, len(terms))
	for i, c := range terms {
		within[i] = -1
		if c.start.IsZero() || c.end.IsZero() || c.open || (c.ordinal > 0 || c.bio) && !c.acting {
			// A holder the page numbers, or counts in a list of holders, is
			// no one's stand-in unless it says they acted; nor is a
			// biography's term the list lacks.
			continue
		}
		lo, hi := period(c, false)
		for j := i - 1; j >= 0 && j >= i-lookBack; j-- {
			o := terms[j]
			if o.personID == c.personID || o.start.IsZero() || o.end.IsZero() || o.open || within[j] >= 0 {
				continue
			}
			if oLo, oHi := period(o, true); oLo < lo && hi <= oHi {
				within[i] = j
				break
			}
		}
	}
	return within
}

// heldBySeveral reports whether the office is held by several side by
// side: a body's seats (isSeatTitle), or a post whose infobox names
// several holders of now ("Vice Chairman of the Central Military
// Commission": "Incumbent: Zhang Youxia, Zhang Shengmin").
func (st *officeState) heldBySeveral() bool {
	return isSeatTitle(st.office.Title) || st.primary != nil && st.primary.several
}

// isSeatTitle reports whether an office's title names one seat of many
// in a body, held by its members side by side: "Member of the National
// Assembly of South Korea", "Delegate to the National People's Congress",
// "Member of the Legislative Yuan"; or a post named for a member of a
// council or chamber: "State Councilor of China", of whom five serve at
// once, "United States Senator from Ohio". A seat for a constituency
// ("Member of Parliament for Leeds North") is one seat, held in turn,
// and is not.
func isSeatTitle(title string) bool {
	if strings.Contains(title, " for ") {
		return false
	}
	for _, p := range []string{"Member of ", "Delegate to ", "Deputy to ", "Delegate of ", "Representative to "} {
		if strings.HasPrefix(title, p) {
			return true
		}
	}
	role, _, _ := strings.Cut(title, " of ")
	role, _, _ = strings.Cut(role, " from ")
	if i := strings.LastIndexByte(role, ' '); i >= 0 {
		role = role[i+1:]
	}
	return lowerIn(memberRoles, role)
}

// memberRoles name a member of a council or chamber, one of many who
// hold the post side by side.
var memberRoles = map[string]bool{"councilor": true, "councillor": true, "councilman": true, "councilwoman": true,
	"senator": true, "alderman": true, "alderwoman": true, "legislator": true, "assemblyman": true,
	"assemblywoman": true, "assemblymember": true, "congressman": true, "congresswoman": true}

// sweepState is where the overlap and gap checks stand in a run of
// terms: the earlier term that reaches furthest, and the latest without a
// known end.
type sweepState struct{ reach, pending *Term }

// postGroupKey names a group of a table's rows under a caption naming a
// post held side by side with another group's (termClaim.postGroup).
type postGroupKey struct {
	source string
	list   int32
	group  uint8
}

// otherPostGroup reports whether two claims are of different groups of
// one table's posts held side by side: they are not each other's
// neighbours, nor do they overlap.
func otherPostGroup(a, b *termClaim) bool {
	return a.postGroup != 0 && b.postGroup != 0 && a.postGroup != b.postGroup && a.list == b.list && a.sourceID == b.sourceID
}

// pastActing reports whether the first term that is not acting, from
// terms[i] on in direction step (-1 before, 1 after), is personID's,
// with at least one acting term passed: a biography names the holder
// before or after an acting one, as infoboxes do (Oh Se-hoon's
// predecessor is Park Won-soon, not Seo Jung-hyup, who acted between
// them).
func pastActing(terms []*termClaim, i, step int, personID string) bool {
	passed := false
	for ; i >= 0 && i < len(terms) && terms[i].acting; i += step {
		passed = true
	}
	return passed && i >= 0 && i < len(terms) && terms[i].personID == personID
}

// firstOfLaterForm reports whether the person is the first holder the
// infobox names of a later form of the office ("Puntsagiin Jasrai
// (1992)"): a list of that form starts with them.
func (b *builder) firstOfLaterForm(p *officeClaim, personID string) bool {
	for _, n := range p.laterFirsts {
		if b.people.id(n) == personID {
			return true
		}
	}
	return false
}

// namesOtherNeighbour reports whether n, a biography's term next to term
// c (after it when pred, else before it), is more than a year from it and
// names someone else as the neighbour on c's side.
func (b *builder) namesOtherNeighbour(n, c *termClaim, pred bool) bool {
	if !n.bio {
		return false
	}
	nl := n.links()
	named, far := nl.succ, yearsApart(n, c)
	if pred {
		named, far = nl.pred, yearsApart(c, n)
	}
	return !named.IsZero() && far && b.people.id(named) != c.personID
}

// yearsApart reports whether more than a year surely lies between the
// end of term a (its start, when it gives no end) and the start of the
// later term b: they are not each other's neighbours.
func yearsApart(a, b *termClaim) bool {
	end := a.end
	if end.IsZero() {
		end = a.start
	}
	if end.IsZero() || b.start.IsZero() || a.open {
		return false
	}
	_, aHi := end.days()
	bLo, _ := b.start.days()
	return bLo-aHi > 366
}

// inNoTimeOrder reports whether an office's terms, in the order of its
// list, run in no order of time: a ranking ("by time in office"), not a
// succession. From one dated term to the next, at least two start later
// and two earlier, and the fewer of the two are a fifth of the steps or
// more. A list in time order with a row or two out of place, or two
// lists one after the other, is in order. Such a list's neighbours are
// not each other's predecessors, and the gaps between its terms are no
// vacancies.
func inNoTimeOrder(terms []*termClaim) bool {
	up, down := timeSteps(terms)
	return up >= 2 && down >= 2 && min(up, down)*5 >= up+down
}

// startsAfter reports whether term a, when there is one, surely starts
// after term b.
func startsAfter(a, b *Term) bool {
	if a == nil || b == nil || a.Start.IsZero() || b.Start.IsZero() {
		return false
	}
	aLo, _ := a.Start.days()
	_, bHi := b.Start.days()
	return aLo > bHi
}

// mayEndBefore reports whether term a may end before term b starts, as
// the precision of their dates allows: "1914-03-23 – 1914" may end before
// "1914 – 1915-09" starts, though the year-long start sorts first.
func mayEndBefore(a, b *Term) bool {
	if a.Incumbent || a.End.IsZero() || b.Start.IsZero() {
		return false
	}
	endLo, _ := a.End.days()
	_, startHi := b.Start.days()
	return endLo <= startHi
}

// samePersonNamed reports whether a neighbour a biography names (its
// person ID) is the holder the list has there: the same ID, or the
// holder's name with a middle name or a leading Muhammad left out
// ("Shafie Apdal" for the list's "Mohd Shafie Apdal"), or, as Hong Kong
// writes its officials' names, without the Chinese given name of two
// syllables after the English one and the family name ("John Lee" for
// "John Lee Ka-chiu").
func samePersonNamed(named, listed string) bool {
	if named == listed || middleNameVariant(named, listed) {
		return true
	}
	rest, ok := strings.CutPrefix(listed, named+"-")
	return ok && strings.Count(named, "-") == 1 && strings.Count(rest, "-") == 1
}

// undatedBetween reports whether a term with no start given was listed
// between a and b in their source ("| 2 | Bob Ray | — |" between two
// dated rows): its holder may have filled the gap between them.
func undatedBetween(terms []Term, a, b *Term) bool {
	if a.SourceID != b.SourceID {
		return false
	}
	lo, hi := min(a.SourceLine, b.SourceLine), max(a.SourceLine, b.SourceLine)
	for i := range terms {
		if t := &terms[i]; t.Start.IsZero() && t.SourceID == a.SourceID && lo < t.SourceLine && t.SourceLine < hi {
			return true
		}
	}
	return false
}

// validateOffice checks the terms of one office against each other and
// against the office's infobox; in a ranking (ranked) no gap between its
// terms shows a vacancy.
func (b *builder) validateOffice(st *officeState, terms []Term, within []int, ranked bool) {
	for _, t := range terms {
		if t.Start.IsZero() || t.End.IsZero() {
			continue
		}
		startLo, _ := t.Start.days()
		if _, endHi := t.End.days(); endHi < startLo {
			b.finding(SeverityError, CodeEndBeforeStart, t.ID, t.SourceID, t.SourceLine,
				"term of %s ends (%s) before it starts (%s)", termWho(t), t.End, t.Start)
		}
	}
	// Members of a body hold its seats side by side: their terms are
	// checked against each member's own only, and leave no seat vacant.
	seat := st.heldBySeveral()
	var members map[string]*sweepState
	// Chronological order by the earliest start; terms without a start
	// cannot be placed and are left out of the overlap and gap checks.
	type datedTerm struct {
		t     *Term
		start int // the first day its start can denote
		// in is the term it is held inside, a stand-in's; nil for most.
		in *Term
		// sweep is the run of terms it is checked against: the office's,
		// or its group's where a table lists posts held side by side.
		sweep *sweepState
	}
	office := &sweepState{}
	var groups map[postGroupKey]*sweepState // nil unless a table's posts ran side by side
	dated := make([]datedTerm, 0, len(terms))
	for i := range terms {
		if !terms[i].Start.IsZero() {
			lo, _ := terms[i].Start.days()
			d := datedTerm{t: &terms[i], start: lo, sweep: office}
			if j := within[i]; j >= 0 {
				d.in = &terms[j]
			}
			if seat {
				if members == nil {
					members = map[string]*sweepState{}
				}
				if members[terms[i].PersonID] == nil {
					members[terms[i].PersonID] = &sweepState{}
				}
				d.sweep = members[terms[i].PersonID]
			} else if c := st.terms[i]; c.postGroup != 0 {
				k := postGroupKey{c.sourceID, c.list, c.postGroup}
				if groups[k] == nil {
					if groups == nil {
						groups = map[postGroupKey]*sweepState{}
					}
					groups[k] = &sweepState{}
				}
				d.sweep = groups[k]
			}
			dated = append(dated, d)
		}
	}
	slices.SortStableFunc(dated, func(x, y datedTerm) int { return cmp.Compare(x.start, y.start) })
	// Compare each term with the earlier term that reaches furthest.
	// pending is the latest term without a known end: when it began after
	// that term, it may last up to the next start, and no gap before that
	// is certain.
	for _, d := range dated {
		cur, sw := d.t, d.sweep
		if sw.reach != nil && !cur.Incoming() {
			// A successor named but not yet in office follows the current
			// holder: no gap before them.
			reach := sw.reach
			curLo, curHi := cur.Start.days()
			actingLo := curLo // an acting spell before the term leaves no gap
			if af := cur.ActingFrom(); !af.IsZero() {
				actingLo, _ = af.days()
			}
			prevLo, prevHi := reach.End.days()
			switch {
			case CoHeld(cur, reach):
				// Co-holders, named on one row: the same term.
			case d.in != nil:
				// One acting inside another's term: no overlap, and no
				// one's successor.
				b.finding(SeverityInfo, CodeStandInTerm, cur.ID, cur.SourceID, cur.SourceLine,
					"term of %s (%s – %s) lies inside the term of %s (%s – %s): read as standing in, with %s before and after",
					termWho(*cur), cur.Start, cur.End, termWho(*d.in), d.in.Start, d.in.End, termWho(*d.in))
				continue
			case curHi < prevLo && !mayEndBefore(cur, reach):
				b.finding(SeverityWarning, CodeOverlappingTerms, cur.ID, cur.SourceID, cur.SourceLine,
					"term of %s (from %s) starts before the term of %s ends (%s)", termWho(*cur), cur.Start, termWho(*reach), reach.End)
			case actingLo > prevHi+1 && !seat && !ranked && !heldBetween(st.unknown, prevHi, curLo) && !startsAfter(sw.pending, reach) &&
				!undatedBetween(terms, reach, cur):
				b.finding(SeverityInfo, CodeVacancy, st.office.ID, cur.SourceID, cur.SourceLine,
					"vacant for at least %s between the end of %s's term (%s) and the start of %s's (%s)%s",
					days(actingLo-prevHi-1), termWho(*reach), reach.End, termWho(*cur), startWithActing(cur), captionBetween(st.captions, reach, cur))
			}
		}
		if cur.Incumbent || cur.End.IsZero() {
			// An open term or one with no known end: later starts cannot be
			// checked against it (several open terms are reported below).
			sw.pending = cur
			continue
		}
		if sw.reach == nil {
			sw.reach = cur
			continue
		}
		_, hi := cur.End.days()
		if _, reachHi := sw.reach.End.days(); hi > reachHi {
			sw.reach = cur
		}
	}
	var open []Term
	for _, t := range terms {
		if t.Incumbent {
			open = append(open, t)
		}
	}
	if len(open) > 1 && !allCoHeld(open) && !seat {
		var names []string
		for _, t := range open {
			names = append(names, termWho(t))
		}
		last := open[len(open)-1]
		b.finding(SeverityWarning, CodeMultipleOpenTerms, st.office.ID, last.SourceID, last.SourceLine,
			"%d terms have no end: %s", len(open), strings.Join(names, ", "))
	}
	p := st.primary
	if p == nil || !p.fromInfobox {
		return
	}
	src := p.office.SourceID
	var cur *Term
	if len(open) > 0 {
		named := b.people.id(p.incumbent)
		cur = currentTerm(open, named)
		// Any open term may be the named holder's where several hold the
		// office; so too where the last is an acting holder's, standing in
		// while the named holder's own term runs on (a mayor suspended,
		// "| Nuri Aslan (acting) | 23 March 2025 | Incumbent |" under
		// İmamoğlu's open term).
		if p.several || cur.Acting && cur.PersonID != named {
			if i := slices.IndexFunc(open, func(t Term) bool { return t.PersonID == named }); i >= 0 {
				cur = &open[i]
			}
		}
	}
	if p.vacant && cur != nil {
		b.finding(SeverityWarning, CodeIncumbentMismatch, st.office.ID, src, p.incumbentLine,
			"%s gives the office as vacant; the list's term of %s is open", p.nowSaidBy(), termWho(*cur))
		cur = nil // the infobox's date is the vacancy's, no start of that term
	}
	if !p.incumbent.IsZero() && cur != nil && b.people.id(p.incumbent) != cur.PersonID {
		b.finding(SeverityWarning, CodeIncumbentMismatch, st.office.ID, src, p.incumbentLine,
			"%s names %s as incumbent; the open term in %s is %s's", p.nowSaidBy(), p.incumbent.display(), termSource(*cur, src), termWho(*cur))
	}
	if since := p.office.IncumbentSince; !since.IsZero() && cur != nil && !cur.Start.IsZero() && !since.EqualAtSharedPrecision(cur.Start) && !actingSince(cur, since) && !startsRunOf(terms, cur, since) &&
		!p.several { // several holders' one date: the body's, not each holder's
		b.finding(SeverityWarning, CodeIncumbentSince, st.office.ID, src, p.sinceLine,
			"%s gives the incumbent's start as %s; %s gives %s (%s, line %d)", p.nowSaidBy(), since, termSource(*cur, src), cur.Start, termWho(*cur), cur.SourceLine)
	}
	if p.hasIncumbentIB && !p.vacant && p.incumbent.IsZero() && cur == nil {
		b.finding(SeverityWarning, CodeIncumbentUnknown, st.office.ID, src, p.sinceLine,
			"infobox gives an incumbent-since date (%s) but no incumbent, and no term in the list is open", dateOrUnknown(p.office.IncumbentSince))
	}
	listed := slices.ContainsFunc(st.terms, func(c *termClaim) bool { return c.list > 0 })
	if len(terms) > 0 && listed && !(p.fromPeriod && terms[0].SourceID == src) {
		// A list of a later period (its heading says so) starts with that
		// period's first holder: neither the office's nor its formation.
		// Terms from biographies alone are no list: the earliest of them
		// need not be the first holder's.
		first := terms[0]
		// Rows before it whose holders the copy does not name ("| 1 | | 1
		// September 1920 | 23 December 1924 |", a template lost): the
		// first holder is unnamed, and the office's first term began
		// with the earliest of them.
		firstStart, unnamedFirst := first.Start, false
		if u, ok := earliestUnknown(st.unknown); ok && !first.Start.IsZero() {
			_, uHi := u.days()
			if lo, _ := first.Start.days(); uHi < lo {
				firstStart, unnamedFirst = u, true
			}
		}
		// A page may list an earlier era's holders (the Republic of
		// China's governors before 1949) in a list of their own before
		// the one that begins with the infobox's inaugural holder and its
		// formation: the office the infobox describes began there.
		starts := listStarts(st.terms, src)
		if !p.inaugural.IsZero() && !unnamedFirst && b.people.id(p.inaugural) != first.PersonID && !b.firstOfLaterForm(p, first.PersonID) &&
			!sameByInitials(p.inaugural.EN, first.NameEN) &&
			!slices.ContainsFunc(starts, func(c *termClaim) bool { return c.personID == b.people.id(p.inaugural) }) {
			b.finding(SeverityWarning, CodeInauguralMismatch, st.office.ID, src, p.inauguralLine,
				"infobox names %s as the first holder; the list starts with %s", p.inaugural.display(), termWho(first))
		}
		if f := p.office.Formation; !f.IsZero() && !firstStart.IsZero() && !f.EqualAtSharedPrecision(firstStart) &&
			!slices.ContainsFunc(p.laterFormations, firstStart.EqualAtSharedPrecision) &&
			!slices.ContainsFunc(starts, func(c *termClaim) bool { return f.EqualAtSharedPrecision(c.start) }) {
			b.finding(SeverityWarning, CodeFormationMismatch, st.office.ID, src, p.formationLine,
				"infobox gives the formation as %s; the first term in the list starts %s", f, firstStart)
		}
	}
}

// termSource says where a term checked against the infobox of source src
// is given: "the list" of the same document, or another document's ID
// ("bao-gang", a biography).
func termSource(t Term, src string) string {
	if t.SourceID != src {
		return t.SourceID
	}
	return "the list"
}

func termWho(t Term) string {
	switch {
	case t.NameEN != "":
		return t.NameEN
	case t.NameNative != "":
		return t.NameNative
	}
	return t.PersonID
}

// listStarts returns the first term, in the document's order, of each
// list of the office that source src gives.
func listStarts(terms []*termClaim, src string) []*termClaim {
	first := map[int32]*termClaim{}
	for _, c := range terms {
		if c.list == 0 || c.sourceID != src {
			continue
		}
		if f := first[c.list]; f == nil || c.pos < f.pos {
			first[c.list] = c
		}
	}
	out := make([]*termClaim, 0, len(first))
	for _, c := range first {
		out = append(out, c)
	}
	return out
}

// earliestUnknown returns the earliest start of the periods held by
// holders no document names.
func earliestUnknown(spans []heldSpan) (Date, bool) {
	var first Date
	firstLo := 0
	for _, u := range spans {
		if u.start.IsZero() {
			continue
		}
		if lo, _ := u.start.days(); first.IsZero() || lo < firstLo {
			first, firstLo = u.start, lo
		}
	}
	return first, !first.IsZero()
}

// heldBetween reports whether a holder no document names held the office
// some time between the days lo and hi: a row of "Unknown".
func heldBetween(spans []heldSpan, lo, hi int) bool {
	for _, u := range spans {
		sLo, sHi := math.MinInt, math.MaxInt
		if !u.start.IsZero() {
			sLo, _ = u.start.days()
		}
		if !u.end.IsZero() {
			_, sHi = u.end.days()
		}
		if sLo <= hi && sHi >= lo {
			return true
		}
	}
	return false
}

// unknownBetween reports whether someone no document names held the
// office after a's term and before b's: a span of spans that lies within
// a's start and b's end, starting no earlier than a month before a's end
// and ending no later than a month after b's start (dates known to the
// month share their first day).
func unknownBetween(spans []heldSpan, a, b *termClaim) bool {
	if len(spans) == 0 || a.start.IsZero() || b.start.IsZero() {
		return false
	}
	lo, _ := a.start.days()
	_, hi := b.start.days()
	if !b.end.IsZero() {
		_, hi = b.end.days()
	}
	from := lo
	if !a.end.IsZero() {
		from, _ = a.end.days()
	}
	to, _ := b.start.days()
	for _, u := range spans {
		if u.start.IsZero() || u.end.IsZero() {
			continue
		}
		uLo, _ := u.start.days()
		_, uHi := u.end.days()
		const month = 31 // days of slack
		if uLo >= lo && uHi <= hi && uLo >= from-month && uHi <= to+month && uLo <= to {
			return true
		}
	}
	return false
}

// incumbency fills the office's holder fields and the current holder row.
func (b *builder) incumbency(st *officeState, terms []Term) {
	o := &st.office
	var open []Term
	for i := range terms {
		if terms[i].Incumbent {
			open = append(open, terms[i])
		}
	}
	if st.heldBySeveral() {
		// Every member in office holds a seat of it now; none is its one
		// incumbent but the one an infobox names.
		if p := st.primary; p != nil && !p.incumbent.IsZero() {
			o.IncumbentPersonID = b.people.id(p.incumbent)
		}
		for i := range open {
			t := &open[i]
			b.ds.CurrentHolders = append(b.ds.CurrentHolders, b.withPersonNames(CurrentHolder{OfficeID: o.ID, Title: o.Title, PersonID: t.PersonID,
				NameEN: t.NameEN, NameNative: t.NameNative, NameNativeLang: t.NameNativeLang, Since: t.Start}))
		}
		return
	}
	var cur *Term
	if len(open) > 0 {
		named := ""
		if p := st.primary; p != nil && !p.incumbent.IsZero() {
			named = b.people.id(p.incumbent)
		}
		cur = currentTerm(open, named)
	}
	if p := st.primary; p != nil && !p.inaugural.IsZero() {
		o.InauguralPersonID = b.people.id(p.inaugural)
	}
	if l := st.laterSaid; l != nil {
		// Another document names a holder who took office after every
		// term listed (settleLaterHolder): the office's holder of now.
		b.laterHolder(st, l)
		return
	}
	switch p := st.primary; {
	case p != nil && !p.incumbent.IsZero():
		o.IncumbentPersonID = b.people.id(p.incumbent)
	case p != nil && p.vacant && !o.IncumbentSince.IsZero() && cur != nil && surelyBefore(cur.Start, o.IncumbentSince):
		// "Incumbent: Vacant since 5 November 2026" over a list whose
		// open term began before: the infobox was brought up to date,
		// the list not; the office is vacant, no one holds it now.
		b.finding(SeverityWarning, CodeStaleOpenTerm, o.ID, cur.SourceID, cur.SourceLine,
			"%s's term is given as open, but the %s gives the office as vacant since %s; it is kept with an end the sources do not give",
			termWho(*cur), strings.TrimPrefix(p.nowSaidBy(), "the "), o.IncumbentSince)
		o.IncumbentStatus = "vacant"
		return
	case cur != nil:
		o.IncumbentPersonID = cur.PersonID
	}
	// The infobox (or lead) names someone in office since after the open
	// term began: the infobox was brought up to date and the list not, so
	// the infobox's holder is the current holder, as the office's record
	// says. So is the holder of an infobox that gives no date, over the
	// open row of the list on its own page, unless that list shows the
	// holder's term ended: infoboxes are brought up to date before the
	// lists below them far more often than after. (Another document's
	// list, of another day, is not weighed against it without a date.
	// Where the open term began later, the record keeps what the infobox
	// says, which the watcher compares, and the open term's holder is the
	// current one.)
	infoboxNewer := false
	if p := st.primary; p != nil && cur != nil && !p.incumbent.IsZero() && cur.PersonID != o.IncumbentPersonID {
		infoboxNewer = surelyBefore(cur.Start, o.IncumbentSince) ||
			o.IncumbentSince.IsZero() && p.fromInfobox && !p.fromProse && cur.SourceID == p.office.SourceID &&
				!endedTermOf(terms, o.IncumbentPersonID)
	}
	if o.IncumbentSince.IsZero() && cur != nil && cur.PersonID == o.IncumbentPersonID && (st.primary == nil || !st.primary.vacant) {
		// Not for an office the infobox or lead gives as vacant: its
		// since is the vacancy's, not the open row's holder's.
		o.IncumbentSince = cur.Start
	}
	switch p := st.primary; {
	case p != nil && p.vacant:
		o.IncumbentStatus = "vacant"
	case cur == nil && o.IncumbentPersonID == "":
		if since, ok := openVacancy(st.vacant, terms); ok {
			// "| Vacant | 23 July 2025 | Incumbent |" after the last
			// term: vacant since then, whatever an older infobox says.
			o.IncumbentStatus, o.IncumbentSince = "vacant", since
		}
	case p != nil && !p.incumbent.IsZero():
		if p.incumbent.Acting || cur != nil && cur.PersonID == o.IncumbentPersonID && cur.Acting {
			o.IncumbentStatus = "acting"
		}
	case cur != nil && cur.Acting:
		o.IncumbentStatus = "acting"
	}
	var h CurrentHolder
	switch {
	case infoboxNewer:
		h = CurrentHolder{OfficeID: o.ID, Title: o.Title, PersonID: o.IncumbentPersonID, Since: o.IncumbentSince}
	case cur != nil:
		h = CurrentHolder{OfficeID: o.ID, Title: o.Title, PersonID: cur.PersonID, NameEN: cur.NameEN, NameNative: cur.NameNative, NameNativeLang: cur.NameNativeLang, Since: cur.Start}
	case o.IncumbentPersonID != "" && !endedTermOf(terms, o.IncumbentPersonID):
		// No term is open, but the infobox names the holder: a page about
		// the office without a list of its holders, or with one cut short.
		// Not when the list shows that person's term ended.
		h = CurrentHolder{OfficeID: o.ID, Title: o.Title, PersonID: o.IncumbentPersonID, Since: o.IncumbentSince}
	default:
		return
	}
	b.ds.CurrentHolders = append(b.ds.CurrentHolders, b.withPersonNames(h))
	// People who hold the office together are each a current holder.
	for i := range open {
		if t := &open[i]; cur != nil && !infoboxNewer && t.PersonID != cur.PersonID && CoHeld(t, cur) {
			b.ds.CurrentHolders = append(b.ds.CurrentHolders, b.withPersonNames(CurrentHolder{OfficeID: o.ID, Title: o.Title, PersonID: t.PersonID,
				NameEN: t.NameEN, NameNative: t.NameNative, NameNativeLang: t.NameNativeLang, Since: t.Start}))
		}
	}
}

// laterHolder makes the holder of now that a document other than the
// primary names the office's, with its since and acting status, and
// tells where the primary named someone else.
func (b *builder) laterHolder(st *officeState, l *officeClaim) {
	o := &st.office
	o.IncumbentPersonID, o.IncumbentSince = b.people.id(l.incumbent), l.office.IncumbentSince
	o.IncumbentStatus = ""
	if l.incumbent.Acting {
		o.IncumbentStatus = "acting"
	}
	if p := st.primary; p != nil && (p.vacant || !p.incumbent.IsZero() && b.people.id(p.incumbent) != o.IncumbentPersonID) {
		said := "gives the office as vacant"
		if !p.vacant {
			said = "names " + p.incumbent.display() + " as incumbent"
		}
		b.finding(SeverityWarning, CodeIncumbentMismatch, o.ID, p.office.SourceID, p.incumbentLine,
			"%s %s; %s (line %d) names %s, in office since %s, later: kept the latter",
			p.nowSaidBy(), said, l.office.SourceID, l.incumbentLine, l.incumbent.display(), l.office.IncumbentSince)
	}
	b.ds.CurrentHolders = append(b.ds.CurrentHolders, b.withPersonNames(CurrentHolder{OfficeID: o.ID, Title: o.Title,
		PersonID: o.IncumbentPersonID, Since: o.IncumbentSince}))
}

// surelyBefore reports whether date a surely ends before date b begins;
// false when either is unknown.
func surelyBefore(a, b Date) bool {
	if a.IsZero() || b.IsZero() {
		return false
	}
	_, aHi := a.days()
	bLo, _ := b.days()
	return aHi < bLo
}

// withPersonNames fills in the names a current holder's row leaves out
// from the person record.
func (b *builder) withPersonNames(h CurrentHolder) CurrentHolder {
	if i, ok := slices.BinarySearchFunc(b.ds.Persons, h.PersonID, func(p Person, id string) int { return cmp.Compare(p.ID, id) }); ok {
		h.NameEN = cmp.Or(h.NameEN, b.ds.Persons[i].NameEN)
		if h.NameNative == "" {
			h.NameNative, h.NameNativeLang = b.ds.Persons[i].NameNative, b.ds.Persons[i].NameNativeLang
		}
	}
	return h
}

// currentTerm picks the current term among the open ones: the last, or,
// where people hold the office together on the last one's row, the one
// of them the infobox names (personID), else the first of them.
func currentTerm(open []Term, personID string) *Term {
	last := &open[len(open)-1]
	var first *Term
	for i := range open {
		t := &open[i]
		if t != last && !CoHeld(t, last) {
			continue
		}
		if t.PersonID == personID {
			return t
		}
		if first == nil {
			first = t
		}
	}
	return first
}

// captionBetween says what the rows of the list between two terms that
// name no holder say ("; the list between them: \"Merged into Gansu from
// 1954 to 1958\""), which may tell why the office had no holder; "" when
// the terms are in different documents or no such row is between them.
func captionBetween(captions []captionRow, before, after *Term) string {
	if before.SourceID != after.SourceID || before.SourceLine >= after.SourceLine {
		return ""
	}
	var said []string
	for _, c := range captions {
		if c.sourceID == after.SourceID && c.line > before.SourceLine && c.line < after.SourceLine {
			said = append(said, strconv.Quote(c.text))
		}
	}
	if len(said) == 0 {
		return ""
	}
	return "; the list between them: " + strings.Join(said, ", ")
}

// startWithActing is a term's start as a vacancy's message gives it: with
// the day its holder began to act before it, where the row says so.
func startWithActing(t *Term) string {
	if af := t.ActingFrom(); !af.IsZero() {
		return t.Start.String() + ", acting from " + af.String()
	}
	return t.Start.String()
}

// actingSince reports whether the term's holder was acting in the post
// from since, before the term's own start.
func actingSince(t *Term, since Date) bool {
	af := t.ActingFrom()
	return !af.IsZero() && since.EqualAtSharedPrecision(af)
}

// startsRunOf reports whether since is the start of a term by which
// cur's holder held the office without a break up to cur: a list gives
// a re-elected holder's election terms a row each ("| 7th | Park
// Heong-joon | 8 April 2021 | 30 June 2022 |", "| 8th | Park Heong-joon
// | 1 July 2022 | Incumbent |"), the infobox the day the first began.
func startsRunOf(terms []Term, cur *Term, since Date) bool {
	start := cur.Start
	for range terms {
		startLo, startHi := start.days()
		var prev *Term
		for i := range terms {
			t := &terms[i]
			if t.ID == cur.ID || t.PersonID != cur.PersonID || t.End.IsZero() || t.Start.IsZero() {
				continue
			}
			if endLo, endHi := t.End.days(); startLo-endHi <= 1 && startHi >= endLo {
				prev = t
				break
			}
		}
		if prev == nil {
			return false
		}
		if since.EqualAtSharedPrecision(prev.Start) {
			return true
		}
		start = prev.Start
	}
	return false
}

// openVacancy returns the start of the vacancy a list ends with: the
// latest vacancy row without an end that starts once every term has
// ended. ok is false when there is none.
func openVacancy(vacant []heldSpan, terms []Term) (since Date, ok bool) {
	for _, v := range vacant {
		if !v.end.IsZero() || v.start.IsZero() {
			continue
		}
		_, vHi := v.start.days()
		after := true
		for i := range terms {
			last := terms[i].End
			if last.IsZero() {
				last = terms[i].Start
			}
			if lo, _ := last.days(); terms[i].Incumbent || !last.IsZero() && lo > vHi {
				after = false
				break
			}
		}
		if !after {
			continue
		}
		if vLo, _ := v.start.days(); ok {
			if sLo, _ := since.days(); vLo <= sLo {
				continue
			}
		}
		since, ok = v.start, true
	}
	return since, ok
}

// endedTermOf reports whether one of terms, a person's, has ended.
func endedTermOf(terms []Term, personID string) bool {
	for i := range terms {
		if terms[i].PersonID == personID && !terms[i].Incumbent && !terms[i].End.IsZero() {
			return true
		}
	}
	return false
}

// sortFindings orders the findings by place and gives each a stable ID
// derived from its content.
func (b *builder) sortFindings() {
	f := b.ds.Findings
	slices.SortFunc(f, func(x, y Finding) int {
		return cmp.Or(cmp.Compare(x.SourceID, y.SourceID), cmp.Compare(x.Line, y.Line), cmp.Compare(x.Code, y.Code),
			cmp.Compare(x.SubjectID, y.SubjectID), cmp.Compare(x.Message, y.Message))
	})
	f = slices.CompactFunc(f, func(x, y Finding) bool {
		return x.SourceID == y.SourceID && x.Line == y.Line && x.Code == y.Code && x.SubjectID == y.SubjectID && x.Message == y.Message
	})
	for i := range f {
		h := sha256.Sum256(fmt.Appendf(nil, "%s\x00%s\x00%d\x00%s\x00%s", f[i].Code, f[i].SourceID, f[i].Line, f[i].SubjectID, f[i].Message))
		f[i].ID = "f-" + hex.EncodeToString(h[:6])
	}
	b.ds.Findings = f
}

// CoHeld reports whether two terms are of people who held the office
// together: read from one row ("Ann Lee / Bob Ray"), with the same dates.
func CoHeld(a, b *Term) bool {
	return a.SourceID == b.SourceID && a.SourceLine == b.SourceLine && a.PersonID != b.PersonID &&
		a.Start == b.Start && a.End == b.End && a.Incumbent == b.Incumbent
}

// allCoHeld reports whether the terms are all of one row's co-holders.
func allCoHeld(terms []Term) bool {
	for i := 1; i < len(terms); i++ {
		if !CoHeld(&terms[0], &terms[i]) {
			return false
		}
	}
	return true
}

// coHeldClaims is CoHeld for two claims of one office.
func coHeldClaims(a, b *termClaim) bool {
	return a.sourceID == b.sourceID && a.line == b.line && a.personID != b.personID &&
		a.start == b.start && a.end == b.end && a.open == b.open
}

// days writes a count of days: "1 day", "30 days".
func days(n int) string {
	if n == 1 {
		return "1 day"
	}
	return strconv.Itoa(n) + " days"
}
