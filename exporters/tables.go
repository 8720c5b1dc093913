package exporters

import (
	"strings"
	"time"

	"tenure/pipeline"
)

// Type is the type of an exported column.
type Type uint8

// Column types. Date is the ISO 8601 text of a date at its precision
// ("1949", "1949-09", "2003-08-19"); Day is a real calendar day (the
// _earliest and _latest bounds).
const (
	String Type = iota + 1
	Bool
	Int
	Date
	Day
)

// String returns the type's name as the data dictionary shows it.
func (t Type) String() string {
	switch t {
	case String:
		return "string"
	case Bool:
		return "boolean"
	case Int:
		return "integer"
	case Date:
		return "ISO 8601 date text (year, year-month or full date)"
	case Day:
		return "date"
	}
	return "unknown"
}

// Value is one cell. Null marks an absent value (an empty CSV cell).
type Value struct {
	Null bool
	Str  string
	Int  int64
	Bool bool
	Day  time.Time
}

func str(s string) Value {
	if s == "" {
		return Value{Null: true}
	}
	return Value{Str: s}
}

func boolean(b bool) Value { return Value{Bool: b} }

func integer(n int, zeroIsNull bool) Value {
	if n == 0 && zeroIsNull {
		return Value{Null: true}
	}
	return Value{Int: int64(n)}
}

// day is the Value of a day of d (Earliest or Latest): null when d is
// absent. (The first day of the year 1 is time.Time's zero, but a day.)
func day(d pipeline.Date, t time.Time) Value {
	if d.IsZero() {
		return Value{Null: true}
	}
	return Value{Day: t}
}

// Column describes one exported column: its name (part of the public
// contract), type, meaning, and how to read it from a record.
type Column struct {
	Name        string
	Type        Type
	Description string
	// Repeats is set for columns whose values repeat a lot (IDs,
	// precisions, codes): Parquet dictionary-encodes them.
	Repeats bool
	// Pattern is a regular expression every value matches (the date texts).
	Pattern string
	value   func(ds *pipeline.Dataset, row int) Value
	// date is set on the four columns of a date group, with the part
	// of the date each shows: the writers of many rows read the date
	// itself rather than a Value made of it.
	date func(ds *pipeline.Dataset, row int) pipeline.Date
	part datePart
}

// datePart is the part of a date a column of a date group shows.
type datePart uint8

const (
	dateText      datePart = iota // the ISO text at the date's precision
	datePrecision                 // year, month or day
	dateEarliest                  // the first day it can denote
	dateLatest                    // the last day it can denote
)

// Value returns the column's value in a row of the dataset.
func (c Column) Value(ds *pipeline.Dataset, row int) Value { return c.value(ds, row) }

// ForeignKey says that a column refers to the primary key of another table.
type ForeignKey struct {
	Column     string
	Table      string
	RefColumns string
}

// Table describes one exported table.
type Table struct {
	Name        string // file stem: "terms" → terms.csv, terms.parquet
	Sheet       string // XLSX sheet name
	Description string
	PrimaryKey  string
	ForeignKeys []ForeignKey
	Columns     []Column
	Len         func(ds *pipeline.Dataset) int
}

// ISODatePattern matches the text of a date at any precision.
// A year before the common era has a minus sign, as ISO 8601's
// astronomical years: 1 BC is 0000, 250 BC -0249.
const ISODatePattern = `^-?[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$`

// dateColumns returns the four columns of a date group: X, X_precision,
// X_earliest and X_latest.
func dateColumns(name, what string, get func(ds *pipeline.Dataset, row int) pipeline.Date) []Column {
	return []Column{
		{Name: name, Type: Date, Pattern: ISODatePattern, date: get, part: dateText,
			Description: what + ", as ISO 8601 text at the precision the source gave: 1949, 1949-09 or 2003-08-19; -0249 for 250 BC. Empty when unknown.",
			value:       func(ds *pipeline.Dataset, i int) Value { return str(get(ds, i).String()) }},
		{Name: name + "_precision", Type: String, Repeats: true, date: get, part: datePrecision,
			Description: "Precision of " + name + ": year, month or day.",
			value:       func(ds *pipeline.Dataset, i int) Value { return str(get(ds, i).Precision.String()) }},
		{Name: name + "_earliest", Type: Day, date: get, part: dateEarliest,
			Description: "First day " + name + " can denote (1949-09-01 for September 1949).",
			value:       func(ds *pipeline.Dataset, i int) Value { d := get(ds, i); return day(d, d.Earliest()) }},
		{Name: name + "_latest", Type: Day, date: get, part: dateLatest,
			Description: "Last day " + name + " can denote (1949-09-30 for September 1949).",
			value:       func(ds *pipeline.Dataset, i int) Value { d := get(ds, i); return day(d, d.Latest()) }},
	}
}

func cols(parts ...any) []Column {
	var out []Column
	for _, p := range parts {
		switch v := p.(type) {
		case Column:
			out = append(out, v)
		case []Column:
			out = append(out, v...)
		}
	}
	return out
}

// Tables describes every exported table, in the order the files and
// sheets present them. Every tabular format walks this one description.
var Tables = []Table{
	{
		Name: "sources", Sheet: "Sources", PrimaryKey: "source_id",
		Description: "The documents the dataset was built from, one row each.",
		Len:         func(ds *pipeline.Dataset) int { return len(ds.Sources) },
		Columns: cols(
			Column{Name: "source_id", Type: String, Description: "Stable identifier of the document: the slug of its title, with a hash suffix when two documents share a title.",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Sources[i].ID) }},
			Column{Name: "path", Type: String, Description: "Path of the document relative to the input given (a file by its name, a folder's documents under the folder's name: pages/cn/mayor.txt), never a local absolute path; its copy is at sources/PATH in the dataset.",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Sources[i].Path) }},
			Column{Name: "title", Type: String, Description: "The document's title line.",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Sources[i].Title) }},
			Column{Name: "kind", Type: String, Repeats: true, Description: "office (lists holders of an office), biography (about one person) or other; decided from the content.",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Sources[i].Kind) }},
			Column{Name: "sha256", Type: String, Description: "SHA-256 of the file's bytes, in hex: cite it to pin the exact revision.",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Sources[i].SHA256) }},
			Column{Name: "bytes", Type: Int, Description: "Size of the file in bytes.",
				value: func(ds *pipeline.Dataset, i int) Value { return integer(int(ds.Sources[i].Bytes), false) }},
			Column{Name: "lines", Type: Int, Description: "Number of lines in the file.",
				value: func(ds *pipeline.Dataset, i int) Value { return integer(ds.Sources[i].Lines, false) }},
		),
	},
	{
		Name: "offices", Sheet: "Offices", PrimaryKey: "office_id",
		ForeignKeys: []ForeignKey{{"source_id", "sources", "source_id"}, {"inaugural_person_id", "persons", "person_id"}, {"incumbent_person_id", "persons", "person_id"}},
		Description: "Political offices: from an office's own page (with its infobox) or named in a list heading or a biography.",
		Len:         func(ds *pipeline.Dataset) int { return len(ds.Offices) },
		Columns: cols(
			Column{Name: "office_id", Type: String, Description: "Stable identifier: the slug of the office's title (party-secretary-of-qinghai).",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Offices[i].ID) }},
			Column{Name: "title", Type: String, Description: "Title of the office (Party Secretary of Qinghai).",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Offices[i].Title) }},
			Column{Name: "aliases", Type: String, Description: "Other names documents give the office (a list heading such as \"CPC Guizhou Committee Secretary\", a biography's wording, an older title), joined by \"; \".",
				value: func(ds *pipeline.Dataset, i int) Value {
					return str(strings.Join(ds.Offices[i].Aliases, MultiValueSeparator))
				}},
			officeText("post", "Name of the post (infobox Post).", func(o *pipeline.Office) string { return o.Post }),
			officeText("body", "The body the post belongs to (infobox Body).", func(o *pipeline.Office) string { return o.Body }),
			officeText("jurisdiction", "The place the office governs, from the infobox or the title (a title naming no place, the country in its brackets: \"Minister of Foreign Affairs (China)\" is China's; a party's post has none, a party named by its creed too: \"Leader of the Christian Social Union\"); a region without its kind (Inner Mongolia, not Inner Mongolia Autonomous Region); a post of a country's own body (the State Council, the Central Military Commission, the CPPCC, China's Supreme People's Court) the country; a country by its common name (China for the People's Republic of China, South Korea for the Republic of Korea; the Republic of China as it is); a legislature's seat the place the legislature is named after (\"Member of the Sabah State Legislative Assembly for Sulaman\" is Sabah's), as a post of a province's court, procuratorate or party committee is the province's (\"President of the Guizhou High People's Court\", \"Head of the Organization Department of the CPC Guizhou Committee\"), none for one called by its own word or kind (\"Member of Parliament, Lok Sabha\", \"Member of the Legislative Assembly\").", func(o *pipeline.Office) string { return o.Jurisdiction }),
			Column{Name: "country", Type: String, Repeats: true, Description: "The office's country as a lower-case ISO 3166-1 code (cn, jp, kr, in, us, …), from the country its documents name most (the Republic of China as Taiwan, the People's Republic as China, an era's label in brackets, `(Republic of China)` after a date, as neither; a territory with a code of its own as itself: pr for Puerto Rico, mp for the Northern Mariana Islands, gu for Guam), the language of its native names breaking a tie, else that language's; on a page of many countries' posts (a table of heads of state, a `Country` column of current ministers), the country the row names; empty when nothing says.",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Offices[i].Country) }},
			officeText("office_type", "Type of office (infobox Type).", func(o *pipeline.Office) string { return o.OfficeType }),
			officeText("status", "Rank of the office (infobox Status).", func(o *pipeline.Office) string { return o.Status }),
			officeText("appointer", "Who appoints the holder (infobox Appointer).", func(o *pipeline.Office) string { return o.Appointer }),
			officeText("nominator", "Who nominates the holder (infobox Nominator).", func(o *pipeline.Office) string { return o.Nominator }),
			officeText("department", "Department (infobox Department).", func(o *pipeline.Office) string { return o.Department }),
			officeText("member_of", "Body the holder is a member of (infobox Member Of).", func(o *pipeline.Office) string { return o.MemberOf }),
			officeText("deputy", "The holder's deputies (infobox Deputy).", func(o *pipeline.Office) string { return o.Deputy }),
			dateColumns("formation", "When the office was formed (infobox Formation)", func(ds *pipeline.Dataset, i int) pipeline.Date { return ds.Offices[i].Formation }),
			dateColumns("abolished", "When the office was abolished (infobox Abolished); empty for an office that exists", func(ds *pipeline.Dataset, i int) pipeline.Date { return ds.Offices[i].Abolished }),
			Column{Name: "inaugural_person_id", Type: String, Description: "The first holder according to the infobox (persons.person_id).",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Offices[i].InauguralPersonID) }},
			Column{Name: "incumbent_person_id", Type: String, Description: "The current holder: the infobox's Incumbent (where there is none, the page's prose: \"The current governor is …\"), else the holder of the open term (persons.person_id).",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Offices[i].IncumbentPersonID) }},
			dateColumns("incumbent_since", "Since when the incumbent holds the office: the infobox's Incumbentsince, else the open term's start (see findings where they disagree)", func(ds *pipeline.Dataset, i int) pipeline.Date { return ds.Offices[i].IncumbentSince }),
			officeText("incumbent_status", "acting when the incumbent holds the office in an acting capacity, vacant when the infobox or the lead gives the office as vacant (The office has been vacant since 3 May 2025.) or its list ends with a vacancy still open (| Vacant | 23 July 2025 | Incumbent |; incumbent_since then says since when), else empty.", func(o *pipeline.Office) string { return o.IncumbentStatus }),
			Column{Name: "source_id", Type: String, Repeats: true, Description: "The document the office's details come from (sources.source_id).",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Offices[i].SourceID) }},
		),
	},
	{
		Name: "persons", Sheet: "Persons", PrimaryKey: "person_id",
		ForeignKeys: []ForeignKey{{"source_id", "sources", "source_id"}},
		Description: "People who held, or are named for, an office. One Latin-script name with one native-script name is one person.",
		Len:         func(ds *pipeline.Dataset) int { return len(ds.Persons) },
		Columns: cols(
			Column{Name: "person_id", Type: String, Description: "Stable identifier: the slug of the English name (wu-xiaojun), with -2, -3 for different people who share it.",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Persons[i].ID) }},
			Column{Name: "name_en", Type: String, Description: "Name in Latin script, as most sources spell it.",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Persons[i].NameEN) }},
			Column{Name: "name_native", Type: String, Description: "Name in its own script (Chinese characters, Japanese kana and kanji, Korean Hangul and Hanja, …), as a source writes it.",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Persons[i].NameNative) }},
			Column{Name: "name_native_lang", Type: String, Repeats: true, Description: nativeLangDescription,
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Persons[i].NameNativeLang) }},
			dateColumns("birth", "Date of birth: from the person's biography, else the first list to give their life dates (1910–2000) or a Born column", func(ds *pipeline.Dataset, i int) pipeline.Date { return ds.Persons[i].Birth }),
			Column{Name: "birth_place", Type: String, Description: "Place of birth (from a biography).",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Persons[i].BirthPlace) }},
			dateColumns("death", "Date of death: from the person's biography, else the first list to give their life dates (1910–2000, ?–1950) or a Died column", func(ds *pipeline.Dataset, i int) pipeline.Date { return ds.Persons[i].Death }),
			Column{Name: "death_place", Type: String, Description: "Place of death (from a biography).",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Persons[i].DeathPlace) }},
			Column{Name: "party", Type: String, Description: "Political party (from a biography).",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Persons[i].Party) }},
			Column{Name: "alma_mater", Type: String, Description: "Schools attended, as the biography lists them.",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Persons[i].AlmaMater) }},
			Column{Name: "source_id", Type: String, Repeats: true, Description: "The person's biography, or else the first document that names them (sources.source_id).",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Persons[i].SourceID) }},
		),
	},
	{
		Name: "terms", Sheet: "Terms", PrimaryKey: "term_id",
		ForeignKeys: []ForeignKey{{"office_id", "offices", "office_id"}, {"person_id", "persons", "person_id"},
			{"predecessor_person_id", "persons", "person_id"}, {"successor_person_id", "persons", "person_id"}, {"source_id", "sources", "source_id"}},
		Description: "Terms of office: one row per tenure of one person in one office, in the office's order.",
		Len:         func(ds *pipeline.Dataset) int { return len(ds.Terms) },
		Columns: cols(
			Column{Name: "term_id", Type: String, Description: "Stable identifier: office_id/ordinal (party-secretary-of-qinghai/20), or office_id/person_id when the term has no number of its own.",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Terms[i].ID) }},
			Column{Name: "office_id", Type: String, Repeats: true, Description: "The office (offices.office_id).",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Terms[i].OfficeID) }},
			Column{Name: "person_id", Type: String, Repeats: true, Description: "The holder (persons.person_id).",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Terms[i].PersonID) }},
			Column{Name: "ordinal", Type: Int, Description: "The holder's number in the office: as listed, or the row's place in an unnumbered list. A term known only from a biography takes the number the biography gives (\"12th Governor of X\", \"Order: 8th\"). Empty for an acting holder without a number and for a biography's term that gives none.",
				value: func(ds *pipeline.Dataset, i int) Value { return integer(ds.Terms[i].Ordinal, true) }},
			Column{Name: "name_en", Type: String, Description: "The holder's name in Latin script, as this row lists it.",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Terms[i].NameEN) }},
			Column{Name: "name_native", Type: String, Description: "The holder's name in its own script (Chinese, Japanese, Korean, …), as this row lists it.",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Terms[i].NameNative) }},
			Column{Name: "name_native_lang", Type: String, Repeats: true, Description: nativeLangDescription,
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Terms[i].NameNativeLang) }},
			dateColumns("start", "Start of the term", func(ds *pipeline.Dataset, i int) pipeline.Date { return ds.Terms[i].Start }),
			dateColumns("end", "End of the term; empty while it lasts (see incumbent)", func(ds *pipeline.Dataset, i int) pipeline.Date { return ds.Terms[i].End }),
			Column{Name: "incumbent", Type: Bool, Description: "true when the term has not ended (Incumbent, present); false for a successor named but not yet in office, whose note says elect or designate.",
				value: func(ds *pipeline.Dataset, i int) Value { return boolean(ds.Terms[i].Incumbent) }},
			Column{Name: "acting", Type: Bool, Description: "true for an acting holder (marked acting, or a dash for the number).",
				value: func(ds *pipeline.Dataset, i int) Value { return boolean(ds.Terms[i].Acting) }},
			Column{Name: "note", Type: String, Description: "Qualifiers given with the row: life dates, notes, other columns.",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Terms[i].Note) }},
			Column{Name: "predecessor_person_id", Type: String, Description: "The previous holder of the office (persons.person_id).",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Terms[i].PredecessorPersonID) }},
			Column{Name: "successor_person_id", Type: String, Description: "The next holder of the office (persons.person_id).",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Terms[i].SuccessorPersonID) }},
			Column{Name: "source_id", Type: String, Repeats: true, Description: "The document whose list gives this term (sources.source_id).",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Terms[i].SourceID) }},
			Column{Name: "source_line", Type: Int, Description: "Line of that document the term is read from.",
				value: func(ds *pipeline.Dataset, i int) Value { return integer(ds.Terms[i].SourceLine, true) }},
			Column{Name: "corroborated_by", Type: String, Description: "Other documents that assert the same term (source_id values joined by \"; \").",
				value: func(ds *pipeline.Dataset, i int) Value {
					return str(strings.Join(ds.Terms[i].CorroboratedBy, MultiValueSeparator))
				}},
		),
	},
	{
		Name: "current_holders", Sheet: "Current holders", PrimaryKey: "office_id",
		ForeignKeys: []ForeignKey{{"office_id", "offices", "office_id"}, {"person_id", "persons", "person_id"}},
		Description: "Who holds each office now: the holder of the office's open term, or, where no term is open, the incumbent its infobox names (a page without a list of holders, or with one cut short), unless the list shows that person's term ended.",
		Len:         func(ds *pipeline.Dataset) int { return len(ds.CurrentHolders) },
		Columns: cols(
			Column{Name: "office_id", Type: String, Description: "The office (offices.office_id).",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.CurrentHolders[i].OfficeID) }},
			Column{Name: "title", Type: String, Description: "Title of the office.",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.CurrentHolders[i].Title) }},
			Column{Name: "person_id", Type: String, Description: "The holder (persons.person_id).",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.CurrentHolders[i].PersonID) }},
			Column{Name: "name_en", Type: String, Description: "The holder's name in Latin script.",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.CurrentHolders[i].NameEN) }},
			Column{Name: "name_native", Type: String, Description: "The holder's name in its own script (Chinese, Japanese, Korean, …).",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.CurrentHolders[i].NameNative) }},
			Column{Name: "name_native_lang", Type: String, Repeats: true, Description: nativeLangDescription,
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.CurrentHolders[i].NameNativeLang) }},
			dateColumns("since", "Start of the open term, as the office's list gives it; for an incumbent known only from the infobox, its Incumbentsince (or the date the page's prose gives: \"who took office on …\")", func(ds *pipeline.Dataset, i int) pipeline.Date { return ds.CurrentHolders[i].Since }),
		),
	},
	{
		Name: "findings", Sheet: "Findings", PrimaryKey: "finding_id",
		ForeignKeys: []ForeignKey{{"source_id", "sources", "source_id"}},
		Description: "Data-quality findings: irregularities, disagreements between sources and checks that failed, each with its place.",
		Len:         func(ds *pipeline.Dataset) int { return len(ds.Findings) },
		Columns: cols(
			Column{Name: "finding_id", Type: String, Description: "Stable identifier derived from the finding's content.",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Findings[i].ID) }},
			Column{Name: "severity", Type: String, Repeats: true, Description: "error (a value is wrong or lost), warning (sources disagree or look wrong) or info (worth knowing).",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Findings[i].Severity.String()) }},
			Column{Name: "code", Type: String, Repeats: true, Description: "Stable kebab-case code of the kind of finding (see the README).",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Findings[i].Code) }},
			Column{Name: "subject_id", Type: String, Repeats: true, Description: "The office, term or person the finding is about.",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Findings[i].SubjectID) }},
			Column{Name: "source_id", Type: String, Repeats: true, Description: "The document it was found in (sources.source_id); empty for a file that is not a document.",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Findings[i].SourceID) }},
			Column{Name: "line", Type: Int, Description: "Line of that document.",
				value: func(ds *pipeline.Dataset, i int) Value { return integer(ds.Findings[i].Line, true) }},
			Column{Name: "message", Type: String, Description: "What was found, in words, with the raw text involved.",
				value: func(ds *pipeline.Dataset, i int) Value { return str(ds.Findings[i].Message) }},
		),
	},
}

func officeText(name, desc string, get func(o *pipeline.Office) string) Column {
	return Column{Name: name, Type: String, Description: desc,
		value: func(ds *pipeline.Dataset, i int) Value { return str(get(&ds.Offices[i])) }}
}

// MultiValueSeparator joins the values of a multi-valued cell.
const MultiValueSeparator = "; "

// TableByName returns the description of the named table.
func TableByName(name string) (Table, bool) {
	for _, t := range Tables {
		if t.Name == name {
			return t, true
		}
	}
	return Table{}, false
}

// nativeLangDescription describes every table's name_native_lang column.
const nativeLangDescription = "BCP 47 language tag of name_native (zh, ja, ko, …), decided from its script and the document: kana is Japanese, Hangul Korean, Han characters alone follow a language label (a column headed Japanese, Hanja or Chinese; \"Japanese: 田中一郎\") or else the page; in Cyrillic and Arabic script, letters only one language writes tell it (Ukrainian і, Kazakh қ, Tatar җ, Bashkir ҡ, Tajik ӣ, Mongolian ү, Uyghur ې, Urdu ے, Persian پ), else Cyrillic is the language of the country the page is about where it writes its own so (mn on a page about Mongolia, ky about Kyrgyzstan) and ru elsewhere, Arabic ar; another script gives the language that writes it most (Greek el, Hebrew he, Devanagari hi, Bengali bn, Tamil ta, Thai th, Khmer km, Myanmar my, Ethiopic am, …), und when none is known."
