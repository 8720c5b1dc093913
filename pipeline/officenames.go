package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// roleWords are the nouns that make a heading or a title name an office.
var (
	roleWords = []string{"secretar", "governor", "mayor", "chair", "president", "premier", "minister",
		"leader", "director", "commissioner", "speaker", "administrator", "chief", "head of", "commander", "prefect",
		"chancellor", "ambassador", "treasurer", "vizier", "sultan", "ombudsman", "magistrate",
		"senator", "comptroller", "auditor", "attorney general", "sheriff", "provost", "alderman", "councillor", "councilor",
		"emperor", "monarch", "regent", "taoiseach", "justice", "procurator", "viceroy", "envoy", "commandant",
		// A military district's political commissar, a Soviet people's
		// commissar.
		"commissar",
		// A colony's heads before its governors: "Captain-major of Macau",
		// "Captain General of Guatemala" ("Captain" alone is a rank
		// before a name).
		"captain-major", "captains-major", "captain-general", "captains-general", "captain general", "captains general",
		// Plurals a list page's title gives, where the role noun comes
		// first: "List of Attorneys General of Texas", "List of heads of
		// state of Vietnam".
		"attorneys general", "solicitor general", "solicitors general", "inspector general", "inspectors general",
		"postmaster general", "postmasters general", "heads of"}
	roleWordSet = newFoldWords(roleWords...)
)

// hasRoleWord reports whether s holds a role word that names a role, not
// a word built on it ("Prefectural", "Leadership", "Secretariat").
func hasRoleWord(s string) bool {
	if !roleWordSet.in(s) {
		return false // most cells and headings: one pass, no allocation
	}
	if !builtOnRoleWordSet.in(s) {
		return true // "Governor of Hunan": the role word stands alone
	}
	l := strings.ToLower(s)
	for _, w := range roleWords {
		if roleWordIndex(l, w) >= 0 {
			return true
		}
	}
	return false
}

// notRoleAfter are the endings that make a word built on a role word
// name something else: a place ("Prefecture", "Governorate"), a body
// ("Secretariat", "Directorate", "Presidium", "Chancellery"), a quality
// ("Presidential", "Ministerial", "Senatorial") or a state
// ("Leadership").
var notRoleAfter = map[string][]string{
	"prefect": {"ur"}, "governor": {"ate"}, "director": {"ate"}, "secretar": {"iat"}, "leader": {"ship"},
	"president": {"ial", "ium"}, "minister": {"ial"}, "senator": {"ial"}, "chancellor": {"y", "ies"},
	"auditor": {"ium"}, "procurator": {"ate"}, "commissar": {"iat"},
}

// builtOnRoleWordSet finds the words of notRoleAfter, built on a role
// word: where none is, every role word found names a role.
var builtOnRoleWordSet = func() *foldWords {
	var words []string
	for w, ends := range notRoleAfter {
		for _, e := range ends {
			words = append(words, w+e)
		}
	}
	slices.Sort(words)
	return newFoldWords(words...)
}()

// roleWordIndex returns the index of the first w in l (in lower case)
// that names the role, or -1.
func roleWordIndex(l, w string) int {
	for off := 0; ; {
		i := strings.Index(l[off:], w)
		if i < 0 {
			return -1
		}
		i += off
		if !builtOnRole(l[i+len(w):], w) {
			return i
		}
		off = i + len(w)
	}
}

// roleWordLastIndex is roleWordIndex from the end.
func roleWordLastIndex(l, w string) int {
	for end := len(l); ; {
		i := strings.LastIndex(l[:end], w)
		if i < 0 {
			return -1
		}
		if !builtOnRole(l[i+len(w):], w) {
			return i
		}
		end = i
	}
}

// builtOnRole reports whether rest, what follows the role word w, makes
// it another word (see notRoleAfter).
func builtOnRole(rest, w string) bool {
	for _, e := range notRoleAfter[w] {
		if strings.HasPrefix(rest, e) {
			return true
		}
	}
	return false
}

var topicalPrefixes = []string{"politics of", "list of", "lists of", "history of", "government of", "timeline of", "leadership of"}

// looksLikeOffice reports whether a page title names one office
// ("Governor of Hunan") rather than a topic ("Politics of Shanxi").
func looksLikeOffice(title string) bool {
	for _, p := range topicalPrefixes {
		if hasPrefixFold(title, p) {
			return false
		}
	}
	return hasRoleWord(title)
}

var notPlaceWords = map[string]bool{"committee": true, "congress": true, "party": true, "government": true,
	"council": true, "commission": true, "assembly": true, "conference": true, "standing": true,
	"provincial": true, "municipal": true, "people's": true, "cpc": true, "ccp": true, "cppcc": true,
	// A chamber named for its members: "the House of Councillors".
	"councillors": true, "representatives": true, "commons": true, "lords": true, "deputies": true,
	"delegates": true, "senators": true, "peers": true,
	// A ministry's portfolio: "Minister of Finance" names no place, so a
	// cabinet page's place is the office's ("Minister of Finance of
	// Testland"), and two countries' finance ministers stay apart.
	"finance": true, "affairs": true, "defence": true, "defense": true, "justice": true, "health": true,
	"education": true, "agriculture": true, "labour": true, "labor": true, "interior": true, "commerce": true,
	"trade": true, "industry": true, "transport": true, "culture": true, "environment": true, "treasury": true,
	"security": true, "science": true, "technology": true, "housing": true, "energy": true, "tourism": true,
	"information": true, "communications": true, "economy": true, "planning": true, "welfare": true,
	"railways": true, "resources": true, "development": true, "infrastructure": true, "fisheries": true}

// portfolioWords name more of a ministry's portfolio than notPlaceWords
// do; some of them are people's names' too ("Power"), so they are only
// read in a minister's title.
var portfolioWords = map[string]bool{"services": true, "works": true, "sport": true, "sports": true, "youth": true,
	"women": true, "children": true, "family": true, "families": true, "employment": true, "social": true,
	"public": true, "foreign": true, "religious": true, "veterans": true, "aviation": true, "ports": true,
	"water": true, "telecommunications": true, "media": true, "arts": true, "heritage": true, "immigration": true,
	"citizenship": true, "mining": true, "mines": true, "lands": true, "forestry": true, "construction": true,
	"cooperation": true, "innovation": true, "investment": true, "digital": true, "human": true, "rights": true,
	"equality": true, "relations": true, "administration": true, "reform": true, "transportation": true,
	"power": true, "post": true, "posts": true, "home": true, "sanitation": true, "statistics": true,
	"territories": true, "regions": true, "integration": true, "solidarity": true, "urban": true, "rural": true,
	"national": true, "marine": true, "food": true, "livestock": true, "oil": true, "gas": true, "petroleum": true,
	// China's ministries of its planned economy and after: "Minister of
	// Land and Resources", "… of Ecology and Environment", "… of Coal
	// Industry".
	"land": true, "natural": true, "ecology": true, "ecological": true, "emergency": true, "management": true,
	"civil": true, "supervision": true, "audit": true, "personnel": true, "radio": true, "film": true,
	"television": true, "ethnic": true, "nationalities": true, "overseas": true, "geology": true, "mineral": true,
	"ocean": true, "oceanic": true, "metallurgical": true, "chemical": true, "machinery": true, "building": true,
	"electronics": true, "coal": true, "textile": true, "light": true, "nuclear": true, "aerospace": true,
	"space": true, "conservancy": true, "electric": true, "materials": true}

// placeOf returns the place an office or topic title is about:
// "Party Secretary of Qinghai" → "Qinghai"; "" when the text after the
// last " of " is an organisation rather than a place.
func placeOf(title string) string {
	if p := namedPlace(title); p != "" {
		return p
	}
	if strings.Contains(title, "Republic") {
		for _, f := range formalCountryNames {
			if endsWithOf(title, f[0]) || endsWithOf(title, strings.TrimPrefix(f[0], "the ")) {
				// "President of the Republic of Korea": the country, not
				// the "Korea" after its last "of".
				return f[1]
			}
		}
		if endsWithOf(title, "Republic of China") {
			// China's state before 1949, Taiwan's since: not "China".
			return "Republic of China"
		}
	}
	var p string
	if head, ok := sectionPageOf(title); ok {
		p = head // "Fujian - Politics", a mirror's page of one section
	} else {
		i := strings.LastIndex(title, " of ")
		if i < 0 {
			return ""
		}
		// "Governor of the Hubei Provincial People's Government": the
		// government's place.
		p = governmentPlace(trimSpace(title[i+len(" of "):]))
	}
	p = strings.TrimPrefix(p, "the ")
	words := strings.Fields(p)
	limit := 3
	if strings.HasSuffix(p, " Autonomous Region") || strings.HasSuffix(p, " Special Administrative Region") {
		limit = 6 // "Ningxia Hui Autonomous Region", "Hong Kong Special Administrative Region"
	}
	if len(words) == 0 {
		return ""
	}
	named := 0 // the words of the name but its particles
	for i, w := range words {
		if i > 0 && i < len(words)-1 && placeParticles[w] {
			continue // "Agusan del Norte", "Mato Grosso do Sul"
		}
		if i > 0 && len(w) > 3 && (w[0] == 'd' || w[0] == 'l') && (w[1] == '\'' || strings.HasPrefix(w[1:], "’")) {
			named++ // "Côte d'Azur": an elided particle, the name after it
			continue
		}
		if lowerIn(notPlaceWords, w) || !startsCapital(w) {
			return ""
		}
		named++
	}
	if named > limit && !(named == limit+1 && placeKindWords[strings.ToLower(words[len(words)-1])]) {
		return "" // but a name of three words and its kind: "Ho Chi Minh City"
	}
	return p
}

// placeKindWords name a kind of place after a place's name.
var placeKindWords = map[string]bool{"city": true, "province": true, "prefecture": true, "county": true,
	"municipality": true, "region": true, "state": true, "territory": true, "district": true}

// placeParticles are the lower-case words inside places' names in
// Spanish, Portuguese, Italian and French: "Rio de Janeiro", "Agusan del
// Norte", "Mato Grosso do Sul", "Reggio di Calabria".
var placeParticles = map[string]bool{"de": true, "del": true, "do": true, "da": true, "dos": true, "das": true,
	"di": true, "du": true, "des": true, "la": true, "el": true, "y": true}

// startsCapital reports whether a word begins with a capital letter, in
// any alphabet: "Hunan", "Ürümqi", "Ōita", "Łódź".
func startsCapital(w string) bool { return unicode.IsUpper(firstRune(w)) }

// endsWithOf reports whether title ends with " of " and name, or " of the "
// and name.
func endsWithOf(title, name string) bool {
	rest, ok := strings.CutSuffix(title, name)
	if !ok {
		return false
	}
	rest = strings.TrimSuffix(rest, "the ")
	return strings.HasSuffix(rest, " of ")
}

// sectionPageOf returns the subject of a page that holds one section of
// another, titled as mirrors title it: "Fujian - Politics", "Fujian –
// Government" → "Fujian".
func sectionPageOf(title string) (string, bool) {
	for _, sep := range []string{" - ", " – ", " — "} {
		if head, section, ok := strings.Cut(title, sep); ok {
			switch strings.ToLower(trimSpace(section)) {
			case "politics", "government", "government and politics", "politics and government", "administration", "leadership", "leaders":
				return trimSpace(head), head != ""
			}
		}
	}
	return "", false
}

// namedPlace returns the place a page about a place is titled with, its
// type in its name: "Kwangtung Province, Republic of China" (the country
// after the comma tells it from the province of the People's Republic)
// → "Kwangtung Province"; "" for any other title.
func namedPlace(title string) string {
	head, _, _ := strings.Cut(title, ", ")
	if strings.Contains(head, " of ") {
		return "" // "Mayor of Portland, Oregon"
	}
	if n := strings.Count(head, " "); n < 1 || n > 3 {
		return "" // one word, or a sentence
	}
	for _, p := range placeTypes {
		if i := len(head) - len(p); i > 0 && strings.EqualFold(head[i:], p) && isPlaceWords(strings.Fields(head[:i])) {
			return head
		}
	}
	return ""
}

// infoboxPostName returns the office's name as the page's infobox gives
// it, its post "of" its body, when the page's title is that name after
// words that name neither a role, nor a role's kind ("Deputy", "Vice"),
// nor a body: "Superior Mayor of Bogotá" under "Post: Mayor" and "Body:
// Bogotá" is the Mayor of Bogotá, as the lists of its holders call it.
// Any other title gives "": the infobox of "Party Secretary of Wuhan"
// gives its body as the party's committee, and "Lord Mayor of London"
// its post as "Lord Mayor".
func infoboxPostName(title, post, body string) string {
	post, body = trimSpace(post), trimSpace(body)
	if b, ok := cutPrefixFold(body, "the "); ok {
		body = b
	}
	if post == "" || body == "" || strings.Contains(post, " of ") || !hasRoleWord(post) {
		return ""
	}
	// The title ends with post, " of ", body (compared in place: most
	// pages' do not, and need no string built).
	i := len(title) - len(body) - len(" of ") - len(post)
	if i < 2 || title[i-1] != ' ' || !strings.EqualFold(title[i:i+len(post)], post) ||
		title[i+len(post):len(title)-len(body)] != " of " || !strings.EqualFold(title[len(title)-len(body):], body) {
		return ""
	}
	for _, w := range strings.Fields(title[:i]) {
		r, _ := utf8.DecodeRuneInString(w)
		if l := strings.ToLower(w); !unicode.IsUpper(r) || hasRoleWord(w) || roleModifiers[l] || bodyTitleWords[l] || notPlaceWords[l] {
			return ""
		}
	}
	return title[i:]
}

// pageOffice returns the office a page's title names: the title itself
// ("Governor of Hunan"), or the office of a list page ("List of Tochigi
// Governors" → "Governor of Tochigi"); "" for a topic ("Politics of
// Shanxi").
func pageOffice(title string) string {
	if looksLikeOffice(title) {
		if namesRolePlural(title) {
			return canonicalOfficeTitle(title, "") // "Governors of Yunnan": the Governor of Yunnan
		}
		return title
	}
	l := strings.ToLower(title)
	if t, ok := withoutSortOrder(title, l); ok {
		title, l = t, strings.ToLower(t) // "List of premiers of Queensland by time in office"
	}
	for _, p := range []string{"list of ", "lists of "} {
		if strings.HasPrefix(l, p) && hasRoleWord(title[len(p):]) {
			t := canonicalOfficeTitle(title, "")
			if d := disambiguator(title); d != "" && !strings.Contains(t, d) {
				// "List of secretaries of the Democratic Party (Italy)":
				// the Italian party's, not another's.
				t += " (" + d + ")"
			}
			return t
		}
	}
	return ""
}

// withoutSortOrder cuts the order a list's title says it is sorted in:
// "List of premiers of Queensland by time in office", "List of governors
// of Georgia by age" are lists of the premiers of Queensland, the
// governors of Georgia. l is the title in lower case.
func withoutSortOrder(title, l string) (string, bool) {
	if !strings.HasPrefix(l, "list of ") && !strings.HasPrefix(l, "lists of ") {
		return title, false
	}
	i := strings.LastIndex(l, " by ")
	if i < 0 {
		return title, false
	}
	for _, w := range []string{"time in office", "length of", "tenure", "age", "longevity", "date of", "place of", "previous",
		"education", "religion", "political party", "party", "height", "net worth", "year", "birth", "death"} {
		if rest, ok := strings.CutPrefix(l[i+len(" by "):], w); ok && (rest == "" || rest[0] == ' ') {
			return strings.TrimRight(title[:i], " "), true
		}
	}
	return title, false
}

// namesRolePlural reports whether a title names its role in the plural,
// as a page of its holders may be titled ("Governors of Yunnan",
// "Chairmen of the Testland Congress", "Attorneys General of Texas").
func namesRolePlural(title string) bool {
	head, _, _ := strings.Cut(title, " of ")
	words := strings.Fields(head)
	plural := func(w string) bool {
		w = strings.ToLower(w)
		return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "men")
	}
	if n := len(words); n > 1 && isPostpositive(words[n-1]) {
		return plural(words[n-2]) // "Attorneys General": the noun before
	}
	for i := len(words) - 1; i >= 0; i-- {
		if hasRoleWord(words[i]) {
			return plural(words[i])
		}
	}
	return false
}

// disambiguator returns the place in brackets at the end of a page's
// title, which tells it from pages of the same name ("Democratic Party
// (Italy)"); "" when there is none, or the brackets hold anything else
// (an era, "(1949–1955)").
func disambiguator(title string) string {
	i := strings.LastIndexByte(title, '(')
	if i < 0 || !strings.HasSuffix(title, ")") {
		return ""
	}
	d := trimSpace(title[i+1 : len(title)-1])
	if words := strings.Fields(d); len(words) == 0 || len(words) > 3 || !isPlaceWords(words) {
		return ""
	}
	return d
}

// headingsAbove returns the headings that a block sits under, nearest
// first: the heading of its own section, then those of the sections
// around it (a heading of a lower level).
func headingsAbove(blocks []Block, idx int) []string {
	var out []string
	level := 1 << 10
	for i := idx - 1; i >= 0; i-- {
		b := blocks[i]
		if b.Kind == HeadingBlock && b.Level < level {
			out = append(out, b.Text)
			level = b.Level
		}
	}
	return out
}

// nearestHeading returns the text of the nearest heading above block idx,
// as headingsAbove's first, without making the list.
func nearestHeading(blocks []Block, idx int) (string, bool) {
	for i := idx - 1; i >= 0; i-- {
		if blocks[i].Kind == HeadingBlock {
			return blocks[i].Text, true
		}
	}
	return "", false
}

// officeOfList names the office of the list in block idx: the nearest
// heading above it that names a role, unless that is the role of the
// office the page is about (an era heading such as "American Naval
// governors (1899–1941)" on "List of Governors of Guam"); the page's
// office; or, for a list on a topic page with no such heading, the head
// of the body its heading names, else the last office the prose just
// before it names. from says which named it.
func officeOfList(doc *Document, idx int) (title, raw string, from namedFrom) {
	page := pageOffice(doc.Title)
	place := placeOf(doc.Title)
	headings := doc.headingsAbove(idx)
	for _, h := range headings {
		if page != "" && isDeputiesHeading(h) {
			return "Deputy " + page, h, fromHeading // "Deputies" on "Mayor of Testcity"
		}
		if !hasRoleWord(h) {
			continue
		}
		post := onePost(h, page)
		if page != "" && roleKey(post) == roleKey(page) {
			return page, h, fromHeading
		}
		if page != "" && place == "" {
			// "Deputy secretaries" on "List of secretaries of the
			// Democratic Party": the party's, as the page's post is.
			if m, ok := strings.CutSuffix(roleKey(post), " "+roleKey(page)); ok && roleKey(page) != "" {
				return titleWord(m, true) + " " + page, h, fromHeading
			}
		}
		if page == "" && place == "" {
			if t := postOfBody(post, doc.Title); t != "" {
				return t, h, fromHeading // "Chairpersons of the Standing Committee" on a people's congress's page
			}
		}
		return placePost(post, doc.Title), h, fromHeading
	}
	if page != "" {
		return page, "", fromPage
	}
	if len(headings) > 0 {
		if t := headOfBody(headings[0], place); t != "" {
			return t, "", fromBody // "Chinese People's Political Consultative Conference"
		}
	}
	// The prose between the list and the heading or title above it.
	for i := idx - 1; i >= 0 && doc.Blocks[i].Kind != HeadingBlock; i-- {
		if b := doc.Blocks[i]; b.Kind == ParagraphBlock {
			if t := lastOfficeIn(b.Text, place); t != "" {
				return t, "", fromProse
			}
		}
	}
	// A body's page that lists its holders under no heading that names
	// them: its heads, of the post its title tells (a party committee's
	// secretaries, the Party Secretary of its place; a people's
	// government's governors, mayors or chairmen).
	if head := bodyHeadPost(doc.Title); head != "" {
		switch {
		case head == "Secretary":
			return postOfBody(head, doc.Title), "", fromPage
		case place != "": // "People's Government of the Guangxi Zhuang Autonomous Region"
			return canonicalOfficeTitle(head, place), "", fromPage
		}
		return canonicalOfficeTitle(head+" of the "+strings.TrimPrefix(doc.Title, "The "), ""), "", fromPage
	}
	if l := strings.ToLower(doc.Title); strings.HasPrefix(l, "list of ") || strings.HasPrefix(l, "lists of ") {
		// "List of popes", "List of doges of Venice": holders of a role
		// the role words do not know, the Pope's, the Doge of Venice's.
		if t := canonicalOfficeTitle(doc.Title, ""); t != "" {
			return t, "", fromTitle
		}
	}
	return doc.Title, "", fromTitle
}

// bodyHeadPost returns the post of the head of the body a page is titled
// after: a party committee's secretary, a people's government's governor,
// mayor or chairman; "" for any other page.
func bodyHeadPost(title string) string {
	if t := postOfBody("Secretary", title); t != "" && isPartySecretaryTitle(strings.ToLower(t)) && t != "Party Secretary" {
		return "Secretary"
	}
	return governmentHead(title)
}

// governmentHead returns the title of the head of the people's
// government a page is titled after ("Jiangsu Provincial People's
// Government": Governor), or "".
func governmentHead(title string) string {
	l := strings.ToLower(title)
	if !strings.Contains(l, "people's government") {
		return ""
	}
	switch {
	case strings.Contains(l, "autonomous region"):
		return "Chairman"
	case strings.Contains(l, "provincial"), strings.Contains(l, "province"), strings.Contains(l, "autonomous prefecture"):
		return "Governor"
	case strings.Contains(l, "municipal"), strings.Contains(l, "city"):
		return "Mayor"
	}
	return ""
}

// namedFrom says what named a list's office.
type namedFrom int

const (
	fromHeading namedFrom = iota // a heading that names the post
	fromPage                     // the page's title
	fromBody                     // a heading that names a body: its head
	fromProse                    // the prose above the list
	fromTitle                    // nothing better: the page's title as it is
)

// bodyHeads are the kinds of bodies a topic page's heading may name
// without naming a post ("Chinese People's Political Consultative
// Conference", "National Supervisory Commission"), each with the title
// of the head its list gives.
var bodyHeads = []struct{ word, head string }{
	{"supervisory commission", "Director"},
	{"discipline inspection", "Secretary"},
	{"procuratorate", "Chief Procurator"},
	{"court", "President"},
	{"consultative conference", "Chairman"},
	{"cppcc", "Chairman"},
	{"people's congress", "Chairman"},
	{"commission", "Chairman"},
	{"committee", "Chairman"},
	{"congress", "Chairman"},
	{"assembly", "Chairman"},
	{"council", "Chairman"},
}

// headOfBody returns the office of the head of the body a heading names
// and no post ("Chinese People's Political Consultative Conference" on
// "Politics of Guangdong": "Chairman of the Chinese People's Political
// Consultative Conference of Guangdong"), or "". A party ("Communist
// Party") is no such body: its list's column names the post.
func headOfBody(h, place string) string {
	h = trimSpace(h)
	l := strings.ToLower(h)
	if strings.Contains(l, "party") || len(strings.Fields(h)) > 10 {
		return ""
	}
	for _, w := range []string{"standing committee", "member", "composition", "current"} {
		if strings.Contains(l, w) {
			return "" // the body's members, not its heads
		}
	}
	for _, b := range bodyHeads {
		if strings.Contains(l, b.word) {
			body := strings.TrimPrefix(h, "The ")
			body = strings.TrimPrefix(body, "the ")
			if rest, ok := strings.CutPrefix(body, "National "); ok && place != "" {
				// "National Supervisory Commission" on "Politics of
				// Guangdong": the province's own commission.
				body = place + " " + rest
			}
			return canonicalOfficeTitle(b.head+" of the "+body, place)
		}
	}
	return ""
}

// bodyTitleWords end the title of a page about a body: a people's
// congress, a legislature, a court, a party.
var bodyTitleWords = map[string]bool{"congress": true, "conference": true, "assembly": true, "council": true,
	"committee": true, "commission": true, "court": true, "yuan": true, "parliament": true, "senate": true,
	"legislature": true, "procuratorate": true, "government": true, "cabinet": true, "diet": true, "party": true,
	// Legislatures called by their own word: India's Lok Sabha and Rajya
	// Sabha, Malaysia's Dewan Rakyat, Israel's Knesset, Russia's Duma.
	"sabha": true, "rakyat": true, "knesset": true, "bundestag": true, "bundesrat": true, "duma": true, "sejm": true,
	"storting": true, "riksdag": true, "folketing": true, "eduskunta": true, "althing": true, "majlis": true,
	"sangsad": true, "khural": true, "oireachtas": true}

// innerBodyWords name a body within a body: a post "of the Standing
// Committee" on a people's congress's page is the congress's.
var innerBodyWords = map[string]bool{"the": true, "standing": true, "committee": true, "presidium": true,
	"executive": true, "secretariat": true, "bureau": true}

// postOfBody returns the office a heading's post names on the page of a
// body ("Chairpersons of the Standing Committee" on "Beijing Municipal
// People's Congress" → "Chairman of the Standing Committee of the Beijing
// Municipal People's Congress"; "Presidents" on "Legislative Yuan" →
// "President of the Legislative Yuan"): the post, whose own title names
// no place, of the page's body. It returns "" when the title names no
// body or the post names more than a body within it.
func postOfBody(post, title string) string {
	words := strings.Fields(title)
	if len(words) < 2 || len(words) > 12 || !bodyTitleWords[strings.ToLower(words[len(words)-1])] || hasRoleWord(title) {
		return ""
	}
	t := canonicalOfficeTitle(post, "")
	if head, tail, ok := strings.Cut(t, " of "); ok {
		for _, w := range strings.Fields(tail) {
			if !lowerIn(innerBodyWords, w) {
				// "party secretary of Shenzhen" on the committee of
				// Shenzhen: the post of the body's place; "Speaker of the
				// House": a body of its own.
				if out := postOfBody(head, title); out != "" && strings.EqualFold(placeOf(out), tail) {
					return out
				}
				return ""
			}
		}
	}
	out := t + " of the " + strings.TrimPrefix(strings.TrimPrefix(title, "The "), "the ")
	if isPartySecretaryTitle(strings.ToLower(out)) || strings.HasSuffix(out, " People's Government") {
		// "Party secretaries" on "Shenzhen Municipal Committee of the
		// Chinese Communist Party": the Party Secretary of Shenzhen, as
		// the city's other pages name the post; "Governor" on "Gansu
		// Provincial People's Government": the Governor of Gansu.
		return canonicalOfficeTitle(out, "")
	}
	return out
}

// officeOfColumn returns the title of the office whose holders a table
// column labelled role lists ("Governor" on "Politics of Yunnan"): the
// page's own office when the role is its, else the role at the page's
// place.
func officeOfColumn(doc *Document, role string) string {
	page := pageOffice(doc.Title)
	role = onePost(role, page)
	if page != "" && roleKey(role) == roleKey(page) {
		return page
	}
	return placePost(role, doc.Title)
}

// placeWithArticle returns a place's name as a title names it after
// "of": with "the" where English writes one, before a name in the plural
// ("Northern Mariana Islands" → "the Northern Mariana Islands", "United
// States", "Philippines"), as a table's cell of places leaves it out.
// Any other name is returned as it is.
func placeWithArticle(place string) string {
	if place == "" || hasPrefixFold(place, "the ") {
		return place
	}
	last := place[strings.LastIndexByte(place, ' ')+1:]
	switch strings.ToLower(last) {
	case "islands", "states", "emirates", "philippines", "netherlands", "bahamas", "maldives", "comoros", "territories", "provinces":
		return "the " + place
	}
	return place
}

// placePost returns the title of a post at the place a page is titled
// after: "Lieutenant governors" on "List of governors of the Northern
// Mariana Islands" is the "Lieutenant Governor of the Northern Mariana
// Islands", the article kept where the page's title writes it, as the
// place's own pages and its holders' biographies title the post.
func placePost(post, pageTitle string) string {
	place := placeOf(pageTitle)
	t := canonicalOfficeTitle(post, place)
	if place == "" || !strings.HasSuffix(t, " of "+place) || !strings.HasSuffix(pageTitle, " of the "+place) {
		return t
	}
	return t[:len(t)-len(place)] + "the " + place
}

// postsOfHeading splits a heading that names several posts joined by
// "and" or commas ("Governors and Mayors", "Party Secretaries &
// Chairmen", "Governors, Mayors and Secretaries") into them. It returns
// nil for a heading of one post, "and" inside its name ("Minister of
// Industry and Trade") included.
func postsOfHeading(h string) []string {
	if !strings.Contains(h, " and ") && !strings.Contains(h, " & ") && !strings.Contains(h, ", ") && !strings.Contains(h, "/") {
		return nil // most headings
	}
	var posts []string
	for _, p := range strings.Split(h, ", ") {
		p = strings.TrimPrefix(p, "and ")
		for _, q := range strings.Split(p, " and ") {
			for _, r := range strings.Split(q, " & ") {
				for _, t := range strings.Split(r, "/") { // "Mayors/Governors of Saint Petersburg"
					posts = append(posts, trimSpace(t))
				}
			}
		}
	}
	if len(posts) < 2 {
		return nil
	}
	for i, p := range posts {
		if !hasRoleWord(p) {
			return nil
		}
		for _, q := range posts[:i] {
			if roleKey(p) == roleKey(q) {
				return nil
			}
		}
	}
	return posts
}

// onePost returns the post of a heading or label that names several
// ("Governors and Mayors", "Mayor/Governor"): the page's post when it is
// one of them (the titles the post has had), else the first; the
// several-posts finding tells. A heading of one post is returned as it
// is.
func onePost(h, page string) string {
	posts := postsOfHeading(h)
	if len(posts) < 2 {
		return h
	}
	if i := slices.IndexFunc(posts, func(p string) bool { return page != "" && roleKey(p) == roleKey(page) }); i >= 0 {
		return posts[i] // "Mayors/Governors of Saint Petersburg" on "Governor of Saint Petersburg"
	}
	return posts[0]
}

// isDeputiesHeading reports whether a heading names the deputies of the
// page's office and no post of its own: "Deputies", "List of deputies".
func isDeputiesHeading(h string) bool {
	l := strings.ToLower(trimSpace(h))
	for _, p := range []string{"list of ", "the "} {
		l = strings.TrimPrefix(l, p)
	}
	return l == "deputies" || l == "deputy"
}

// roleKey is the kind of post a title names, for telling whether two
// titles name the same role: "governor", "vice premier", "party secretary".
func roleKey(title string) string {
	l := strings.ToLower(title)
	best, at := "", len(l)
	for _, w := range roleWords {
		if i := roleWordIndex(l, w); i >= 0 && i < at {
			best, at = w, i
		}
	}
	if best == "" {
		return ""
	}
	if end := at + strings.IndexByte(l[at:], '-'); end > at && !strings.ContainsFunc(l[at:end], func(r rune) bool { return !unicode.IsLetter(r) }) {
		// "Minister-President", "Ministers-President": one post of two
		// role words, not a minister.
		tail := l[end+1:]
		if i := strings.IndexFunc(tail, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
			tail = tail[:i]
		}
		if hasRoleWord(tail) {
			return singular(l[at:end]) + "-" + singular(tail)
		}
	}
	if best == "chief" {
		// "Chief" names a post with the noun after it: a chief executive
		// is not a chief secretary.
		if after := strings.Fields(l[at+len(best):]); len(after) > 0 && !smallWords[after[0]] {
			best += " " + strings.ToLower(singular(strings.Trim(after[0], ",.:;")))
		}
	}
	before := l[:at]
	for _, m := range []string{"vice", "deputy", "executive", "first", "assistant", "lieutenant"} {
		if strings.Contains(before, m) {
			return m + " " + best
		}
	}
	if after := strings.Fields(l[at:]); len(after) > 1 && isRoleQualifier(after[1:]) {
		return best + " " + strings.Join(after[1:], " ")
	}
	return best
}

// singularRole makes the role noun of a list's heading singular: the last
// word, or the word a qualifier follows ("Presidents pro tempore").
func singularRole(words []string) {
	role := len(words) - 1
	if len(words) > 1 && isPostpositive(words[role]) {
		// "Attorneys General", "Captains Regent": the noun is before
		// the word that qualifies it.
		words[role-1] = singular(words[role-1])
		return
	}
	if head, tail, ok := strings.Cut(words[role], "-"); ok && isPostpositive(tail) && !rolePrefixes[strings.ToLower(head)] {
		words[role] = singular(head) + "-" + titleWord(tail, true) // "Governors-General", "governors-general"
		return
	}
	for i := role - 1; i >= 0; i-- {
		if hasRoleWord(words[i]) && isRoleQualifier(words[i+1:]) {
			role = i
			break
		}
	}
	if !hasRoleWord(words[role]) {
		// "Ministers for Foreign Affairs", "Minister without Portfolio":
		// the role is the last word that names one, its portfolio after.
		for i := role - 1; i >= 0; i-- {
			if hasRoleWord(words[i]) {
				role = i
				break
			}
		}
	}
	if role < len(words)-1 && lowerIn(roleModifiers, words[role]) && !hasRoleWord(strings.Join(words[role+1:], " ")) {
		// "Chief Executives": "Chief" qualifies the noun after it.
		role = len(words) - 1
	}
	words[role] = singular(words[role])
}

// rolePrefixes are written before a role noun with a hyphen, the noun
// after them: "Co-regents" are co-regents, not "Co-Regents" as
// "Governors-General" are governors-general.
var rolePrefixes = map[string]bool{"co": true, "vice": true, "ex": true, "pro": true, "sub": true, "joint": true}

// isPostpositive reports whether w is a word written after the role noun
// it qualifies: "Attorney General", "Captain Regent", "Lord Lieutenant".
func isPostpositive(w string) bool {
	switch strings.ToLower(w) {
	case "general", "generals", "regent", "regents", "lieutenant", "lieutenants", "major": // "Captains-major"
		return true
	}
	return false
}

// isRoleQualifier reports whether words written after a role noun make it
// another post: "President pro tempore" is not the President.
func isRoleQualifier(words []string) bool {
	if len(words) == 0 {
		return false
	}
	switch strings.ToLower(words[0]) {
	case "pro":
		return len(words) > 1 && strings.HasPrefix(strings.ToLower(words[1]), "tem")
	case "emeritus", "designate", "elect":
		return true
	}
	return false
}

// isPartySecretaryTitle tells the secretary of a Communist Party
// committee ("CPC Guizhou Committee Secretaries", "CCP Party chiefs",
// "Communist Party Secretary of X") from other secretaries
// ("Secretary-General of the Saenuri Party"). l is lower case.
func isPartySecretaryTitle(l string) bool {
	if strings.Contains(l, "deputy") || strings.Contains(l, "general") || strings.Contains(l, "vice") {
		return false
	}
	if strings.Contains(l, "youth league") {
		// "First Secretary of the Communist Youth League": the league's
		// own post ("Alxa League" is a place).
		return false
	}
	for _, w := range partyBodies {
		if strings.Contains(l, w) {
			// "Secretary of the Political and Legal Affairs Commission of
			// the CPC Guangdong Committee", "Secretary of the CCP Hunan
			// Commission for Discipline Inspection": the secretary of a
			// body under the committee, not the committee's.
			return false
		}
	}
	if strings.Contains(l, "party chief") || strings.Contains(l, "party boss") {
		return true
	}
	if !strings.Contains(l, "secretar") {
		return false
	}
	for _, w := range []string{"cpc", "ccp", "communist", "party secretar", "committee secretar", "party committee"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	if strings.Contains(l, "cppcc") || strings.Contains(l, "consultative") {
		return false
	}
	// "Secretaries of the Provincial Committee": a Chinese party
	// committee's.
	return strings.Contains(l, "provincial committee") || strings.Contains(l, "municipal committee") ||
		strings.Contains(l, "regional committee") || strings.Contains(l, "prefectural committee")
}

// assemblyChairTitle returns the one title of the head of a Chinese
// province's or city's people's congress or CPPCC committee, which pages
// write in many ways: "Chairman of the Standing Committee of the
// Guangdong Provincial People's Congress", "Chairmen of Guangdong
// People's Congress" → "Chairman of Guangdong People's Congress";
// "Chairperson of the Guangdong Provincial Committee of the Chinese
// People's Political Consultative Conference", "Chairman of the CPPCC
// Guangdong Committee" → "Chairman of CPPCC Guangdong Committee". It
// returns "" for any other title, and for the national bodies ("the
// National People's Congress"), which name no place. l is h in lower
// case.
func assemblyChairTitle(h, l, place string) string {
	if !strings.Contains(l, "chair") && !strings.Contains(l, "director") || strings.Contains(l, "vice") ||
		strings.Contains(l, "deputy") || strings.Contains(l, "secretary") {
		return ""
	}
	cppcc := strings.Contains(l, "cppcc") || strings.Contains(l, "consultative conference")
	if !cppcc && !strings.Contains(l, "people's congress") && !strings.Contains(l, "people’s congress") {
		return ""
	}
	if strings.Contains(l, "national") {
		return "" // the national body
	}
	p := assemblyPlace(h)
	if p == "" {
		p = place
	}
	if p == "" {
		return ""
	}
	if cppcc {
		return "Chairman of CPPCC " + p + " Committee"
	}
	return "Chairman of " + p + " People's Congress"
}

// assemblyPlace finds the place in the name of a people's congress or
// CPPCC committee: the run of capitalised words that is neither an
// organisation's nor a kind of place's ("the Inner Mongolia Autonomous
// Regional People's Congress" → "Inner Mongolia").
func assemblyPlace(h string) string {
	var run []string
	for _, w := range strings.Fields(h) {
		lw := strings.ToLower(strings.Trim(w, ",.:"))
		stop := notPlaceWords[lw] || assemblyWords[lw] || hasRoleWord(w) || !startsCapital(w)
		if stop {
			if len(run) > 0 {
				break
			}
			continue
		}
		run = append(run, strings.Trim(w, ",.:"))
	}
	return strings.Join(run, " ")
}

// assemblyWords are the words around a place in the name of a people's
// congress or CPPCC committee.
var assemblyWords = map[string]bool{"chinese": true, "political": true, "consultative": true, "autonomous": true,
	"region": true, "regional": true, "zhuang": true, "hui": true, "uyghur": true, "uygur": true, "special": true,
	"province": true, "city": true, "municipality": true, "standing": true, "list": true, "of": true, "the": true}

// partyBodies are the bodies under a party committee whose secretaries
// are not the committee's.
var partyBodies = []string{"commission", "department", "school", "work committee", "working committee", "secretariat",
	"bureau", "ministry", "leading group", "leading small group", "office of", "central committee"}

// lastOfficeIn finds the last office named in prose: "… ranks below the
// Jiangsu CCP Provincial Committee Secretary, informally the "Jiangsu CCP
// Party Chief"." → "Party Secretary of Jiangsu".
func lastOfficeIn(text, place string) string {
	l := strings.ToLower(text)
	best, at := "", -1
	for _, w := range append([]string{"party chief"}, roleWords...) {
		if i := roleWordLastIndex(l, w); i > at {
			best, at = w, i
		}
	}
	if best == "" {
		return ""
	}
	// The sentence-part around the role word.
	from := strings.LastIndexAny(text[:at], ",;.\"(") + 1
	to := len(text)
	if j := strings.IndexAny(text[at:], ",;.\")"); j >= 0 {
		to = at + j
	}
	phrase := titleAround(text[from:to], at-from)
	if isPartySecretaryTitle(strings.ToLower(phrase)) {
		if place == "" {
			return "Party Secretary"
		}
		return "Party Secretary of " + place
	}
	if strings.Contains(phrase, " of ") {
		return canonicalOfficeTitle(phrase, place)
	}
	return ""
}

// titleAround returns the title in a part of a sentence around the role
// word at byte i: the capitalised words before it and after it, joined by
// "of", "the" and "for" ("The Mayor of Testsu heads the government" →
// "The Mayor of Testsu"; "In 1949 the Governor of Hainan was" →
// "Governor of Hainan").
func titleAround(part string, i int) string {
	words := strings.Fields(part)
	// The word the role starts in.
	k, pos := 0, 0
	for k < len(words) {
		j := strings.Index(part[pos:], words[k]) + pos
		if j+len(words[k]) > i {
			break
		}
		pos = j + len(words[k])
		k++
	}
	if k == len(words) {
		return trimSpace(part)
	}
	capital := func(w string) bool {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '\''
	}
	lo := k
	for lo > 0 && capital(words[lo-1]) {
		lo--
	}
	hi := k + 1
	for hi < len(words) && (capital(words[hi]) || words[hi] == "of" || words[hi] == "the" || words[hi] == "for") {
		hi++
	}
	for hi > k+1 && (words[hi-1] == "of" || words[hi-1] == "the" || words[hi-1] == "for") {
		hi--
	}
	return strings.Join(words[lo:hi], " ")
}

// canonicalOfficeTitle turns a list heading or an office name into an
// office title: "List of the CPC Guizhou Committee Secretaries" → "Party
// Secretary of Guizhou", "Tochigi Governors" → "Governor of Tochigi",
// "14th Secretary-General of the State Council" → "Secretary-General of
// the State Council".
func canonicalOfficeTitle(h, place string) string {
	h = trimSpace(strings.TrimSuffix(trimSpace(h), ":"))
	if strings.Contains(h, ", ") {
		h = withoutBrokenLines(h)
	}
	if strings.Contains(h, "’") {
		h = strings.ReplaceAll(h, "’", "'") // "People’s Congress", typeset
	}
	if i := strings.LastIndexByte(h, '('); i > 0 && strings.HasSuffix(h, ")") && !isPartyNameQualifier(h[:i], h[i+1:len(h)-1]) {
		h = trimSpace(h[:i]) // "Governors (1949–1955)"
	}
	for _, p := range []string{"list of ", "lists of ", "the ", "current ", "incumbent ", "present "} {
		if len(h) >= len(p) && strings.EqualFold(h[:len(p)], p) {
			h = trimSpace(h[len(p):])
		}
	}
	h = cutLeadingOrdinals(h) // "7th Governor of Hokkaido", "33rd and 34th Mayor of Seoul"
	l := strings.ToLower(h)
	if isPartySecretaryTitle(l) && !ofPartyOfManyParties(h) {
		p := place
		if p == "" || !strings.Contains(h, p) {
			// "First Secretary of the Communist Party of the Soviet
			// Union": the place after the last "of"; "Secretary of the
			// CPC Guizhou Committee": the place inside the body's name;
			// "State Secretary of the Communist Party of India
			// (Marxist), Kerala": the place after the party's name;
			// "Secretary of the Communist Party of Vietnam Hanoi
			// Committee": the committee's place after the party's
			// country.
			if q := placeAfterPartyName(h); q != "" {
				p = q
			} else if q := placeAfterLastOf(h); q != "" && strings.Contains(l, "party of ") {
				p = q
			} else if q := placeInHeading(h); q != "" {
				p = q
			}
		}
		if p == "" {
			return "Party Secretary"
		}
		return "Party Secretary of " + p
	}
	if t := assemblyChairTitle(h, l, place); t != "" {
		return t
	}
	head, tail, hasOf := strings.Cut(h, " of ")
	if hasOf {
		if g := governmentHead(tail); g != "" && (strings.EqualFold(head, "head") || strings.EqualFold(head, "heads")) {
			head = g // "Heads of the Hunan Provincial People's Government": its governors
		}
		tail = governmentPlace(tail)
	}
	words := strings.Fields(head)
	if len(words) == 0 {
		return ""
	}
	if len(words) > 1 && (strings.EqualFold(words[0], "provincial") || strings.EqualFold(words[0], "municipal")) && hasRoleWord(words[1]) &&
		!strings.EqualFold(strings.TrimSuffix(words[1], "s"), "president") {
		// "Provincial Governors": the province's governors. A Mexican
		// "Municipal president" is the title of a mayor, not the
		// municipality's president.
		words = words[1:]
	}
	for len(words) > 1 && lowerIn(mannerWords, words[0]) && hasRoleWord(strings.Join(words[1:], " ")) {
		words = words[1:] // "Directly elected governors": the governors
	}
	// "Tochigi Governors": the role comes last, the place before it.
	// "Norwegian monarchs", "Japanese prime ministers": the country's
	// adjective, the country.
	if !hasOf && len(words) > 1 && hasRoleWord(words[len(words)-1]) && !isPostpositive(words[len(words)-1]) {
		k := len(words) - 1 // where the role starts
		for k > 1 && roleModifiers[strings.ToLower(words[k-1])] {
			k--
		}
		if isPlaceWords(words[:k]) {
			tail, hasOf = strings.Join(words[:k], " "), true
			if country, ok := demonyms[strings.ToLower(tail)]; ok {
				tail = country
			}
			words = words[k:]
			// "Osaka Prefectural Governor": the Governor of Osaka
			// Prefecture; "Gyeonggi Provincial Governor", of Gyeonggi
			// Province.
			if p, ok := strings.CutSuffix(tail, " Prefectural"); ok {
				tail = p + " Prefecture"
			} else if p, ok := strings.CutSuffix(tail, " Metropolitan"); ok {
				tail = p // "Tokyo Metropolitan Governor", "Seoul Metropolitan Mayor": Tokyo's, Seoul's
			} else if len(words) > 1 && strings.EqualFold(words[0], "provincial") {
				tail, words = tail+" Province", words[1:]
			}
		}
	}
	singularRole(words)
	for i, w := range words {
		words[i] = titleWord(w, i == 0)
	}
	out := strings.Join(words, " ")
	if hasOf {
		out += " of " + titleTail(tail)
	}
	// The page's place is the office's, unless the title names a place
	// of its own: "Mayors of Lanzhou" on "Politics of Gansu" is the
	// Mayor of Lanzhou.
	if place != "" && !strings.Contains(out, place) && !(hasOf && (isPlaceWords(strings.Fields(tail)) || namesNationalBody(tail))) {
		for _, body := range []string{" of the People's Committee", " of the People's Council", " of the Revolutionary Committee"} {
			if head, ok := strings.CutSuffix(out, body); ok {
				// "Chairmen of the People's Committee" on "Politics of
				// Hanoi": the Chairman of the Hanoi People's Committee,
				// as Vietnam's cities title it; a Chinese province's
				// "Revolutionary Committee" of 1967–1979 likewise.
				return head + " of the " + place + strings.TrimPrefix(body, " of the")
			}
		}
		out += " of " + place
	}
	return out
}

// withoutBrokenLines joins a title an infobox wrote on several lines,
// which a rendering joins with commas: "General Secretary of the,
// Christian Social Union", "Member of the, Landtag of Bavaria, for
// Nuremberg-East, (Nuremberg-West; 1994–2018)". A comma after a small
// word ("of the,"), before one ("Bavaria, for") or before a bracket
// ends no phrase; one between two names does ("Minister of Finance,
// Regional Development", "(Marxist), Kerala") and is kept.
func withoutBrokenLines(h string) string {
	var b strings.Builder
	rest := h
	for {
		i := strings.Index(rest, ", ")
		if i < 0 {
			break
		}
		before, after := rest[:i], rest[i+2:]
		last := before[strings.LastIndexByte(before, ' ')+1:]
		next, _, _ := strings.Cut(after, " ")
		broken := lowerIn(smallWords, last) || next != "" && (next[0] == '(' || lowerIn(smallWords, next) && next[0] >= 'a' && next[0] <= 'z')
		b.WriteString(before)
		if broken {
			b.WriteByte(' ')
		} else {
			b.WriteString(", ")
		}
		rest = after
	}
	if b.Len() == 0 {
		return h
	}
	b.WriteString(rest)
	return strings.TrimSuffix(b.String(), ",")
}

// namesNationalBody reports whether the body after an office's "of" is a
// country's own, which needs no place to tell it ("the Standing Committee
// of the National People's Congress", "the Central People's Government",
// "the State Council").
func namesNationalBody(tail string) bool {
	t := strings.TrimPrefix(tail, "the ")
	// China's "Supreme People's Court" and "Supreme People's
	// Procuratorate" are the nation's; a "Supreme Court" may be a state's.
	return strings.HasPrefix(t, "National ") || strings.HasPrefix(t, "Central ") || strings.HasPrefix(t, "State Council") ||
		strings.HasPrefix(t, "Supreme People's ") || strings.HasPrefix(t, "Chinese People's Political Consultative Conference") ||
		t == "CPPCC" || strings.HasPrefix(t, "CPPCC National Committee") ||
		strings.Contains(t, " of the National ") || strings.Contains(t, " of the Central ")
}

// governmentPlace reads the government a head of government is titled
// after as its place: "the Guizhou Provincial People's Government" →
// "Guizhou" (the Governor of the Guizhou Provincial People's Government
// is the Governor of Guizhou), "the Chongqing Municipal People's
// Government" → "Chongqing"; other text is returned as it is.
func governmentPlace(s string) string {
	const gov, curly = " People's Government", " People’s Government"
	t := strings.TrimSuffix(strings.TrimSuffix(s, gov), curly)
	if len(t) == len(s) {
		// "the People's Government of Tibet Autonomous Region": the
		// place after the government.
		rest, ok := strings.CutPrefix(strings.TrimPrefix(s, "the "), "People's Government of ")
		if !ok || strings.Contains(rest, " of ") {
			return s
		}
		t = rest
	}
	// "the Guizhou Provincial People's Government", or without its
	// article, as an infobox's title writes it: "Inner Mongolia
	// Autonomous Region People's Government"; "the Tibet Autonomous
	// Regional People's Government", of the region.
	t = strings.TrimPrefix(t, "the ")
	if r, ok := strings.CutSuffix(t, " Autonomous Regional"); ok {
		t = r + " Autonomous Region"
	}
	for _, q := range []string{" Provincial", " Municipal", " City", " Regional"} {
		t = strings.TrimSuffix(t, q)
	}
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > 5 || !isPlaceWords(words) || nationalWords[words[0]] {
		return s // "the Central People's Government"
	}
	if strings.HasSuffix(t, " Region") {
		return "the " + t // "the Guangxi Zhuang Autonomous Region"
	}
	return t
}

// nationalWords start the name of a country's own government, which
// names no place: "the Central People's Government"; as do the words
// for a body's kind, which a body named after no place begins with:
// "the Legislative Assembly", "the General Assembly".
var nationalWords = map[string]bool{"Central": true, "National": true, "State": true, "Federal": true,
	"Provisional": true, "Union": true, "Legislative": true, "Executive": true, "Constituent": true, "General": true,
	"Consultative": true, "Supreme": true}

// demonyms are the adjectives of countries and regions that titles put
// before a role ("List of Norwegian monarchs", "Japanese prime
// ministers"), with the name that goes after "of" in the office's title.
var demonyms = map[string]string{
	"chinese": "China", "japanese": "Japan", "korean": "Korea", "south korean": "South Korea", "north korean": "North Korea",
	"taiwanese": "Taiwan", "mongolian": "Mongolia", "tibetan": "Tibet", "vietnamese": "Vietnam", "thai": "Thailand",
	"burmese": "Myanmar", "cambodian": "Cambodia", "laotian": "Laos", "filipino": "the Philippines", "philippine": "the Philippines",
	"indonesian": "Indonesia", "malaysian": "Malaysia", "singaporean": "Singapore", "indian": "India", "pakistani": "Pakistan",
	"bangladeshi": "Bangladesh", "nepalese": "Nepal", "nepali": "Nepal", "sri lankan": "Sri Lanka", "afghan": "Afghanistan",
	"iranian": "Iran", "persian": "Persia", "iraqi": "Iraq", "syrian": "Syria", "turkish": "Turkey", "ottoman": "the Ottoman Empire",
	"israeli": "Israel", "egyptian": "Egypt", "saudi": "Saudi Arabia", "russian": "Russia", "soviet": "the Soviet Union",
	"ukrainian": "Ukraine", "polish": "Poland", "czech": "the Czech Republic", "slovak": "Slovakia", "hungarian": "Hungary",
	"romanian": "Romania", "bulgarian": "Bulgaria", "serbian": "Serbia", "croatian": "Croatia", "greek": "Greece",
	"italian": "Italy", "spanish": "Spain", "portuguese": "Portugal", "french": "France", "german": "Germany",
	"austrian": "Austria", "swiss": "Switzerland", "dutch": "the Netherlands", "belgian": "Belgium", "danish": "Denmark",
	"norwegian": "Norway", "swedish": "Sweden", "finnish": "Finland", "icelandic": "Iceland", "irish": "Ireland",
	"british": "the United Kingdom", "english": "England", "scottish": "Scotland", "welsh": "Wales",
	"american": "the United States", "canadian": "Canada", "mexican": "Mexico", "brazilian": "Brazil",
	"argentine": "Argentina", "argentinian": "Argentina", "chilean": "Chile", "peruvian": "Peru", "colombian": "Colombia",
	"venezuelan": "Venezuela", "cuban": "Cuba", "australian": "Australia", "new zealand": "New Zealand",
	"nigerian": "Nigeria", "kenyan": "Kenya", "ethiopian": "Ethiopia", "south african": "South Africa", "moroccan": "Morocco",
}

// countryBodies are the chambers and councils many countries have, which
// a post's title names without saying whose ("Member of the House of
// Representatives"): a legislature's or cabinet's of the nation, not of a
// state or province (a "Legislative Assembly" may be either, and is not
// one).
var countryBodies = []string{"House of Representatives", "House of Councillors", "National Assembly", "Senate",
	"Parliament", "House of Commons", "House of Lords", "Chamber of Deputies", "National Council",
	"Council of Ministers", "Cabinet", "Supreme Court", "Constitutional Court"}

// countryPost returns the title of a country's post whose title names
// no country, with the country after it ("Member of the House of
// Representatives" in a Japanese biography → "Member of the House of
// Representatives of Japan"; "Minister of Defense" → "Minister of
// Defense of Japan"), so that two countries' posts of one name stay two
// offices. Any other title, or an unknown country, gives "".
func countryPost(title, country string) string {
	name := countryName(country)
	if name == "" || placeOf(title) != "" || strings.Contains(title, strings.TrimPrefix(name, "the ")) {
		return ""
	}
	for adj, c := range demonyms {
		if c == name && strings.Contains(strings.ToLower(title), adj) {
			return "" // "Member of the Japanese House of Peers"
		}
	}
	head, tail, ok := strings.Cut(title, " of ")
	if !ok {
		head, tail, ok = strings.Cut(title, " for ") // "Minister for Finance", as Ireland and Australia write it
	}
	if !ok {
		return ""
	}
	body := strings.TrimPrefix(tail, "the ")
	switch {
	case slices.Contains(countryBodies, body):
	case strings.HasSuffix(head, "Minister") || strings.HasSuffix(head, "Minister of State"):
		// "Minister of Finance", "Minister of the Environment",
		// "Minister of Development, Industry, Trade and Services": a
		// portfolio, every word of it no place's.
		for _, w := range strings.Fields(body) {
			if w = strings.TrimRight(w, ",;"); startsCapital(w) && !lowerIn(notPlaceWords, w) && !lowerIn(portfolioWords, w) {
				return ""
			}
		}
	default:
		return ""
	}
	return title + " of " + name
}

// placeAfterLastOf returns the place a title ends with after its last
// "of", its article kept ("… of the Communist Party of the Soviet Union"
// → "the Soviet Union"), or "" when the words there are not a place's.
// ofPartyOfManyParties reports whether a secretary's title names the
// party as one of several of its country's: by a bracket of its name
// ("Communist Party of India (Marxist)") or with the state of its unit
// after a comma ("…, Kerala"). Such a title is a party's post, not the
// Party Secretary of Kerala that a ruling party's secretary of a
// province is ("Secretary of the Communist Party of China Hunan
// Committee", "First Secretary of the Communist Party of Ukraine").
func ofPartyOfManyParties(h string) bool {
	i := lastIndexFold(h, "party of ")
	if i < 0 {
		return false
	}
	rest := strings.TrimPrefix(h[i+len("party of "):], "the ")
	country, after, _ := strings.Cut(rest, " (")
	country, _, comma := strings.Cut(country, ", ")
	if countryCodeOf(country) == "" || countryCodeOf(country) == "cn" {
		return false
	}
	if after != "" {
		inner, _, _ := strings.Cut(after, ")")
		return isPartyNameQualifier("party of "+country, inner)
	}
	return comma
}

// cutLeadingOrdinals removes the holder's numbers written before an
// office's title: "7th Governor of Hokkaido" → "Governor of Hokkaido", and
// so "33rd and 34th Mayor of Seoul", "1st, 3rd & 5th President of X".
func cutLeadingOrdinals(h string) string {
	w, rest, ok := strings.Cut(h, " ")
	if !ok || !startsWithOrdinal(strings.TrimSuffix(w, ",")) {
		return h
	}
	for {
		h = rest
		w, rest, ok = strings.Cut(h, " ")
		if ok && (w == "and" || w == "&") {
			w, rest, ok = strings.Cut(rest, " ")
		}
		if !ok || !startsWithOrdinal(strings.TrimSuffix(w, ",")) {
			return h
		}
	}
}

// isPartyNameQualifier reports whether a bracket closing an office's title
// is part of a party's name, not a period or a disambiguator to drop:
// "(Marxist)" in "General Secretary of the Communist Party of India
// (Marxist)", another party than the Communist Party of India.
func isPartyNameQualifier(before, inner string) bool {
	i := lastIndexFold(before, "party of ")
	if i < 0 || hasDigit(inner) || countryCodeOf(inner) != "" || strings.Contains(inner, " ") {
		return false
	}
	// The bracket follows the party's country directly: "Party of India".
	return countryCodeOf(trimSpace(before[i+len("party of "):])) != ""
}

// placeAfterPartyName returns the place a party secretary's title names
// after the party's name, where that name ends with a country: after a
// comma ("State Secretary of the Communist Party of India (Marxist),
// Kerala" → "Kerala"), or before the word "Committee" ("Secretary of the
// Communist Party of Vietnam Hanoi Committee" → "Hanoi"); "" otherwise.
func placeAfterPartyName(h string) string {
	i := lastIndexFold(h, "party of ")
	if i < 0 {
		return ""
	}
	rest := h[i+len("party of "):]
	if j := strings.LastIndex(rest, ", "); j > 0 {
		if words := strings.Fields(rest[j+2:]); len(words) > 0 && len(words) <= 3 && isPlaceWords(words) {
			return strings.Join(words, " ")
		}
		return ""
	}
	words := strings.Fields(rest)
	n := len(words)
	for n > 0 && (words[n-1] == "Committee" || words[n-1] == "Provincial" || words[n-1] == "Municipal" || words[n-1] == "City") {
		n--
	}
	if n == len(words) || n < 2 {
		return ""
	}
	for k := 1; k < n; k++ {
		if countryCodeOf(strings.Join(words[:k], " ")) != "" && isPlaceWords(words[k:n]) {
			return strings.Join(words[k:n], " ")
		}
	}
	return ""
}

func placeAfterLastOf(h string) string {
	i := strings.LastIndex(h, " of ")
	if i < 0 {
		return ""
	}
	tail := trimSpace(h[i+len(" of "):])
	words := strings.Fields(strings.TrimPrefix(tail, "the "))
	if len(words) == 0 || len(words) > 4 || !isPlaceWords(words) || words[0] == "China" && len(words) == 1 {
		return "" // "of China": the party's country, not the committee's place
	}
	return tail
}

// placeInHeading finds a capitalised word that is not an organisation
// word nor one that qualifies a role: "CPC Guizhou Committee
// Secretaries" → "Guizhou".
func placeInHeading(h string) string {
	words := strings.Fields(h)
	for i, w := range words {
		lw := strings.ToLower(w)
		if notPlaceWords[lw] || roleModifiers[lw] || strings.Contains(lw, "secretar") || lw == "communist" || lw == "china" || lw == "chinese" || lw == "of" || lw == "the" ||
			hasRoleWord(w) {
			continue // "Chiefs" in "CPC Party Chiefs": a role, not a place
		}
		if !startsCapital(w) {
			continue
		}
		// The place's name runs on to the words that name the body or
		// the people it is autonomous for: "Inner Mongolia Autonomous
		// Regional Committee", but "Xinjiang Uygur Autonomous …".
		placeWord := func(k int) bool {
			return k < len(words) && words[k][0] >= 'A' && words[k][0] <= 'Z' && !placeNameEnds(words[k])
		}
		j := i + 1
		for j < len(words) && (placeWord(j) || words[j] == "and" && placeWord(j+1)) {
			j++ // "Xinjiang Production and Construction Corps Committee": the corps'
		}
		return strings.Join(words[i:j], " ")
	}
	return ""
}

// placeNameEnds reports whether a capitalised word after a place's name
// in a body's name is no longer part of it: a word of the body ("Provincial",
// "Committee"), of the place's kind ("Autonomous"), or the people a place
// is autonomous for ("Uygur", "Zhuang").
func placeNameEnds(w string) bool {
	lw := strings.ToLower(strings.Trim(w, ",.:;"))
	return notPlaceWords[lw] || assemblyWords[lw] || autonomousPeoples[lw] || hasRoleWord(w) || strings.ContainsAny(w, ",.:;")
}

// autonomousPeoples are the peoples China's autonomous regions and
// prefectures are named for, as their names write them after the place.
var autonomousPeoples = map[string]bool{"uygur": true, "uyghur": true, "zhuang": true, "hui": true, "korean": true,
	"tibetan": true, "mongol": true, "mongolian": true, "miao": true, "yi": true, "dai": true, "bai": true, "tujia": true,
	"hani": true, "lisu": true, "qiang": true, "kazakh": true, "kirgiz": true, "dong": true, "buyei": true, "jingpo": true,
	"prefectural": true, "prefecture": true, "county": true, "league": true}

var singulars = map[string]string{
	"chairpersons": "chairman", "chairperson": "chairman", "chairmen": "chairman", "chairs": "chairman",
	"chairwomen": "chairwoman", "secretaries": "secretary", "people": "person",
}

func singular(w string) string {
	l := strings.ToLower(w)
	if s, ok := singulars[l]; ok {
		if w[0] >= 'A' && w[0] <= 'Z' {
			return titleWord(s, true)
		}
		return s
	}
	switch {
	case strings.HasSuffix(l, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(l, "men"):
		return w[:len(w)-3] + "man"
	case strings.HasSuffix(l, "ches") || strings.HasSuffix(l, "shes") || strings.HasSuffix(l, "sses") || strings.HasSuffix(l, "xes"):
		return w[:len(w)-2] // "Coaches", "Bosses"
	case strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// titleTail writes the words after a title's "of" as a title's, where a
// heading wrote them as a sentence's: "Ministers of foreign affairs" is
// the Minister of Foreign Affairs. Words already capitalised, and the
// small words, stay as they are.
func titleTail(tail string) string {
	lowerWord := false // a word that starts in lower case and is no small word
	for w := range strings.SplitSeq(tail, " ") {
		if w != "" && w[0] >= 'a' && w[0] <= 'z' && !lowerIn(smallWords, w) {
			lowerWord = true
			break
		}
	}
	if !lowerWord {
		return tail // most tails: "Hunan", "the State Council"
	}
	words := strings.Split(tail, " ")
	for i, w := range words {
		words[i] = titleWord(w, false)
	}
	return strings.Join(words, " ")
}

// smallWords stay in lower case inside a title: English's, and the
// particles of the names of places and parties in other languages
// ("Nippon Ishin no Kai", "Rio de Janeiro", "Mato Grosso do Sul").
var smallWords = map[string]bool{"of": true, "the": true, "and": true, "in": true, "for": true, "on": true,
	"to": true, "without": true, "at": true, "with": true, "from": true, "by": true, "a": true, "an": true,
	"no": true, "de": true, "del": true, "da": true, "do": true, "dos": true, "das": true, "di": true, "du": true,
	"des": true, "la": true, "van": true, "von": true, "der": true, "y": true}

func titleWord(w string, first bool) string {
	if w == "" || (!first && lowerIn(smallWords, w)) {
		return w
	}
	if head, tail, ok := strings.Cut(w, "-"); ok && tail != "" && tail[0] >= 'a' && tail[0] <= 'z' && hasRoleWord(tail) && hasRoleWord(head) {
		w = head + "-" + string(tail[0]-'a'+'A') + tail[1:] // "Minister-President"
	}
	if w[0] >= 'a' && w[0] <= 'z' {
		return string(w[0]-'a'+'A') + w[1:]
	}
	return w
}

// placeTypes are words that may follow a place's name without changing
// the office: "Governor of Hokkaido Prefecture" is "Governor of Hokkaido",
// and a Kenyan county's "Governor of Nairobi City County" is the
// "Governor of Nairobi City" of a list of the counties.
var placeTypes = []string{" city county", " special self-governing province", " special self-governing city", " prefecture", " province",
	" special municipality", " municipality", " metropolitan city", " special city", " city", " zhuang autonomous region", " hui autonomous region",
	" uyghur autonomous region", " uygur autonomous region", " autonomous region", " special administrative region",
	" metropolis", " county"}

// identityTitle is the one form of a title that pages write in several
// ways, whoever wrote it (a page's title, a heading, a biography): a
// province's party secretary ("Communist Party Secretary of Shandong",
// "Secretary of the CPC Shandong Committee"), the head of its people's
// congress or CPPCC committee, a head of government titled after the
// government ("Governor of the Guizhou Provincial People's Government"),
// and a chair by any of its names ("Chairperson of Inner Mongolia" is
// the Chairman of Inner Mongolia). Other titles are returned as they
// are.
func identityTitle(t string) string {
	if c := ministerTitle(t); c != "" {
		t = c
	}
	if !identityWords.in(t) {
		return t // most titles: nothing to rewrite, found without allocating
	}
	if c := envoyTitle(t); c != "" {
		return c
	}
	l := strings.ToLower(t)
	if isPartySecretaryTitle(l) {
		// "Communist Party Secretary of Shandong": the place after "of";
		// "Secretary of the CPC Shandong Committee": the place in the
		// body's name.
		if i := strings.Index(l, "party secretary of "); i >= 0 {
			return "Party Secretary of " + t[i+len("party secretary of "):]
		}
		if c := canonicalOfficeTitle(t, ""); c != "Party Secretary" {
			return c
		}
		return t
	}
	if c := assemblyChairTitle(t, l, ""); c != "" {
		return c
	}
	if c := supervisoryHeadTitle(t, l); c != "" {
		return c
	}
	head, tail, ok := strings.Cut(t, " of ")
	if !ok {
		return t
	}
	tail = countryOfFormalName(governmentPlace(tail))
	if i := strings.LastIndexByte(head, ' ') + 1; chairWords[strings.ToLower(head[i:])] {
		head = head[:i] + "Chairman"
	}
	tail = chinaNationalBody(head, chineseCommunistParty(head, tail))
	switch lh := strings.ToLower(head); {
	case tail == "Taiwan" && rocNationalPosts[lh]:
		// "President of Taiwan" is the President of the Republic of China.
		tail = "the Republic of China"
	case tail == "the Executive Yuan" && (lh == "president" || lh == "vice president"):
		// The Executive Yuan's president is the premier.
		head, tail = strings.Replace(head, "President", "Premier", 1), "the Republic of China"
	case tail == "the Legislative Yuan" && (lh == "speaker" || lh == "deputy speaker"):
		head = strings.Replace(strings.Replace(head, "Deputy Speaker", "Vice President", 1), "Speaker", "President", 1)
	}
	if tail == "the State Council" && statePremierWords[strings.ToLower(head)] {
		// The premier of the State Council is China's premier: "Premier of
		// the State Council of the People's Republic of China" and
		// "Premier of China" are one post (its secretary-general is not).
		tail = "China"
	}
	return head + " of " + tail
}

// supervisoryHeadTitle returns the one title of the head of a Chinese
// supervisory commission (监察委员会主任), whom pages call its director
// or its chairman ("Chairmen of Chongqing Supervisory Commission" on
// Politics of Chongqing, "Director of the Guangdong Supervisory
// Commission"): "Director of the X Supervisory Commission". Other titles
// give "". l is t in lower case.
func supervisoryHeadTitle(t, l string) string {
	if !strings.HasSuffix(l, " supervisory commission") {
		return ""
	}
	head, tail, ok := strings.Cut(t, " of ")
	if !ok {
		return ""
	}
	switch strings.ToLower(head) {
	case "director", "chairman", "chairperson", "chairwoman", "chair", "head":
	default:
		return "" // a deputy, a member: another post
	}
	place := strings.TrimPrefix(tail[:len(tail)-len(" Supervisory Commission")], "the ")
	for _, q := range []string{" Provincial", " Municipal", " Autonomous Regional", " Regional"} {
		place = strings.TrimSuffix(place, q) // "Shanxi Provincial Supervisory Commission": Shanxi's
	}
	return "Director of the " + place + " Supervisory Commission"
}

// rocNationalPosts are the Republic of China's posts that pages also
// title after Taiwan.
var rocNationalPosts = map[string]bool{"president": true, "vice president": true, "premier": true, "vice premier": true}

// statePremierWords are the posts of the State Council that are China's
// own by name: its premier, vice premiers and state councillors.
var statePremierWords = map[string]bool{"premier": true, "vice premier": true, "vice-premier": true,
	"first vice premier": true, "first vice-premier": true, "executive vice premier": true, "state councilor": true,
	"state councillor": true}

// identityWords are in every title identityTitle may rewrite.
var identityWords = newFoldWords("secretar", "party chief", "party boss", "chair", "people's", "people’s", "cppcc", "republic", "state council", "taiwan", " yuan", "supervisory",
	"ambassador", "high commissioner", "permanent representative", "envoy",
	"kingdom", "commonwealth", "federation", "united mexican")

// chineseCommunistParty returns the name its posts are titled after
// first for a name pages give the Chinese Communist Party ("the Communist
// Party of China", "the CPC", "the CCP"), and, after its leader's title,
// for its Central Committee's ("General Secretary of the Central
// Committee of the Chinese Communist Party" is the party's General
// Secretary; a member of the Central Committee is not a member of the
// party). Any other tail is returned as it is.
func chineseCommunistParty(head, tail string) string {
	switch strings.TrimPrefix(tail, "the ") {
	case "Chinese Communist Party", "Communist Party of China", "CCP", "CPC":
		return "the Chinese Communist Party"
	case "Central Committee of the Chinese Communist Party", "Central Committee of the Communist Party of China",
		"CCP Central Committee", "CPC Central Committee":
		if head == "General Secretary" || head == "Chairman" {
			return "the Chinese Communist Party"
		}
	}
	return tail
}

// chinaNationalBody returns the name its head's page titles the post
// after for another name pages give one of China's national bodies, after
// its head's title: "Chairman of the NPC Standing Committee", "… of the
// National People's Congress Standing Committee" are the Chairman of the
// Standing Committee of the National People's Congress; "Chairman of the
// CPPCC National Committee" the Chairman of the National Committee of the
// Chinese People's Political Consultative Conference; "Secretary of the
// CCDI" the Secretary of the Central Commission for Discipline
// Inspection. Any other tail is returned as it is: a special committee's
// chairman is not the congress's.
func chinaNationalBody(head, tail string) string {
	t := strings.TrimPrefix(tail, "the ")
	switch {
	case head == "Chairman" || strings.HasSuffix(head, " Chairman"): // "Vice Chairman" too
		switch t {
		case "National People's Congress Standing Committee", "NPC Standing Committee", "Standing Committee of the NPC",
			"National People's Congress", "NPC":
			return "the Standing Committee of the National People's Congress"
		case "CPPCC National Committee", "National Committee of the CPPCC", "Chinese People's Political Consultative Conference",
			"CPPCC", "National Committee of the CPPCC of China":
			return "the National Committee of the Chinese People's Political Consultative Conference"
		}
	case head == "Secretary" || strings.HasSuffix(head, " Secretary"):
		switch t {
		case "CCDI", "Central Commission for Discipline Inspection of the Chinese Communist Party", "CCP Central Commission for Discipline Inspection":
			return "the Central Commission for Discipline Inspection"
		}
	}
	return tail
}

// envoyTitle returns an envoy's title that names the sending country
// before the post, by its adjective or its name ("Chinese Ambassador to
// the United States", "United States Ambassador to China"), as the list
// of its holders titles it: "Ambassador of China to the United States",
// "Ambassador of the United States to China". Any other title gives "".
func envoyTitle(t string) string {
	for _, role := range []string{"Ambassador", "High Commissioner", "Permanent Representative", "Envoy"} {
		i := strings.Index(t, " "+role+" to ")
		if i <= 0 {
			continue
		}
		sender := t[:i]
		country := demonyms[strings.ToLower(sender)]
		if country == "" {
			country = countryName(countryCodeOf(sender))
		}
		if country == "" {
			return ""
		}
		return role + " of " + country + t[i+1+len(role):]
	}
	return ""
}

// ministerTitle returns a minister's title written with the portfolio
// or the country before the post ("Foreign Minister of China", "Chinese
// Minister of Foreign Affairs") as the office's page titles it: "Minister
// of Foreign Affairs of China". Any other title gives "".
func ministerTitle(t string) string {
	if head, rest, ok := strings.Cut(t, " Minister"); ok && (rest == "" || strings.HasPrefix(rest, " of ")) {
		if p := portfolioOfAdjective[head]; p != "" {
			return "Minister of " + p + rest // "Foreign Minister of China"
		}
	}
	if adj, rest, ok := strings.Cut(t, " Minister of "); ok && !strings.Contains(rest, " of ") && lowerIn(demonymSet, adj) {
		if country := demonyms[strings.ToLower(adj)]; country != "" {
			return "Minister of " + rest + " of " + country // "Chinese Minister of Foreign Affairs"
		}
	}
	return ""
}

// demonymSet holds the demonyms, for telling one without allocating.
var demonymSet = func() map[string]bool {
	m := make(map[string]bool, len(demonyms))
	for d := range demonyms {
		m[d] = true
	}
	return m
}()

// portfolioOfAdjective names the portfolio a minister's title gives as an
// adjective before the post: the Foreign Minister is the Minister of
// Foreign Affairs.
var portfolioOfAdjective = map[string]string{"Foreign": "Foreign Affairs", "Finance": "Finance", "Defence": "Defence",
	"Defense": "Defense", "Justice": "Justice", "Health": "Health", "Education": "Education"}

// formalCountryNames are the formal names of countries whose posts pages
// title either way: "Premier of the People's Republic of China" is the
// Premier of China. The Republic of China is not the People's.
var formalCountryNames = [][2]string{
	{"the People's Republic of China", "China"}, {"People's Republic of China", "China"},
	{"the Republic of Korea", "South Korea"}, {"Republic of Korea", "South Korea"},
	{"the Democratic People's Republic of Korea", "North Korea"}, {"the Socialist Republic of Vietnam", "Vietnam"},
	{"the Republic of the Philippines", "the Philippines"}, {"the Republic of India", "India"},
	{"the Russian Federation", "Russia"}, {"the United Mexican States", "Mexico"},
}

// countryOfFormalName returns the common name of the country a post is
// of, in place of its formal name ("the People's Republic of China" →
// "China"), and drops it after a country's own body, which needs none
// ("the State Council of the People's Republic of China" → "the State
// Council"). Any other place is returned as it is.
func countryOfFormalName(tail string) string {
	for _, f := range formalCountryNames {
		if tail == f[0] {
			return f[1]
		}
		if body, ok := strings.CutSuffix(tail, " of "+f[0]); ok {
			if namesNationalBody(body) {
				return body
			}
			return body + " of " + f[1] // "Foreign Affairs of the People's Republic of China": of China
		}
	}
	if c := commonCountryName(tail); c != "" {
		return c // "the Federative Republic of Brazil": Brazil
	}
	if i := strings.LastIndex(tail, " of the "); i > 0 {
		if c := commonCountryName(tail[i+len(" of "):]); c != "" {
			return tail[:i] + " of " + c // "Finance of the Republic of Kenya": of Kenya
		}
	}
	return tail
}

// commonCountryName returns a country's common name for a formal one the
// formalCountryNames do not list, its polity's words before the common
// name ("the Federative Republic of Brazil" → "Brazil", "the Kingdom of
// Spain" → "Spain", "the Commonwealth of Australia" → "Australia"), or "".
// A formal name begins with "the": "State of the United States" in
// "Secretary of State of the United States" is none. "the Republic of
// China" is not China.
func commonCountryName(s string) string {
	rest, the := strings.CutPrefix(s, "the ")
	words, country, ok := strings.Cut(rest, " of ")
	if !the || !ok || country == "China" {
		return "" // "Secretary of State of the United States": no formal name
	}
	for w := range strings.FieldsSeq(words) {
		if !lowerIn(polityWords, w) {
			return ""
		}
	}
	return countryName(countryCodeOf(country))
}

// polityWords are the words of a country's formal name before its common
// one.
var polityWords = map[string]bool{"republic": true, "federative": true, "federal": true, "islamic": true,
	"socialist": true, "democratic": true, "arab": true, "united": true, "kingdom": true, "state": true,
	"plurinational": true, "bolivarian": true, "oriental": true, "hashemite": true, "cooperative": true,
	"co-operative": true, "grand": true, "duchy": true, "principality": true, "sultanate": true,
	"commonwealth": true, "people's": true}

// chairWords are the names of a chair: Chairman, Chairperson, Chairwoman,
// Chair.
var chairWords = map[string]bool{"chairman": true, "chairperson": true, "chairwoman": true, "chair": true}

// genericPlaceWords are the words a place is named with that name no
// place alone: before a place type ("Mountain Province", "Western
// Province", "Central City") the type is part of the name.
var genericPlaceWords = map[string]bool{"mountain": true, "western": true, "eastern": true, "northern": true, "southern": true,
	"central": true, "north": true, "south": true, "east": true, "west": true, "coast": true, "coastal": true, "capital": true,
	"frontier": true, "upper": true, "lower": true, "northwestern": true, "northeastern": true, "southwestern": true,
	"southeastern": true, "new": true, "old": true}

// placeTypePrefixes are the words before a place's name that say what kind
// of place it is: "Governor of the State of Ohio" is the Governor of Ohio.
var placeTypePrefixes = []string{"the state of ", "the city of ", "the commonwealth of ", "the province of ",
	"the prefecture of ", "the county of ", "the municipality of ", "the territory of ", "the special city of "}

// officeID returns the identifier of an office title: its slug, without
// a trailing place type, of the title's one form for a post written in
// several ways (see identityTitle). Letters a slug cannot hold (a title
// in Chinese characters) add a hash of the title, so different titles
// never share an ID.
func officeID(title string) string {
	return slugOfTitle(identityTitle(trimSpace(title)))
}

// slugOfTitle is officeID of a title as it is written.
func slugOfTitle(t string) string {
	l := strings.ToLower(t)
	if strings.HasSuffix(l, "-do") && len(l) > 8 && strings.Contains(l, " of ") {
		// "Governor of Gyeonggi-do": a Korean province, do, romanised
		// with the name, is Gyeonggi Province; "Gyeongsangbuk-do" is
		// North Gyeongsang, "Jeollanam-do" South Jeolla, as English
		// writes the provinces split in two.
		t, l = t[:len(t)-3], l[:len(l)-3]
		if i := strings.LastIndexByte(t, ' '); i > 0 && !strings.Contains(t[i+1:], "-") {
			name := t[i+1:]
			for _, half := range [...]struct{ suffix, word string }{{"buk", "North "}, {"nam", "South "}} {
				if stem, ok := strings.CutSuffix(name, half.suffix); ok && len(stem) >= 4 {
					t = t[:i+1] + half.word + stem
					l = strings.ToLower(t)
					break
				}
			}
		}
	}
	for _, p := range []string{"county ", "city "} {
		// "County Magistrate of Hualien" is the Magistrate of Hualien
		// County.
		if strings.HasPrefix(l, p) && strings.Contains(l, " of ") && hasRoleWord(t[len(p):strings.Index(l, " of ")]) {
			t, l = t[len(p):], l[len(p):]
			break
		}
	}
	for _, p := range placeTypes {
		if strings.HasSuffix(l, p) && len(l) > len(p)+4 && strings.Contains(l[:len(l)-len(p)], " of ") {
			if before := l[strings.LastIndexByte(l[:len(l)-len(p)], ' ')+1 : len(l)-len(p)]; genericPlaceWords[before] {
				break // "Mountain Province", "Western Province": the type is part of the name
			}
			t = t[:len(t)-len(p)]
			// "of the Hong Kong Special Administrative Region": the
			// article went with the place type.
			if i := strings.LastIndex(t, " the "); i > 0 && isPlaceWords(strings.Fields(t[i+len(" the "):])) {
				t = t[:i+1] + t[i+len(" the "):]
			}
			break
		}
	}
	if strings.Contains(t, " of the ") {
		lt := strings.ToLower(t)
		for _, p := range placeTypePrefixes {
			if i := strings.Index(lt, p); i > 3 && lt[i-4:i] == " of " && len(t) > i+len(p) {
				t = t[:i] + t[i+len(p):]
				break
			}
		}
	}
	id := Slug(t)
	if hasNative(t) && !strings.HasPrefix(id, "x-") {
		sum := sha256.Sum256([]byte(t))
		id += "-x" + hex.EncodeToString(sum[:4])
	}
	if strings.HasSuffix(id, "-macao") || strings.Contains(id, "-macao-") {
		// Macao, as its government writes it, is Macau, as the pages
		// about its offices do: one place, one ID.
		id = strings.Replace(id, "-macao", "-macau", 1)
	}
	return id
}

// officeIDHashed reports whether officeID had to add a hash to the title.
func officeIDHashed(title string) bool { return hasNative(title) }

// roleModifiers qualify a role rather than name a place: "Deputy mayors".
var roleModifiers = map[string]bool{"deputy": true, "vice": true, "first": true, "executive": true, "chief": true,
	"assistant": true, "acting": true, "lieutenant": true, "party": true, "general": true, "senior": true,
	"principal": true, "prime": true, "head": true, "state": true, "provincial": true, "municipal": true,
	"regional": true, "federal": true, "national": true, "local": true, "territorial": true,
	"supreme": true, "high": true, "grand": true, "paramount": true, "resident": true, "special": true,
	"permanent": true,
	// A portfolio before the role: "Foreign Minister", "Finance Minister".
	"foreign": true, "home": true, "interior": true, "finance": true, "defence": true, "defense": true, "justice": true,
	"health": true, "education": true, "trade": true}

// holderKindWords tell what kind of holders a heading lists, not where:
// how they came to office ("Appointed governors", "Directly elected
// mayors") or under what rule ("Colonial governors", "Military
// governors").
var holderKindWords = func() map[string]bool {
	m := map[string]bool{"colonial": true, "military": true, "provisional": true, "interim": true, "imperial": true,
		"royal": true, "civil": true, "civilian": true}
	for w := range mannerWords {
		m[w] = true
	}
	return m
}()

// mannerWords are the holderKindWords that say how the holders came to
// office, or when, which is no part of the post: "Appointed governors" on
// a province's page are its governors.
var mannerWords = map[string]bool{"appointed": true, "elected": true, "directly": true, "indirectly": true,
	"popularly": true, "nominated": true, "designated": true, "selected": true, "former": true, "living": true,
	"past": true, "previous": true, "current": true}

// isPlaceWords reports whether words could be a place's name: capitalised
// words that neither name a role nor qualify one.
func isPlaceWords(words []string) bool {
	for _, w := range words {
		if lowerIn(roleModifiers, w) || lowerIn(notPlaceWords, w) || lowerIn(holderKindWords, w) || hasRoleWord(w) || w == "" ||
			!(startsCapital(w) || w[0] >= utf8.RuneSelf) {
			return false
		}
	}
	return true
}

// aliasOf turns a heading or title that names an office into a name of
// it worth keeping beside its title: "List of the CPC Guizhou Committee
// Secretaries" → "CPC Guizhou Committee Secretary". It returns "" for a
// name that says no more than the title ("Governors", "List of party
// secretaries", the title itself).
func aliasOf(raw, title string) string {
	h := trimSpace(strings.TrimSuffix(trimSpace(raw), ":"))
	if i := strings.LastIndexByte(h, '('); i > 0 && strings.HasSuffix(h, ")") {
		h = trimSpace(h[:i])
	}
	for _, p := range []string{"list of ", "lists of ", "the "} {
		if len(h) >= len(p) && strings.EqualFold(h[:len(p)], p) {
			h = trimSpace(h[len(p):])
		}
	}
	h = cutLeadingOrdinals(h) // "12th Minister of Foreign Affairs": the holder's number, not the office's name
	head, tail, hasOf := strings.Cut(h, " of ")
	words := strings.Fields(head)
	if len(words) == 0 {
		return ""
	}
	singularRole(words)
	words[0] = titleWord(words[0], true)
	out := strings.Join(words, " ")
	if hasOf {
		out += " of " + titleTail(tail)
	}
	if strings.EqualFold(out, title) || slugOfTitle(out) == slugOfTitle(title) {
		return ""
	}
	// Keep it only when it names something beyond the role: a place or
	// a body written with a capital.
	for i, w := range strings.Fields(out) {
		if i > 0 && startsCapital(w) && !hasRoleWord(w) {
			return out
		}
	}
	return ""
}

// postOfPlaceKind returns the title of a post of place, a province-level
// division of China, which role names by the kind of post it is and
// label, a table's column of places, by the kind of place: each kind
// titles its head of government, the chair of its people's congress
// and of its CPPCC committee its own way ("Government chiefs" over "|
// Municipality |": the Mayor of Beijing; over "| Province |": the
// Governor of Hebei; "Legislature speakers": the Chairman of Beijing
// People's Congress, or the President of the Legislative Council of Hong
// Kong and of the Legislative Assembly of Macau). It returns "" for other
// roles and labels, and for a CPPCC chair of an SAR, which has none.
func postOfPlaceKind(role, label, place string) string {
	kind := chinaDivisionKind(label)
	if kind == "" {
		return ""
	}
	switch postKindOf(role) {
	case "cppcc":
		if kind == "sar" {
			return ""
		}
		return "Chairman of CPPCC " + place + " Committee"
	case "congress":
		if kind != "sar" {
			return "Chairman of " + place + " People's Congress"
		}
		switch strings.ToLower(place) { // Hong Kong's Legislative Council, Macau's Legislative Assembly
		case "hong kong":
			return "President of the Legislative Council of " + place
		case "macau", "macao":
			return "President of the Legislative Assembly of " + place
		}
		return "Speaker of the Legislature of " + place
	case "government":
		switch kind {
		case "municipality":
			return "Mayor of " + place
		case "province":
			return "Governor of " + place
		case "autonomous region":
			return "Chairman of " + place
		case "sar":
			return "Chief Executive of " + place
		}
	}
	return ""
}

// postKindOf returns the kind of post a heading names without its title,
// which each kind of a Chinese division writes its own way: "government"
// for its head of government ("Government chiefs", "Heads of
// government"), "congress" for the chair of its legislature
// ("Legislature speakers"), "cppcc" for the chair of its CPPCC committee;
// "" for any other heading.
func postKindOf(role string) string {
	l := strings.ToLower(role)
	chair := slices.ContainsFunc([]string{"speaker", "chair", "president", "director", "head", "leader"},
		func(w string) bool { return strings.Contains(l, w) })
	switch {
	case (strings.Contains(l, "cppcc") || strings.Contains(l, "consultative")) && chair:
		return "cppcc"
	case (strings.Contains(l, "legislature") || strings.Contains(l, "legislative") || strings.Contains(l, "people's congress")) && chair:
		return "congress"
	case strings.Contains(l, "government chief") || strings.Contains(l, "head of government") || strings.Contains(l, "heads of government") ||
		strings.Contains(l, "government head") || strings.Contains(l, "government leader"):
		return "government"
	}
	return ""
}

// chinaDivisionKind returns the kind of province-level division of China
// a column label names ("Municipality", "Provinces", "Autonomous Region",
// "SAR"), or "".
func chinaDivisionKind(label string) string {
	l := strings.ToLower(trimSpace(label))
	switch {
	case strings.HasPrefix(l, "autonomous region"):
		return "autonomous region"
	case l == "sar" || l == "sars" || strings.HasPrefix(l, "special administrative region"):
		return "sar"
	case strings.HasPrefix(l, "municipalit") || strings.HasSuffix(l, "municipality") || strings.HasSuffix(l, "municipalities"):
		return "municipality"
	case l == "province" || l == "provinces":
		return "province"
	}
	return ""
}
