package pipeline

import "strings"

// joinDisambiguated files what documents say of an office under its
// plain title ("Chief Minister of Punjab", as a biography's infobox writes
// it, the link's text) with the office whose page adds a disambiguator
// to that title ("List of chief ministers of Punjab (Pakistan)": the
// office Chief Minister of Punjab (Pakistan)), where exactly one office
// page does so and no page is the plain title's own. With pages of both
// Punjabs' chief ministers, or a page of the plain title, the plain title
// stays an office of its own: which one it means is not known.
func joinDisambiguated(exs []*extraction) {
	var pages map[string]string // the plain title's ID → the one disambiguated office's, or "" when several
	plainPage := map[string]bool{}
	for _, ex := range exs {
		if ex.source.Kind != KindOffice {
			continue
		}
		for i := range ex.offices {
			o := &ex.offices[i].office
			plain, ok := withoutDisambiguator(o.Title)
			if !ok {
				plainPage[o.ID] = true
				continue
			}
			if pages == nil {
				pages = map[string]string{}
			}
			keys := []string{officeID(plain)}
			if country := disambiguatorOf(o.Title, plain); countryCodeOf(country) != "" {
				// "Speaker of the National Assembly (South Korea)" is the
				// "Speaker of the National Assembly of South Korea" a
				// Korean biography's office is named.
				keys = append(keys, officeID(plain+" of "+country))
			}
			for _, key := range keys {
				if to, seen := pages[key]; seen && to != o.ID {
					pages[key] = "" // two offices of that title
				} else if !seen {
					pages[key] = o.ID
				}
			}
		}
	}
	if pages == nil {
		return // most datasets: no page title with a disambiguator
	}
	redirect := map[string]string{}
	for from, to := range pages {
		if to != "" && !plainPage[from] {
			redirect[from] = to
		}
	}
	redirectOffices(exs, redirect)
}

// joinToPlainPage files what documents say of an office under its title
// with its country added ("Governor of Hunan Province, China", as a
// biography's infobox may write it) with the office whose page is the
// plain title's ("Governor of Hunan"), when that page's office is of the
// country added: a biography's "Governor of Punjab, Pakistan" is not the
// office of a page of India's Punjab's governors.
func joinToPlainPage(exs []*extraction) {
	var pageCountry map[string]string // an office page's office ID → its country
	for _, ex := range exs {
		if ex.source.Kind != KindOffice {
			continue
		}
		for i := range ex.offices {
			if o := &ex.offices[i].office; o.Country != "" {
				if pageCountry == nil {
					pageCountry = map[string]string{}
				}
				pageCountry[o.ID] = o.Country
			}
		}
	}
	redirect := map[string]string{}
	for _, ex := range exs {
		for i := range ex.offices {
			o := &ex.offices[i].office
			if _, ok := pageCountry[o.ID]; ok {
				continue // the office of a page: most offices
			}
			plain, ok := withoutDisambiguator(o.Title)
			if !ok {
				continue
			}
			code := countryCodeOf(disambiguatorOf(o.Title, plain))
			if to := officeID(plain); code != "" && to != o.ID && pageCountry[to] == code {
				redirect[o.ID] = to
			}
		}
	}
	redirectOffices(exs, redirect)
}

// redirectOffices files the offices, terms and spans of the extractions
// under the offices redirect sends their IDs to.
func redirectOffices(exs []*extraction, redirect map[string]string) {
	if len(redirect) == 0 {
		return
	}
	for _, ex := range exs {
		for i := range ex.offices {
			c := &ex.offices[i]
			if to, ok := redirect[c.office.ID]; ok {
				c.office.ID = to // its title becomes an alias of the office's
			}
		}
		for i := range ex.terms {
			if to, ok := redirect[ex.terms[i].officeID]; ok {
				ex.terms[i].officeID = to
			}
		}
		for _, spans := range [][]heldSpan{ex.unknown, ex.vacant} {
			for i := range spans {
				if to, ok := redirect[spans[i].officeID]; ok {
					spans[i].officeID = to
				}
			}
		}
		for i := range ex.captions {
			if to, ok := redirect[ex.captions[i].officeID]; ok {
				ex.captions[i].officeID = to
			}
		}
	}
}

// disambiguatorOf returns the words title adds to plain, its form without
// them: "South Korea" of "Speaker of the National Assembly (South Korea)".
func disambiguatorOf(title, plain string) string {
	return strings.Trim(title[len(plain):], " ,()")
}

// withoutDisambiguator returns a title without the words a page title
// adds to tell it from another of the same name, in brackets or after a
// comma, a country: "Chief Minister of Punjab (Pakistan)", "Governor of
// Punjab, Pakistan" → "Chief Minister of Punjab", "Governor of Punjab".
func withoutDisambiguator(title string) (string, bool) {
	if i := strings.LastIndex(title, ", "); i > 0 && strings.Contains(title[:i], " of ") && countryCodeOf(title[i+2:]) != "" {
		return strings.TrimRight(title[:i], " "), true
	}
	i := strings.LastIndexByte(title, '(')
	if i <= 0 || !strings.HasSuffix(title, ")") || title[i-1] != ' ' {
		return title, false
	}
	inner := title[i+1 : len(title)-1]
	if inner == "" || strings.ContainsAny(inner, "()0123456789") {
		return title, false // "(1949–1955)": a period, not a disambiguator
	}
	return strings.TrimRight(title[:i], " "), true
}

// jurisdictionOf returns the place an office's title names (placeOf), or
// else the country its disambiguator names: "Minister of Foreign Affairs
// (China)" is China's, as "State Councilor of China" is, and "Chief
// Minister of Punjab (Pakistan)" Punjab's. A party's post
// governs no place: "Secretary of the Democratic Party (Italy)" has none;
// a ruling party's committee's secretary governs its place's party:
// "Secretary of the Hanoi Party Committee" is Hanoi's. A body named after
// no place governs none by its name: "Member of the Legislative Yuan". A
// region is named without its kind, as its other offices name it: "Vice
// Chairman of the Inner Mongolia Autonomous Region" is Inner Mongolia's.
func jurisdictionOf(title string) string {
	if i := strings.LastIndex(title, " for "); i > 0 && strings.HasPrefix(title, "Member of ") && !strings.Contains(title[i:], " of ") {
		// "Member of the Landtag of Bavaria for Nuremberg-East", "Member
		// of the Sabah State Legislative Assembly for Sulaman": the seat
		// after the body, whose place the office is of.
		title = title[:i]
	}
	if p := placeOf(title); p != "" && !namesABodyAlone(p) {
		if head, tail, ok := strings.Cut(p, ", "); ok {
			if namesABodyAlone(head) {
				return "" // "Member of Parliament, Lok Sabha": a house of a body, no place
			}
			if countryCodeOf(tail) != "" {
				p = head // "Governor of Punjab, Pakistan": Punjab
			}
		}
		return withoutRegionKind(p)
	}
	plain, ok := withoutDisambiguator(title)
	if !ok {
		if !strings.Contains(title, "ecretar") {
			return placeOfBody(title) // most titles: no secretary's
		}
		if c := canonicalOfficeTitle(title, ""); c != title && strings.HasPrefix(c, "Party Secretary of ") {
			return placeOf(c) // "Secretary of the Hanoi Party Committee": Hanoi's
		}
		return placeOfBody(title)
	}
	if isPartyLabel(plain) {
		return ""
	}
	if p := placeOf(plain); p != "" && !namesABodyAlone(p) {
		return p // "Chief Minister of Punjab (Pakistan)": Punjab
	}
	if c := disambiguatorOf(title, plain); countryCodeOf(c) != "" {
		return c
	}
	return ""
}

// placeBodySuffixes end the names of the bodies titled after their place
// (legislatures, governments, commissions), the longest first.
var placeBodySuffixes = []string{" Vidhan Sabha", " Vidhan Parishad", " Legislative Assembly", " Legislative Council", " People's Congress", " Metropolitan Assembly",
	" Prefectural Assembly", " Provincial Assembly", " Provincial Council", " City Council", " Municipal Council", " Legislature", " Assembly", " Council",
	// A province's government of 1955–1967 and of the Cultural
	// Revolution's years: "Chairman of the Tibet Autonomous Region People's
	// Committee", "Head of the Tibet Autonomous Region Revolutionary
	// Committee".
	" People's Committee", " Revolutionary Committee",
	// A province's or city's anti-corruption body: "Director of the
	// Guangdong Supervisory Commission".
	" Supervisory Commission",
	// Its party's discipline body, its courts and its procuratorate:
	// "Secretary of the Guizhou Commission for Discipline Inspection",
	// "President of the Guizhou High People's Court", "Chief Procurator
	// of the Guizhou Provincial People's Procuratorate".
	" Commission for Discipline Inspection", " Discipline Inspection Commission", " High People's Court",
	" Intermediate People's Court", " People's Procuratorate"}

// placeOfBody returns the place a post in a body named after it (a
// legislature, a government, a commission) belongs to: "Member of the
// Kerala Legislative Assembly" → "Kerala", "Member of the Hunan
// Provincial People's Congress" → "Hunan", "Member of the Jeju Provincial
// Council" → "Jeju", "Chairman of Qinghai People's Congress" → "Qinghai",
// "Chairman of CPPCC Fujian Committee" → "Fujian"; "" for a country's own
// ("the National People's Congress", "the State Council") and other
// titles.
func placeOfBody(title string) string {
	i := strings.LastIndex(title, " of ")
	if i < 0 {
		return ""
	}
	body := strings.TrimPrefix(title[i+len(" of "):], "the ")
	for _, party := range []string{"CPPCC ", "CPC ", "CCP "} {
		if name, ok := strings.CutPrefix(body, party); ok {
			// "Chairman of CPPCC Fujian Committee": the province's
			// committee of the consultative conference; "Head of the
			// Organization Department of the CPC Guizhou Committee", of
			// the party's.
			name, ok = strings.CutSuffix(name, " Committee")
			return bodyPlace(name, ok)
		}
	}
	for _, suf := range placeBodySuffixes {
		if name, ok := strings.CutSuffix(body, suf); ok {
			if strings.HasPrefix(suf, " City ") && cityInName(name) {
				name += " City" // "the Mexico City Council": Mexico City's
			}
			return bodyPlace(name, true)
		}
	}
	return ""
}

// cityInName reports whether "City" after name is part of the city's
// name rather than its kind: after a country's name ("Mexico City",
// "Kuwait City") or after three words ("Ho Chi Minh City"), where the
// name alone would be a country's or a person's.
func cityInName(name string) bool {
	return countryCodeOf(name) != "" || strings.Count(name, " ") >= 2
}

// bodyPlace returns the place a body's name begins with, once its suffix
// is cut ("Hunan Provincial" → "Hunan"), or "" for a country's own body
// ("National") and words that are no place.
func bodyPlace(name string, ok bool) string {
	if !ok {
		return ""
	}
	for _, q := range []string{" Provincial", " Municipal", " Metropolitan", " Prefectural", " City", " State", " Regional", " Autonomous Regional", " Autonomous Region"} {
		if q == " State" && strings.HasSuffix(" "+name, " Free State") {
			continue // South Africa's Free State: the province's own name, not Free's state
		}
		if head, ok := strings.CutSuffix(name, " City"); ok && q == " City" && cityInName(head) {
			continue // "Mexico City", "Ho Chi Minh City": the city's own name, not a country's or a person's
		}
		name = strings.TrimSuffix(name, q)
	}
	words := strings.Fields(name)
	if n := len(words); n == 0 || n > 3 && !(n == 4 && words[3] == "City") || nationalWords[words[0]] || !isPlaceWords(words) {
		return ""
	}
	return name
}

// namesABodyAlone reports whether what a title gives as its place is a
// body's name that holds no place: "Legislative Yuan", "Executive Council"
// (not "Hong Kong", nor "Kerala Legislative Assembly", whose place
// placeOfBody finds).
func namesABodyAlone(p string) bool {
	last := p[strings.LastIndexByte(p, ' ')+1:]
	if lowerIn(groupingWords, last) {
		return isPartyName(p)
	}
	if !lowerIn(bodyTitleWords, last) {
		return false // most places: one look at the last word
	}
	return placeOfBody("of "+p) == ""
}

// isPartyName reports whether a name ending in a word for a grouping
// names a party by its creed: "Christian Social Union", "Democratic
// Alliance", "Socialist Left Movement" (not "Soviet Union", "European
// Union").
func isPartyName(p string) bool {
	for w := range strings.SplitSeq(p, " ") {
		if lowerIn(creedWords, w) {
			return true
		}
	}
	return false
}

// groupingWords end the names of parties that do not call themselves one.
var groupingWords = map[string]bool{"union": true, "alliance": true, "front": true, "league": true, "movement": true}

// creedWords name the political creeds parties are named after.
var creedWords = map[string]bool{"christian": true, "social": true, "democratic": true, "liberal": true, "conservative": true,
	"socialist": true, "communist": true, "labour": true, "labor": true, "green": true, "republican": true,
	"nationalist": true, "progressive": true, "people's": true, "workers'": true, "patriotic": true}

// withoutRegionKind returns a place's name without the kind of region
// China makes of it, and the people it is autonomous for: "Inner
// Mongolia Autonomous Region" → "Inner Mongolia", "Ningxia Hui Autonomous
// Region" → "Ningxia", "Hong Kong Special Administrative Region" → "Hong
// Kong". Other names are returned as they are.
func withoutRegionKind(p string) string {
	q, ok := strings.CutSuffix(p, " Autonomous Region")
	if !ok {
		if q, ok = strings.CutSuffix(p, " Special Administrative Region"); !ok {
			return p
		}
	}
	if i := strings.LastIndexByte(q, ' '); i > 0 && lowerIn(autonomousPeoples, q[i+1:]) {
		q = q[:i]
	}
	if q == "" {
		return p
	}
	return q
}
