package pipeline

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// extraction is what one document asserts, before reconciliation.
type extraction struct {
	source   Source
	offices  []officeClaim
	terms    []termClaim
	person   *personClaim // the subject of a biography
	findings []Finding
	// unknown are the periods rows give to a holder they do not name
	// ("| 7 | Unknown | ? | 1935 |"): no vacancy is reported over them.
	unknown []heldSpan
	// vacant are the periods rows give as the office's vacancies ("|
	// Vacant | 23 July 2025 | Incumbent |"); one with no end, after every
	// term, leaves the office vacant now.
	vacant []heldSpan
	// captions are the rows of a list that name no holder and were
	// skipped ("| Merged into Gansu from 1954 to 1958 |"): a gap between
	// the terms around one is told with it.
	captions []captionRow
	// titleSlug is the slug of the document's title, made on every core as
	// the document is read; its source ID starts with it.
	titleSlug string
}

// heldSpan is a period an office was held by someone not named.
type heldSpan struct {
	officeID   string
	start, end Date
}

// captionRow is a row of an office's list that names no holder, with
// its line and text; its source is set when the documents are built
// together, as a source's ID is final only then.
type captionRow struct {
	officeID, sourceID string
	line               int
	text               string
}

// officeClaim is what one document says about an office.
type officeClaim struct {
	office        Office
	line          int
	fromInfobox   bool
	inaugural     Name
	inauguralLine int
	// laterFirsts are the first holders of the office's later forms,
	// after inaugural, and laterFormations when those began: "Inaugural
	// holder: Ann Lee (1912) Bob Ray (1992)", "Formation: November 1912
	// 21 July 1992". Nil for most offices.
	laterFirsts     []Name
	laterFormations []Date
	incumbent       Name
	incumbentLine   int
	sinceLine       int
	formationLine   int
	hasIncumbentIB  bool // the infobox has an Incumbent or Incumbentsince key
	// fromProse is set when the incumbent is not the infobox's but what a
	// sentence of the page's prose says ("The current governor is …").
	fromProse bool
	// fromPeriod is set when the page's list of the office sits under a
	// heading that names the period it covers ("Directly elected governors
	// (1995–present)"): its first row is that period's first holder, not
	// the office's.
	fromPeriod bool
	vacant     bool // the infobox gives the office as vacant
	// several is set when the infobox names several holders of now
	// ("Incumbent: Zhang Youxia, Zhang Shengmin"): the office is held by
	// several side by side, as a body's seats are; incumbent is the first.
	several bool
	// defunct is set when the infobox names the office's last holder
	// ("Last: Vasco Rocha Vieira", "Final holder"): it exists no more,
	// even when no Abolished key says since when.
	defunct bool
}

// termClaim is one row, list item or biography entry about a term.
// Hundreds of thousands are held at once: its fields are ordered to leave
// no padding, and what few claims have sits behind pointers.
type termClaim struct {
	officeID string
	sourceID string
	name     Name
	note     string
	personID string // filled by reconciliation
	// base is the slug the person ID starts with (personBase of name),
	// made on every core as the document is read; group is the
	// resolver's group of that slug, set by resolvePersons. Together
	// they spare the serial steps a lookup in a large map per claim.
	base  string
	group *personGroup
	// bl is what a biography says of the term's neighbours; nil for the
	// rows of tables and lists (most claims), which name none.
	bl *bioLinks
	// merged is what the claims merged into this one add; nil for most.
	merged     *mergedClaims
	ordinal    int
	line       int
	pos        int // place among the claims of its list, from 1
	start, end Date
	posOrdinal bool // the ordinal is the row's place in an unnumbered list
	open       bool
	acting     bool
	bio        bool // the claim is a biography's entry
	// ended is set when the end cell says the term ended without saying
	// when ("Died in office"): the infobox does not reopen it.
	ended bool
	// endBlank is set when the tenure left its end blank after a dash
	// ("1979–"): open only if no later holder of the office follows.
	endBlank bool
	// endCellBlank is set when the end is open because a table row left
	// its end cell empty: an infobox naming another holder of now, or
	// none, closes it.
	endCellBlank bool
	// list is the table or list of its document the claim comes from,
	// from 1; 0 for a biography's.
	list int32
	// postGroup is the claim's group, from 1, among its table's rows
	// under captions naming posts held side by side ("Military
	// Governor", "Civilian Governor"); 0 for most.
	postGroup uint8
}

// mergedClaims is what the claims merged into a base claim add to it.
type mergedClaims struct {
	corroborate []string // the other sources that give the term
	// bioChecks are biography claims merged into this term, whose
	// predecessor and successor are checked against the list's neighbours.
	bioChecks []*termClaim
}

// merges returns the claim's mergedClaims, for writing.
func (c *termClaim) merges() *mergedClaims {
	if c.merged == nil {
		c.merged = &mergedClaims{}
	}
	return c.merged
}

// corroboratedBy returns the other sources that give the term.
func (c *termClaim) corroboratedBy() []string {
	if c.merged == nil {
		return nil
	}
	return c.merged.corroborate
}

// bioChecks returns the biography claims merged into the term.
func (c *termClaim) bioChecks() []*termClaim {
	if c.merged == nil {
		return nil
	}
	return c.merged.bioChecks
}

// bioLinks is what a biography entry says of a term's predecessor and
// successor, and of its office.
type bioLinks struct {
	office             string // the office as the biography writes it
	pred, succ         Name   // the first of preds, succs
	preds, succs       []Name
	predLine, succLine int
	// ordinal is the holder's number in the office the biography gives
	// ("12th Governor of X", "Order: 8th"); a term without a number from a
	// list takes it. ordinalNote is the Order entry it came from, for the
	// note of a term whose number is not the office list's.
	ordinal     int
	ordinalNote string
}

// noLinks is the bioLinks of a claim that has none; never written.
var noLinks bioLinks

// links returns what the claim says of its neighbours, for reading.
func (c *termClaim) links() *bioLinks {
	if c.bl == nil {
		return &noLinks
	}
	return c.bl
}

// ownLinks returns the claim's own bioLinks, for writing.
func (c *termClaim) ownLinks() *bioLinks {
	if c.bl == nil {
		c.bl = &bioLinks{}
	}
	return c.bl
}

// personClaim is what a biography says about its subject.
type personClaim struct {
	name       Name
	birth      Date
	birthPlace string
	death      Date
	deathPlace string
	party      string
	almaMater  string
	line       int
}

type extractor struct {
	doc *Document
	ex  *extraction
	// lang is the language of the document's native names, "" when
	// unknown; worked out on first need.
	lang     string
	langDone bool
	// countryCode is documentCountry's, once countryDone.
	countryCode string
	countryDone bool
	// countryOf gives the country of an office whose place is a whole
	// country, on a page of many countries' posts ("| Albania |
	// President – Bajram Begaj |"), by office ID.
	countryOf map[string]string
	// marks is what the page's legend says its marks mean, once
	// marksDone.
	marks     legend
	marksDone bool
	// lines remembers how each item of each list read: a list is read
	// once to tell whether it lists officeholders and again to take its
	// terms.
	lines map[*List][]listLineRead
	// pos is the number of term claims read so far: their order in the
	// document, across all its tables and lists.
	pos int
	// places counts the holders each office's lists have given so far,
	// for numbering those of an unnumbered list.
	places map[string]int
	// claims maps the IDs of the offices the document names to their
	// claims' places in ex.offices.
	claims map[string]int
	// listNo is the table or list being read, from 1 (termClaim.list).
	listNo int32
	// numbered holds the offices whose lists so far gave their holders'
	// numbers: a further unnumbered list of one ("Living former
	// governors") is not numbered by place.
	numbered map[string]bool
}

// nextPos returns the position in the document of the next term claim.
func (x *extractor) nextPos() int {
	x.pos++
	return x.pos
}

type listLineRead struct {
	ll   listLine
	ok   bool
	done bool // read: ll and ok hold the reading
}

// readListLine reads item i of list l (see readListLine), once.
func (x *extractor) readListLine(l *List, i int) (listLine, bool) {
	reads := x.lines[l]
	if reads == nil {
		if x.lines == nil {
			x.lines = map[*List][]listLineRead{}
		}
		reads = make([]listLineRead, len(l.Items))
		x.lines[l] = reads
	}
	r := &reads[i]
	if !r.done {
		r.ll, r.ok = readListLine(l.Items[i].Text)
		if !r.ok && l.Items[i].Number > 0 && hasDigit(l.Items[i].Text) {
			// "2. Edward Blake 1871 1872 Liberal": a numbered table row
			// rendered as text, its party after the term, as a row
			// with its number bare is read.
			r.ll, r.ok = readRowWithTrailingCells(l.Items[i].Text)
		}
		r.done = true
	}
	return r.ll, r.ok
}

// officeOfCountry records that an office's place is a country, when
// place names one.
func (x *extractor) officeOfCountry(officeID, place string) {
	if code := countryCodeOf(place); code != "" {
		if x.countryOf == nil {
			x.countryOf = map[string]string{}
		}
		x.countryOf[officeID] = code
	}
}

// country is documentCountry of the document, worked out once.
func (x *extractor) country() string {
	if !x.countryDone {
		if !x.langDone {
			x.lang, x.langDone = documentLang(x.doc), true
		}
		x.countryCode, x.countryDone = documentCountry(x.doc, x.lang), true
	}
	return x.countryCode
}

// name parses a name and finishes it by what its document says (see
// localize).
func (x *extractor) name(s string) Name {
	return x.localize(ParseName(s))
}

// localize finishes a parsed name by what its document says: the
// language of its native part, and a style that only the document's
// country writes before names, which elsewhere may begin one: Malaysia's
// "Tun" ("Tun Fuad Stephens"; "Tun Tin" is a Burmese name).
func (x *extractor) localize(n Name) Name {
	if rest, ok := strings.CutPrefix(n.EN, "Tun "); ok && strings.Contains(rest, " ") && unicode.IsUpper(firstRune(rest)) {
		if x.country() == "my" {
			style := "Tun"
			if i := styleEnd(rest); i > 0 { // "Tun Datuk Patinggi Abdul Rahman Ya'kub"
				style, rest = style+" "+trimSpace(rest[:i]), rest[i:]
			}
			n.EN = rest
			n.Qualifiers = append(n.Qualifiers, style)
		}
	}
	if n.Native != "" {
		if l := scriptLang(n.Native); l != "" || n.Lang == "" {
			n.Lang = l // kana or Hangul decide; Han characters alone keep a label's language
		}
		if n.Lang == "" {
			if !x.langDone {
				x.lang, x.langDone = documentLang(x.doc), true
			}
			n.Lang = NativeLang(n.Native, x.lang)
		}
		if n.Lang == "ru" {
			// Cyrillic with no letter of its own is read as Russian; on
			// a page about a country that writes its own language in
			// Cyrillic it is that language: "Лувсаннамсрайн Оюун-Эрдэнэ"
			// in a list of Mongolia's prime ministers.
			n.Lang = cmp.Or(cyrillicLangs[x.country()], n.Lang)
		}
	}
	return n
}

// cyrillicLangs are the languages written in Cyrillic of the countries
// other than Russia that write theirs so.
var cyrillicLangs = map[string]string{"mn": "mn", "kz": "kk", "kg": "ky", "tj": "tg", "ua": "uk", "by": "be",
	"bg": "bg", "rs": "sr", "mk": "mk"}

func (x *extractor) finding(sev Severity, code, subject string, line int, format string, args ...any) {
	x.ex.findings = append(x.ex.findings, Finding{Severity: sev, Code: code, SubjectID: subject,
		SourceID: x.ex.source.ID, Line: line, Message: fmt.Sprintf(format, args...)})
}

// provisionalSourceID is the source ID a document is read with before
// its real one, which depends on the titles of all the documents, is
// known; setSourceID replaces it.
const provisionalSourceID = "\x00provisional-source-id"

// setSourceID gives the extraction, read with provisionalSourceID, its
// source's ID, wherever the extractor wrote it: the source, its office and
// term claims and its findings (as their subject too).
func (ex *extraction) setSourceID(id string) {
	old := ex.source.ID
	ex.source.ID = id
	for i := range ex.offices {
		if o := &ex.offices[i].office; o.SourceID == old {
			o.SourceID = id
		}
	}
	for i := range ex.terms {
		if c := &ex.terms[i]; c.sourceID == old {
			c.sourceID = id
		}
	}
	for i := range ex.findings {
		f := &ex.findings[i]
		if f.SourceID == old {
			f.SourceID = id
		}
		if f.SubjectID == old {
			f.SubjectID = id
		}
	}
}

// extract reads the claims of one parsed document whose Source is known.
func extract(doc *Document, src Source) *extraction {
	x := &extractor{doc: doc, ex: &extraction{source: src}, places: map[string]int{}, numbered: map[string]bool{}}
	// Room for a claim per row and list item at once: grown table by
	// table, the claims, large, would be copied each time.
	rows := 0
	for _, b := range doc.Blocks {
		switch b.Kind {
		case TableBlock:
			rows += len(b.Table.Rows)
		case ListBlock:
			rows += len(b.List.Items)
		}
	}
	x.ex.terms = make([]termClaim, 0, rows)
	for _, p := range doc.Problems {
		x.finding(p.Severity, p.Code, src.ID, p.Line, "%s", p.Message)
	}
	defer func() {
		if len(x.ex.offices) == 0 {
			return
		}
		country := x.country()
		if country == "" {
			// Names in Chinese characters and nothing else to go by: the
			// same default as their language.
			for _, t := range x.ex.terms {
				if t.name.Lang == LangChinese {
					country = "cn"
					break
				}
			}
		}
		for i := range x.ex.offices {
			o := &x.ex.offices[i].office
			o.Country = cmp.Or(x.countryOf[o.ID], country)
			if o.Jurisdiction == "" && o.Country != "" {
				_, tail, ok := strings.Cut(o.Title, " of ")
				if !ok {
					_, tail, ok = strings.Cut(o.Title, " for ") // "Cabinet Secretary for the National Treasury"
				}
				if ok && namesNationalBody(tail) {
					// "Chairman of the Central Military Commission": the
					// country's own body, so the country's office.
					o.Jurisdiction = strings.TrimPrefix(countryName(o.Country), "the ")
				}
			}
		}
	}()
	defer func() {
		for i := range x.ex.terms {
			c := &x.ex.terms[i]
			c.base = personBase(c.name)
			if c.open && c.note != "" && hasIncomingMark(c.note) {
				// "David Nguyen (elect): 2027–": named, not yet in office.
				c.open = false
			}
			if c.open && (c.endCellBlank || c.endBlank) && c.name.Life != "" && !c.start.IsZero() {
				// "| Bob Ray (1940–2024) | 2019 | |": a holder whose
				// death the row gives is no holder of now.
				if _, death := lifeDates(c.name.Life); !death.IsZero() && !death.Latest().Before(c.start.Earliest()) {
					c.open, c.endCellBlank, c.endBlank, c.ended = false, false, false, true
					x.finding(SeverityInfo, CodeUndatedEnd, c.officeID, c.line, "%s's term, from %s, has no end, but the life dates (%s) give a death; the term has ended, when is not given",
						c.name.display(), c.start, c.name.Life)
				}
			}
		}
	}()
	if isBiography(doc.Infobox) || doc.Infobox == nil && isPersonTitle(doc.Title) && len(successionRows(doc)) > 0 {
		x.ex.source.Kind = KindBiography
		x.biography()
		return x.ex
	}
	x.officePages()
	switch {
	case len(x.ex.terms) > 0 || len(x.ex.offices) > 0:
		x.ex.source.Kind = KindOffice
	default:
		x.ex.source.Kind = KindOther
	}
	return x.ex
}

// notedFields are the fields of a biography's block noted on its term,
// under their label ("President3: Park Geun-hye" as "President: Park
// Geun-hye"): the people a term was served beside, its status, its
// constituency.
var notedFields = []string{"status", "deputy", "order", "constituency", "district", "president", "premier", "primeminister",
	"governor", "chairman", "monarch", "alongside", "leader", "partysecretary", "mayor", "vicepresident", "vicepremier",
	"lieutenant", "lieutenantgovernor", "governorgeneral", "chancellor", "minister"}

// blockFields are the fields a biography's numbered blocks are read
// from: the term's own, notedFields, and the numbered parameters of a
// labelled person ("1blankname3", "1namedata3").
var blockFields = func() map[string]bool {
	m := map[string]bool{"office": true, "termstart": true, "termend": true, "inoffice": true, "predecessor": true, "successor": true,
		"1blankname": true, "1namedata": true, "2blankname": true, "2namedata": true}
	for _, c := range chamberSeats {
		m[c.key] = true
	}
	m["constituencymp"] = true
	for _, k := range notedFields {
		m[k] = true
	}
	return m
}()

// chamberSeats are the fields of an officeholder infobox that name a
// seat in a chamber by the state or country alone, and how the seat is
// written: "State Senate2: Hawaii" is a Member of the Hawaii Senate,
// "Parliament1: United Kingdom" a Member of the United Kingdom
// Parliament. (A "Constituency MP" field names the seat itself.)
var chamberSeats = []struct{ key, seat string }{
	{"statesenate", "Member of the %s Senate"}, {"statehouse", "Member of the %s House of Representatives"},
	{"stateassembly", "Member of the %s State Assembly"}, {"statedelegate", "Member of the %s House of Delegates"},
	{"parliament", "Member of the %s Parliament"},
}

var bioKeys = map[string]bool{"office": true, "birthdate": true, "born": true, "birthplace": true, "almamater": true, "termstart": true,
	"assumedoffice": true}

// bioKeyAliases are the other names infoboxes give a term's fields.
var bioKeyAliases = map[string]string{"assumedoffice": "termstart", "tookoffice": "termstart", "leftoffice": "termend",
	"precededby": "predecessor", "succeededby": "successor", "politicalparty": "party", "succeeding": "predecessor",
	// "Term Label2: Acting" relabels the block's "In office" as its status.
	"termlabel": "status",
	// A monarch's infobox: "Succession: King of Testland", "Reign: 1 May
	// 1900 – 2 June 1920".
	"succession": "office", "reign": "inoffice",
	// A Chinese name module's labels written out: "Simplified Chinese:
	// 殷勇", "Traditional Chinese: 殷勇".
	"simplifiedchinese": "s", "traditionalchinese": "t"}

// chamberSeat returns a block's seat in a state's chamber or a
// parliament as its office ("State Senate2: Hawaii" → "Member of the
// Hawaii Senate", "Constituency MP1: Leeds North" → "Member of
// Parliament for Leeds North"), if it names one.
func chamberSeat(en *bioEntry) (InfoboxEntry, bool) {
	if c, ok := en.fields["constituencymp"]; ok && cleanCell(c.Value) != "" {
		c.Value = "Member of Parliament for " + cleanCell(c.Value) // a constituency's own seat
		return c, true
	}
	for _, c := range chamberSeats {
		if e, ok := en.fields[c.key]; ok {
			if state := cleanCell(e.Value); state != "" && !strings.Contains(state, " of ") {
				e.Value = fmt.Sprintf(c.seat, strings.TrimPrefix(state, "the "))
				return e, true
			}
		}
	}
	return InfoboxEntry{}, false
}

func isBiography(ib *Infobox) bool {
	if ib == nil {
		return false
	}
	for _, e := range ib.Entries {
		if name, _ := e.Field(); bioKeys[name] {
			return true
		}
	}
	return false
}

var officeKeys = map[string]bool{"incumbent": true, "incumbentsince": true, "inaugural": true, "formation": true, "post": true, "body": true, "appointer": true}

// listBlock is a table or list of a page read as officeholders.
type listBlock struct {
	block      int
	title, raw string
	layout     *tableLayout
	// part is the block's table's share of one office, when the table
	// lists several side by side; nil for the whole block.
	part *tablePart
	// current is set for a list of posts and their holders of now, with
	// no dates: "- Governor: Ren Zhenhe (任振鹤)".
	current bool
	// byPlace is set for a table of many places' posts and their
	// holders of now (isPostsByPlaceTable).
	byPlace bool
	// skip is set for a block whose post nothing names: not read.
	skip bool
}

// officePages reads the officeholder tables and lists of a page.
func (x *extractor) officePages() {
	doc := x.doc
	var lists []listBlock
	backLevel := 0 // the level of the back-matter heading the blocks sit under, or 0
	for i, b := range doc.Blocks {
		if b.Kind == HeadingBlock {
			switch {
			case (isBackMatter(b.Text) || isElectionHeading(b.Text)) && (backLevel == 0 || b.Level <= backLevel):
				backLevel = b.Level
			case b.Level <= backLevel:
				backLevel = 0
			}
			continue
		}
		if backLevel > 0 {
			// References, external links, further reading: what they
			// date are sources and archives, not terms; election results
			// date votes.
			x.unreadBlock(b)
			continue
		}
		var lay *tableLayout
		if b.Kind == TableBlock {
			if parts := sideBySideLists(b.Table); parts != nil {
				for _, p := range parts {
					lists = append(lists, listBlock{block: i, layout: p.layout, part: &p.tablePart})
				}
				continue
			}
			if eras := splitAtHeaders(b.Table); len(eras) > 1 {
				// A table that starts again under new labels ("| # | Name |
				// Office |", then "| # | Name | Office | Political party |
				// Term |"): one list, read part by part.
				n := len(lists)
				for _, t := range eras {
					if lay := layoutOf(t); isOfficeholderTable(lay) {
						lists = append(lists, listBlock{block: i, layout: lay, part: &tablePart{table: t}})
					}
				}
				if len(lists) == n {
					x.unreadBlock(b)
				}
				continue
			}
			lay = layoutOf(b.Table)
		}
		switch {
		case lay != nil && isOfficeholderTable(lay):
			lay.ofNow, lay.leadNow = aboutHoldersOfNow(doc, i), leadSaysNow(doc, i)
			lists = append(lists, listBlock{block: i, layout: lay})
		case lay != nil && isCurrentPostsTable(doc, i, lay):
			lay.now = true
			lists = append(lists, listBlock{block: i, layout: lay})
		case b.Kind == ListBlock && x.isOfficeholderList(b.List):
			lists = append(lists, listBlock{block: i})
		case b.Kind == ListBlock && isCurrentPostsList(doc, i):
			lists = append(lists, listBlock{block: i, current: true})
		case b.Kind == TableBlock && isPostsByPlaceTable(doc, i, b.Table):
			lists = append(lists, listBlock{block: i, byPlace: true})
		default:
			x.unreadBlock(b)
		}
	}
	for i := range lists {
		if lists[i].current || lists[i].byPlace {
			continue // each item or cell names its post
		}
		if p := lists[i].part; p != nil && p.role != "" {
			lists[i].title, lists[i].raw = officeOfColumn(doc, p.role), p.role
			continue
		}
		title, raw, from := officeOfList(doc, lists[i].block)
		if from == fromTitle && isTopicalTitle(doc.Title) {
			// Nothing above the list names its post, and the page's
			// title names a topic, no post ("Notable figures" on
			// "Politics of Testzhou"): an office called "Politics of
			// Testzhou" would say nothing true. A table's holders'
			// column may name it yet (below).
			title = ""
		}
		if lay := lists[i].layout; lay != nil && raw == "" && pageOffice(doc.Title) == "" {
			// No heading names the post, nor the page: the holders'
			// column may ("| Order | CPC Party Secretary | Term |" under
			// "Communist Party" on "Politics of Shanghai").
			if label := holdersLabel(lay); label != "" {
				post := onePost(label, "") // "Mayor/Governor": the first
				title, raw, from = placePost(post, doc.Title), label, fromHeading
				if t := postOfBody(post, doc.Title); t != "" && placeOf(doc.Title) == "" {
					title = t // "| No. | Secretary | … |" on a party committee's page: its secretary
				}
			}
		}
		if title == "" {
			b := doc.Blocks[lists[i].block]
			x.finding(SeverityInfo, CodeUnreadBlock, x.ex.source.ID, b.Line,
				"no heading, prose or title above the %s names the post its holders held; not read as officeholders", blockNoun(b))
			lists[i].skip = true
			continue
		}
		lists[i].title, lists[i].raw = title, raw
		switch line := doc.Blocks[lists[i].block].Line; from {
		case fromProse:
			x.finding(SeverityInfo, CodeOfficeFromProse, officeID(title), line,
				"the list has no heading that names its office; named %q after the prose above it", title)
		case fromBody:
			x.finding(SeverityInfo, CodeOfficeFromBody, officeID(title), line,
				"the heading above the list names a body, not a post; the list is read as its head's, %q", title)
		}
		if posts := postsOfHeading(raw); len(posts) > 1 {
			which := "the first's"
			if page := pageOffice(doc.Title); page != "" && title == page {
				which = "the page's"
			}
			x.finding(SeverityInfo, CodeSeveralPosts, officeID(title), doc.Blocks[lists[i].block].Line,
				"the heading %q names %d posts; the list is read as %s, %s", raw, len(posts), which, title)
		}
	}
	// The infobox describes the office the page is about.
	hasOfficeInfobox := false
	if ib := doc.Infobox; ib != nil {
		// A body's page ("Zhejiang Provincial Committee of the Chinese
		// Communist Party") describes the body in its "Body" key: no
		// office of its own.
		bodyPage := postOfBody("Head", doc.Title) != ""
		for _, e := range ib.Entries {
			if name, _ := e.Field(); officeKeys[name] && !(bodyPage && name == "body") {
				hasOfficeInfobox = true
				break
			}
		}
	}
	pageTitle := cmp.Or(pageOffice(doc.Title), doc.Title)
	if hasOfficeInfobox {
		post, _ := doc.Infobox.Get("post")
		body, _ := doc.Infobox.Get("body")
		if post != "" && body != "" { // most office pages give the post with its place, or no body
			if name := infoboxPostName(pageTitle, cleanCell(post), cleanCell(body)); name != "" {
				pageTitle = name // "Superior Mayor of Bogotá" under "Post: Mayor": the Mayor of Bogotá
			}
		}
	}
	x.claims = map[string]int{}
	if hasOfficeInfobox {
		c := x.infoboxOffice(pageTitle)
		x.claims[c.office.ID] = len(x.ex.offices)
		x.ex.offices = append(x.ex.offices, c)
	}
	lists = slices.DeleteFunc(lists, func(l listBlock) bool { return l.skip })
	for k, l := range lists {
		x.listNo = int32(k + 1)
		b := doc.Blocks[l.block]
		lo := listOffice{title: l.title, raw: l.raw, line: b.Line}
		switch {
		case l.current:
			x.currentPosts(b.List)
		case l.byPlace:
			x.postsByPlace(b.Table)
		case l.part != nil:
			x.table(lo, l.part.table, l.layout)
		case b.Kind == TableBlock:
			x.table(lo, b.Table, l.layout) // a table may name each row's post
		case placeOf(doc.Title) != "" && x.postPerItem(b.List):
			x.list("", b.List) // "Governor: Li Si (1949–1955)": each item's own office
		default:
			x.list(x.officeClaim(lo.title, lo.raw, lo.line), b.List)
		}
	}
	x.closeBlankEnds()
	if hasOfficeInfobox {
		x.markListOfAPeriod(&x.ex.offices[0], lists)
	}
	if !hasOfficeInfobox && doc.Infobox != nil {
		x.topicInfoboxHolders()
		x.bodyLeaders()
		x.settlementLeaders()
		x.leaderSeries(int32(len(lists)))
	}
	if !hasOfficeInfobox {
		x.postColumnTables()
	}
	x.proseHolders(hasOfficeInfobox)
	if hasOfficeInfobox && pageTitle != doc.Title {
		x.ex.offices[0].addAlias(doc.Title)
	}
	if hasOfficeInfobox {
		x.openByIncumbent(&x.ex.offices[0])
	}
}

// blockNoun is what a block of holders is called in a finding.
func blockNoun(b Block) string {
	if b.Kind == TableBlock {
		return "table"
	}
	return "list"
}

// isTopicalTitle reports whether a page's title names a topic rather than
// a post or a list of its holders: "Politics of Shanxi", "History of
// Hunan", "Government of Tianjin".
func isTopicalTitle(title string) bool {
	for _, p := range topicalPrefixes {
		if p != "list of" && p != "lists of" && hasPrefixFold(title, p) {
			return true
		}
	}
	return false
}

// markListOfAPeriod sets oc.fromPeriod when the page's first list of
// the office sits under a heading that names the period it covers. Only
// the first holder and the formation are checked against it.
func (x *extractor) markListOfAPeriod(oc *officeClaim, lists []listBlock) {
	if oc.inaugural.IsZero() && oc.office.Formation.IsZero() {
		return
	}
	// The office's first claim from a list tells which list is its first.
	for i := range x.ex.terms {
		if c := &x.ex.terms[i]; c.officeID == oc.office.ID && c.list > 0 && int(c.list) <= len(lists) {
			oc.fromPeriod = x.underPeriodHeading(lists[c.list-1].block)
			return
		}
	}
}

// underPeriodHeading reports whether the block at idx, the page's first
// list of its office, sits under a heading that names the period it
// covers: "Directly elected governors (1995–present)", "Mayors
// (1946–1995)".
func (x *extractor) underPeriodHeading(idx int) bool {
	h, ok := nearestHeading(x.doc.Blocks, idx)
	return ok && namesPeriod(h)
}

// namesPeriod reports whether a heading ends with the years it covers,
// in brackets or after "from", or says since when: "Directly elected
// mayors (1995–present)", "Mayors 1946–1995", "List of governors since
// 1983", "List of mayors since the Revolution".
func namesPeriod(h string) bool {
	h = trimSpace(h)
	if !strings.HasSuffix(h, ")") {
		l := strings.ToLower(h)
		if strings.Contains(l, " since ") {
			return true // "since 1983", "since the Revolution": a later period, whether or not it is dated
		}
		if i := strings.LastIndex(l, " from "); i >= 0 {
			d, err := ParseDate(h[i+len(" from "):])
			return err == nil && !d.IsZero()
		}
		if i := strings.LastIndexByte(h, ' '); i > 0 {
			t, err := ParseTenure(h[i+1:])
			return err == nil && !t.Start.IsZero() && !t.Single
		}
		return false
	}
	i := strings.LastIndexByte(h, '(')
	if i < 0 {
		return false
	}
	t, err := ParseTenure(h[i+1 : len(h)-1])
	return err == nil && !t.Start.IsZero() && !t.Single
}

// topicInfoboxHolders reads the infobox of a page about a place's
// politics, whose keys name its posts and values their holders of now
// ("- Secretary: Chen Jining", "- Mayor: Gong Zheng"), for the posts the
// page lists: each is that office's incumbent, as an office page's
// infobox gives its own. A post the page does not list is left alone:
// the key alone ("Court President") is no office's full title.
func (x *extractor) topicInfoboxHolders() {
	if placeOf(x.doc.Title) == "" {
		return
	}
	for _, e := range x.doc.Infobox.Entries {
		key, v := trimSpace(e.Key), cleanCell(e.Value)
		if _, idx := e.Field(); idx != 0 || !hasRoleWord(key) || nobodyValue(v) {
			continue
		}
		if !isPostAndHolder(key, v) {
			continue
		}
		if _, ok := holderName(v); !ok {
			continue
		}
		k := x.listedOfficeOf(key)
		if k < 0 || !x.ex.offices[k].incumbent.IsZero() {
			continue
		}
		oc := &x.ex.offices[k]
		oc.nameIncumbent(x.name(v), e.Line)
		x.openByIncumbent(oc)
	}
}

// settlementLeaders reads the leaders a place's infobox names ("Leader
// Title: Mayor", "Leader Name: Kim Jeong-gi (acting)"; "Leader Title1:
// Governor", "Leader Name1: …"): the holder of now of each post of the
// place the page is about.
func (x *extractor) settlementLeaders() {
	type leader struct {
		post, holder InfoboxEntry // the post's entry is the key itself for "Governor: Josh Green"
	}
	var leaders []*leader
	// "Leader Title2" and "Leader Name2", in either order; a government's
	// infobox pairs "Ruler Title" and "Ruler Name" (the governor),
	// "Speaker Title" and "Speaker Name" (the congress's chair) alike.
	type pairKey struct {
		prefix string
		idx    int
	}
	numbered := map[pairKey]*leader{}
	communist := false // the infobox's party is a communist party's committee: its "Secretary" is the party secretary
	// A place's page, not a body's or its politics': "Hawaii", or one
	// titled with its place's type, "North Gyeongsang Province".
	plain := (placeOf(x.doc.Title) == "" || namedPlace(x.doc.Title) != "") && postOfBody("Head", x.doc.Title) == ""
	for _, e := range x.doc.Infobox.Entries {
		name, idx := e.Field()
		switch {
		case plain && idx == 0 && (placeLeaderKeys[name] || isPartySecretaryKey(name)):
			// "Governor: Josh Green (D)", as a U.S. state's infobox
			// writes its leaders.
			leaders = append(leaders, &leader{post: InfoboxEntry{Key: e.Key, Value: e.Key, Line: e.Line}, holder: e})
		case plain && idx == 0 && name == "leader" && strings.HasSuffix(x.doc.Title, " Prefecture") && japanesePlace(x.doc.Infobox):
			// "Leader: Yūji Kuroiwa (since April 2011)" on "Kanagawa
			// Prefecture": a Japanese prefecture's one leader is its
			// governor.
			leaders = append(leaders, &leader{post: InfoboxEntry{Key: e.Key, Value: "Governor", Line: e.Line}, holder: e})
		case name == "party" && idx == 0:
			communist = strings.Contains(e.Value, "Communist") || strings.Contains(e.Value, "CCP") || strings.Contains(e.Value, "CPC")
		default:
			prefix, isTitle := strings.CutSuffix(name, "title")
			if !isTitle {
				prefix, _ = strings.CutSuffix(name, "name")
			}
			if prefix == name || !leaderPrefixes[prefix] {
				continue
			}
			k := pairKey{prefix, idx}
			l := numbered[k]
			if l == nil {
				l = &leader{}
				numbered[k] = l
				leaders = append(leaders, l)
			}
			if isTitle && l.post.Key == "" {
				l.post = e
			} else if !isTitle && l.holder.Key == "" {
				l.holder = e
			}
		}
	}
	place := cmp.Or(placeOf(x.doc.Title), x.doc.Title) // "Politics of Hunan": Hunan's
	for _, l := range leaders {
		post, v := cleanCell(l.post.Value), cleanCell(l.holder.Value)
		if !hasRoleWord(post) || v == "" {
			continue
		}
		post = strings.TrimPrefix(post, "Local ") // "Local CPPCC Chairman": the province's own
		if communist && strings.EqualFold(post, "Secretary") {
			post = "Party Secretary" // under "Party: Zhejiang Provincial Committee of the Chinese Communist Party"
		}
		if nobodyValue(v) {
			if opensVacancy(v) {
				// "Speaker Name: Vacant": the post has no holder now.
				if title := placePostTitle(post, place); title != "" {
					if oc := &x.ex.offices[x.claims[x.officeClaim(title, post, l.post.Line)]]; !oc.hasIncumbentIB {
						oc.vacant, oc.incumbentLine = true, l.holder.Line
					}
				}
			}
			continue
		}
		name, since := cutSince(v) // "Mao Weiming since 2020"
		if _, ok := holderName(name); !ok {
			continue
		}
		title := placePostTitle(post, place)
		if title == "" {
			continue
		}
		oc := &x.ex.offices[x.claims[x.officeClaim(title, post, l.post.Line)]]
		if oc.hasIncumbentIB {
			continue
		}
		oc.nameIncumbent(x.name(name), l.holder.Line)
		if !since.IsZero() && oc.office.IncumbentSince.IsZero() {
			oc.office.IncumbentSince, oc.sinceLine = since, l.holder.Line
		}
		x.openByIncumbent(oc)
	}
}

// postColumnTables reads a table of a place's leaders of now with one
// column per post and their names in a row below ("| Party Secretary |
// Governor |", "| Shen Xiaoming | Mao Weiming |"): each name is the holder
// of now of that post of the place. A table with dates, or of more than
// one row of names, is a list of holders, read as one.
func (x *extractor) postColumnTables() {
	place := cmp.Or(placeOf(x.doc.Title), x.doc.Title)
	for _, b := range x.doc.Blocks {
		if b.Kind != TableBlock || len(b.Table.Rows) != 1 || len(b.Table.Header.Cells) < 2 {
			continue
		}
		header, row := b.Table.Header.Cells, b.Table.Rows[0].Cells
		if len(row) != len(header) || !allPosts(header) {
			continue
		}
		names := make([]Name, len(row))
		for j, c := range row {
			v := cleanCell(c)
			n, ok := holderName(v)
			if !ok || hasDigit(v) || hasRoleWord(v) {
				names = nil
				break
			}
			names[j] = n
		}
		for j, n := range names {
			post := cleanCell(header[j])
			title := placePostTitle(post, place)
			if title == "" {
				continue
			}
			oc := &x.ex.offices[x.claims[x.officeClaim(title, post, b.Table.Header.Line)]]
			if oc.hasIncumbentIB {
				continue
			}
			oc.nameIncumbent(x.localize(n), b.Table.Rows[0].Line)
			x.openByIncumbent(oc)
		}
	}
}

// leaderSeries reads the holders of a former state's or province's posts
// that its infobox lists ("Title Leader: Governor", "Leader1: Yang
// Zengxin", "Year Leader1: 1912–1928", …; "Title Deputy", "Deputy1",
// "Year Deputy1"): each post's holders in the infobox's order, as a list
// of the place's post after the page's own lists. The place is the
// infobox's "Common Name" where it gives one ("Xinjiang" on "Xinjiang
// Province, Republic of China"), else the page's.
func (x *extractor) leaderSeries(lists int32) {
	type series struct {
		post        string
		postLine    int
		names, year map[int]InfoboxEntry
	}
	all := map[string]*series{"leader": {}, "deputy": {}}
	place := ""
	for _, e := range x.doc.Infobox.Entries {
		name, idx := e.Field()
		switch {
		case name == "commonname" && idx == 0:
			place = cleanCell(e.Value)
		case idx == 0 && strings.HasPrefix(name, "title") && all[name[len("title"):]] != nil:
			s := all[name[len("title"):]]
			s.post, s.postLine = cleanCell(e.Value), e.Line
		case idx > 0 && all[name] != nil:
			s := all[name]
			if s.names == nil {
				s.names = map[int]InfoboxEntry{}
			}
			s.names[idx] = e
		case idx > 0 && strings.HasPrefix(name, "year") && all[name[len("year"):]] != nil:
			s := all[name[len("year"):]]
			if s.year == nil {
				s.year = map[int]InfoboxEntry{}
			}
			s.year[idx] = e
		}
	}
	if place == "" || !(place[0] >= 'A' && place[0] <= 'Z') {
		place = cmp.Or(placeOf(x.doc.Title), x.doc.Title)
	}
	for _, key := range []string{"leader", "deputy"} {
		s := all[key]
		post := seriesPost(s.post)
		if post == "" || len(s.year) == 0 {
			continue // "Leader1: Li Dianxun" on a body's page: its head of now, read as such
		}
		title := placePostTitle(post, place)
		if title == "" {
			continue
		}
		officeID := ""
		n := 0
		for _, i := range slices.Sorted(maps.Keys(s.names)) {
			e, y := s.names[i], s.year[i]
			v := cleanCell(e.Value)
			if y.Key == "" || !hasDigit(y.Value) || nobodyValue(v) {
				continue
			}
			if _, ok := holderName(v); !ok {
				continue
			}
			if officeID == "" {
				officeID = x.officeClaim(title, s.post, s.postLine)
				lists++
				x.listNo = lists
			}
			n++
			c := termClaim{officeID: officeID, sourceID: x.ex.source.ID, line: e.Line, pos: x.nextPos(), name: x.name(v),
				list: lists, ordinal: n, posOrdinal: true}
			c.acting, c.note = c.name.Acting, c.name.Note()
			x.tenureInto(&c, cleanCell(y.Value))
			x.ex.terms = append(x.ex.terms, c)
		}
	}
}

// seriesPost returns the post a former state's infobox titles its series
// of leaders with, as a title names it: "Governor"; "Duban (Military
// Governor)" is the military governor. It returns "" when no role is
// named.
func seriesPost(p string) string {
	if i := strings.IndexByte(p, '('); i > 0 && strings.HasSuffix(p, ")") {
		head, inner := trimSpace(p[:i]), trimSpace(p[i+1:len(p)-1])
		switch {
		case hasRoleWord(head):
			return head
		case hasRoleWord(inner):
			return inner
		}
		return ""
	}
	if !hasRoleWord(p) {
		return ""
	}
	return p
}

// leaderPrefixes are the keys a place's or a government's infobox pairs
// a post's title and its holder's name under: "Leader Title" and "Leader
// Name", "Ruler Title" and "Ruler Name", "Speaker Title" and "Speaker
// Name", "President Title" and "President Name".
var leaderPrefixes = map[string]bool{"leader": true, "ruler": true, "speaker": true, "president": true}

// placePostTitle returns the title of a post of a place, as the place's
// infobox or table of leaders names it: "Governor" of Hunan is "Governor
// of Hunan", its "Congress Chairman" the "Chairman of Hunan People's
// Congress".
func placePostTitle(post, place string) string {
	of := post + " of " + place
	if lp := strings.ToLower(post); strings.Contains(lp, "congress") && strings.Contains(lp, "chair") && !strings.Contains(lp, "people") {
		of = "Chairman of " + place + " People's Congress"
	}
	return canonicalOfficeTitle(of, place)
}

// allPosts reports whether every label of a header names a post.
func allPosts(header []string) bool {
	for _, h := range header {
		if h = cleanCell(h); h == "" || hasDigit(h) || !hasRoleWord(h) || classifyHeader(h) == colStart || classifyHeader(h) == colEnd {
			return false
		}
	}
	return true
}

// placeLeaderKeys are the keys under which a place's infobox names its
// leaders by their posts ("Governor: Josh Green").
var placeLeaderKeys = map[string]bool{"governor": true, "lieutenantgovernor": true, "mayor": true, "chiefminister": true,
	"premier": true, "partysecretary": true, "chiefexecutive": true}

// isPartySecretaryKey reports whether a place's infobox key names its
// party secretary: "CPC Ctte Secretary", "CCP Secretary".
func isPartySecretaryKey(name string) bool {
	return strings.HasSuffix(name, "secretary") && (strings.Contains(name, "cpc") || strings.Contains(name, "ccp") ||
		strings.Contains(name, "party") || strings.Contains(name, "communist"))
}

// headKeys name, as an infobox key of a body's page, the post of the
// body's head: "Secretary: Wang Hao" on a party committee's page.
var headKeys = map[string]bool{"secretary": true, "chairman": true, "chairperson": true, "chairwoman": true,
	"president": true, "governor": true, "mayor": true, "director": true, "speaker": true}

// bodyLeaders reads the infobox of a page about a body ("Hubei
// Provincial People's Government": "Leader1 Type: Governor", "Leader1: Li
// Dianxun", "Leader1 Term: 2 January 2025"; "Secretary: Wang Hao" on the
// Zhejiang party committee's): the body's head of now, of the office of
// that post of the body ("Governor of the Hubei Provincial People's
// Government", the governor of Hubei), whether or not the page lists its
// holders. Only the first leader is read: the body's head.
func (x *extractor) bodyLeaders() {
	var post, holder, since string
	line, sinceLine := 0, 0
	// An agency's infobox names its minister and its chief: "Minister1
	// Name: Ann Lee", "Minister1 Pfo: Minister of Testing"; "Chief1 Name:
	// Yan Jinhai", "Chief1 Position: Chairman". The minister heads it.
	type named struct {
		post, holder string
		line         int
	}
	var chief, minister named
	for _, e := range x.doc.Infobox.Entries {
		name, idx := e.Field()
		v := cleanCell(e.Value)
		switch {
		case name == "leader1type" || name == "leadertype" && idx == 0 || name == "leader1title" && post == "":
			// "Leader1 Title: Chairman", "Leader1 Name: Lai Ching-te": a
			// party's infobox names its leader so.
			post = v
		case name == "leader" && idx == 1 || name == "leader1name" && holder == "":
			holder, line = v, e.Line
		case name == "leader1term" || name == "election" && idx == 1:
			since, sinceLine = v, e.Line
		case idx == 0 && headKeys[name] && post == "" && holder == "":
			post, holder, line = e.Key, v, e.Line
		case name == "chief1position" || name == "chiefposition":
			chief.post = v
		case name == "chief1name" || name == "chiefname":
			chief.holder, chief.line = v, e.Line
		case name == "minister1pfo" || name == "ministerpfo":
			minister.post = v
		case name == "minister1name" || name == "ministername":
			minister.holder, minister.line = v, e.Line
		}
	}
	for _, a := range []named{minister, chief} {
		if post == "" && holder == "" && a.post != "" && a.holder != "" {
			post, holder, line = a.post, a.holder, a.line
		}
	}
	if post == "" || holder == "" || nobodyValue(holder) && !opensVacancy(holder) {
		return
	}
	title := postOfBody(post, x.doc.Title)
	if plain, ok := withoutDisambiguator(x.doc.Title); title == "" && ok {
		// "National Assembly (South Korea)": the Speaker of the National
		// Assembly (South Korea), as that office's page is titled.
		if t := postOfBody(post, plain); t != "" {
			title = t + x.doc.Title[len(plain):]
		}
	}
	if title == "" && strings.Contains(post, " of ") && hasRoleWord(post) {
		title = canonicalOfficeTitle(post, "") // "Minister1 Pfo: Minister of Testing": the post in full
	}
	if title == "" && governmentHead(x.doc.Title) != "" {
		// "People's Government of the Xinjiang Uygur Autonomous Region":
		// its head is the place's.
		if p := placeOf(x.doc.Title); p != "" {
			title = canonicalOfficeTitle(post, p)
		}
	}
	if title == "" {
		return
	}
	if opensVacancy(holder) {
		// "Leader1: Vacant": the body has no head now.
		if oc := &x.ex.offices[x.claims[x.officeClaim(title, post, line)]]; !oc.hasIncumbentIB {
			oc.vacant, oc.incumbentLine, oc.hasIncumbentIB = true, line, true
		}
		return
	}
	if _, ok := holderName(holder); !ok {
		return
	}
	id := x.officeClaim(title, post, line)
	oc := &x.ex.offices[x.claims[id]]
	if oc.hasIncumbentIB {
		return
	}
	oc.nameIncumbent(x.name(holder), line)
	if d, err := ParseDate(trimDateNoise(since)); err == nil && since != "" {
		oc.office.IncumbentSince, oc.sinceLine = d, sinceLine
	}
	x.openByIncumbent(oc)
}

// listedOfficeOf returns the index in x.ex.offices of the one office the
// page's lists hold whose post a topic infobox's key names ("Mayor",
// "Secretary" beside a list of party secretaries), or -1.
func (x *extractor) listedOfficeOf(key string) int {
	found := -1
	for k := range x.ex.offices {
		t := x.ex.offices[k].office.Title
		same := roleKey(key) == roleKey(t) ||
			isPartySecretaryTitle(strings.ToLower(t)) && (strings.EqualFold(key, "secretary") || isPartySecretaryTitle(strings.ToLower(key)))
		if !same {
			continue
		}
		if found >= 0 {
			return -1 // two offices of that post: which one is not said
		}
		found = k
	}
	return found
}

// closeBlankEnds reads a tenure whose end is left blank after the dash
// ("| 8 | Hal Ho | 1 October 1979 – |") as open only when no later holder
// of the office follows it in the document: with one after it, the term
// has ended, at a date the page does not give.
func (x *extractor) closeBlankEnds() {
	latest := map[string]Date{} // the office's latest start of a holder in office
	for _, c := range x.ex.terms {
		if c.note != "" && hasIncomingMark(c.note) {
			continue // "Ida Moss (designate), 2027–": not in office yet
		}
		if l, ok := latest[c.officeID]; !c.start.IsZero() && (!ok || l.Earliest().Before(c.start.Earliest())) {
			latest[c.officeID] = c.start
		}
	}
	for i := range x.ex.terms {
		c := &x.ex.terms[i]
		if !c.open || !c.endBlank || c.start.IsZero() {
			continue
		}
		if l := latest[c.officeID]; c.start.Latest().Before(l.Earliest()) {
			c.open = false
			who, from := "", l
			if next := x.nextHolder(c); next != nil {
				who, from = next.name.display()+", ", next.start
			}
			x.finding(SeverityInfo, CodeUndatedEnd, c.officeID, c.line, "the end of %s's term (from %s) is left blank, and a later holder follows (%sfrom %s); the end is unknown",
				c.name.display(), c.start, who, from)
		}
	}
}

// nextHolder returns the term of c's office that starts soonest after c
// starts, or nil.
func (x *extractor) nextHolder(c *termClaim) *termClaim {
	var next *termClaim
	for i := range x.ex.terms {
		n := &x.ex.terms[i]
		if n.officeID != c.officeID || n.start.IsZero() || !c.start.Latest().Before(n.start.Earliest()) || n.note != "" && hasIncomingMark(n.note) {
			continue
		}
		if next == nil || n.start.Earliest().Before(next.start.Earliest()) {
			next = n
		}
	}
	return next
}

// listOffice is the office a table or list is of, as the headings and
// prose around it name it.
type listOffice struct {
	title, raw string // the office's title, and the heading that named it
	line       int
}

// officeClaim returns the ID of the office of the given title, making its
// claim the first time the document names it, and records raw (a heading)
// as a name of it.
func (x *extractor) officeClaim(title, raw string, line int) string {
	id := officeID(title)
	k, ok := x.claims[id]
	if !ok {
		k = len(x.ex.offices)
		x.claims[id] = k
		x.ex.offices = append(x.ex.offices, officeClaim{
			office: Office{ID: id, Title: title, Jurisdiction: jurisdictionOf(title), SourceID: x.ex.source.ID},
			line:   line,
		})
	}
	x.ex.offices[k].addAlias(raw)
	return id
}

// nameIncumbent records n, named at line, as the office's holder of now,
// as an infobox names one.
func (c *officeClaim) nameIncumbent(n Name, line int) {
	c.incumbent, c.incumbentLine, c.hasIncumbentIB, c.fromInfobox = n, line, true, true
}

// openByIncumbent opens the last term of the page's office when its end
// is left blank and the infobox names its holder as the incumbent: "| 10 |
// Dana Whitlow | January 1, 2022 | |" under "Incumbent: Dana Whitlow".
func (x *extractor) openByIncumbent(oc *officeClaim) {
	if oc.incumbent.IsZero() && !oc.vacant && oc.office.Abolished.IsZero() && !oc.defunct {
		return
	}
	var last *termClaim
	for i := range x.ex.terms {
		if c := &x.ex.terms[i]; c.officeID == oc.office.ID && (last == nil || c.pos > last.pos) {
			last = c
		}
	}
	if ab := oc.office.Abolished; !ab.IsZero() {
		// An office abolished has no holder of now: a last term whose
		// end is left blank ended with it, when it began before.
		if last != nil && (last.endCellBlank || last.endBlank) && !last.start.IsZero() && !ab.Earliest().Before(last.start.Earliest()) {
			last.open, last.endBlank, last.endCellBlank = false, false, false
			last.end = ab
			last.note = joinNotes([]string{last.note, "office abolished"})
		}
		return
	}
	if oc.defunct && oc.incumbent.IsZero() {
		// The office's last holder named, and no date of its end: a
		// last term left blank has ended, when is not known.
		if last != nil && (last.endCellBlank || last.endBlank) {
			last.open, last.endBlank, last.endCellBlank, last.ended = false, false, false, true
			last.note = joinNotes([]string{last.note, "office abolished"})
		}
		return
	}
	if last != nil && last.endCellBlank && !oc.fromProse && (oc.vacant || personBase(last.name) != personBase(oc.incumbent)) {
		// The end cell left empty, and the infobox names another holder
		// of now, or none: the term has ended, when the page does not say.
		// (A sentence of prose, more often left stale than an infobox,
		// does not close a row the list leaves open.)
		last.open, last.endBlank, last.endCellBlank = false, false, false
		return
	}
	if oc.vacant {
		return
	}
	// The end left blank, or a single date ("Dana Whitlow, 2022") that
	// can only be the start of the term the infobox says goes on.
	if last == nil || last.open || last.ended || last.start.IsZero() || last.acting || !last.end.IsZero() && last.end != last.start {
		return
	}
	if personBase(last.name) == personBase(oc.incumbent) {
		last.open, last.end = true, Date{}
	}
}

// isBackMatter reports whether a heading opens the back matter of a page:
// its references, notes, links and reading lists.
func isBackMatter(h string) bool {
	h = trimSpace(h)
	for _, w := range backMatter {
		if strings.EqualFold(h, w) {
			return true
		}
	}
	return false
}

var backMatter = []string{"references", "notes", "footnotes", "citations", "sources", "external links", "see also", "further reading",
	"bibliography", "works cited", "notes and references", "references and notes", "explanatory notes", "gallery",
	"literature", "links"}

// isElectionHeading reports whether a heading opens a section of
// election results ("Elections", "2021 mayoral election", "Electoral
// history"): its tables date votes, not terms.
func isElectionHeading(h string) bool {
	l := strings.ToLower(h)
	if !strings.Contains(l, "election") && !strings.Contains(l, "electoral") && !strings.Contains(l, "opinion poll") {
		return false
	}
	return !hasRoleWord(strings.NewReplacer("mayoral", "", "gubernatorial", "", "presidential", "").Replace(l))
}

// unreadBlock reports a table or list that is not read as officeholders
// although it holds dates, so that nothing is dropped unseen.
func (x *extractor) unreadBlock(b Block) {
	switch b.Kind {
	case TableBlock:
		dated := 0
		for _, r := range b.Table.Rows {
			for _, c := range r.Cells {
				if sh := classifyCell(c); sh == shDate || sh == shRange {
					dated++
					break
				}
			}
		}
		if dated > 0 {
			x.finding(SeverityInfo, CodeUnreadBlock, x.ex.source.ID, b.Line,
				"a table of %d rows, %d with dates, has no column of holders' names; not read as officeholders (header %q)",
				len(b.Table.Rows), dated, strings.Join(nonEmpty(b.Table.Header.Cells), " | "))
		}
	case ListBlock:
		n := 0
		for i := range b.List.Items {
			if _, ok := x.readListLine(b.List, i); ok {
				n++
			}
		}
		if n > 0 {
			x.finding(SeverityInfo, CodeUnreadBlock, x.ex.source.ID, b.Line,
				"a list of %d items has only %d that read as a holder with a tenure; not read as officeholders", len(b.List.Items), n)
		}
	}
}

// addAlias records another name of the office.
func (c *officeClaim) addAlias(name string) {
	name = aliasOf(name, c.office.Title)
	if name != "" && name != c.office.Title && !slices.Contains(c.office.Aliases, name) {
		c.office.Aliases = append(c.office.Aliases, name)
	}
}

func (x *extractor) infoboxOffice(title string) officeClaim {
	ib := x.doc.Infobox
	c := officeClaim{line: ib.Line, fromInfobox: true}
	o := &c.office
	o.ID = officeID(title)
	o.Title = title
	o.SourceID = x.ex.source.ID
	var acting *InfoboxEntry // "Acting: Jane Roe", read once the incumbent is known
	sinceActing := false
	var vacantSince Date // "Incumbent: Vacant since 5 November 2026": the vacancy's, over an older Incumbentsince
	vacantLine := 0
	partly, abolishedLine := "", 0 // the place an abolition or a last holder is qualified by, and its line
	for i, e := range ib.Entries {
		name, idx := e.Field()
		if idx != 0 {
			continue
		}
		v := cleanCell(e.Value)
		switch name {
		case "post":
			o.Post = v
		case "body":
			o.Body = v
		case "jurisdiction":
			o.Jurisdiction = v
		case "type":
			o.OfficeType = v
		case "status":
			o.Status = v
		case "appointer":
			o.Appointer = v
		case "nominator":
			o.Nominator = v
		case "department":
			o.Department = v
		case "memberof":
			o.MemberOf = v
		case "deputy":
			o.Deputy = v
		case "formation":
			o.Formation, c.laterFormations = x.infoboxDate(o.ID, e, v)
			c.formationLine = e.Line
		case "last", "finalholder", "lastholder":
			if _, ok := holderName(v); ok {
				c.defunct = true
				partly = cmp.Or(partly, placeQualifier(v))
			}
		case "supersededby", "replacedby":
			if hasRoleWord(v) {
				c.defunct = true // "Superseded By: Chief Executive of Macau"
			}
		case "abolished":
			if from, to, ok := abolitionPeriod(v); ok {
				// "Between 1975 and 1982": abolished for a time and
				// restored, not abolished.
				x.finding(SeverityInfo, CodeSuspendedOffice, o.ID, e.Line,
					"the infobox gives the office as abolished from %s to %s, then restored: it has no abolition date", from, to)
			} else if hasDigit(v) { // "5 September 1954"; a "Yes" gives no date
				o.Abolished, _ = x.infoboxDate(o.ID, e, v)
				partly = cmp.Or(partly, placeQualifier(v))
				abolishedLine = e.Line
			}
		case "incumbentsince", "since": // "Since" under "Incumbent", as the rendered infobox labels it
			if rest, ok := cutPrefixFold(v, "since "); ok {
				v = rest // "Incumbentsince: since 1 July 2022", the label's word in the value
			}
			o.IncumbentSince, _ = x.infoboxDate(o.ID, e, v)
			c.sinceLine = e.Line
			c.hasIncumbentIB = true
			sinceActing = bracketSaysActing(v) // "25 December 2024 (acting)"
		case "incumbent":
			c.incumbentLine = e.Line
			c.hasIncumbentIB = true
			if nobodyValue(v) {
				c.vacant = true // "Vacant", "None": the office has no holder
				if _, since := cutSince(v); !since.IsZero() {
					vacantSince, vacantLine = since, e.Line
				}
				break
			}
			name, since := cutSince(v) // "Xi Jinping since 15 November 2012"
			if names := severalNames(name); names != nil {
				c.several, name = true, names[0]
			}
			c.incumbent = x.name(name)
			if hs := c.incumbent.coHolders(); hs != nil {
				// "Ann Lee and Bob Ray": the office held together; the
				// list has a term for each, the office names the first.
				c.incumbent = hs[0]
			}
			if !since.IsZero() && o.IncumbentSince.IsZero() {
				o.IncumbentSince = since
				c.sinceLine = e.Line
			}
		case "inaugural", "inauguralholder": // the rendered infobox's label
			c.inauguralLine = e.Line
			hs := datedHolders(v)
			if hs == nil {
				hs = holdersAs(v)
			}
			if hs != nil {
				// "Ann Lee (1912) Bob Ray (1992)", "Ann Lee as Governor of
				// the state, Bob Ray as Governor of the territory": the
				// first holder of each form of the office.
				c.inaugural = x.name(hs[0])
				for _, h := range hs[1:] {
					c.laterFirsts = append(c.laterFirsts, x.name(h))
				}
				break
			}
			c.inaugural = x.name(v)
		case "first", "firstholder":
			// "First: Mao Zedong", "First holder: Robert Herbert", as some
			// infoboxes call the inaugural holder; a date there is the
			// formation's, read elsewhere.
			if _, ok := holderName(v); ok && c.inaugural.IsZero() {
				c.inaugural = x.name(v)
				c.inauguralLine = e.Line
			}
		case "acting":
			if acting == nil {
				acting = &ib.Entries[i]
			}
		}
	}
	if !vacantSince.IsZero() && c.vacant {
		// The vacancy's day, which the infobox's value gives: an
		// Incumbentsince beside it was the holder's, left as it was.
		o.IncumbentSince, c.sinceLine = vacantSince, vacantLine
	}
	if acting != nil {
		x.readActing(&c, *acting)
	}
	if sinceActing && !c.incumbent.IsZero() {
		c.incumbent.Acting = true
	}
	if partly != "" && (!c.incumbent.IsZero() || c.vacant) && (!o.Abolished.IsZero() || c.defunct) {
		// "Abolished: 1 October 1949 (Mainland China)", "Last: Tung
		// Kuan-hsien (Mainland China)" beside "Incumbent: Han Kuo-yu" (or
		// "Vacant"): the office ended in one place and goes on.
		now := "names its holder of now"
		if c.vacant {
			now = "gives it as vacant now"
		}
		x.finding(SeverityInfo, CodePartlyAbolished, o.ID, cmp.Or(abolishedLine, c.incumbentLine),
			"the infobox gives the office as ended in %s, and %s: it is not abolished", partly, now)
		o.Abolished, c.defunct = Date{}, false
	}
	if o.Jurisdiction == "" {
		o.Jurisdiction = jurisdictionOf(title)
	}
	return c
}

// japanRegions are the regions a Japanese prefecture's infobox places it
// in, as written with and without long vowels.
var japanRegions = map[string]bool{"Hokkaido": true, "Hokkaidō": true, "Tohoku": true, "Tōhoku": true, "Kanto": true, "Kantō": true,
	"Chubu": true, "Chūbu": true, "Kansai": true, "Kinki": true, "Chugoku": true, "Chūgoku": true, "Shikoku": true,
	"Kyushu": true, "Kyūshū": true, "Kyushu and Okinawa": true, "Okinawa": true}

// japanesePlace reports whether a place's infobox places it in Japan: by
// its country or its region.
func japanesePlace(ib *Infobox) bool {
	for _, e := range ib.Entries {
		switch name, _ := e.Field(); name {
		case "country":
			if cleanCell(e.Value) == "Japan" {
				return true
			}
		case "region":
			if japanRegions[cleanCell(e.Value)] {
				return true
			}
		}
	}
	return false
}

// severalNames splits a value that lists several people's names by
// commas ("Zhang Youxia, Zhang Shengmin"), or returns nil: each part is
// a full name of two words or more, no post ("Xi Jinping, General
// Secretary"), no party ("Sheikh Hasina, Awami League") and no letters
// after a name ("Ann Lee, MP").
func severalNames(v string) []string {
	if !strings.Contains(v, ", ") {
		return nil
	}
	parts := strings.Split(v, ", ")
	for i, p := range parts {
		p = trimSpace(p)
		if len(strings.Fields(p)) < 2 || !unicode.IsUpper(firstRune(p)) || !plausibleName(p) || hasRoleWord(p) || hasDigit(p) ||
			slices.ContainsFunc(strings.Fields(p), func(w string) bool { return partyWords[w] || organisationWords[w] }) {
			return nil
		}
		parts[i] = p
	}
	return parts
}

// organisationWords name a party or a movement, not a person: "Awami
// League", "National Front".
var organisationWords = map[string]bool{"Party": true, "League": true, "Front": true, "Congress": true, "Alliance": true,
	"Union": true, "Movement": true, "Coalition": true, "Association": true, "Council": true}

// placeQualifier returns the place a bracket after an infobox value
// names ("1 October 1949 (Mainland China)": "Mainland China"), or "": a
// bracket that holds a date, a number or small words names none.
func placeQualifier(v string) string {
	i := strings.LastIndexByte(v, '(')
	if i < 0 || !strings.HasSuffix(v, ")") {
		return ""
	}
	q := trimSpace(v[i+1 : len(v)-1])
	if q == "" || hasDigit(q) || !unicode.IsUpper(firstRune(q)) || hasRoleWord(q) {
		return ""
	}
	for _, w := range strings.Fields(q) {
		if !unicode.IsUpper(firstRune(w)) {
			return "" // "(office abolished)", "(de facto)"
		}
	}
	return q
}

// bracketSaysActing reports whether a bracketed qualifier of an infobox
// value marks its holder as acting: "25 December 2024 (acting)", as some
// pages give the incumbent's start.
func bracketSaysActing(v string) bool {
	for {
		i := strings.IndexByte(v, '(')
		if i < 0 {
			return false
		}
		j := strings.IndexByte(v[i:], ')')
		if j < 0 {
			return false
		}
		if IsActingNote(trimSpace(v[i+1 : i+j])) {
			return true
		}
		v = v[i+j+1:]
	}
}

// readActing reads an office infobox's Acting key: the person acting in
// a vacant office ("Incumbent: Vacant", "Acting: Jane Roe"), or "yes" for
// an incumbent who acts.
func (x *extractor) readActing(c *officeClaim, e InfoboxEntry) {
	v := cleanCell(e.Value)
	switch strings.ToLower(v) {
	case "", "no", "false", "none":
		return
	case "yes", "true", "y", "acting":
		c.incumbent.Acting = !c.incumbent.IsZero()
		return
	}
	if !c.incumbent.IsZero() || nobodyValue(v) {
		return // the office's holder is named: they hold it
	}
	if _, ok := holderName(v); !ok {
		return
	}
	n := x.name(v)
	n.Acting = true
	c.incumbent, c.incumbentLine, c.vacant, c.hasIncumbentIB = n, e.Line, false, true
}

// abolitionPeriod reads an infobox's Abolished that gives a period, the
// office abolished for a time and restored: "Between 1975 and 1982",
// "January 1975 – December 1982", "1975–1982 (suspended)".
func abolitionPeriod(v string) (from, to Date, ok bool) {
	s := trimSpace(stripParens(v))
	if rest, found := cutPrefixFold(s, "between "); found {
		a, b, and := strings.Cut(rest, " and ")
		if !and {
			return Date{}, Date{}, false
		}
		s = trimSpace(a) + " – " + trimSpace(b)
	}
	t, err := ParseTenure(s)
	if err != nil || t.Start.IsZero() || t.End.IsZero() || t.Single {
		return Date{}, Date{}, false
	}
	return t.Start, t.End, true
}

// infoboxDate reads an infobox date, with a finding when it cannot or
// when it is approximate; a value that gives several dates, one per form
// of the office, gives the first and, as later, the others.
func (x *extractor) infoboxDate(subject string, e InfoboxEntry, v string) (d Date, later []Date) {
	hasWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	if strings.IndexFunc(v, hasWord) < 0 || strings.IndexFunc(stripParens(v), hasWord) < 0 && !hasDigit(v) {
		// "", or "- Formation: ," from a template left empty; or only the
		// labels of dates the rendering lost, "(ROC handover), (current
		// form)".
		return Date{}, nil
	}
	d, err := ParseDate(stripParens(v))
	if err != nil {
		parts := stagedDates(v)
		if parts == nil {
			parts = datedParts(v)
			if len(parts) < 2 {
				parts = nil
			}
		}
		if parts == nil {
			x.finding(SeverityError, CodeUnparsedDate, subject, e.Line, "%s %q: %v", e.Key, e.Value, err)
			return Date{}, nil
		}
		// "8 October 1928 (original) 17 May 1948 (1947 Constitution)":
		// the first is when the office began, the others later forms.
		d, later = parts[0], parts[1:]
		if len(later) > 0 {
			x.finding(SeverityInfo, CodeSeveralDates, subject, e.Line, "%s %q gives %d dates; kept the first, %s", e.Key, e.Value, len(parts), d)
		}
	}
	if d.Approximate {
		x.finding(SeverityInfo, CodeApproximateDate, subject, e.Line, "%s %q is approximate; kept as %s", e.Key, e.Value, d)
	}
	return d, later
}

// stagedDates reads a value that names the forms an office took, each
// label followed by the date it began: "Secretary: 12 July 1918; First
// Secretary: 23 November 1920", or a mirror's flattened list "Secretary
// of the Organizational Bureau:, 20 April 1918, Secretary:, 12 July 1918,
// * General Secretary:, 20 March 1925 – 23 January 1934" (a range gives
// its start). It returns the dates in order, or nil unless the value is
// all labels each with a date.
func stagedDates(v string) []Date {
	var dates []Date
	for rest := v; ; {
		colon := strings.IndexByte(rest, ':')
		if colon < 0 {
			if len(dates) == 0 || strings.Trim(rest, " ,;") != "" {
				return nil
			}
			return dates
		}
		if label := strings.Trim(rest[:colon], " ,;*•·-"); !hasLetter(label) || len(label) > 80 {
			return nil
		}
		rest = rest[colon+1:]
		// The date is the longest run of the pieces up to the next label
		// that reads as one ("March 20, 1925" is two pieces).
		span := rest
		if next := strings.IndexByte(rest, ':'); next >= 0 {
			span = rest[:next]
		}
		var d Date
		end := -1
		for i := 0; i <= len(span); i++ {
			if i < len(span) && span[i] != ',' && span[i] != ';' {
				continue
			}
			if p, ok := stageDate(span[:i]); ok {
				d, end = p, i
			}
		}
		if end < 0 {
			return nil
		}
		dates = append(dates, d)
		rest = rest[end:]
	}
}

// stageDate reads the date a stage began: a date, or a range's start.
func stageDate(s string) (Date, bool) {
	s = trimSpace(s)
	if s == "" {
		return Date{}, false
	}
	if d, err := ParseDate(stripParens(s)); err == nil {
		return d, true
	}
	if t, err := ParseTenure(s); err == nil && !t.Start.IsZero() {
		return t.Start, true
	}
	return Date{}, false
}

// datedParts reads a value that gives several dates one after another,
// each with its qualifier in brackets: "8 October 1928 (original) 17 May
// 1948 (1947 Constitution)", "8 October 1928; 95 years ago (1928-10-08)
// (original) 17 May 1948; …". It returns the dates in order, or nil when a
// part is no date.
func datedParts(v string) []Date {
	var dates []Date
	for rest := trimSpace(v); rest != ""; {
		// A part runs to the bracket that closes its last qualifier: up to
		// the text after a closing bracket that starts no bracket.
		end := len(rest)
		for i := 0; i < len(rest); i++ {
			if rest[i] != ')' {
				continue
			}
			after := strings.TrimLeft(rest[i+1:], " ")
			if after != "" && after[0] != '(' {
				end = i + 1
				break
			}
		}
		part := trimSpace(stripParens(rest[:end]))
		rest = trimSpace(rest[end:])
		if part == "" {
			return nil
		}
		if d, err := ParseDate(part); err == nil {
			dates = append(dates, d)
			continue
		}
		// "November 1912 21 July 1992": dates one after another, their
		// qualifiers lost.
		ds := unbracketedDates(part, 3)
		if ds == nil {
			return nil
		}
		dates = append(dates, ds...)
	}
	return dates
}

// unbracketedDates reads text that is two to max dates separated by
// spaces ("November 1912 21 July 1992"), or returns nil.
func unbracketedDates(s string, max int) []Date {
	if max < 2 || len(s) > 80 {
		return nil
	}
	for i := strings.IndexByte(s, ' '); i > 0; {
		if d, err := ParseDate(s[:i]); err == nil {
			rest := trimSpace(s[i+1:])
			if r, err := ParseDate(rest); err == nil {
				return []Date{d, r}
			}
			if more := unbracketedDates(rest, max-1); more != nil {
				return append([]Date{d}, more...)
			}
		}
		j := strings.IndexByte(s[i+1:], ' ')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return nil
}

// datedHolders reads an infobox value that names several holders, each
// with the year of the form of the office they were first to hold:
// "Tögs-Ochiryn Namnansüren (1912) Puntsagiin Jasrai (1992)". It returns
// nil for any other value, one name with its dates among them.
func datedHolders(v string) []string {
	var names []string
	for rest := trimSpace(v); rest != ""; {
		open := strings.IndexByte(rest, '(')
		if open <= 0 {
			return nil
		}
		end := strings.IndexByte(rest[open:], ')')
		if end < 0 {
			return nil
		}
		end += open
		if _, err := ParseDate(trimSpace(rest[open+1 : end])); err != nil {
			return nil // "Ann Lee (acting)", "Ann Lee (1901–1980)"
		}
		name := trimSpace(rest[:open])
		if !hasLetter(name) {
			return nil
		}
		names = append(names, name)
		rest = trimSpace(rest[end+1:])
	}
	if len(names) < 2 {
		return nil
	}
	return names
}

// holdersAs reads holders written with the form of the office each held
// first, entries apart by ", ," or ";" (a line break the rendering
// lost): "Pratapsingh Rane as Chief Minister of Goa state, , Dayanand
// Bandodkar as Chief Minister of the Union Territory of Goa, Daman and
// Diu" → the two names, in order. It returns nil for a value not written
// so.
func holdersAs(v string) []string {
	if !strings.Contains(v, " as ") {
		return nil // most values
	}
	var names []string
	for _, part := range strings.FieldsFunc(strings.ReplaceAll(v, ", ,", ";"), func(r rune) bool { return r == ';' }) {
		name, form, ok := strings.Cut(part, " as ")
		name = trimSpace(strings.Trim(name, " ,"))
		if !ok || strings.ContainsRune(name, ',') || len(strings.Fields(name)) < 2 || len(strings.Fields(name)) > 5 ||
			!plausibleName(name) || !hasRoleWord(form) {
			return nil
		}
		names = append(names, name)
	}
	return names
}

// postPerItem reports whether every item of a list that reads as a
// holder names its post before the holder ("Governor: Li Si (1949–1955)").
func (x *extractor) postPerItem(l *List) bool {
	n := 0
	for i := range l.Items {
		if ll, ok := x.readListLine(l, i); ok {
			if ll.post == "" {
				return false
			}
			n++
		}
	}
	return n > 0
}

// isCurrentPostsList reports whether the list block at idx names posts
// and their holders of now, with no dates, under a heading that says so
// ("Current leaders", "Incumbents"), on a page whose title names the
// place: "- Party Secretary: Hu Changsheng (胡昌升)".
func isCurrentPostsList(doc *Document, idx int) bool {
	if placeOf(doc.Title) == "" {
		return false
	}
	hs := doc.headingsAbove(idx)
	if len(hs) == 0 || !currentWords.in(hs[0]) {
		return false
	}
	l := doc.Blocks[idx].List
	if len(l.Items) < 2 {
		return false
	}
	for _, it := range l.Items {
		if _, _, ok := currentPost(it.Text); !ok {
			return false
		}
	}
	return true
}

// currentWords say a heading lists the holders of now.
var currentWords = newFoldWords("current", "incumbent", "leadership", "leaders", "officials")

// currentPost splits "Party Secretary: Hu Changsheng (胡昌升)" into its
// post and holder: a post's title before the colon, and after it a name
// and no date.
func currentPost(s string) (post, holder string, ok bool) {
	post, holder, ok = strings.Cut(s, ":")
	post, holder = trimSpace(post), trimSpace(holder)
	if !ok || !isPostAndHolder(post, holder) {
		return "", "", false
	}
	return post, holder, true
}

// isPostAndHolder reports whether post is one post's title and holder
// one person of now: a name and no date, not several people (a
// navigation box's "Governors: A · B · C").
func isPostAndHolder(post, holder string) bool {
	return hasRoleWord(post) && isOnePost(post) && isOneHolder(holder)
}

// isOnePost reports whether a post's title is one post's, not the
// holders' of many years ("Party Secretaries: …").
func isOnePost(post string) bool {
	words := strings.Fields(post)
	return len(post) <= 60 && len(words) > 0 && singular(words[len(words)-1]) == words[len(words)-1]
}

// isOneHolder reports whether a post's holder is one person named
// without dates.
func isOneHolder(holder string) bool {
	return holder != "" && !hasDigit(cleanCell(holder)) && !strings.ContainsAny(holder, ":;,·•/") && !strings.Contains(holder, " and ")
}

// currentPosts reads a list of posts and their holders of now (see
// isCurrentPostsList): each item an open term of its post, whose start
// the page does not give.
func (x *extractor) currentPosts(l *List) {
	place := placeOf(x.doc.Title)
	for _, it := range l.Items {
		post, holder, _ := currentPost(it.Text)
		name := x.name(holder)
		if name.IsZero() || isVacancyText(holder) || isUnknownHolder(holder) {
			x.finding(SeverityInfo, CodeVacancyRow, x.ex.source.ID, it.Line, "item %q names no holder", it.Text)
			continue
		}
		officeID := x.officeClaim(canonicalOfficeTitle(post, place), post, it.Line)
		c := termClaim{officeID: officeID, sourceID: x.ex.source.ID, line: it.Line, pos: x.nextPos(), name: name, list: x.listNo, open: true}
		c.acting = name.Acting || actingWordSet.prefix(post) > 0
		c.note = name.Note()
		x.ex.terms = append(x.ex.terms, c)
	}
}

// isOfficeholderList reports whether most items of a list read as a
// holder with a tenure, in any arrangement (see readListLine).
func (x *extractor) isOfficeholderList(l *List) bool {
	n, top := 0, 0
	for i := range l.Items {
		if l.Items[i].Depth > 1 {
			continue // a note or an acting holder under an item
		}
		top++
		if _, ok := x.readListLine(l, i); ok {
			n++
		}
	}
	return n > 0 && n*2 >= top
}

// vacancyWords say that a row names no holder: a vacancy, or a period
// of other rule ("Japanese occupation", "Under martial law", "Governor
// Rule (Bertrand Glancy)").
var vacancyWords = newFoldWords("interregnum", "vacant", "vacancy", "abolished", "no secretary", "none",
	"occupation", "martial law", "military rule", "direct rule", "not filled", "unfilled", "in abeyance", "suspended",
	"president's rule", "president’s rule", "governor's rule", "governor’s rule", "president rule", "presidential rule",
	"governor rule")

// absorbedWords begin a row that says the place was for a time part of
// another, so that the office was not there to fill: "Part of West
// Pakistan province", "Merged into Chahar".
var absorbedWords = newFoldWords("part of ", "merged into ", "merged with ", "incorporated into ", "annexed to ", "annexed by ")

// isVacancyText reports whether a holder's cell or item names no holder
// but a vacancy, a period of other rule, or the place's absorption into
// another.
func isVacancyText(s string) bool { return vacancyWords.in(s) || absorbedWords.prefix(s) > 0 }

// endedWords say that an office ceased to be, not that it went unfilled.
var endedWords = newFoldWords("abolish", "dissolv", "merged", "defunct", "ceased", "part of ", "incorporated into ", "annexed ")

// opensVacancy reports whether text says the office went unfilled
// ("Vacant"), not that it ceased ("Office abolished").
func opensVacancy(text string) bool { return isVacancyText(text) && !endedWords.in(text) }

// vacancyOf records the period of a vacancy row, read from its dates,
// unless the row says the office ceased ("Office abolished"): that is no
// vacancy to hold open.
func (x *extractor) vacancyOf(text string, span heldSpan, ok bool) {
	if ok && opensVacancy(text) {
		x.ex.vacant = append(x.ex.vacant, span)
	}
}

// isUnknownHolder reports whether a name cell says the holder is not
// known: "Unknown", "?".
func isUnknownHolder(s string) bool {
	if len(s) > 24 || s == "" || !strings.ContainsRune("uUnN?([", rune(s[0])) {
		return false // a name, or a longer note
	}
	s = strings.Trim(cleanCell(s), " .()[]")
	// "NA", "N/A": not available, as a list of the city's presidents
	// writes the centuries it has no names for ("| 1542–1912 | NA |").
	for _, w := range []string{"unknown", "not known", "?", "??", "unknown holder", "name unknown", "na", "n/a", "n.a", "not available"} {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

// cutSince splits "Name since DATE", "Name, since DATE" or "Name (since
// DATE)" into the name and the date; a value without a readable date is
// returned whole.
func cutSince(v string) (string, Date) {
	i := lastIndexFold(v, "since ")
	if i <= 0 {
		return v, Date{}
	}
	rest, qual := trimSpace(v[i+len("since "):]), ""
	if j := strings.LastIndexByte(rest, '('); j > 0 && strings.HasSuffix(rest, ")") && IsActingNote(trimSpace(rest[j+1:len(rest)-1])) {
		// "Liu Jie since 25 December 2024 (acting)": the mark is the
		// holder's, kept with the name.
		rest, qual = rest[:j], " "+rest[j:]
	}
	d, err := ParseDate(trimDateNoise(strings.Trim(rest, " )")))
	if err != nil {
		return v, Date{}
	}
	return strings.TrimRight(v[:i], " ,(;") + qual, d
}

// nobodyValue reports whether an infobox value names no one: "Vacant",
// "Vacant since 12 March 2027", "None", "Position abolished", a lone dash.
func nobodyValue(v string) bool {
	v = strings.ToLower(strings.Trim(cleanCell(v), " .–—-()"))
	if v == "" || slices.Contains(notPeople, v) || officeStatus(v) {
		return true
	}
	for _, p := range []string{"office ", "position ", "post ", "seat "} {
		v = strings.TrimPrefix(v, p)
	}
	w, _, _ := strings.Cut(v, " ")
	w = strings.TrimRight(w, ",;:([")
	return slices.Contains(notPeople, v) || w == "vacant" || w == "vacancy" || w == "none" || w == "abolished" || isElectoralSeat(v)
}

// isElectoralSeat reports whether a lower-cased value names a kind of
// seat rather than its holder: "Multi-member district", "At-large seat",
// "Proportional representation", "Party list" (a predecessor in a
// legislator's infobox).
func isElectoralSeat(v string) bool {
	switch v {
	case "proportional representation", "party list", "party-list", "at-large", "at large", "national list":
		return true
	}
	kind, seat, ok := strings.Cut(v, " ")
	if !ok {
		return false
	}
	switch seat {
	case "district", "constituency", "seat", "seats", "list", "representation":
		switch kind {
		case "multi-member", "single-member", "at-large", "multi-seat", "single-seat", "proportional", "national", "party":
			return true
		}
	}
	return false
}

// officeStatus reports whether v says what became of an office, not who
// held it: "Title created", "Constituency established", "New seat",
// "Ministry abolished".
func officeStatus(v string) bool {
	a, b, ok := strings.Cut(v, " ")
	if !ok || strings.Contains(b, " ") {
		return false
	}
	bodies := []string{"office", "position", "post", "seat", "title", "constituency", "district", "council",
		"ministry", "department", "province", "prefecture", "county", "city", "municipality", "region"}
	if a == "new" {
		return slices.Contains(bodies, b)
	}
	switch b {
	case "established", "created", "abolished", "dissolved", "merged", "vacant", "vacated":
		return slices.Contains(bodies, a)
	}
	return false
}

// joinNotes joins the non-empty notes with "; ".
func joinNotes(notes []string) string {
	first, n := "", 0 // most rows have one note or none: no copy
	for _, s := range notes {
		if s != "" {
			if n == 0 {
				first = s
			}
			n++
		}
	}
	if n <= 1 {
		return first
	}
	return strings.Join(nonEmpty(notes), "; ")
}

// nonEmptyEqual reports whether the non-empty cells are want, in order:
// slices.Equal(nonEmpty(cells), want), without making the slice.
func nonEmptyEqual(cells, want []string) bool {
	k := 0
	for _, c := range cells {
		if c == "" {
			continue
		}
		if k == len(want) || c != want[k] {
			return false
		}
		k++
	}
	return k == len(want)
}

func nonEmpty(cells []string) []string {
	var out []string
	for _, c := range cells {
		if c != "" {
			out = append(out, c)
		}
	}
	return out
}

// qualifiers removes parenthesised qualifiers and stray brackets from a
// date or tenure text, setting acting on the claim and returning the rest.
func (x *extractor) qualifiers(c *termClaim, s string) string {
	s = unwrapBracketedEnd(unwrapBracketedCell(cutSortKey(westernYears(cleanCell(s)))))
	var quals []string
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			break
		}
		q := trimSpace(s[i+1 : i+j])
		after := trimSpace(s[i+j+1:])
		if k := strings.IndexByte(after, '('); k > 0 && strings.HasSuffix(after, ")") {
			after = trimSpace(after[:k]) // "15 March 2008 (full)": the second date's own word
		}
		if isWholeTermActing(q) && after != "" && i > 0 && isDateText(trimSpace(s[:i])) && isDateText(after) {
			// "30 September 2021 (acting) 27 January 2022", "… (full)":
			// acting from the first date, in full from the second; the
			// term starts at the first.
			quals = append(quals, strings.ToLower(q)+" until "+after)
			s = trimSpace(s[:i])
			break
		}
		if notes, ok := actingWithNotes(q); ok {
			c.acting = true // "(acting, 2nd time)"
			quals = append(quals, notes...)
		} else if isWholeTermActing(q) {
			c.acting = true
		} else if q != "" {
			quals = append(quals, q)
		}
		s = trimSpace(s[:i] + " " + s[i+j+1:])
	}
	s = trimDateNoise(s)
	for _, q := range quals {
		if sameDate(q, s) {
			continue // "June 2, 1990 (1990-06-02)": the date again, for sorting
		}
		if isDurationText(q) {
			continue // "12 June 2024 (184 days)": how long until the page was written, as a Duration column's
		}
		if c.note != "" {
			c.note += "; "
		}
		c.note += q
	}
	if strings.ContainsAny(s, "()") {
		clean := trimSpace(strings.NewReplacer("(", "", ")", "").Replace(s))
		x.finding(SeverityInfo, CodeStrayText, c.officeID, c.line, "stray bracket in %q ignored", s)
		s = clean
	}
	return s
}

// isDateText reports whether s is one date and nothing else.
func isDateText(s string) bool {
	if !hasDigit(s) {
		return false
	}
	_, err := ParseDate(trimDateNoise(s))
	return err == nil
}

// cutSortKey removes the sort key a sortable table's date cell renders
// before the date it sorts: "0000000001976-06-02-0000 2 June 1976", an
// ISO date before the same date in words ("1976-06-02 2 June 1976"), or
// one with a year of five digits glued to it ("01850-05-01May 1, 1850").
func cutSortKey(s string) string {
	if len(s) > 11 && s[0] == '0' && isPaddedISODate(s[:11]) && !isDigit(s[11]) {
		// "01850-05-01May 1, 1850": a date template's key, a year of
		// five digits, glued to the date it sorts.
		if rest := trimSpace(s[11:]); sameDate(s[1:11], rest) {
			return rest
		}
	}
	key, rest, ok := strings.Cut(s, " ")
	if !ok || len(key) < 8 || !isDigit(key[0]) {
		return s
	}
	if strings.HasPrefix(key, "0000") && strings.Trim(key, "0123456789-") == "" {
		return trimSpace(rest)
	}
	if sameDate(key, rest) {
		return trimSpace(rest)
	}
	return s
}

// isPaddedISODate reports whether s is a date written as a sort key does,
// with a year of five digits: "01850-05-01".
func isPaddedISODate(s string) bool {
	if len(s) != 11 || s[5] != '-' || s[8] != '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i != 5 && i != 8 && !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// sameDate reports whether a and b are both dates, and the same one at the
// same precision.
func sameDate(a, b string) bool {
	if !hasDigit(a) || !hasDigit(b) {
		return false
	}
	da, err := ParseDate(a)
	if err != nil {
		return false
	}
	db, err := ParseDate(trimDateNoise(b))
	return err == nil && da == db
}

// isWholeTermActing reports whether a note marks the whole term acting:
// "acting", "interim". One with a date ("acting until April 1955") says
// only part of it was, and stays a note.
func isWholeTermActing(q string) bool {
	return IsActingNote(q) && !hasDigit(q)
}

// openQualified writes a date followed by an open end in brackets as an
// open range: "1998 (incumbent)" is "1998 – incumbent", in office since
// 1998, not a term of 1998 alone.
func openQualified(s string) string {
	s = trimSpace(s)
	if !strings.HasSuffix(s, ")") {
		return s
	}
	i := strings.LastIndexByte(s, '(')
	if i <= 0 {
		return s
	}
	q, head := trimSpace(s[i+1:len(s)-1]), trimSpace(s[:i])
	if !IsOpenEnd(q) {
		return s
	}
	if _, err := ParseDate(trimDateNoise(cleanCell(head))); err != nil {
		return s
	}
	return head + " – " + q
}

// tenureInto reads a tenure text ("1949–1954", "2010-Incumbent") into c.
func (x *extractor) tenureInto(c *termClaim, raw string) {
	if label, rest, ok := cutTermLabel(trimSpace(raw)); ok {
		c.note = joinNotes([]string{c.note, label}) // "1st term: 1995–1998"
		raw = rest
	}
	s := x.qualifiers(c, openQualified(raw))
	t, err := ParseTenure(s)
	if err != nil {
		x.finding(SeverityError, CodeUnparsedDate, c.officeID, c.line, "tenure %q of %s: %v", raw, c.name.display(), err)
		return
	}
	c.start, c.end, c.open, c.endBlank = t.Start, t.End, t.Open, t.EndBlank
	if t.EndEvent != "" {
		// "1940 – died 1944": how the term ended, as an end cell's
		// "died 1944" says it.
		c.note = joinNotes([]string{c.note, t.EndEvent})
		c.ended = true
		if t.End.IsZero() {
			x.finding(SeverityInfo, CodeUndatedEnd, c.officeID, c.line, "end %q of %s says how the term ended, not when; the end is unknown", t.EndEvent, c.name.display())
		}
	}
	if t.Single {
		x.finding(SeverityInfo, CodeSingleDateTerm, c.officeID, c.line, "tenure of %s given as the single date %q; recorded as start and end %s", c.name.display(), s, t.Start)
	}
	x.noteApprox(c, t.Start, raw)
	x.noteApprox(c, t.End, raw)
}

func (x *extractor) noteApprox(c *termClaim, d Date, raw string) {
	if d.Approximate {
		x.finding(SeverityInfo, CodeApproximateDate, c.officeID, c.line, "date %q of %s is approximate; kept as %s", raw, c.name.display(), d)
	}
}

// isRangeText reports whether a cell holds a range of dates, open or
// closed ("1949–1954", "2019–present"), not a single date.
func isRangeText(s string) bool {
	if !hasDigit(s) {
		return false
	}
	if _, err := ParseDate(trimDateNoise(trimSpace(s))); err == nil {
		return false
	}
	t, err := ParseTenure(trimDateNoise(stripParens(s)))
	return err == nil && !t.Single && !t.Start.IsZero()
}

// endEventWords say how a term ended: "Died in office", "Resigned",
// "Deposed", "Assassinated".
var endEventWords = newFoldWords("died", "deceased", "resign", "deposed", "removed", "assassinat", "killed", "executed",
	"dismissed", "overthrown", "abdicat", "impeached", "ousted", "retired", "expelled", "purged", "arrested",
	// How an envoy's mission ended, as lists of ambassadors give it:
	// "Left post, May 4, 1954", "Superseded, July 1, 1958".
	"left post", "superseded", "relinquished", "recalled", "presentation of recall", "mission terminated",
	// The office itself ended: "Office abolished 5 September 1954".
	"office abolished", "post abolished", "position abolished")

// IsEndEvent reports whether a text tells how a term ended and gives no
// date: "Died in office", "Resigned". One of its words must start with
// such a word.
func IsEndEvent(s string) bool {
	if len(s) > 60 || hasDigit(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if (i == 0 || s[i-1] == ' ') && endEventWords.prefix(s[i:]) > 0 {
			return true
		}
	}
	return false
}

// datedEvent reads a date cell whose date follows words: how the term
// ended ("died 4 March 1960", "Assassinated 22 November 1963", "d. 1990",
// "Left post, May 4, 1954")
// or a preposition ("until 1970", "to 1985", "from 1980"). It returns the
// date's text and the event's words, "" for a preposition; ok is false
// when s is not so written.
func datedEvent(s string) (date, event string, ok bool) {
	if rest, ok := strings.CutPrefix(s, "†"); ok {
		// "† 1960", "†4 March 1960": the dagger of a death, as "d." is.
		rest = trimSpace(rest)
		if _, err := ParseDate(rest); err == nil {
			return rest, "died", true
		}
		return "", "", false
	}
	if s == "" || !isASCIILetter(s[0]) || !hasDigit(s) {
		return "", "", false
	}
	// The words run to the first that starts the date: a number or a
	// month's name.
	i := 0
	for i < len(s) {
		if isDigit(s[i]) || (i == 0 || s[i-1] == ' ') && startsWithMonth(s[i:]) {
			break
		}
		if c := s[i]; !isASCIILetter(c) && c != ' ' && c != '.' && !(c == ',' && i+1 < len(s) && s[i+1] == ' ') {
			return "", "", false
		}
		i++
	}
	// "Left post, May 4, 1954": the words may end with a comma.
	words, date := strings.TrimRight(trimSpace(s[:i]), ","), trimSpace(s[i:])
	if words == "" || date == "" {
		return "", "", false
	}
	if _, err := ParseDate(date); err != nil {
		return "", "", false
	}
	switch l := strings.ToLower(words); {
	case datePrepositions[l]:
		return date, "", true
	case l == "d.":
		return date, "died", true
	case endEventWords.prefix(l) > 0 && len(l) <= 30:
		return date, words, true
	}
	return "", "", false
}

// datePrepositions are the words a date cell may put before its date.
var datePrepositions = map[string]bool{"from": true, "since": true, "until": true, "till": true, "to": true, "up to": true, "on": true,
	"in office since": true, "serving since": true, "in office from": true, "assumed office": true, "took office": true, "sworn in": true}

// dateCell reads a start or end cell. It reports an open end for
// "Incumbent" or "present".
func (x *extractor) dateCell(c *termClaim, raw string, isEnd bool) (Date, bool) {
	// A dash before the value is the range's, split between two cells
	// ("−present", "– 1994"): no date starts with one. A dash alone, or a
	// "?", says the date is not given or not known: not an error of
	// reading.
	s := strings.TrimLeft(x.qualifiers(c, raw), "–—−- ")
	if s == "" || isUnknownDate(s) {
		return Date{}, false
	}
	if isEnd && IsEndEvent(s) {
		// "Died in office", "Resigned": how the term ended, not when.
		c.note = joinNotes([]string{c.note, s})
		c.ended = true
		x.finding(SeverityInfo, CodeUndatedEnd, c.officeID, c.line, "end %q of %s says how the term ended, not when; the end is unknown", raw, c.name.display())
		return Date{}, false
	}
	if IsOpenEnd(s) {
		if !isEnd {
			x.finding(SeverityWarning, CodeUnparsedDate, c.officeID, c.line, "start %q of %s is not a date", raw, c.name.display())
			return Date{}, false
		}
		return Date{}, true
	}
	what := "start"
	if isEnd {
		what = "end"
	}
	if date, event, ok := datedEvent(s); ok {
		// "died 4 March 1960", "until 1970": the date, and how the term
		// ended in the note.
		if event != "" {
			c.note = joinNotes([]string{c.note, event})
			c.ended = c.ended || isEnd
		}
		s = date
	}
	d, err := ParseDate(s)
	if err != nil {
		// Two dates in one cell ("1918–19"): the date is known only to lie
		// between them. The start keeps the earlier, the end the later.
		if t, terr := ParseTenure(s); terr == nil && !t.Start.IsZero() && !t.End.IsZero() && !t.Single {
			d = t.Start
			if isEnd {
				d = t.End
			}
			d.Approximate = true
			x.finding(SeverityInfo, CodeApproximateDate, c.officeID, c.line, "%s %q of %s gives two dates; kept as %s, approximate", what, raw, c.name.display(), d)
			return d, false
		}
		x.finding(SeverityError, CodeUnparsedDate, c.officeID, c.line, "%s %q of %s: %v", what, raw, c.name.display(), err)
		return Date{}, false
	}
	x.noteApprox(c, d, raw)
	return d, false
}

func (n Name) display() string {
	switch {
	case n.EN != "" && n.Native != "":
		return n.EN + " (" + n.Native + ")"
	case n.EN != "":
		return n.EN
	}
	return n.Native
}

// list reads an officeholder list ("1. Name (中文): 1949–1954").
// lostHolderTenure reads a list item whose holder's name is missing before
// the colon that would follow it, ": February 1993 – February 1996" (a
// template the copy could not expand), as the tenure alone.
func lostHolderTenure(text string) (Tenure, bool) {
	v := trimSpace(strings.TrimPrefix(trimSpace(text), "()"))
	if !strings.HasPrefix(v, ":") {
		return Tenure{}, false
	}
	t, err := ParseTenure(trimDateNoise(stripParens(trimSpace(v[1:]))))
	return t, err == nil && !t.Start.IsZero()
}

func (x *extractor) list(officeID string, l *List) {
	x.ex.terms = slices.Grow(x.ex.terms, len(l.Items))
	listOffice := officeID // "" when each item names its post
	// items counts the holders listed, for positional ordinals; a further
	// list of the same office in the document goes on counting.
	items := x.places[listOffice]
	numbered := x.numbered[listOffice]
	if listOffice != "" {
		defer func() { x.places[listOffice] = items }()
	}
	if listOffice == "" {
		officeID = x.ex.source.ID // the subject of findings before the first post
	}
	for i := range l.Items {
		if listOffice == "" {
			break // each item's own office: none of the list's to number
		}
		if l.Items[i].Number > 0 {
			x.numbered[listOffice] = true
		} else if ll, ok := x.readListLine(l, i); ok && ll.number > 0 {
			x.numbered[listOffice] = true // "1st: Ann Lee (1949–1952)"
		}
	}
	skippedNumbers := 0 // the renderer's numbers given to indented items so far
	for i := range l.Items {
		it := &l.Items[i]
		if it.AtCut && (x.doc.endsInSpace || !hasDigit(it.Text) || looksCut(it.Text)) {
			// "2. Ou M", "1. Shi Kehui (施克辉): 2018–201": the copy ends
			// in the middle of the item.
			x.finding(SeverityWarning, CodeCutShort, officeID, it.Line, "list item %q is cut short at the end of the document, in its name or dates; skipped", it.Text)
			continue
		}
		ll, ok := x.readListLine(l, i)
		if !ok {
			if it.Depth > 1 && !hasDigit(it.Text) {
				continue // a note under an item: "** Deputy: Ann Lee"
			}
			if n, ok := x.undatedHolder(it); ok && listOffice != "" {
				// "8. Hu Ping (胡平)" among dated holders: the eighth
				// holder, dates not given, as a table's row without them.
				items++
				x.ex.terms = append(x.ex.terms, termClaim{officeID: officeID, sourceID: x.ex.source.ID, line: it.Line, pos: x.nextPos(),
					name: n, list: x.listNo, ordinal: it.Number, acting: n.Acting, note: n.Note()})
				continue
			}
			if t, ok := lostHolderTenure(it.Text); ok && listOffice != "" && it.Depth <= 1 {
				// "# : February 1993-February 1996": the copy lost the
				// name before the colon; someone held the office then, and
				// takes their place in the numbering.
				x.finding(SeverityWarning, CodeMissingName, officeID, it.Line, "list item %q has a tenure but its holder's name was lost by the copy; skipped", it.Text)
				items++
				x.ex.unknown = append(x.ex.unknown, heldSpan{officeID, t.Start, t.End})
				continue
			}
			x.finding(SeverityWarning, CodeUnparsedListItem, officeID, it.Line, "list item %q has no holder with a tenure; skipped", it.Text)
			continue
		}
		if isVacancyText(ll.name) {
			x.finding(SeverityInfo, CodeVacancyRow, officeID, it.Line, "item %q marks a vacancy, not a holder", it.Text)
			t, err := ParseTenure(trimDateNoise(stripParens(ll.tenure)))
			x.vacancyOf(ll.name, heldSpan{officeID, t.Start, t.End}, err == nil)
			continue
		}
		if isUnknownHolder(ll.name) {
			x.finding(SeverityInfo, CodeVacancyRow, officeID, it.Line, "item %q names no known holder; not read as a person", it.Text)
			items++ // someone held the post: later positions count it
			if t, err := ParseTenure(trimDateNoise(stripParens(ll.tenure))); err == nil {
				x.ex.unknown = append(x.ex.unknown, heldSpan{officeID, t.Start, t.End})
			}
			continue
		}
		if ll.post != "" && listOffice == "" {
			officeID = x.officeClaim(canonicalOfficeTitle(ll.post, placeOf(x.doc.Title)), ll.post, it.Line)
		}
		c := termClaim{officeID: officeID, sourceID: x.ex.source.ID, line: it.Line, pos: x.nextPos(), name: x.localize(ll.holder), list: x.listNo}
		// "Acting Governor: Ann Lee (1990)" in a list of one office.
		c.acting = c.name.Acting || ll.post != "" && actingWordSet.prefix(ll.post) > 0 || x.marksActing(ll.name)
		markedOpen := c.name.cutOpenMark() // "Eve Ford (incumbent): 2014"
		c.note = c.name.Note()
		if x.marksDeath(ll.name) {
			c.note = joinNotes([]string{c.note, "died in office"}) // "Ann Lee†" under "† Died in office"
		}
		c.ordinal = cmp.Or(it.Number, ll.number)
		indented := strings.HasPrefix(it.Text, ":")
		switch {
		case indented:
			// "5. : Ramon Gener (1379–1380)": an item indented under the
			// numbered ones, a further term numbered only by the
			// renderer's count, which takes no place in the numbering.
			c.ordinal = 0
			skippedNumbers++
		case skippedNumbers > 0 && it.Number == i+1:
			c.ordinal = it.Number - skippedNumbers // "6. Joan I d'Empúries" after one: the fifth
		}
		if it.Depth <= 1 && listOffice != "" && !indented {
			items++
			if c.ordinal == 0 && !numbered {
				c.ordinal, c.posOrdinal = items, true
			}
		}
		// A nested item ("** Per Lie (acting), 1954") is a holder within
		// the term above it: it takes no place in the numbering.
		for _, q := range ll.after {
			if isWholeTermActing(q) {
				c.acting = true
			} else {
				c.note = joinNotes([]string{c.note, q})
			}
		}
		// One term for each tenure the line gives ("1980–1984; 1988–1992"),
		// under the item's one number, and for each of the people who
		// held the office together ("Ann Lee / Bob Ray").
		holders := c.name.coHolders()
		if holders == nil {
			holders = []Name{c.name}
		}
		for h, name := range holders {
			for k, tenure := range append([]string{ll.tenure}, ll.more...) {
				t := c
				t.name = name
				if k > 0 || h > 0 {
					t.pos = x.nextPos()
				}
				x.tenureInto(&t, tenure)
				if markedOpen && k == len(ll.more) && !t.open && (t.end.IsZero() || t.end == t.start) {
					t.end, t.open = Date{}, true // the name says the holder is the current one
				}
				x.ex.terms = append(x.ex.terms, t)
			}
		}
	}
}

// undatedHolder reads an item of a numbered list of holders that names
// its holder and gives no dates: "8. Hu Ping (胡平)". The item must be a
// name alone, with its native name at most: each word capitalised but
// for the particles of names (isParticle: "de", "von"), no digits, no
// colon.
func (x *extractor) undatedHolder(it *ListItem) (Name, bool) {
	if it.Number <= 0 || it.Depth > 1 || hasDigit(it.Text) || strings.ContainsAny(it.Text, ":;,") {
		return Name{}, false
	}
	n := x.name(it.Text)
	if n.EN == "" || len(n.Qualifiers) > 0 || isVacancyText(n.EN) || isUnknownHolder(n.EN) || namesABody(n.EN) {
		return Name{}, false
	}
	words := strings.Fields(n.EN)
	if len(words) < 2 || len(words) > 5 {
		return Name{}, false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !isParticle(w) {
			return Name{}, false
		}
		if hasRoleWord(w) {
			return Name{}, false // "Vice-Governor", "President of the Assembly"
		}
	}
	return n, true
}

// biography reads the offices held and the personal details of a
// biography's infobox.
func (x *extractor) biography() {
	ib := x.doc.Infobox
	if ib == nil {
		ib = &Infobox{} // a biography whose offices only its succession box gives
	}
	p := &personClaim{name: x.name(x.doc.Title), line: x.doc.TitleLine}
	// The infobox's caption may give the native name: "Bao Gang, 包钢,".
	if cn := x.name(ib.Caption); cn.Native != "" && p.name.Native == "" && (cn.EN == "" || cn.EN == p.name.EN) {
		p.name.Native, p.name.Lang = cn.Native, cn.Lang
	}
	entries := map[int]*bioEntry{}
	nativeRank := 0     // how the native name was given: 3 Native Name, 2 a module's C or S, 1 its T
	fromHangul := false // the native name is a module's Hangul, its Hanja still to come
	if p.name.Native != "" {
		nativeRank = 3
	}
	var death Date // the subject's death, when the infobox gives it
	var order []int
	// cutKey is the block the document ends in, when a copy cut short
	// ends in the middle of the infobox, and cutAt the date entry the cut
	// fell in, or may have fallen before ("termstart": the block's dates
	// are not known; "termend": its end is not).
	cutKey, cutAt := 0, ""
	lastKey, lastName := 0, ""
	// block maps a written index to the block its keys now go to: an
	// office or a start written again under the same index ("Office: …"
	// twice, without numbers) begins a block of its own, keyed below any
	// written index.
	block := map[int]int{}
	nextBlock := -1
	// A monarch's infobox may name the realm's title under "Title" beside
	// its "Reign" ("Title: King of Testland"); elsewhere a title is no
	// office ("Title: Professor").
	reigns := map[int]bool{}
	for _, e := range ib.Entries {
		if written, idx := e.Field(); written == "reign" {
			reigns[idx] = true
		}
	}
	for _, e := range ib.Entries {
		written, idx := e.Field()
		name := cmp.Or(bioKeyAliases[written], written)
		if written == "title" && reigns[idx] {
			name = "office"
		}
		v := cleanCell(e.Value)
		switch name {
		case "nativename":
			if nn := x.name(v); nn.Native != "" {
				p.name.Native, p.name.Lang = nn.Native, nn.Lang
				nativeRank = 3
			}
			continue
		case "c", "s", "t", "hangul", "kanji":
			// An embedded Chinese, Korean or Japanese name module ("C:
			// 孙政才", "S:", "T:", "Hangul:"): the native name, where the
			// infobox gives no other; the simplified before the
			// traditional.
			rank := 2
			if name == "t" {
				rank = 1
			}
			if rank > nativeRank && idx == 0 {
				if nn := x.name(v); nn.Native != "" && nn.EN == "" {
					p.name.Native, p.name.Lang, nativeRank = nn.Native, nn.Lang, rank
					fromHangul = name == "hangul"
				}
			}
			continue
		case "hanja":
			// "Hangul: 오세훈", "Hanja: 吳世勳": written as Korean pages
			// write both, "오세훈 吳世勳".
			if nn := x.name(v); fromHangul && idx == 0 && nn.Native != "" && nn.EN == "" {
				p.name.Native += " " + nn.Native
				fromHangul = false
			}
			continue
		case "name":
			if n := x.name(v); n.EN != "" {
				p.name.EN = n.EN
				if n.Native != "" {
					p.name.Native = n.Native
				}
			}
			continue
		case "birthdate", "born":
			if d, err := ParseDate(stripParens(v)); err == nil {
				p.birth = d
			} else if d, place, ok := dateIn(stripParens(v)); ok {
				// "3 May 1972 (age 54) Northvale": the date, then the place.
				p.birth = d
				if p.birthPlace == "" && name == "born" {
					p.birthPlace = strings.Trim(place, " ,")
				}
			} else {
				x.finding(SeverityWarning, CodeUnparsedDate, Slug(p.name.EN), e.Line, "%s %q: %v", e.Key, e.Value, err)
			}
			continue
		case "deathdate", "died":
			// "Death Date: 12 March 2026 (aged 66)": a term that ends that
			// day ended with the holder's death.
			if d, err := ParseDate(stripParens(v)); err == nil {
				death = d
			} else if d, place, ok := dateIn(stripParens(v)); ok {
				death = d
				if p.deathPlace == "" && name == "died" {
					p.deathPlace = strings.Trim(place, " ,")
				}
			}
			p.death = death
			continue
		case "birthplace":
			p.birthPlace = v
			continue
		case "deathplace":
			p.deathPlace = v
			continue
		case "party":
			p.party = v
			continue
		case "almamater":
			p.almaMater = v
			continue
		}
		if (name == "term" || name == "tenure") && isTenureText(v) {
			name = "inoffice" // "Term1: 2016 – 2022"; not "Term1: 2nd"
		}
		if blockFields[name] {
			key, ok := block[idx]
			if !ok {
				key = idx
				block[idx] = key
			}
			if ib.Cut && ib.CutEntry.Key == "" && e.Line == ib.Entries[len(ib.Entries)-1].Line || x.doc.EndsMidLine && e.Line == x.doc.Lines {
				// The cut fell in the key after this entry, or this entry
				// is the document's last line.
				lastKey, lastName = key, name
			}
			en := entries[key]
			if prev, dup := en.fieldOf(name); dup && (name == "office" || name == "termstart" || name == "inoffice") {
				if prevWritten, _ := prev.Field(); prevWritten == written {
					key, en = nextBlock, nil
					nextBlock--
					block[idx] = key
				}
			}
			if en == nil {
				en = &bioEntry{fields: map[string]InfoboxEntry{}}
				entries[key] = en
				order = append(order, key)
			}
			if _, dup := en.fields[name]; !dup {
				en.fields[name] = e
			}
		}
	}
	if en := entries[lastKey]; lastName != "" && en != nil {
		// The cut fell in the key after a block's last entry: before its
		// dates, they are not known; after its start, its end is not,
		// unless what is left of the key is not the end's ("- Predecessor",
		// written after the dates).
		switch {
		case !hasField(en, "termstart") && !hasField(en, "inoffice") && !hasField(en, "termend"):
			cutKey, cutAt = lastKey, "termstart" // "- Office1: Governor of Cutmark", the last line
		case ib.Cut && lastName == "termstart" && strings.HasPrefix("termend", cutKeyName(ib.CutKey)):
			cutKey, cutAt = lastKey, "termend"
		}
	}
	if ib.Cut && ib.CutEntry.Key != "" {
		// The cut fell in an entry's value: a start or an end cut short
		// is not known, nor are the dates of a block cut in an entry
		// before them ("- Monarch1: Akihito (Heis").
		written, idx := ib.CutEntry.Field()
		name := cmp.Or(bioKeyAliases[written], written)
		if key, ok := block[idx]; ok {
			en := entries[key]
			switch {
			case name == "termstart" || name == "inoffice":
				cutKey, cutAt = key, "termstart"
			case name == "termend":
				cutKey, cutAt = key, "termend"
			case en != nil && !hasField(en, "termstart") && !hasField(en, "inoffice") && !hasField(en, "termend"):
				cutKey, cutAt = key, "termstart"
			}
		}
	}
	if p.birth.IsZero() {
		p.birth = bornInLead(x.doc, p.name.EN)
	}
	if p.name.Native == "" {
		// "Li Xueyong (simplified Chinese: 李学勇; traditional Chinese:
		// 李學勇; …)": the native name the lead gives first.
		if nn := nativeInLead(x.doc, p.name.EN); nn != "" {
			p.name.Native = nn
			p.name = x.localize(p.name)
		}
	}
	x.ex.person = p
	// Each numbered block is one term. A block names its office with
	// Office, or with Order when Order is not just an ordinal ("Order:
	// Governor of Guam", not "Order1: 3rd"); a block with dates and no
	// office ("Constituency5", "Term Start5") is a further term of the
	// office above it.
	var prevOffice *officeClaim
	var prevRaw string
	var prevActing, prevElect bool
	for _, idx := range order {
		en := entries[idx]
		cut := cutAt != "" && idx == cutKey
		if cut && cutAt == "termstart" && !hasField(en, "termstart") && !hasField(en, "inoffice") && !hasField(en, "termend") {
			if o, ok := en.fields["office"]; ok {
				x.finding(SeverityWarning, CodeCutShort, Slug(p.name.EN), o.Line, "the document ends in the infobox's block of %q, before its dates; the block is not read", cleanCell(o.Value))
			}
			continue
		}
		oe, ok := en.fields["office"]
		if !ok {
			if o, has := en.fields["order"]; has && !isOrdinalText(cleanCell(o.Value)) && hasRoleWord(o.Value) {
				oe, ok = o, true
				delete(en.fields, "order")
			}
		}
		if !ok {
			oe, ok = chamberSeat(en)
		}
		var oc officeClaim
		var raw string
		switch {
		case ok:
			raw = strings.TrimPrefix(cleanCell(oe.Value), "the ")
			office, acting := cutActingOffice(raw)
			office, elect := cutElectOffice(office)
			prevElect = elect
			title := canonicalOfficeTitle(office, "")
			if title == "" {
				continue
			}
			if t := countryPost(title, x.country()); t != "" {
				title = t // "Member of the National Assembly" in a Korean biography
			}
			id := officeID(title)
			oc = officeClaim{
				office: Office{ID: id, Title: title, Jurisdiction: jurisdictionOf(title), SourceID: x.ex.source.ID},
				line:   oe.Line,
			}
			oc.addAlias(office)
			x.ex.offices = append(x.ex.offices, oc)
			prevOffice, prevRaw, prevActing = &oc, raw, acting
		case prevOffice != nil && (hasField(en, "termstart") || hasField(en, "termend") || hasField(en, "inoffice")):
			oc, raw = *prevOffice, prevRaw
			oe = cmp.Or(en.fields["termstart"], en.fields["inoffice"])
		default:
			continue
		}
		c := termClaim{officeID: oc.office.ID, name: p.name, bio: true, sourceID: x.ex.source.ID, line: oe.Line, pos: 1, acting: prevActing}
		c.ownLinks().office = raw
		if w, _, _ := strings.Cut(raw, " "); ok && startsWithOrdinal(w) {
			c.bl.ordinal = ordinalValue(w) // "12th Governor of Nordland"
		}
		if o, has := en.fields["order"]; has && isOrdinalText(cleanCell(o.Value)) {
			c.bl.ordinal = ordinalValue(cleanCell(o.Value)) // "Order: 8th"
			c.bl.ordinalNote = o.Key + ": " + cleanCell(o.Value)
			delete(en.fields, "order")
		}
		var notes []string
		if e, ok := en.fields["status"]; ok && isWholeTermActing(cleanCell(e.Value)) {
			// "Status2: Acting" above the office, as the officeholder
			// infobox writes an acting or interim tenure; another status
			// ("Acting until 2007", "Elected") is noted below.
			c.acting = true
			delete(en.fields, "status")
		}
		start, hasStart := en.fields["termstart"]
		if hasStart {
			c.line = start.Line
			c.start, _ = x.dateCell(&c, start.Value, false)
		}
		if e, ok := en.fields["termend"]; ok && cleanCell(e.Value) != "" {
			var open bool
			c.end, open = x.dateCell(&c, e.Value, true)
			c.open = open
		} else if hasStart && endedTenure(start.Value) {
			// "Term Start4: 1 July 2010 – 2013": the whole tenure, in the
			// start's field.
			x.tenureInto(&c, start.Value)
		} else if hasStart && !c.start.IsZero() && cut && cutAt == "termend" {
			// The copy ends after the start: an end may have followed.
			x.finding(SeverityWarning, CodeCutShort, oc.office.ID, c.line, "the document ends in the infobox's block of %q after its start; whether and when the term ended is not known", oc.office.Title)
		} else if hasStart && !c.start.IsZero() {
			// An officeholder infobox leaves out the end of a term not yet over.
			c.open = true
		}
		if e, ok := en.fields["inoffice"]; ok && !hasStart {
			c.line = e.Line
			x.tenureInto(&c, e.Value) // "In Office1: 2016 – 2022"
		}
		if e, ok := en.fields["predecessor"]; ok {
			l := c.ownLinks()
			l.preds, l.predLine = x.names(e.Value), e.Line
			if len(l.preds) > 0 {
				l.pred = l.preds[0]
			}
		}
		if e, ok := en.fields["successor"]; ok {
			l := c.ownLinks()
			l.succs, l.succLine = x.names(e.Value), e.Line
			if len(l.succs) > 0 {
				l.succ = l.succs[0]
				if l.succ.Acting && l.succ.EN != "" {
					// "Successor: Liu Xiaotao (acting)": the successor
					// holds the office acting, as the note keeps.
					notes = append(notes, SuccessorActingNote(l.succ.EN))
				}
			}
		}
		for _, k := range notedFields {
			if e, ok := en.fields[k]; ok && cleanCell(e.Value) != "" {
				// "President3: Park Geun-hye" is noted "President: Park Geun-hye".
				notes = append(notes, strings.TrimRight(e.Key, "0123456789 _")+": "+cleanCell(e.Value))
			}
		}
		for _, k := range []string{"1", "2"} {
			// "1blankname3: Party Secretary", "1namedata3: Zhang Chunxian":
			// a labelled person beside the term, noted under its label.
			label, v := cleanCell(en.fields[k+"blankname"].Value), cleanCell(en.fields[k+"namedata"].Value)
			if label != "" && v != "" {
				notes = append(notes, label+": "+v)
			}
		}
		succeeding := succeedingKey(en)
		if prevElect || succeeding && c.end.IsZero() {
			// "Governor-elect of Virginia", or "Succeeding: Naomichi
			// Suzuki", as the infobox of someone elected writes the
			// predecessor: named, not yet in office.
			notes = append([]string{"elect"}, notes...)
		}
		if !death.IsZero() && !c.end.IsZero() && c.end.Precision == PrecisionDay && c.end == death {
			notes = append(notes, "died in office")
			c.ended = true
		}
		if !death.IsZero() && c.open && c.end.IsZero() && !prevElect && !succeeding && !c.start.IsZero() && !death.Latest().Before(c.start.Earliest()) {
			// No Term End and a Death Date: a dead holder is no holder of
			// now. The term the infobox leaves open ended with the death.
			c.open, c.end, c.ended = false, death, true
			notes = append(notes, "died in office")
			x.finding(SeverityInfo, CodeEndAtDeath, oc.office.ID, c.line,
				"%s's term as %s has no end in the infobox, which gives the death on %s; the term ends then", p.name.EN, oc.office.Title, death.Human())
		}
		c.note = joinNotes(append(notes, c.note))
		x.ex.terms = append(x.ex.terms, c)
	}
	x.successionTerms(p)
}

// cutKeyName is the field name of what is left of a key a copy cut short:
// "Term End2" → "termend", "Ter" → "ter".
func cutKeyName(k string) string {
	name, _ := InfoboxEntry{Key: k}.Field()
	return name
}

// successionTerms adds the terms of the page's succession boxes ("|
// Preceded by Li Chang'an | Governor of Shandong 1987 – 1988 | Succeeded
// by Zhao Zhihao |") in offices the infobox gives no term of: a
// biography's infobox often names only its subject's latest posts, and
// one without an infobox names none.
func (x *extractor) successionTerms(p *personClaim) {
	rows := successionRows(x.doc)
	if len(rows) == 0 {
		return
	}
	inInfobox := map[string]bool{}
	for _, c := range x.ex.terms {
		inInfobox[c.officeID] = true
	}
	for _, sr := range rows {
		office, acting := cutActingOffice(sr.title)
		title := canonicalOfficeTitle(office, "")
		if title == "" {
			continue
		}
		if t := countryPost(title, x.country()); t != "" {
			title = t
		}
		id := officeID(title)
		if inInfobox[id] {
			continue
		}
		oc := officeClaim{office: Office{ID: id, Title: title, Jurisdiction: jurisdictionOf(title), SourceID: x.ex.source.ID}, line: sr.line}
		oc.addAlias(office)
		x.ex.offices = append(x.ex.offices, oc)
		c := termClaim{officeID: id, name: p.name, bio: true, sourceID: x.ex.source.ID, line: sr.line, pos: 1, acting: acting}
		c.ownLinks().office = sr.title
		x.tenureInto(&c, sr.tenure)
		if names := x.names(sr.pred); len(names) > 0 {
			l := c.ownLinks()
			l.preds, l.pred, l.predLine = names, names[0], sr.line
		}
		if names := x.names(sr.succ); len(names) > 0 {
			l := c.ownLinks()
			l.succs, l.succ, l.succLine = names, names[0], sr.line
		}
		x.ex.terms = append(x.ex.terms, c)
	}
}

// succeedingKey reports whether a block names its predecessor under
// "Succeeding", as the infobox of a holder not yet in office does.
func succeedingKey(en *bioEntry) bool {
	e, ok := en.fields["predecessor"]
	return ok && strings.EqualFold(strings.TrimRight(e.Key, "0123456789 _"), "succeeding")
}

// SuccessorActingNote is the note on a biography's term whose successor
// the infobox gives as acting: "Successor: Liu Xiaotao (acting)".
func SuccessorActingNote(nameEN string) string { return "Successor: " + nameEN + " (acting)" }

// cutElectOffice reads an office its holder is named to but has not yet
// taken ("Governor-elect of Virginia", "Mayor-designate of X", "President
// of X (elect)"): the office, and whether it is so.
func cutElectOffice(raw string) (string, bool) {
	words := strings.Fields(raw)
	for i, w := range words {
		for _, suf := range []string{"-elect", "-designate"} {
			if len(w) > len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf) && hasRoleWord(w[:len(w)-len(suf)]) {
				words[i] = w[:len(w)-len(suf)]
				return strings.Join(words, " "), true
			}
		}
	}
	if i := strings.LastIndexByte(raw, '('); i > 0 && strings.HasSuffix(raw, ")") && isIncomingMark(raw[i+1:len(raw)-1]) {
		return trimSpace(raw[:i]), true
	}
	return raw, false
}

// cutActingOffice reads an office written as held in an acting capacity
// ("Acting Governor of Westmarch", "Governor of Westmarch (acting)",
// "Interim President of X"): the office, and whether it was acting.
func cutActingOffice(raw string) (string, bool) {
	for _, w := range []string{"acting ", "interim "} {
		if hasPrefixFold(raw, w) && len(raw) > len(w) && hasRoleWord(raw[len(w):]) {
			return trimSpace(raw[len(w):]), true
		}
	}
	if i := strings.LastIndexByte(raw, '('); i > 0 && strings.HasSuffix(raw, ")") && IsActingNote(raw[i+1:len(raw)-1]) {
		return trimSpace(raw[:i]), true
	}
	return raw, false
}

func hasField(en *bioEntry, name string) bool {
	_, ok := en.fields[name]
	return ok
}

// endedTenure reports whether a field that should hold a date holds a
// tenure with its end: "1 July 2010 – 2013".
func endedTenure(v string) bool {
	core := trimSpace(stripParens(cleanCell(v)))
	if !hasDigit(core) || !strings.ContainsAny(core, "–—") && !strings.Contains(core, " - ") && !strings.Contains(core, " to ") {
		return false // a date, or dates and words ("19 October 2021 (acting) 17 January 2022")
	}
	t, err := ParseTenure(trimDateNoise(core))
	return err == nil && !t.End.IsZero() && t.End != t.Start
}

// notPeople are values of a predecessor or successor field that name
// nobody.
var notPeople = []string{"tbd", "tba", "n/a", "none", "vacant", "position established", "office established",
	"position created", "office created", "position abolished", "office abolished", "new office", "new constituency",
	"constituency established", "inaugural holder", "himself", "herself",
	"to be determined", "to be announced", "to be decided", "to be elected", "to be appointed", "interregnum", "no one", "nobody",
	"incumbent", "present", "current", "current holder", "current incumbent"} // "Successor: Incumbent": the one in office, unnamed

// names reads a predecessor or successor field: one or several names
// ("Chung Young-seok (acting), Huh Ok-kyung"), without values that name
// nobody ("TBD").
func (x *extractor) names(v string) []Name {
	var out []Name
	for _, part := range splitNames(cleanCell(v)) {
		if strings.Trim(part, " .") == "" || nobodyValue(part) || isUnknownHolder(part) {
			continue // "TBD", "Position abolished", "Post vacant", "Unknown"
		}
		if n := x.name(part); !n.IsZero() {
			out = append(out, n)
		}
	}
	return out
}

// splitNames splits a list of names at commas, semicolons and " and "
// outside brackets.
func splitNames(s string) []string {
	var out []string
	depth, last := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '(':
			depth++
		case c == ')' && depth > 0:
			depth--
		case depth == 0 && (c == ',' || c == ';'):
			out = append(out, trimSpace(s[last:i]))
			last = i + 1
		case depth == 0 && strings.HasPrefix(s[i:], " and "):
			out = append(out, trimSpace(s[last:i]))
			last = i + len(" and ")
		}
	}
	return append(out, trimSpace(s[last:]))
}

// bioEntry is one numbered block of a biography's infobox: the fields
// with one index ("Office2", "Term Start2", …).
type bioEntry struct {
	fields map[string]InfoboxEntry
}

// fieldOf returns the entry of the named field, if the block is there and
// has it.
func (en *bioEntry) fieldOf(name string) (InfoboxEntry, bool) {
	if en == nil {
		return InfoboxEntry{}, false
	}
	e, ok := en.fields[name]
	return e, ok
}

// dateIn finds the first date in s written over one to four words ("Ivan
// Petrov 3 May 1972 Northvale") and returns it with the text after it.
func dateIn(s string) (Date, string, bool) {
	words := strings.Fields(s)
	for i := range words {
		for n := min(4, len(words)-i); n >= 1; n-- {
			w := strings.Join(words[i:i+n], " ")
			if n == 1 && (len(w) != 4 || strings.Trim(w, "0123456789") != "") {
				continue // a lone word is a date only as a year
			}
			if d, err := ParseDate(strings.Trim(w, ",")); err == nil {
				return d, strings.Join(words[i+n:], " "), true
			}
		}
	}
	return Date{}, "", false
}

// leadParagraph is a biography's first paragraph, which opens with its
// subject's name: a hatnote or a short note before it ("For the
// footballer, see …") is passed over. Without a paragraph that opens
// with the name before the first heading, it is the first paragraph.
func leadParagraph(doc *Document, en string) (text string, opensWithName bool) {
	first := ""
	for _, b := range doc.Blocks {
		if b.Kind == HeadingBlock {
			break
		}
		if b.Kind != ParagraphBlock {
			continue
		}
		if en != "" && strings.HasPrefix(b.Text, en) {
			return b.Text, true
		}
		if first == "" {
			first = b.Text
		}
	}
	if first == "" {
		// Only headings and lists before the body: its first paragraph.
		for _, b := range doc.Blocks {
			if b.Kind == ParagraphBlock {
				return b.Text, en != "" && strings.HasPrefix(b.Text, en)
			}
		}
	}
	return first, false
}

// nativeInLead finds the native name in the bracket after the subject's
// name at the start of a biography's lead: "Li Xueyong (simplified
// Chinese: 李学勇; traditional Chinese: 李學勇; pinyin: Lǐ Xuéyǒng; born
// September 1950)" gives 李学勇, "Kim Dong-yeon (Korean: 김동연; Hanja:
// 金東兗)" 김동연 金東兗. It returns "" when the lead gives none.
func nativeInLead(doc *Document, en string) string {
	lead, ok := leadParagraph(doc, en)
	if !ok {
		return ""
	}
	rest := trimSpace(lead[len(en):])
	if !strings.HasPrefix(rest, "(") {
		return ""
	}
	inner, _, ok := strings.Cut(rest[1:], ")")
	if !ok {
		return ""
	}
	first := ""
	for part := range strings.SplitSeq(inner, ";") {
		label := ""
		if l, v, ok := strings.Cut(part, ":"); ok {
			label, part = trimSpace(l), v
		}
		part = trimSpace(part)
		switch {
		case part == "" || !isMostlyNative(part):
		case first == "":
			first = part
			if scriptLang(part) != LangKorean {
				return first
			}
		case strings.EqualFold(label, "Hanja"):
			// "Kim Dong-yeon (Korean: 김동연; Hanja: 金東兗; …)": the
			// Hangul, then the Hanja, as Korean names are written.
			return first + " " + part
		}
	}
	return first
}

// bornInLead finds "born January 1966" in the lead of a biography whose
// subject is named en.
func bornInLead(doc *Document, en string) Date {
	lead, _ := leadParagraph(doc, en)
	i := strings.Index(lead, "born ")
	if i < 0 {
		return Date{}
	}
	rest := lead[i+len("born "):]
	if j := strings.IndexAny(rest, ");"); j >= 0 {
		rest = rest[:j]
	}
	for _, cut := range []string{" in ", ","} {
		if j := strings.Index(rest, cut); j >= 0 {
			rest = rest[:j]
		}
	}
	d, err := ParseDate(rest)
	if err != nil {
		return Date{}
	}
	return d
}
