package pipeline

import "strings"

// Source is one input document.
type Source struct {
	ID     string // slug of the title; a hash suffix tells apart documents with one title
	Path   string
	Title  string
	Kind   string // KindOffice, KindBiography or KindOther, decided from content
	SHA256 string // of the file's bytes
	Bytes  int64
	Lines  int
}

// Source kinds.
const (
	KindOffice    = "office"
	KindBiography = "biography"
	KindOther     = "other"
)

// Office is a political office, from its own page or mentioned in a
// biography.
type Office struct {
	ID    string
	Title string
	// Aliases are the other names documents give the office: headings
	// ("List of the CPC Guizhou Committee Secretaries"), older titles.
	Aliases      []string
	Post         string
	Body         string
	Jurisdiction string
	// Country is the country of the office, a lower-case ISO 3166-1
	// alpha-2 code ("cn", "jp"), from what its documents say.
	Country    string
	OfficeType string
	Status     string
	Appointer  string
	Nominator  string
	Department string
	MemberOf   string
	Deputy     string
	Formation  Date
	// Abolished is when the office ceased to exist (infobox Abolished);
	// zero for an office that exists.
	Abolished         Date
	InauguralPersonID string
	IncumbentPersonID string
	IncumbentSince    Date
	// IncumbentStatus qualifies the incumbent: "acting" (the infobox's
	// "Raj Patel (acting)", or an open term marked acting), "vacant" (the
	// infobox's "Incumbent: Vacant", or a vacancy the list ends with,
	// IncumbentSince its start), or "".
	IncumbentStatus string
	SourceID        string
}

// Person is someone who held or is named for an office.
type Person struct {
	ID             string
	NameEN         string
	NameNative     string
	NameNativeLang string // BCP 47 language of NameNative: zh, ja, ko, …
	Birth          Date
	BirthPlace     string
	Death          Date // from a biography's Death Date, or a list's life dates (1910–2000)
	DeathPlace     string
	Party          string
	AlmaMater      string
	SourceID       string
}

// Term is one tenure of one person in one office.
type Term struct {
	ID       string
	OfficeID string
	PersonID string
	// Ordinal is the holder's number in the office: as listed, or the row's
	// place in an unnumbered list; 0 when unknown (an acting holder
	// without a number, a term known only from a biography).
	Ordinal        int
	NameEN         string // as listed
	NameNative     string // as listed
	NameNativeLang string // BCP 47 language of NameNative: zh, ja, ko, …
	Start          Date
	End            Date
	Incumbent      bool // the term has not ended
	Acting         bool
	Note           string
	// PredecessorPersonID and SuccessorPersonID link to the neighbouring
	// holders of the office.
	PredecessorPersonID string
	SuccessorPersonID   string
	SourceID            string
	SourceLine          int
	// CorroboratedBy lists the other sources that assert the same term.
	CorroboratedBy []string
}

// Incoming reports whether the term's holder is named as not yet in office:
// a row marked "elect", "designate" or "incoming" ("David Nguyen
// (elect)", "Mayor-elect"), whose term is neither open nor ended.
func (t *Term) Incoming() bool {
	return !t.Incumbent && t.End.IsZero() && hasIncomingMark(t.Note)
}

// ActingFrom is the day the term's holder began to act in the post, before
// the term's own start, where the row says so: "30 November 2011 (acting
// from 5 November 2011)". It is zero for most terms.
func (t *Term) ActingFrom() Date {
	if t.Start.IsZero() || !strings.Contains(t.Note, "cting ") {
		return Date{} // most notes: a party, life dates
	}
	startLo, _ := t.Start.days()
	for q := range strings.SplitSeq(t.Note, "; ") {
		for _, p := range [...]string{"acting from ", "acting since "} {
			if rest, ok := cutPrefixFold(q, p); ok {
				if d, err := ParseDate(rest); err == nil {
					if lo, _ := d.days(); lo < startLo {
						return d
					}
				}
			}
		}
	}
	return Date{}
}

// hasIncomingMark reports whether one of the qualifiers of a note names a
// holder not yet in office.
func hasIncomingMark(note string) bool {
	if !incomingWords.in(note) {
		return false // most notes: a party, life dates
	}
	for q := range strings.SplitSeq(note, "; ") {
		if isIncomingMark(q) {
			return true
		}
	}
	return false
}

var incomingWords = newFoldWords("elect", "designat", "incoming")

// isIncomingMark reports whether a qualifier names a holder not yet in
// office: "elect", "designate", "Mayor-elect", "incoming".
func isIncomingMark(q string) bool {
	q = strings.ToLower(trimSpace(q))
	for _, w := range []string{"elect", "designate", "incoming", "designated"} {
		if q == w || strings.HasSuffix(q, "-"+w) || strings.HasSuffix(q, " "+w) && len(strings.Fields(q)) <= 3 {
			return true
		}
	}
	return false
}

// CurrentHolder is the holder of the open term of an office.
type CurrentHolder struct {
	OfficeID       string
	Title          string
	PersonID       string
	NameEN         string
	NameNative     string
	NameNativeLang string // BCP 47 language of NameNative: zh, ja, ko, …
	Since          Date
}

// Severity grades a finding.
type Severity uint8

// Severities, from the most to the least serious.
const (
	SeverityError Severity = iota + 1
	SeverityWarning
	SeverityInfo
)

// String returns "error", "warning" or "info".
func (s Severity) String() string {
	switch s {
	case SeverityError:
		return "error"
	case SeverityWarning:
		return "warning"
	case SeverityInfo:
		return "info"
	}
	return ""
}

// Finding is a data-quality observation about a record or a source line.
type Finding struct {
	ID        string
	Severity  Severity
	Code      string
	SubjectID string // the office, term or person it is about
	SourceID  string
	Line      int
	Message   string
}

// Finding codes. They are stable: users filter on them.
const (
	CodeUnreadableSource     = "unreadable-source"
	CodeNotADocument         = "not-a-document"
	CodeInvalidUTF8          = "invalid-utf8"
	CodeRaggedRow            = "ragged-row"
	CodeRealignedRow         = "realigned-row"
	CodeUnparsedDate         = "unparsed-date"
	CodeSuspendedOffice      = "suspended-office"
	CodePartlyAbolished      = "partly-abolished"
	CodeApproximateDate      = "approximate-date"
	CodeSeveralDates         = "several-dates"
	CodeSingleDateTerm       = "single-date-term"
	CodeUndatedEnd           = "undated-end"
	CodeEndAtDeath           = "end-at-death"
	CodeStrayText            = "stray-text"
	CodeInvalidName          = "invalid-name"
	CodeMissingName          = "missing-name"
	CodeUnparsedListItem     = "unparsed-list-item"
	CodeVacancyRow           = "vacancy-row"
	CodeDuplicateRow         = "duplicate-row"
	CodeEndBeforeStart       = "end-before-start"
	CodeOverlappingTerms     = "overlapping-terms"
	CodeStandInTerm          = "stand-in-term"
	CodeVacancy              = "vacancy"
	CodeMultipleOpenTerms    = "multiple-open-terms"
	CodeStaleOpenTerm        = "stale-open-term"
	CodeIncumbentMismatch    = "incumbent-mismatch"
	CodeIncumbentSince       = "incumbent-since-mismatch"
	CodeIncumbentUnknown     = "incumbent-unknown"
	CodeInauguralMismatch    = "inaugural-mismatch"
	CodeFormationMismatch    = "formation-mismatch"
	CodeSourceDisagreement   = "source-disagreement"
	CodeUnlistedTerm         = "unlisted-term"
	CodePrecisionRefined     = "precision-refined"
	CodeSharedChineseName    = "shared-chinese-name"
	CodeAmbiguousPerson      = "ambiguous-person"
	CodeOfficeFieldConflict  = "office-field-conflict"
	CodeDuplicateSourceTitle = "duplicate-source-title"
	CodeOfficeFromProse      = "office-from-prose"
	CodeOfficeFromBody       = "office-from-body"
	CodeSeveralPosts         = "several-posts"
	CodeOfficeIDHashed       = "office-id-hashed"
	CodeSkippedRow           = "skipped-row"
	CodeCutShort             = "cut-short"
	CodeUnreadBlock          = "unread-block"
	CodeOversizedLine        = "oversized-line"
	CodeDateOrder            = "date-order"
)

// Dataset is the canonical, reconciled record set built from a set of
// documents. Every slice is sorted by its stable order (see Build).
type Dataset struct {
	Sources        []Source
	Offices        []Office
	Persons        []Person
	Terms          []Term
	CurrentHolders []CurrentHolder
	Findings       []Finding
}

// FindingCounts returns the number of findings by severity.
func (d *Dataset) FindingCounts() (errors, warnings, infos int) {
	for _, f := range d.Findings {
		switch f.Severity {
		case SeverityError:
			errors++
		case SeverityWarning:
			warnings++
		case SeverityInfo:
			infos++
		}
	}
	return
}

// SkippedCount returns how many table rows, list items and blocks the
// parser did not read as terms: the findings skipped-row,
// unparsed-list-item, missing-name, unread-block and cut-short.
func (d *Dataset) SkippedCount() int {
	n := 0
	for _, f := range d.Findings {
		switch f.Code {
		case CodeSkippedRow, CodeUnparsedListItem, CodeMissingName, CodeUnreadBlock, CodeCutShort:
			n++
		}
	}
	return n
}

// MarshalText returns the severity's name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// DisplayName is the holder's name as the row lists it, with the Chinese
// name in brackets: "Zhao Leji (赵乐际)".
func (t *Term) DisplayName() string {
	switch {
	case t.NameEN != "" && t.NameNative != "":
		return t.NameEN + " (" + t.NameNative + ")"
	case t.NameEN != "":
		return t.NameEN
	}
	return t.NameNative
}
