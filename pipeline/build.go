package pipeline

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"runtime"
	"runtime/trace"
	"slices"
	"strconv"
	"sync"
	"unsafe"

	"tenure/internal/parallel"
)

// Input is one document to process. Err is set when the file could not be
// read; Build turns it into a finding.
type Input struct {
	Path string
	// Data is the document's text. The dataset Build returns shares its
	// memory (its names and notes are parts of it, not copies): Data must
	// not be changed after it is given to Build.
	Data []byte
	Err  error
}

// Build parses the inputs, normalises them into canonical records,
// reconciles what several documents say about the same term and validates
// the result into findings. A file that cannot be read or is not a
// document becomes an error finding naming the file; the others are still
// processed. Build returns an error only when ctx is done. The dataset
// shares the inputs' Data, which must not change afterwards.
func Build(ctx context.Context, inputs []Input) (*Dataset, error) {
	return BuildWithProgress(ctx, inputs, nil)
}

// Version is tenure's version, recorded in exported files.
const Version = "0.1.0"

// Progress is told how many inputs have been parsed.
type Progress func(done, total int)

// BuildWithProgress is Build, calling progress (when not nil) as inputs
// are parsed.
func BuildWithProgress(ctx context.Context, inputs []Input, progress Progress) (*Dataset, error) {
	b := &builder{ds: &Dataset{}}
	type parsed struct {
		ex  *extraction
		bad *Finding // an input that is no document
	}
	// Parse and read each document on every core, in chunks so that
	// progress and cancellation are seen; the results keep the inputs'
	// order, so the dataset is the same as a serial build's. A document is
	// read as soon as it is parsed, while it is still in the processor's
	// cache, and let go; its source ID, which depends on the titles of
	// the others, is given after.
	results := make([]parsed, len(inputs))
	parsing := trace.StartRegion(ctx, "build: parse and extract")
	const chunk = 512
	for lo := 0; lo < len(inputs); lo += chunk {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if progress != nil {
			progress(lo, len(inputs))
		}
		hi := min(lo+chunk, len(inputs))
		parallel.For(hi-lo, runtime.GOMAXPROCS(0), func(k int) {
			i := lo + k
			in := inputs[i]
			if in.Err != nil {
				results[i].bad = &Finding{Severity: SeverityError, Code: CodeUnreadableSource,
					Message: fmt.Sprintf("%s: %v", in.Path, in.Err)}
				return
			}
			// The text is the input's bytes, not a copy of them: Input
			// says they are not changed after Build.
			doc, err := parseText(in.Path, unsafe.String(unsafe.SliceData(in.Data), len(in.Data)))
			if err != nil {
				line := 0
				var pe *ParseError
				if errors.As(err, &pe) {
					line = pe.Line
				}
				results[i].bad = &Finding{Severity: SeverityError, Code: CodeNotADocument, Line: line, Message: err.Error()}
				return
			}
			sum := sha256.Sum256(in.Data)
			results[i].ex = extract(doc, Source{ID: provisionalSourceID, Path: in.Path, Title: doc.Title,
				SHA256: hex.EncodeToString(sum[:]), Bytes: int64(len(in.Data)), Lines: doc.Lines})
			results[i].ex.titleSlug = Slug(doc.Title)
		})
	}
	b.extractions = make([]*extraction, 0, len(inputs))
	for _, r := range results {
		if r.bad != nil {
			b.ds.Findings = append(b.ds.Findings, *r.bad)
			continue
		}
		b.extractions = append(b.extractions, r.ex)
	}
	results = nil
	parsing.End()
	if progress != nil {
		progress(len(inputs), len(inputs))
	}
	// Source IDs: the title's slug, with a hash suffix for documents that
	// share a title (two revisions of one page).
	ids := trace.StartRegion(ctx, "build: source IDs")
	count := map[string]int{}
	for _, ex := range b.extractions {
		count[ex.titleSlug]++
	}
	used := map[string]bool{}
	for _, ex := range b.extractions {
		s := &ex.source
		id := ex.titleSlug
		if count[id] > 1 {
			id += "-" + s.SHA256[:8]
		}
		for n := 2; used[id]; n++ {
			id = ex.titleSlug + "-" + s.SHA256[:8] + "-" + strconv.Itoa(n)
		}
		used[id] = true
		ex.setSourceID(id)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// Work in the order of source IDs, so the result does not depend on the
	// order of the inputs.
	slices.SortFunc(b.extractions, func(a, c *extraction) int { return cmp.Compare(a.source.ID, c.source.ID) })
	for _, ex := range b.extractions {
		b.ds.Sources = append(b.ds.Sources, ex.source)
		b.ds.Findings = append(b.ds.Findings, ex.findings...)
		if count[ex.titleSlug] > 1 {
			b.finding(SeverityInfo, CodeDuplicateSourceTitle, ex.source.ID, ex.source.ID, 1,
				"%d documents have the title %q; this one is %s", count[ex.titleSlug], ex.source.Title, ex.source.ID)
		}
	}
	ids.End()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	trace.WithRegion(ctx, "build: join disambiguated titles", func() {
		joinDisambiguated(b.extractions)
		joinToPlainPage(b.extractions)
	})
	// Each step is a region of the execution trace (see cmd/tenure's prof
	// build), which shows how long it took and what ran beside it.
	// The offices are merged while the persons are resolved: neither
	// reads what the other writes. The findings keep a serial build's
	// order.
	var offices sync.WaitGroup
	ob := &builder{ds: &Dataset{}, extractions: b.extractions}
	offices.Go(func() { trace.WithRegion(ctx, "build: merge offices", ob.mergeOffices) })
	trace.WithRegion(ctx, "build: resolve persons", b.resolvePersons)
	offices.Wait()
	b.offices = ob.offices
	b.ds.Findings = append(b.ds.Findings, ob.ds.Findings...)
	trace.WithRegion(ctx, "build: reconcile terms", b.reconcileTerms)
	trace.WithRegion(ctx, "build: persons", b.persons)
	// The claims live on only through the offices' terms, which finish
	// lets go office by office as it makes the records.
	b.extractions = nil
	trace.WithRegion(ctx, "build: finish", b.finish)
	return b.ds, nil
}

type builder struct {
	ds          *Dataset
	extractions []*extraction
	people      *personResolver
	offices     map[string]*officeState
}

// officeState gathers what is known of one office while building.
type officeState struct {
	office  Office
	primary *officeClaim
	// laterSaid is, of the other documents that name the office's holder
	// of now and since when, the one with the latest date; reconcile
	// keeps it only when its holder took office after every term the
	// documents list and after the date the primary gives (a committee's
	// page brought up to date after the province's page).
	laterSaid *officeClaim
	terms     []*termClaim    // in chronological order after reconcile
	holders   []CurrentHolder // its current holder row, made by finish
	unknown   []heldSpan      // periods held by someone no document names
	vacant    []heldSpan      // periods the documents give as vacancies
	captions  []captionRow    // rows of its lists that name no holder
}

func (b *builder) finding(sev Severity, code, subject, sourceID string, line int, format string, args ...any) {
	b.ds.Findings = append(b.ds.Findings, Finding{Severity: sev, Code: code, SubjectID: subject,
		SourceID: sourceID, Line: line, Message: fmt.Sprintf(format, args...)})
}

// mergeOffices makes one office record from every claim about it: the
// office page's infobox first, then list headings, then biographies.
func (b *builder) mergeOffices() {
	byID := map[string][]*officeClaim{}
	for _, ex := range b.extractions {
		for i := range ex.offices {
			c := &ex.offices[i]
			byID[c.office.ID] = append(byID[c.office.ID], c)
		}
	}
	kind := map[string]string{}
	rows := map[[2]string]int{} // office, source → term claims
	for _, ex := range b.extractions {
		kind[ex.source.ID] = ex.source.Kind
		// A document's claims come in runs of one office: counted run by
		// run, not claim by claim.
		for i := 0; i < len(ex.terms); {
			j := i + 1
			for j < len(ex.terms) && ex.terms[j].officeID == ex.terms[i].officeID {
				j++
			}
			rows[[2]string{ex.terms[i].officeID, ex.source.ID}] += j - i
			i = j
		}
	}
	b.offices = map[string]*officeState{}
	for id, claims := range byID {
		slices.SortStableFunc(claims, func(a, c *officeClaim) int {
			if a.fromInfobox != c.fromInfobox {
				if a.fromInfobox {
					return -1
				}
				return 1
			}
			if ka, kc := kind[a.office.SourceID] == KindOffice, kind[c.office.SourceID] == KindOffice; ka != kc {
				if ka {
					return -1
				}
				return 1
			}
			ra, rc := rows[[2]string{id, a.office.SourceID}], rows[[2]string{id, c.office.SourceID}]
			return cmp.Or(cmp.Compare(rc, ra), cmp.Compare(a.office.SourceID, c.office.SourceID), cmp.Compare(a.line, c.line))
		})
		st := &officeState{office: claims[0].office, primary: claims[0]}
		st.office.Aliases = slices.Clone(st.office.Aliases)
		for _, c := range claims[1:] {
			b.fillOffice(&st.office, claims[0], c)
			if c.incumbent.IsZero() || c.office.IncumbentSince.IsZero() || c.vacant {
				continue
			}
			if l := st.laterSaid; l == nil || c.office.IncumbentSince.Earliest().After(l.office.IncumbentSince.Earliest()) {
				st.laterSaid = c
			}
		}
		slices.Sort(st.office.Aliases)
		if officeIDHashed(st.office.Title) {
			b.finding(SeverityInfo, CodeOfficeIDHashed, id, st.office.SourceID, claims[0].line,
				"the title %q has letters an ASCII identifier cannot hold; its ID %s carries a hash of the title so that no other office shares it", st.office.Title, id)
		}
		b.offices[id] = st
	}
}

func officeFields(o *Office) []*string {
	return []*string{&o.Post, &o.Body, &o.Jurisdiction, &o.OfficeType, &o.Status, &o.Appointer, &o.Nominator,
		&o.Department, &o.MemberOf, &o.Deputy}
}

var officeFieldNames = []string{"post", "body", "jurisdiction", "office_type", "status", "appointer", "nominator",
	"department", "member_of", "deputy"}

func (b *builder) fillOffice(o *Office, primary, c *officeClaim) {
	dst, src := officeFields(o), officeFields(&c.office)
	for i := range dst {
		switch {
		case *src[i] == "":
		case *dst[i] == "":
			*dst[i] = *src[i]
		case *dst[i] != *src[i] && c.fromInfobox:
			b.finding(SeverityInfo, CodeOfficeFieldConflict, o.ID, c.office.SourceID, c.line,
				"%s is %q here but %q in %s; kept the latter", officeFieldNames[i], *src[i], *dst[i], o.SourceID)
		}
	}
	for _, a := range append([]string{c.office.Title}, c.office.Aliases...) {
		if a != o.Title && !slices.Contains(o.Aliases, a) {
			o.Aliases = append(o.Aliases, a)
		}
	}
	if o.Country == "" {
		o.Country = c.office.Country
	}
	if o.Formation.IsZero() {
		o.Formation = c.office.Formation
	}
	if o.Abolished.IsZero() {
		o.Abolished = c.office.Abolished
	}
	if o.IncumbentSince.IsZero() && c.fromInfobox && (c.incumbent.IsZero() || c.incumbent.display() == primary.incumbent.display()) {
		// Not the since of someone else: that is another holder's
		// (settleLaterHolder).
		o.IncumbentSince = c.office.IncumbentSince
	}
}

// reconcileTerms merges the term claims of each office: the office's main
// list (the list with the most rows, from an office page) is the base;
// every other claim (a biography, another revision) corroborates a base
// term, refines its precision, disagrees with it (a finding) or adds a term
// the base does not have.
func (b *builder) reconcileTerms() {
	kind := map[string]string{}
	for _, ex := range b.extractions {
		kind[ex.source.ID] = ex.source.Kind
	}
	byOffice := make(map[string][]*termClaim, len(b.offices))
	for _, ex := range b.extractions {
		// A document's claims come in runs of one office: filed run by
		// run, not claim by claim.
		for i := 0; i < len(ex.terms); {
			id := ex.terms[i].officeID
			run := byOffice[id]
			for ; i < len(ex.terms) && ex.terms[i].officeID == id; i++ {
				c := &ex.terms[i]
				if c.group != nil {
					c.personID = c.group.id(c.name)
				}
				run = append(run, c)
			}
			byOffice[id] = run
		}
		for _, u := range ex.unknown {
			if st := b.offices[u.officeID]; st != nil {
				st.unknown = append(st.unknown, u)
			}
		}
		for _, v := range ex.vacant {
			if st := b.offices[v.officeID]; st != nil {
				st.vacant = append(st.vacant, v)
			}
		}
		for _, c := range ex.captions {
			if st := b.offices[c.officeID]; st != nil {
				c.sourceID = ex.source.ID // final only once every document is read
				st.captions = append(st.captions, c)
			}
		}
	}
	b.eachOffice(func(ob *builder, id string, st *officeState) {
		claims := byOffice[id]
		// The primary list: the office-page source with the most claims.
		per := map[string]int{}
		for _, c := range claims {
			if !c.bio {
				per[c.sourceID]++
			}
		}
		primary := ""
		for src, n := range per {
			if n > per[primary] || n == per[primary] && (primary == "" || src < primary) {
				primary = src
			}
		}
		var base, others []*termClaim
		for _, c := range claims {
			if c.sourceID == primary && !c.bio {
				base = append(base, c)
			} else {
				others = append(others, c)
			}
		}
		slices.SortStableFunc(base, func(a, c *termClaim) int { return cmp.Compare(a.pos, c.pos) })
		slices.SortStableFunc(others, func(a, c *termClaim) int {
			return cmp.Or(cmp.Compare(a.sourceID, c.sourceID), cmp.Compare(a.line, c.line))
		})
		base = ob.dropDuplicates(id, base)
		// A kept row may have taken the place of the numbered row that
		// repeated it.
		slices.SortStableFunc(base, func(a, c *termClaim) int { return cmp.Compare(a.pos, c.pos) })
		if newestFirst(base) {
			// A list written newest first: its terms in time order, and
			// the places of an unnumbered list counted from the first.
			slices.Reverse(base)
			for i, c := range base {
				if c.posOrdinal {
					c.ordinal = i + 1
				}
			}
		}
		base = placeUnnumbered(base)
		// Each other claim is matched against the base terms of its
		// person, in the base's order.
		byPerson := map[string][]*termClaim{}
		if len(others) > 0 {
			for _, t := range base {
				byPerson[t.personID] = append(byPerson[t.personID], t)
			}
		}
		others = joinContinuedTerms(others, byPerson)
		for _, o := range others {
			ob.matchClaim(st, &base, byPerson, o, primary != "")
		}
		st.terms = ob.settleOpenTerms(id, primary, base)
		ob.settleLaterHolder(id, st)
		closeAtAbolition(st)
	})
}

// closeAtAbolition ends the terms still open of an office its infobox
// gives as abolished (a biography's, which knows nothing of it) on the
// day of the abolition: an office that exists no more has no holder.
func closeAtAbolition(st *officeState) {
	ab := st.office.Abolished
	if ab.IsZero() {
		return
	}
	for _, c := range st.terms {
		if c.open && (c.start.IsZero() || !ab.Earliest().Before(c.start.Earliest())) {
			c.open, c.end, c.ended = false, ab, true
			c.note = joinNotes([]string{c.note, "office abolished"})
		}
	}
}

// settleOpenTerms reconciles the open terms that different lists give
// an office: a page's table of its current leaders beside a list of
// holders that was not brought up to date, or a biography newer than the
// office's page. One person open in two lists of the primary source holds
// one term, the longer list's. Of two people, the one whose term surely
// began later holds the office; the other's term is kept, not open, with
// the end the sources do not give. Open terms of one list (co-holders, or
// an error validation reports) are left as they are.
func (b *builder) settleOpenTerms(officeID, primary string, terms []*termClaim) []*termClaim {
	var open []*termClaim
	for _, c := range terms {
		if c.open {
			open = append(open, c)
		}
	}
	if len(open) < 2 || allOneList(open) {
		return terms
	}
	size := map[int32]int{} // claims of the office in each list of the primary source
	for _, c := range terms {
		if c.sourceID == primary {
			size[c.list]++
		}
	}
	// One person open in two lists of the primary source.
	dropped := map[*termClaim]bool{}
	first := map[string]*termClaim{} // the first open claim of each person there
	for _, c := range open {
		if c.sourceID != primary || c.bio {
			continue
		}
		a, seen := first[c.personID]
		if !seen {
			first[c.personID] = c
			continue
		}
		if a.list == c.list {
			continue
		}
		keep, gone := a, c
		if size[c.list] > size[a.list] {
			keep, gone = c, a
			first[c.personID] = c
		}
		dropped[gone] = true
		if !gone.start.IsZero() && !keep.start.IsZero() && !gone.start.EqualAtSharedPrecision(keep.start) {
			b.finding(SeverityWarning, CodeSourceDisagreement, officeID, gone.sourceID, gone.line,
				"%s holds the office since %s here, since %s at line %d; the term is kept once, as line %d gives it",
				gone.name.display(), dateOrUnknown(gone.start), dateOrUnknown(keep.start), keep.line, keep.line)
		}
	}
	// The latest start of an open term in each list, and the two lists
	// with the latest: a term is stale when another list's open term
	// surely began after it.
	type latest struct {
		c  *termClaim
		lo int // the first day its start can denote
	}
	var top [2]latest // of two different lists, the later first
	for _, c := range open {
		if dropped[c] || c.start.IsZero() {
			continue
		}
		lo, _ := c.start.days()
		switch {
		case top[0].c == nil || lo > top[0].lo:
			if top[0].c != nil && !sameList(top[0].c, c) {
				top[1] = top[0]
			}
			top[0] = latest{c, lo}
		case !sameList(top[0].c, c) && (top[1].c == nil || lo > top[1].lo):
			top[1] = latest{c, lo}
		}
	}
	for _, a := range open {
		if dropped[a] || a.start.IsZero() {
			continue
		}
		later := top[0]
		if later.c != nil && sameList(later.c, a) {
			later = top[1]
		}
		if _, aHi := a.start.days(); later.c == nil || later.lo <= aHi {
			continue // no other list's holder surely took office after a
		}
		c := later.c
		a.open, a.ended = false, true
		where := fmt.Sprintf("line %d", c.line)
		if c.sourceID != a.sourceID {
			where = fmt.Sprintf("%s, line %d", c.sourceID, c.line)
		}
		b.finding(SeverityWarning, CodeStaleOpenTerm, officeID, a.sourceID, a.line,
			"%s's term is given as open, but %s holds the office since %s (%s); it is kept with an end the sources do not give",
			a.name.display(), c.name.display(), c.start, where)
	}
	if len(dropped) == 0 {
		return terms
	}
	return slices.DeleteFunc(terms, func(c *termClaim) bool { return dropped[c] })
}

// settleLaterHolder keeps the holder of now that a document other than
// the primary names, with the day they took office, when that day surely
// comes after the start and the end of every term the documents list and
// after the day the primary gives: a committee's page saying "The current
// secretary is Wang Hao, who succeeded Yi Lianhong on 28 October 2024"
// beside a province's page whose list still ends with Yi Lianhong's open
// term. The open terms of others are then kept, not open, as a later
// list's open term keeps them (settleOpenTerms). Otherwise the claim is
// let go: the documents know of later holders, or it names the holder the
// primary names or the holder of an open term.
func (b *builder) settleLaterHolder(officeID string, st *officeState) {
	c := st.laterSaid
	st.laterSaid = nil
	if c == nil || st.heldBySeveral() || !st.office.Abolished.IsZero() || st.primary != nil && st.primary.defunct {
		return // no one holds an office that exists no more
	}
	before := func(d Date) bool { // d, if known, surely ends before c's holder took office
		return d.IsZero() || surelyBefore(d, c.office.IncumbentSince)
	}
	if !before(st.office.IncumbentSince) {
		return
	}
	id := b.people.id(c.incumbent)
	if p := st.primary; p != nil && !p.incumbent.IsZero() && b.people.id(p.incumbent) == id {
		return // the same holder, since another day: the primary's is kept
	}
	for _, t := range st.terms {
		if t.personID == id && t.open {
			return
		}
		if t.start.IsZero() && t.end.IsZero() {
			continue
		}
		if !before(t.start) || !t.open && !t.end.IsZero() && !before(t.end) && !t.end.EqualAtSharedPrecision(c.office.IncumbentSince) {
			return
		}
	}
	for _, t := range st.terms {
		if !t.open {
			continue
		}
		t.open, t.ended = false, true
		b.finding(SeverityWarning, CodeStaleOpenTerm, officeID, t.sourceID, t.line,
			"%s's term is given as open, but %s holds the office since %s (%s, line %d); it is kept with an end the sources do not give",
			t.name.display(), c.incumbent.display(), c.office.IncumbentSince, c.office.SourceID, c.incumbentLine)
	}
	st.laterSaid = c
}

// sameList reports whether two claims come from one list of one source.
func sameList(a, c *termClaim) bool { return a.sourceID == c.sourceID && a.list == c.list }

// allOneList reports whether the claims all come from one list.
func allOneList(claims []*termClaim) bool {
	for _, c := range claims[1:] {
		if !sameList(c, claims[0]) {
			return false
		}
	}
	return true
}

// officeIDs returns the IDs of the offices in order.
func (b *builder) officeIDs() []string {
	ids := make([]string, 0, len(b.offices))
	for id := range b.offices {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// eachOffice calls fn for every office, on every core. fn may change only
// its office's state, and records findings through ob, a builder of its
// own whose findings join b's in the order of the offices, as a serial
// loop would add them.
func (b *builder) eachOffice(fn func(ob *builder, id string, st *officeState)) {
	ids := b.officeIDs()
	b.people.frozen = true // id only reads from now on
	defer func() { b.people.frozen = false }()
	found := make([][]Finding, len(ids))
	parallel.For(len(ids), runtime.GOMAXPROCS(0), func(k int) {
		ob := &builder{ds: &Dataset{Persons: b.ds.Persons}, people: b.people}
		fn(ob, ids[k], b.offices[ids[k]])
		found[k] = ob.ds.Findings
	})
	for _, f := range found {
		b.ds.Findings = append(b.ds.Findings, f...)
	}
}

// dropDuplicates removes rows that repeat an earlier row of the same list:
// the same term written again, or written again at another precision (a
// page that lists its holders twice, a table and a summary list of former
// holders), which refines the first.
func (b *builder) dropDuplicates(officeID string, terms []*termClaim) []*termClaim {
	// Rows are grouped by person and the years of their dates: a
	// duplicate shares both, at any precision. Most groups hold one row.
	type key struct {
		person    string
		startYear int16
		endYear   int16
		open      bool
	}
	keyOf := func(t *termClaim) key { return key{t.personID, t.start.Year, t.end.Year, t.open} }
	// A list of a few dozen rows is searched row by row; a longer one
	// through maps of the first kept row of each key and the later ones.
	const short = 64
	var first map[key]*termClaim
	var more map[key][]*termClaim
	if len(terms) > short {
		first, more = make(map[key]*termClaim, len(terms)), map[key][]*termClaim{}
	}
	out := terms[:0]
	for _, t := range terms {
		k := keyOf(t)
		var earlier []*termClaim // the kept rows with t's key, in order
		if first == nil {
			for _, e := range out {
				if keyOf(e) == k {
					earlier = append(earlier, e)
				}
			}
		} else if f, ok := first[k]; ok {
			earlier = append(append(earlier, f), more[k]...)
		}
		if i := slices.IndexFunc(earlier, func(e *termClaim) bool { return e.start == t.start && e.end == t.end }); i >= 0 {
			if e := earlier[i]; e.list != t.list && e.list > 0 && t.list > 0 {
				// A page's leaders above its list, a summary of
				// living former holders: written twice on purpose.
				b.finding(SeverityInfo, CodeDuplicateRow, officeID, t.sourceID, t.line,
					"%s, %s to %s, is given again in another table or list of the page (line %d); kept once",
					t.name.display(), dateOrUnknown(t.start), endText(t.end, t.open), e.line)
			} else {
				b.finding(SeverityWarning, CodeDuplicateRow, officeID, t.sourceID, t.line,
					"row repeats line %d (%s, %s to %s); kept once", e.line, t.name.display(), dateOrUnknown(t.start), endText(t.end, t.open))
			}
			fillFrom(earlier[i], t)
			continue
		}
		if e := sameTermAgain(earlier, t); e != nil {
			b.finding(SeverityInfo, CodeDuplicateRow, officeID, t.sourceID, t.line,
				"%s, %s to %s, is the term of line %d written again; kept once", t.name.display(), dateOrUnknown(t.start), endText(t.end, t.open), e.line)
			if d, ok := refine(e.start, t.start); ok {
				e.start = d
			}
			if d, ok := refine(e.end, t.end); ok && !e.open {
				e.end = d
			}
			fillFrom(e, t)
			continue
		}
		switch {
		case first == nil:
		case earlier == nil:
			first[k] = t
		default:
			more[k] = append(more[k], t)
		}
		out = append(out, t)
	}
	return out
}

// fillFrom gives the kept row e what the row t that repeats it adds: the
// native name, the holder's number ("| Governor | Xu Kunlin | 2021 |" in
// a table of current leaders, "2. Xu Kunlin (许昆林): 2021–present" in the
// list).
func fillFrom(e, t *termClaim) {
	if e.name.Native == "" && t.name.Native != "" {
		e.name.Native, e.name.Lang = t.name.Native, t.name.Lang
	}
	if (e.ordinal == 0 || e.posOrdinal) && t.ordinal > 0 && !t.posOrdinal {
		// The numbered list's row: the kept one takes its number and its
		// place among the list's rows.
		e.ordinal, e.posOrdinal, e.pos = t.ordinal, false, t.pos
	}
}

// sameTermAgain returns the term among earlier that t writes again: the
// same start and end, or open, at a shared precision, both dated.
func sameTermAgain(earlier []*termClaim, t *termClaim) *termClaim {
	if t.start.IsZero() {
		return nil
	}
	for _, e := range earlier {
		if e.start.IsZero() || e.open != t.open || !e.start.EqualAtSharedPrecision(t.start) || e.start.Precision == t.start.Precision {
			continue
		}
		if e.end.IsZero() != t.end.IsZero() || !e.end.IsZero() && !e.end.EqualAtSharedPrecision(t.end) {
			continue
		}
		return e
	}
	return nil
}

func dateOrUnknown(d Date) string {
	if d.IsZero() {
		return "unknown"
	}
	return d.String()
}

func endText(d Date, open bool) string {
	if open {
		return "present"
	}
	return dateOrUnknown(d)
}

// joinContinuedTerms joins a biography's term of the office to the term
// of it that follows without a break (starting the day it ends, or the
// next), where the list gives the two as one term of that person (from
// the first's start to past its end): a re-elected mayor's "1 July 2014 –
// 30 June 2018" and "since 1 July 2018" are the list's "1 July 2014 –
// present"; "Acting Governor of Hunan, 27 November 2020 – 29 January
// 2021" and "Governor of Hunan, since 29 January 2021" are the list's "27
// November 2020 – present", not acting all along but noted "acting until
// 29 January 2021". Neither is a disagreement about the list's dates. A
// biography alone, or a list with a row for each, keeps the terms apart.
func joinContinuedTerms(others []*termClaim, byPerson map[string][]*termClaim) []*termClaim {
	var mine map[string][]*termClaim // each listed person's biography claims, found once
	for _, o := range others {
		if o.bio && len(byPerson[o.personID]) > 0 {
			if mine == nil {
				mine = map[string][]*termClaim{}
			}
			mine[o.personID] = append(mine[o.personID], o)
		}
	}
	if mine == nil {
		return others // most offices: no biography of a listed holder
	}
	// A chain of terms joins from its first, whichever order the
	// biography writes them in: again until nothing joins.
	joined := map[*termClaim]bool{}
	for again := true; again; {
		again = false
		for _, a := range others {
			if !joined[a] && a.bio && !a.start.IsZero() && !a.end.IsZero() && joinContinuedTerm(a, mine[a.personID], byPerson[a.personID], joined) {
				joined[a], again = true, true
			}
		}
	}
	if len(joined) == 0 {
		return others
	}
	return slices.DeleteFunc(others, func(c *termClaim) bool { return joined[c] })
}

// joinContinuedTerm joins the claim a to the term that continues it among
// its person's biography claims (see joinContinuedTerms), passing over
// those already joined to another, and reports whether it did.
func joinContinuedTerm(a *termClaim, claims, listed []*termClaim, joined map[*termClaim]bool) bool {
	for _, f := range claims {
		if f == a || joined[f] || f.sourceID != a.sourceID || f.start.IsZero() {
			continue
		}
		if f.start != a.end && !dayAfter(a.end, f.start) {
			continue
		}
		if slices.ContainsFunc(listed, func(t *termClaim) bool { return t.start.Overlaps(f.start) }) {
			return false // the list's own row of the later term
		}
		for _, l := range listed {
			if !l.start.Overlaps(a.start) || !l.open && !l.end.Earliest().After(a.end.Latest()) {
				continue // not the list's term of both: its row of the first alone
			}
			f.start = a.start
			if a.acting && !f.acting {
				f.note = joinNotes([]string{"acting until " + a.end.Human(), f.note})
			}
			f.acting = f.acting && a.acting // acting all along only if both were
			if fl := f.links(); fl.pred.EN == "" && fl.pred.Native == "" {
				al := a.links()
				f.ownLinks().pred, f.ownLinks().preds, f.ownLinks().predLine = al.pred, al.preds, al.predLine
			}
			return true
		}
	}
	return false
}

// matchClaim merges a claim into the base term it describes, or adds it.
// byPerson holds the base's terms of each person, in the base's order, and
// is kept so when the claim is added.
func (b *builder) matchClaim(st *officeState, base *[]*termClaim, byPerson map[string][]*termClaim, o *termClaim, hasList bool) {
	var best, clash *termClaim
	bestDist := 0
	for _, t := range byPerson[o.personID] {
		if !t.start.Overlaps(o.start) {
			// Two overlapping terms one document gives (a biography's
			// two blocks of one office, "1999–2008" and "2008–2018") are
			// two terms, not two sources disagreeing about one.
			if clash == nil && t.sourceID != o.sourceID && surelyOverlap(t, o) {
				clash = t
			}
			continue
		}
		d := 0
		if !t.start.IsZero() && !o.start.IsZero() {
			tl, _ := t.start.days()
			ol, _ := o.start.days()
			d = max(tl-ol, ol-tl)
		}
		if best == nil || d < bestDist {
			best, bestDist = t, d
		}
	}
	id := st.office.ID
	switch {
	case best != nil:
		b.merge(id, best, o, continuedBy(byPerson[best.personID], best))
	case clash != nil:
		// The same person in the same period with another start: the
		// sources disagree about one term.
		b.finding(SeverityWarning, CodeSourceDisagreement, id, o.sourceID, o.line,
			"%s says %s held %s from %s; %s has that term from %s; kept the latter",
			o.sourceID, o.name.display(), st.office.Title, dateOrUnknown(o.start), clash.sourceID, dateOrUnknown(clash.start))
	default:
		if hasList {
			b.finding(SeverityWarning, CodeUnlistedTerm, id, o.sourceID, o.line,
				"%s's term in %s from %s is not in the office's list; added from %s",
				o.name.display(), st.office.Title, dateOrUnknown(o.start), o.sourceID)
			// Its number belongs to another list's numbering.
			o.ordinal = 0
			if o.bl != nil {
				o.bl.ordinal = 0
				o.note = joinNotes([]string{o.bl.ordinalNote, o.note})
			}
		}
		insertChronological(base, o)
		// The person's terms again, in the base's order with o among them
		// (added terms are few: a pass over the base each is cheap).
		var mine []*termClaim
		for _, t := range *base {
			if t.personID == o.personID {
				mine = append(mine, t)
			}
		}
		byPerson[o.personID] = mine
	}
}

// periodsOverlap reports whether the periods of two terms can share a day.
// An unknown start or end leaves that side unbounded.
func periodsOverlap(a, b *termClaim) bool {
	aLo, aHi := period(a, false)
	bLo, bHi := period(b, false)
	return aLo <= bHi && bLo <= aHi
}

// surelyOverlap reports whether two terms share more than a day whatever
// their imprecise dates denote: an acting term that ends the day the full
// term starts, or ends in the year it starts, may well precede it.
func surelyOverlap(a, b *termClaim) bool {
	aLo, aHi := period(a, true)
	bLo, bHi := period(b, true)
	return aLo < bHi && bLo < aHi
}

// period returns the days a term's period may cover, from the first day
// its start may denote to the last its end may; sure narrows it to the
// days it certainly covers, from the last day its start may denote to
// the first its end may. An unknown start or end leaves that side
// unbounded.
func period(t *termClaim, sure bool) (lo, hi int) {
	lo, hi = math.MinInt, math.MaxInt
	if !t.start.IsZero() {
		first, last := t.start.days()
		lo = first
		if sure {
			lo = last
		}
	}
	if !t.end.IsZero() && !t.open {
		first, last := t.end.days()
		hi = last
		if sure {
			hi = first
		}
	}
	return lo, hi
}

// placeUnnumbered moves a term without a number that the page gives out
// of time order (a holder found only in a later list of "Living former
// governors", after the current one) to its place in time, so that its
// neighbours are its predecessor and successor; so is one written before
// terms that began before it. Numbered terms and those of unnumbered lists
// keep the page's order, and so does a list with more than
// maxOutOfPlace such terms: one in an order of its own (by name, by
// place), not a list in time order with a few rows out of place. (Each
// move is a pass over the list: thousands of them took minutes.)
func placeUnnumbered(terms []*termClaim) []*termClaim {
	if n := outOfPlace(terms); n == 0 || n > maxOutOfPlace {
		return terms // the usual list, in time order: nothing to move
	}
	// The bounds of each start, worked out once: a long list would
	// otherwise work them out again for every pair of terms.
	type span struct{ lo, hi int }
	spans := make(map[*termClaim]span, len(terms))
	startOf := func(t *termClaim) (span, bool) {
		if t.start.IsZero() {
			return span{}, false
		}
		sp, ok := spans[t]
		if !ok {
			sp.lo, sp.hi = t.start.days()
			spans[t] = sp
		}
		return sp, true
	}
	// maxLo is the latest earliest start among the terms before i: a term
	// that surely starts no earlier than it (the usual case, a list in
	// time order) has nothing to pass.
	maxLo := math.MinInt
	for i := 0; i < len(terms); i++ {
		t := terms[i]
		ts, dated := startOf(t)
		if i > 0 && dated && t.ordinal == 0 && !t.posOrdinal && maxLo > ts.hi {
			earlier := slices.IndexFunc(terms[:i], func(u *termClaim) bool {
				us, ok := startOf(u)
				return ok && us.lo > ts.hi
			})
			copy(terms[earlier+1:i+1], terms[earlier:i])
			terms[earlier] = t
		}
		if dated {
			maxLo = max(maxLo, ts.lo)
		}
	}
	// One written before terms that surely begin before it ("| Governor
	// | Li Wu | 2024 |" in a table of current leaders above the list)
	// goes forward to its place in time, once. minHi[i] is the earliest
	// latest start among the terms from i on, worked out again after a
	// move.
	minHi := make([]int, len(terms)+1)
	suffix := func() {
		minHi[len(terms)] = math.MaxInt
		for i := len(terms) - 1; i >= 0; i-- {
			minHi[i] = minHi[i+1]
			if us, ok := startOf(terms[i]); ok {
				minHi[i] = min(minHi[i], us.hi)
			}
		}
	}
	suffix()
	moved := map[*termClaim]bool{}
	for i := 0; i < len(terms); i++ {
		t := terms[i]
		ts, dated := startOf(t)
		if !dated || t.ordinal != 0 || t.posOrdinal || moved[t] || minHi[i+1] >= ts.lo {
			continue
		}
		moved[t] = true
		terms = slices.Delete(terms, i, i+1)
		insertChronological(&terms, t)
		suffix()
		i-- // the term now at i has not been looked at
	}
	return terms
}

// maxOutOfPlace is the most terms placeUnnumbered moves to their place in
// time.
const maxOutOfPlace = 64

// outOfPlace counts the terms without a number that surely start before a
// term above them, and those that surely start after a term below them
// (a term out of place both ways counts twice): 0 when placeUnnumbered
// has nothing to move.
func outOfPlace(terms []*termClaim) int {
	movable := func(t *termClaim) bool { return t.ordinal == 0 && !t.posOrdinal }
	n := 0
	maxLo := math.MinInt // the latest earliest start above i
	for _, t := range terms {
		if t.start.IsZero() {
			continue
		}
		lo, hi := t.start.days()
		if movable(t) && maxLo > hi {
			n++
		}
		maxLo = max(maxLo, lo)
	}
	minHi := math.MaxInt // the earliest latest start below i
	for i := len(terms) - 1; i >= 0; i-- {
		t := terms[i]
		if t.start.IsZero() {
			continue
		}
		lo, hi := t.start.days()
		if movable(t) && minHi < lo {
			n++
		}
		minHi = min(minHi, hi)
	}
	return n
}

// insertChronological puts t before the first term that surely starts
// after it ("August 1949" goes after "4 August 1949").
func insertChronological(terms *[]*termClaim, t *termClaim) {
	if t.start.IsZero() {
		*terms = append(*terms, t)
		return
	}
	_, hi := t.start.days()
	for i, u := range *terms {
		if u.start.IsZero() {
			continue
		}
		if ul, _ := u.start.days(); ul > hi {
			*terms = slices.Insert(*terms, i, t)
			return
		}
	}
	*terms = append(*terms, t)
}

// continuedBy reports whether the holder of term t holds the office again
// from the day t ends, or the next: a list's next row of theirs ("| 25
// December 2022 | Incumbent | 4 |", a second election term; "1 July 2018"
// after a term that ended 30 June 2018), which a biography's one open term
// from t's start covers too. base holds at least the holder's
// terms.
func continuedBy(base []*termClaim, t *termClaim) bool {
	if t.end.IsZero() || t.open {
		return false
	}
	for _, u := range base {
		if u != t && u.personID == t.personID && !u.start.IsZero() && (u.start.EqualAtSharedPrecision(t.end) || dayAfter(t.end, u.start)) {
			return true
		}
	}
	return false
}

// dayAfter reports whether b is the day after a, both given to the day:
// a term that ends 30 June 2018 and one that starts 1 July 2018 follow each
// other without a break.
func dayAfter(a, b Date) bool {
	if a.Precision != PrecisionDay || b.Precision != PrecisionDay {
		return false
	}
	_, aDay := a.days()
	bDay, _ := b.days()
	return bDay == aDay+1
}

// merge folds claim o into base term t; continued says t's holder holds
// the office again from the day t ends.
func (b *builder) merge(officeID string, t, o *termClaim, continued bool) {
	if !slices.Contains(t.corroboratedBy(), o.sourceID) && o.sourceID != t.sourceID {
		m := t.merges()
		m.corroborate = append(m.corroborate, o.sourceID)
	}
	who := t.name.display()
	if refined, ok := refine(t.start, o.start); ok {
		b.finding(SeverityInfo, CodePrecisionRefined, officeID, o.sourceID, o.line,
			"start of %s refined from %s (%s) to %s (%s)", who, dateOrUnknown(t.start), t.sourceID, refined, o.sourceID)
		t.start = refined
	}
	switch {
	case t.open && !o.open && !o.end.IsZero():
		b.finding(SeverityWarning, CodeSourceDisagreement, officeID, o.sourceID, o.line,
			"%s ends the term of %s on %s; %s has it open", o.sourceID, who, o.end, t.sourceID)
	case !t.open && o.open && !t.end.IsZero() && !continued:
		b.finding(SeverityWarning, CodeSourceDisagreement, officeID, o.sourceID, o.line,
			"%s has the term of %s open; %s ends it on %s", o.sourceID, who, t.sourceID, t.end)
	case !t.end.IsZero() && !o.end.IsZero() && !t.end.Overlaps(o.end):
		b.finding(SeverityWarning, CodeSourceDisagreement, officeID, o.sourceID, o.line,
			"%s ends the term of %s on %s; %s on %s", o.sourceID, who, o.end, t.sourceID, t.end)
	default:
		if refined, ok := refine(t.end, o.end); ok {
			b.finding(SeverityInfo, CodePrecisionRefined, officeID, o.sourceID, o.line,
				"end of %s refined from %s (%s) to %s (%s)", who, dateOrUnknown(t.end), t.sourceID, refined, o.sourceID)
			t.end = refined
		}
	}
	if t.end.IsZero() && !t.open && !o.end.IsZero() {
		t.end = o.end
	}
	if t.end.IsZero() && !t.open && o.open {
		t.open = true // the list left the end blank; the other source has the term open
	}
	t.acting = t.acting || o.acting
	if ol := o.links(); !ol.pred.IsZero() || !ol.succ.IsZero() {
		tl := t.ownLinks()
		if tl.pred.IsZero() {
			tl.pred, tl.predLine = ol.pred, ol.predLine
		}
		if tl.succ.IsZero() {
			tl.succ, tl.succLine = ol.succ, ol.succLine
		}
		if o.bio {
			m := t.merges()
			m.bioChecks = append(m.bioChecks, o)
		}
	}
}

// refine returns the finer of two compatible dates when it is finer than
// base and falls inside it.
func refine(base, other Date) (Date, bool) {
	if other.IsZero() || other.Precision <= base.Precision || !base.Overlaps(other) {
		return base, false
	}
	if base.IsZero() {
		return other, true
	}
	if base.EqualAtSharedPrecision(other) {
		return other, true
	}
	return base, false
}

// newestFirst reports whether a list runs from the latest term to the
// earliest: its dated terms mostly start later than the ones below them.
func newestFirst(terms []*termClaim) bool {
	up, down := timeSteps(terms)
	return down > up
}

// timeSteps counts, from each dated term of a list to the next dated
// one, the steps to a term that surely starts later (up) and to one that
// surely starts earlier (down).
func timeSteps(terms []*termClaim) (up, down int) {
	var prev *termClaim
	for _, t := range terms {
		if t.start.IsZero() {
			continue
		}
		if prev != nil {
			pl, ph := prev.start.days()
			tl, th := t.start.days()
			switch {
			case th < pl:
				down++
			case ph < tl:
				up++
			}
		}
		prev = t
	}
	return up, down
}
