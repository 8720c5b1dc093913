package pipeline

import (
	"slices"
	"strings"
	"unicode"
)

// proseHolder is what a sentence of a page's prose says of an office's
// holder of now: "The current governor is Wang Yubo, who took office on
// 25 November 2020.", "Sheng Yuechun is the current secretary; he took
// office on 18 October 2025.", "The current mayor is Lu Shiow-yen of the
// Kuomintang since 25 December 2018."
type proseHolder struct {
	post  string // as written: "governor", "party secretary of Wuhan"; "" for the page's office
	name  Name
	since Date // zero when the sentence gives no date
	// took is set for a holder read from when they took the post ("Ann
	// Lee became governor in 1990"), words history uses too: the list's
	// own word outweighs it.
	took bool
	// vacant is set for a sentence that says the post has no holder now
	// ("The office is currently vacant."): name is zero then.
	vacant bool
	// bodyHead is set for a sentence that names who heads the body the
	// page is about ("The committee is currently headed by Chen Jining"):
	// post is empty, and the page's title says which post that is.
	bodyHead bool
}

// holderOfNowWords open the words for an office's holder of now.
var holderOfNowWords = []string{"the current ", "the incumbent ", "the present "}

// readProseHolders returns the holders of now that a paragraph names,
// in the order it names them. A paragraph of the page's lead (before its
// first heading) may also name one by when they took office.
func readProseHolders(text string, lead bool) []proseHolder {
	if !mayNameHolder(text, lead) {
		return nil // most paragraphs
	}
	text = cleanCell(text)
	var out []proseHolder
	var became *proseHolder // the latest "… became governor on …"
	endedAfter := false     // a sentence after it says a holder was succeeded or left
	ss := sentences(text)
	for k, s := range ss {
		if h, ok := readVacancy(s); ok {
			out = append(out, h)
		} else if h, ok := readBodyHead(s); ok {
			out = append(out, h)
		} else if h, ok := readProseHolder(s); ok {
			if h.since.IsZero() && k+1 < len(ss) {
				h.since = pronounTookOffice(ss[k+1], h.name.EN)
			}
			out = append(out, h)
			if h2, ok := secondClauseHolder(s, h); ok {
				out = append(out, h2)
			}
		} else if h, ok := readLeadHolder(s); ok && lead {
			if !slices.ContainsFunc(ss[k+1:], pronounLeft) {
				out = append(out, h) // not "… took office on 1 May 1950. He resigned in 1955."
			}
		} else if h, ok := becameHolder(s); ok && lead && (became == nil || became.since.Latest().Before(h.since.Earliest())) {
			became, endedAfter = &h, false
		} else if became != nil && termEndWords.in(s) {
			// "Wang Hao was appointed governor in 2021. He was succeeded
			// by Liu Jie in December 2024.": no longer in office.
			endedAfter = true
		}
	}
	if became != nil && len(out) == 0 && !endedAfter {
		// "Pawan Chamling became Chief Minister in 1994 … Prem Singh
		// Tamang became Chief Minister on 27 May 2019.": the last to
		// become it holds it, where the lead names no holder of now
		// otherwise.
		out = append(out, *became)
	}
	return out
}

// bodyWords end the words for the body a page is about, as its prose
// names it: "the committee", "the municipal government".
var bodyWords = []string{"committee", "government"}

// headVerbs say who heads a body now, after the body ("is currently
// headed by") or after the name ("has led … since").
var (
	headedBy = []string{" is currently headed by ", " is headed by ", " is now headed by ", " is currently led by ", " is led by ",
		" is now led by ", " has been headed by ", " has been led by "}
	heads = []string{" currently heads the ", " currently leads the ", " now heads the ", " now leads the ", " has headed the ",
		" has led the "}
)

// isBodySubject reports whether words name the body the page is about:
// "the committee", "the municipal government", "the provincial party
// committee", a few words ending in one of bodyWords.
func isBodySubject(l string) bool {
	words := strings.Fields(l)
	if len(words) < 1 || len(words) > 4 {
		return false
	}
	return slices.Contains(bodyWords, words[len(words)-1])
}

// readBodyHead reads a sentence that names who heads the body a page is
// about now: "The committee is currently headed by Chen Jining, who
// succeeded Li Qiang in October 2022.", "The government has been led by
// Yin Yong since October 2022.", "Yin Yong has led the municipal
// government since October 2022." Which post that is (a committee's
// secretary, a government's governor or mayor) the page's title tells.
// A sentence in the perfect must say since when.
func readBodyHead(s string) (proseHolder, bool) {
	var h proseHolder
	if !slices.ContainsFunc(headedBy, func(v string) bool { return strings.Contains(s, v) }) &&
		!slices.ContainsFunc(heads, func(v string) bool { return strings.Contains(s, v) }) {
		return h, false // most sentences
	}
	l := lowerASCII(strings.TrimRight(s, ". "))
	name, rest := "", ""
	perfect := false
	if subject, ok := strings.CutPrefix(l, "the "); ok {
		for _, v := range headedBy {
			if i := strings.Index(subject, v); i > 0 && isBodySubject(subject[:i]) {
				at := len("the ") + i + len(v)
				name, rest = cutProseName(s[at:], proseNameStops)
				perfect = strings.HasPrefix(v, " has been ")
				break
			}
		}
	}
	if name == "" {
		for _, v := range heads {
			i := strings.Index(l, v)
			if i <= 0 {
				continue
			}
			body, _, _ := strings.Cut(l[i+len(v):], " since ")
			body, _, _ = strings.Cut(body, ",")
			if !isBodySubject("the " + body) {
				return h, false
			}
			name, rest = s[:i], s[i+len(v)+len(body):]
			if j := strings.Index(name, ", "); j > 0 && strings.HasSuffix(name, ",") {
				name, rest = name[:j], name[j:]+rest // "Ann Lee, appointed on …, currently leads the government"
			}
			perfect = strings.HasPrefix(v, " has ")
			break
		}
	}
	if name == "" {
		return h, false
	}
	h, ok := named(proseHolder{bodyHead: true}, name, rest)
	if !ok || perfect && h.since.IsZero() {
		return proseHolder{}, false
	}
	return h, true
}

// vacancySubjects are the words a sentence names a post by when it says
// the post is vacant.
var vacancySubjects = []string{"the office of ", "the post of ", "the position of ", "the office ", "the post ", "the position ", "the seat ",
	"the governorship ", "the mayoralty ", "the presidency ", "the premiership ", "the chairmanship ", "the secretaryship "}

// vacancyVerbs say that a post has no holder now.
var vacancyVerbs = []string{"is currently vacant", "is presently vacant", "is now vacant", "is vacant", "remains vacant", "has been vacant since ",
	"has remained vacant since "}

// readVacancy reads a sentence that says a post has no holder now: "The
// office is currently vacant.", "The post has been vacant since 3 May
// 2025, when Ann Lee resigned.", "Currently, the office of mayor is
// vacant." A sentence of what happens when it is vacant ("The office is
// vacant when the governor dies") tells no fact of now.
func readVacancy(s string) (proseHolder, bool) {
	if !strings.Contains(s, "vacant") {
		return proseHolder{}, false // most sentences
	}
	l := lowerASCII(strings.TrimRight(s, ". "))
	for _, adv := range nowAdverbs {
		if rest, ok := strings.CutPrefix(l, adv); ok {
			l = rest
			break
		}
	}
	var h proseHolder
	for _, subject := range vacancySubjects {
		rest, ok := strings.CutPrefix(l, subject)
		if !ok {
			continue
		}
		if strings.HasSuffix(subject, " of ") {
			post, after, ok := strings.Cut(rest, " ")
			for ok && !slices.ContainsFunc(vacancyVerbs, func(v string) bool { return strings.HasPrefix(after, v) }) {
				var w string
				w, after, ok = strings.Cut(after, " ")
				post += " " + w
			}
			if !ok || strings.Count(post, " ") > 4 || !hasRoleWord(post) {
				return h, false
			}
			h.post, rest = strings.TrimPrefix(post, "the "), after
		}
		for _, v := range vacancyVerbs {
			after, ok := strings.CutPrefix(rest, v)
			if !ok {
				continue
			}
			if strings.HasSuffix(v, " since ") {
				d, ok := dateAtStart(after)
				if !ok {
					return proseHolder{}, false
				}
				h.since = d
			} else if !(after == "" || after[0] == ',' || strings.HasPrefix(after, " since ") || strings.HasPrefix(after, " following ") ||
				strings.HasPrefix(after, " after ") || strings.HasPrefix(after, " as of ")) {
				return proseHolder{}, false // "… is vacant when the governor dies"
			}
			if h.since.IsZero() {
				h.since = sinceIn(after)
			}
			h.vacant = true
			return h, true
		}
		return proseHolder{}, false
	}
	return h, false
}

// secondClauseHolder reads the holder of another post that a sentence
// names in a clause after the first holder's: "The current governor is
// Wang Hao and the party secretary is Yi Lianhong.", "Ann Lee is the
// current governor; Bob Ray is the current party secretary.", "…, and Bob
// Ray has been governor since 2021." A clause that says "the POST is
// NAME" is of now as the sentence's first clause is.
func secondClauseHolder(s string, first proseHolder) (proseHolder, bool) {
	if first.post == "" {
		return proseHolder{}, false
	}
	var clause string
	for _, next := range []string{" and the ", "; ", ", while the ", " while the ", ", and "} {
		if j := strings.Index(s, next); j >= 0 {
			clause = s[j+len(next):]
			if strings.HasSuffix(next, "the ") {
				clause = "the " + clause
			}
			break
		}
	}
	l := lowerASCII(s)
	if clause == "" {
		// "Wang Hao currently serves as governor and Yi Lianhong as party
		// secretary", "Wang Hao is the current governor and Yi Lianhong
		// the party secretary": the verb left out of the second.
		_, after, ok := strings.Cut(s, " and ")
		if !ok || !strings.Contains(l, "current") {
			return proseHolder{}, false
		}
		for _, sep := range []string{" as ", " the "} {
			name, post, ok := strings.Cut(after, sep)
			if !ok || !unicode.IsUpper(firstRune(name)) || strings.Count(name, " ") > 3 || !hasRoleWord(post) {
				continue
			}
			h, ok := readProseHolder("The current " + strings.TrimRight(post, ". ") + " is " + name)
			if !ok || h.post == "" || roleKey(h.post) == roleKey(first.post) {
				return proseHolder{}, false
			}
			return h, true
		}
		return proseHolder{}, false
	}
	if rest, ok := strings.CutPrefix(clause, "the "); ok && (currentAt(l, 0) != "" || strings.Contains(l, " the current ") ||
		slices.ContainsFunc(nowAdverbs, func(a string) bool { return strings.HasPrefix(l, a) })) {
		clause = "The current " + rest
	}
	h, ok := readProseHolder(clause)
	if !ok || h.post == "" || roleKey(h.post) == roleKey(first.post) {
		return proseHolder{}, false
	}
	return h, true
}

// pronounTookOffice reads the date of a sentence that says when the
// holder the sentence before it named (en) took office, by a pronoun or
// a word of their name: "The current mayor is Ann Lee. She took office
// on 28 October 2022."; "The current Chief Minister is Chow Kon Yeow.
// Chow was sworn in on 14 May 2018." It is zero for any other sentence,
// and for one that tells of another post ("He took office as vice mayor
// in 2010.").
func pronounTookOffice(s, en string) Date {
	l := lowerASCII(s)
	var rest string
	subjects := []string{"he ", "she ", "they "}
	if w := strings.Fields(lowerASCII(en)); len(w) > 1 {
		// The whole name, its family name or its first word: "Chow" of
		// "Chow Kon Yeow", "Lee" of "Ann Lee".
		subjects = append(subjects, strings.Join(w, " ")+" ", w[0]+" ", w[len(w)-1]+" ")
	}
	for _, p := range subjects {
		if r, ok := strings.CutPrefix(l, p); ok {
			rest = " " + r
			break
		}
	}
	if rest == "" || strings.Contains(rest, " as ") || !slices.ContainsFunc(leadVerbs, func(v string) bool { return strings.HasPrefix(rest, v) }) {
		return Date{}
	}
	return sinceIn(s)
}

// pronounLeft reports whether a sentence says that he or she (the holder
// the sentence before named) left the post: "He was succeeded by Ann Lee
// in 1955.", "She resigned in 2024." (not "She succeeded Bob Ray, who
// resigned.").
func pronounLeft(s string) bool {
	for _, p := range []string{"he", "she"} {
		if hasPrefixFold(s, p+" ") && termEndWords.prefix(s[len(p):]) > 0 {
			return true
		}
	}
	return false
}

// mayNameHolder reports whether a paragraph holds the words of one of
// the shapes readProseHolders reads.
func mayNameHolder(text string, lead bool) bool {
	now, leadWord, becameWord := scanHolderWords(text)
	switch {
	case now:
		return true
	case leadWord && (strings.Contains(text, " since ") || strings.Contains(text, "(since ") || strings.Contains(text, ", having ") ||
		strings.Contains(text, ". Since ")) &&
		strings.Contains(text, " is "):
		// "Ann Lee is the governor since 2020", "…, having taken office
		// in 2024", "… Since 10 May 2021, Ann Lee is the chief minister."
		// (leadWord: " since ", ". Since ", " office ", " sworn in ").
		return true
	case hasPrefixFold(text, "since ") && strings.Contains(text, " is "):
		return true // "Since 2 September 2021, Alireza Zakani is the mayor of Tehran."
	case !lead:
		return false
	}
	return becameWord || leadWord && hasLeadVerb(text)
}

// becameVerbs say that the subject took a post: "became", "was
// appointed", "was named", "succeeded … as".
var becameVerbs = []string{" became ", " was appointed as ", " was appointed ", " was named as ", " was named ", " succeeded ", " took over as ",
	" replaced ", " assumed the ", " took up the "}

// tenureNouns name a post by its tenure, as "assumed the governorship"
// does: the post they name.
var tenureNouns = map[string]string{"governorship": "Governor", "premiership": "Premier", "mayoralty": "Mayor", "presidency": "President",
	"chairmanship": "Chairman", "chancellorship": "Chancellor", "secretaryship": "Secretary"}

// termEndWords say that a holder left the post, in a sentence after the
// one that told they took it.
var termEndWords = newFoldWords(" succeeded by", " was succeeded", " replaced by", " was replaced", " resigned", " left office",
	" stepped down", " was removed", " was dismissed", " died", " retired") // a word's start: not the "died" of "studied"

// postStops end the words for a post after becameVerbs: "became acting
// governor after Wang Hao was transferred".
var postStops = []string{" after ", " following ", " succeeding ", " replacing ", ", "}

// becameHolder reads a sentence of a page's lead that says who took the
// post and when: "Prem Singh Tamang became Chief Minister on 27 May
// 2019.", "Liu Jie was appointed acting governor on 25 December 2024."
// The subject must be a name alone and the post a post, with no
// ordinal ("became the first Chief Minister in 1975" is history), and
// the sentence must not say the term ended ("… until 2019", "and served
// until …").
func becameHolder(s string) (proseHolder, bool) {
	s = dateLast(s)
	l := lowerASCII(s)
	i, verb := -1, ""
	for _, v := range becameVerbs {
		if j := strings.Index(l, v); j > 0 && (i < 0 || j < i) {
			i, verb = j, v
		}
	}
	if i <= 0 || strings.Contains(l, " until ") || strings.Contains(l, " served ") || strings.ContainsAny(l, "–—") {
		return proseHolder{}, false
	}
	subject := s[:i]
	if strings.ContainsAny(subject, ",;()") || strings.HasPrefix(l, "the ") || strings.Contains(strings.ToLower(subject), " and ") ||
		strings.HasPrefix(strings.ToLower(subject), "in ") {
		return proseHolder{}, false
	}
	rest := s[i+len(verb):]
	if verb == " assumed the " || verb == " took up the " {
		// "Ann Lee assumed the governorship on 1 May 2020": the post the
		// noun names, and nothing else ("assumed the role of …").
		noun, after, _ := strings.Cut(rest, " ")
		if n := strings.ToLower(noun); n == "post" || n == "office" || n == "position" {
			// "Ann Lee took up the post on 28 October 2022": the page's.
			return tookPageOffice(subject, after)
		}
		post, ok := tenureNouns[strings.ToLower(noun)]
		if !ok {
			return proseHolder{}, false
		}
		rest = post + " " + after
	}
	if verb == " succeeded " || verb == " replaced " {
		// "Liu Jie succeeded Wang Hao as governor in December 2024.",
		// "Ann Lee replaced Bob Ray as governor on 1 May 2020."
		_, after, ok := strings.Cut(rest, " as ")
		if !ok {
			return proseHolder{}, false
		}
		rest = after
	}
	if strings.HasPrefix(strings.ToLower(rest), "the ") {
		rest = rest[len("the "):]
	}
	post, when := "", ""
	for _, on := range []string{" on ", " in "} {
		if j := strings.Index(rest, on); j > 0 && (post == "" || j < len(post)) {
			post, when = rest[:j], rest[j+len(on):]
		}
	}
	for _, stop := range postStops {
		if j := strings.Index(post, stop); j > 0 {
			post = post[:j]
		}
	}
	bare, _ := cutActingPost(post) // without an acting mark: "acting governor"
	first, _, _ := strings.Cut(strings.ToLower(bare), " ")
	if post == "" || strings.Count(post, " ") > 5 || !hasRoleWord(post) || !unicode.IsUpper(firstRune(bare)) && !hasRoleWord(first) && first != "party" ||
		first == "a" || first == "an" || isSpelledOrdinal(first) || startsWithOrdinal(first) || first == "last" {
		return proseHolder{}, false
	}
	d, ok := dateAtStart(when)
	if !ok {
		return proseHolder{}, false
	}
	h, ok := named(proseHolder{post: post}, subject, "")
	if !ok {
		return proseHolder{}, false
	}
	h.since = d
	h.took = true
	return h, true
}

// tookPageOffice reads the rest of "NAME took up the post on DATE", the
// page's office taken on the date.
func tookPageOffice(subject, after string) (proseHolder, bool) {
	when, ok := strings.CutPrefix(after, "on ")
	if !ok {
		when, ok = strings.CutPrefix(after, "in ")
	}
	if !ok {
		return proseHolder{}, false
	}
	d, ok := dateAtStart(when)
	if !ok {
		return proseHolder{}, false
	}
	h, ok := named(proseHolder{}, subject, "")
	if !ok {
		return proseHolder{}, false
	}
	h.since, h.took = d, true
	return h, true
}

// dateLast writes a sentence that opens with its date, "In December 2024,
// Liu Jie was appointed acting governor.", "On 1 May 2020, Ann Lee was
// sworn in as governor.", with the date where the other shapes have it,
// at the end.
func dateLast(s string) string {
	l := lowerASCII(s)
	for _, p := range []string{"in ", "on "} {
		if k := strings.Index(s, ", "); strings.HasPrefix(l, p) && k > len(p) {
			if _, ok := dateAtStart(s[len(p):k]); ok {
				return strings.TrimSuffix(s[k+2:], ".") + " " + p + s[len(p):k]
			}
			break
		}
	}
	return s
}

// leadVerbs say when the subject of a sentence took office. In the lead
// of a page about an office they tell its holder of now: "Republican
// Brian Kemp assumed office on January 14, 2019." (List of governors of
// Georgia).
var leadVerbs = []string{" assumed office ", " took office ", " took the office ", " assumed the office ", " was sworn in ", " was inaugurated ", " has served since ", " has held the office since ",
	" has held the post since ", " has held the position since ", " has been in office since ", " has occupied the post since ",
	" has occupied the office since ", " has occupied the position since "}

// hasLeadVerb reports whether text holds one of leadVerbs.
func hasLeadVerb(text string) bool {
	for _, v := range leadVerbs {
		if strings.Contains(text, v) {
			return true
		}
	}
	return false
}

// readLeadHolder reads a sentence of the shape "NAME assumed office on
// DATE" (or "took office", "was sworn in on", "has served since") as the
// page's holder of now. The sentence must give the date, and its subject
// must be a name alone: "The first governor, Ann Lee, took office on …"
// is history.
func readLeadHolder(s string) (proseHolder, bool) {
	s = dateLast(s)
	l := lowerASCII(s)
	for _, p := range []string{"following ", "after "} {
		// "Following the 2022 election, Ann Lee took office on …": what
		// led to it, then the sentence.
		if k := strings.Index(s, ", "); strings.HasPrefix(l, p) && k > len(p) {
			if strings.Contains(l[:k], "election") {
				s, l = s[k+2:], l[k+2:]
			}
			break
		}
	}
	for _, v := range leadVerbs {
		i := strings.Index(l, v)
		if i <= 0 {
			continue
		}
		subject := s[:i]
		if strings.HasSuffix(l[:i], " and") {
			// "Ann Lee was elected governor in 2022 and took office on 1
			// July 2022", "Ann Lee won the 2022 election and …", "…
			// defeated Bob Ray in the 2022 election and …": the name before
			// the election's words.
			for _, e := range []string{" was elected ", " won ", " defeated "} {
				if j := strings.Index(l[:i], e); j > 0 {
					subject = s[:j]
					break
				}
			}
		}
		if j := strings.Index(subject, ", elected "); j > 0 && strings.HasSuffix(subject, ",") {
			subject = subject[:j] // "Ann Lee, elected in 2022, took office on …"
		}
		post := ""
		if p, name, ok := cutNowWordBeforeName(subject); ok {
			subject, post = name, p // "Incumbent governor Ann Lee took office on …"
		}
		if j := strings.Index(subject, ", "); j > 0 && strings.HasSuffix(subject, ",") {
			// "Ann Lee, the incumbent, took office on …", "Ann Lee, the
			// current governor, took office on …": the holder of now, of
			// the post named.
			mid := subject[j+2 : len(subject)-1]
			if lm := strings.ToLower(mid); lm == "the incumbent" || isPartyAppositive(mid) {
				// "Ann Lee, a member of the People's Party, assumed
				// office on …": the holder's party, not which post.
				subject = subject[:j]
			} else if strings.HasPrefix(lm, "the current ") && strings.Count(lm, " ") <= 4 && hasRoleWord(lm) && !strings.Contains(lm, "'s") {
				subject, post = subject[:j], mid[len("the current "):]
			} else if p, acting := cutActingPost(mid[min(len("the "), len(mid)):]); strings.HasPrefix(lm, "the ") && acting &&
				strings.Count(p, " ") <= 3 && hasRoleWord(strings.ToLower(p)) && !strings.Contains(lm, "'s") && !hasDigit(p) {
				// "Ann Lee, the acting governor, took office on …": held
				// acting now (named reads the acting word).
				subject, post = subject[:j], mid[len("the "):]
			}
		}
		subject = withoutPartyInitials(subject) // "Brian Kemp (R) assumed office on …"
		if strings.ContainsAny(subject, ",;()") || strings.HasPrefix(l, "the ") || strings.Contains(strings.ToLower(subject), " and ") {
			return proseHolder{}, false
		}
		if strings.Contains(l[i:], " first ") {
			return proseHolder{}, false // "… took office on 1 May 1950 as the first governor": history
		}
		h, ok := named(proseHolder{post: post}, subject, s[i:])
		if !ok || h.since.IsZero() {
			return proseHolder{}, false
		}
		return h, true
	}
	return proseHolder{}, false
}

// isPartyAppositive reports whether the words between commas after a
// name give the holder's party: "a member of the People's Party", "a
// Democrat", "an Independent" (not "a lawyer").
func isPartyAppositive(mid string) bool {
	if strings.HasPrefix(mid, "a member of the ") {
		return true
	}
	for _, a := range []string{"a ", "an "} {
		if w, ok := strings.CutPrefix(mid, a); ok {
			for p := range partyWords {
				if strings.EqualFold(w, p) {
					return true
				}
			}
		}
	}
	return false
}

// withoutPartyInitials cuts the initials of a party in brackets after a
// name: "Brian Kemp (R)", "Ann Lee (DPP)".
func withoutPartyInitials(name string) string {
	in, ok := strings.CutSuffix(name, ")")
	if !ok {
		return name
	}
	i := strings.LastIndex(in, " (")
	if i <= 0 || len(in)-i-2 > 5 || len(in)-i-2 < 1 {
		return name
	}
	for _, c := range in[i+2:] {
		if c < 'A' || c > 'Z' {
			return name
		}
	}
	return in[:i]
}

// nowAdverbs open a sentence about the holder of now: "Currently, the
// governor is Ann Lee".
var nowAdverbs = []string{"currently, ", "currently ", "presently, ", "presently ", "at present, ", "at present ", "today, "}

// holderOfNowShapes are the words one of readProseHolder's shapes holds.
var holderOfNowShapes = []string{"he current ", "he incumbent", "he present ", " is currently ", " is held by",
	" has been held by", " is presently held by", " has been ", " has served as ", ", currently ", ". As of ", ". as of ",
	" and current ", " and incumbent ", " serves as ", "'s current ", "ts current ", " currently holds ", ". Currently", ". Presently", ". Today, ",
	". At present", " as of ", " is now held by", " now holds the ", " vacant", " has headed the ", " has led the ",
	" is headed by ", " been headed by ", " now headed by ", " currently heads the ", " now heads the ",
	" is led by ", " been led by ", " now led by ", " currently leads the ", " now leads the "}

// afterWord reports whether the word before text[i] (a space) is one of
// words.
func afterWord(text string, i int, words ...string) bool {
	for _, w := range words {
		if strings.HasSuffix(text[:i], " "+w) {
			return true
		}
	}
	return false
}

// scanHolderWords passes over a paragraph's words once and reports
// whether it holds one of holderOfNowShapes or starts with "As of " or
// one of nowAdverbs (now), " office ", " since " or " sworn in ", which
// every one of leadVerbs holds, or a sentence's "Since " (leadWord), and
// one of becameVerbs (becameWord): most paragraphs hold none, and are
// passed over at that.
func scanHolderWords(text string) (now, leadWord, becameWord bool) {
	if text != "" {
		switch text[0] | 0x20 { // only a paragraph that opens with one of their letters
		case 'a', 'c', 'p', 't':
			now = hasPrefixFold(text, "as of ") || slices.ContainsFunc(nowAdverbs, func(a string) bool { return hasPrefixFold(text, a) })
		}
	}
	for i := strings.IndexByte(text, ' '); i >= 0 && !now; {
		rest := text[i+1:]
		if rest == "" {
			break
		}
		switch rest[0] {
		case 'A', 'a':
			// "As of 2024, the governor is …", a sentence of its own;
			// "the 5th and current governor".
			now = (strings.HasPrefix(rest, "As of ") || strings.HasPrefix(rest, "At present")) && i >= 1 && text[i-1] == '.' ||
				strings.HasPrefix(rest, "as of ") ||
				strings.HasPrefix(rest, "and current ") || strings.HasPrefix(rest, "and incumbent ")
			// "…, appointed on 28 October 2022": when, in a clause.
			becameWord = becameWord || strings.HasPrefix(rest, "assumed the ") || strings.HasPrefix(rest, "appointed on ") || strings.HasPrefix(rest, "appointed in ")
		case 'c', 'i', 'p':
			// "he current ", "he incumbent ", "he present "; " is … held by".
			if i >= 2 && text[i-2:i] == "he" {
				now = strings.HasPrefix(rest, "current ") || strings.HasPrefix(rest, "incumbent") || strings.HasPrefix(rest, "present ")
			}
			if !now && i >= 2 && (text[i-2:i] == "'s" || text[i-2:i] == "ts") {
				now = strings.HasPrefix(rest, "current ") // "The province's current governor", "Its current holder"
			}
			if !now && rest[0] == 'c' {
				now = strings.HasPrefix(rest, "currently holds ") // "Ann Lee currently holds the office"
			}
			if !now && rest[0] == 'c' && i >= 1 && text[i-1] == ',' {
				now = strings.HasPrefix(rest, "currently ") // "The governor, currently Ann Lee, is …"
			}
			if rest[0] == 'i' {
				leadWord = leadWord || strings.HasPrefix(rest, "inaugurated ") // " was inaugurated ", one of leadVerbs
			}
			if !now && rest[0] == 'i' {
				now = strings.HasPrefix(rest, "is currently ") || strings.HasPrefix(rest, "is held by") ||
					strings.HasPrefix(rest, "is presently held by") || strings.HasPrefix(rest, "is now held by")
			}
		case 'C', 'P', 'T':
			// "… in 1949. Currently, the governor is …"
			now = i >= 1 && text[i-1] == '.' &&
				(strings.HasPrefix(rest, "Currently") || strings.HasPrefix(rest, "Presently") || strings.HasPrefix(rest, "Today, "))
		case 'S':
			// "… of Assam. Since 10 May 2021, Ann Lee is the chief
			// minister.": a sentence's " since ".
			leadWord = leadWord || i >= 1 && text[i-1] == '.' && strings.HasPrefix(rest, "Since ")
		case 'n':
			now = strings.HasPrefix(rest, "now holds the ") // "Ann Lee now holds the post"
		case 'v':
			now = strings.HasPrefix(rest, "vacant") // "The office is vacant", "remains vacant"
		case 'b':
			becameWord = becameWord || strings.HasPrefix(rest, "became ")
		case 'w':
			becameWord = becameWord || strings.HasPrefix(rest, "was appointed ") || strings.HasPrefix(rest, "was named ")
		case 'r':
			becameWord = becameWord || strings.HasPrefix(rest, "replaced ")
		case 't':
			becameWord = becameWord || strings.HasPrefix(rest, "took over as ") || strings.HasPrefix(rest, "took over on ") ||
				strings.HasPrefix(rest, "took over in ") || strings.HasPrefix(rest, "took up the ")
		case 'h':
			now = strings.HasPrefix(rest, "has been ") || strings.HasPrefix(rest, "has served as ") ||
				strings.HasPrefix(rest, "has headed the ") || strings.HasPrefix(rest, "has led the ") ||
				strings.HasPrefix(rest, "headed by ") && afterWord(text, i, "is", "been", "now") ||
				strings.HasPrefix(rest, "heads the ") && afterWord(text, i, "currently", "now")
		case 'l':
			// "The committee is led by …", "… currently leads the government"
			now = strings.HasPrefix(rest, "led by ") && afterWord(text, i, "is", "been", "now") ||
				strings.HasPrefix(rest, "leads the ") && afterWord(text, i, "currently", "now")
		case 'o':
			leadWord = leadWord || strings.HasPrefix(rest, "office ")
		case '(':
			leadWord = leadWord || strings.HasPrefix(rest, "(since ") // "… is Ann Lee (since 2020)"
		case 's':
			leadWord = leadWord || strings.HasPrefix(rest, "since ") || strings.HasPrefix(rest, "sworn in ")
			becameWord = becameWord || strings.HasPrefix(rest, "succeeded ")
			now = strings.HasPrefix(rest, "serves as ")
		}
		j := strings.IndexByte(rest, ' ')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return now, leadWord, becameWord
}

// sentences splits prose at the full stops that end a sentence: a stop
// after a word of two letters or more ("Lee Jr. is" and "E. D. Taussig"
// stay whole), or after a number or a bracket before a capital ("created
// in 1950. The current mayor", "(1970–1982). The").
func sentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i+1 < len(text); i++ {
		if text[i] != '.' || text[i+1] != ' ' {
			continue
		}
		if i > start && (isDigit(text[i-1]) || text[i-1] == ')') && i+2 < len(text) && text[i+2] >= 'A' && text[i+2] <= 'Z' {
			out = append(out, trimSpace(text[start:i]))
			start = i + 2
			continue
		}
		j := i
		for j > start && isASCIILetter(text[j-1]) {
			j--
		}
		if i-j < 2 || text[j:i] == "Jr" || text[j:i] == "Sr" || text[j:i] == "St" || text[j:i] == "Dr" || text[j:i] == "Mr" {
			continue
		}
		out = append(out, trimSpace(text[start:i]))
		start = i + 2
	}
	return append(out, strings.TrimSuffix(trimSpace(text[start:]), "."))
}

// readProseHolder reads one sentence of the shapes "The current POST is
// NAME[, who took office on DATE]", "NAME is the current POST[; he took
// office on DATE]", "NAME has been [the] POST since DATE", and, of the
// page's own office, "The incumbent is NAME", "The current officeholder
// is NAME" and "The office is currently held by NAME".
func readProseHolder(s string) (proseHolder, bool) {
	l := lowerASCII(s) // byte for byte: its indices are s's
	var h proseHolder
	var name, rest string
	if strings.HasPrefix(l, "in office since ") {
		// "In office since 28 October 2022, Ann Lee is the current
		// mayor": as "Since 28 October 2022, …" reads.
		s, l = s[len("in office "):], l[len("in office "):]
	}
	if strings.HasPrefix(l, "since ") {
		// "Since 1 January 2020, the office has been held by Ann Lee": the
		// date where the other shapes have it, at the end.
		if i := strings.Index(s, ", "); i > 0 {
			if _, ok := dateAtStart(s[len("since "):i]); ok {
				return readProseHolder(strings.TrimRight(s[i+2:], ". ") + " since " + s[len("since "):i])
			}
		}
		// "Since December 2024 the post has been held by …", no comma:
		// the longest run of up to four words that is a date.
		words := strings.Fields(s[len("since "):])
		for n := min(4, len(words)-1); n >= 1; n-- {
			when, rest := strings.Join(words[:n], " "), strings.Join(words[n:], " ")
			if _, err := ParseDate(when); err == nil && !hasPrefixFold(rest, "since ") {
				return readProseHolder(rest + " since " + when) // once: rest starts otherwise
			}
		}
		return h, false
	}
	for _, adv := range nowAdverbs {
		if rest, ok := strings.CutPrefix(l, adv+"the "); ok && !strings.HasPrefix(rest, "current ") {
			// "Currently, the governor is Ann Lee": the current governor.
			return readProseHolder("The current " + s[len(adv)+len("the "):])
		}
	}
	if strings.HasPrefix(l, "as of ") {
		// "As of 2024, the governor is Ann Lee": the holder of then,
		// which is the page's latest word; the date is no start.
		if i := strings.Index(s, ", "); i > 0 {
			if _, ok := dateAtStart(s[len("as of "):i]); ok {
				return holderAsOf(s[i+2:])
			}
		}
		return h, false
	}
	if strings.HasPrefix(l, "its ") && !strings.HasPrefix(l, "its current ") {
		// "Its secretary is Ann Lee, appointed on …": the page's
		// body's or place's post, as "The secretary is …" reads.
		s, l = "The "+s[len("its "):], "the "+l[len("its "):]
	}
	if h, ok := postOfHeldBy(s, l); ok {
		return h, true
	}
	if t := withoutPossessiveBeforeCurrent(s, l); t != s {
		// "The province's current governor is …", "Its current holder
		// is …": the page's place's, the holder of now.
		s, l = t, lowerASCII(t)
	}
	if t := withoutOrdinalBeforeCurrent(s); len(t) != len(s) {
		// "The 12th and current governor is …", "… is the 5th and
		// current governor": the holder of now.
		s, l = t, lowerASCII(t)
	}
	if h, ok := appositiveHolder(s, l); ok {
		return h, true
	}
	if h, ok := currentlyHolder(s, l); ok {
		return h, true
	}
	if h, ok := servesAsHolder(s, l); ok {
		return h, true
	}
	for _, v := range []string{" currently holds the ", " now holds the "} {
		i := strings.Index(l, v)
		if i <= 0 {
			continue
		}
		// "Ann Lee currently holds the office", "… now holds the post,
		// having taken it on …": the page's.
		after := l[i+len(v):]
		for _, w := range []string{"office", "post", "position"} {
			if rest, ok := strings.CutPrefix(after, w); ok && (rest == "" || strings.ContainsRune(" ,.;", rune(rest[0])) && !strings.HasPrefix(rest, " of ")) {
				return pageHolder(s[:i], s[i+len(v)+len(w):])
			}
		}
		return h, false
	}
	if i, v := heldByAt(l); i >= 0 {
		// "The office is currently held by Wang Yubo, since …": the
		// page's office.
		name, rest = cutProseName(s[i+len(v):], proseNameStops)
		return pageHolder(name, rest)
	}
	if w := currentAt(l, 0); w != "" {
		// "The current governor is Wang Yubo, who took office on …"
		if w == "the incumbent " {
			// "The incumbent is Wang Yubo"; "The incumbent has been Wang
			// Yubo since 2021", as "Since 2021, the incumbent has been …"
			// reads.
			for _, v := range []string{"is ", "has been "} {
				if strings.HasPrefix(l[len(w):], v) {
					name, rest = cutProseName(s[len(w)+len(v):], proseNameStops)
					if v == "has been " && !strings.Contains(rest, "since ") {
						return h, false // "has been criticised": no name
					}
					return pageHolder(name, rest)
				}
			}
		}
		post, after, ok := strings.Cut(s[len(w):], " is ")
		after = ownClause(after)
		if i := strings.Index(post, ", "); i > 0 {
			if since, ok := strings.CutPrefix(strings.TrimSuffix(post[i+2:], ","), "since "); ok {
				after += " (since " + since + ")" // "The current governor, since 2019, is Ann Lee."
			}
			post = post[:i] // "The current officeholder, the 112th in the sequence of regular mayors, is …"
		}
		if i := strings.Index(post, " since "); i > 0 {
			// "The incumbent premier of Queensland since the 2015
			// election is …": the post, then since when.
			after += " (" + post[i+1:] + ")"
			post = post[:i]
		}
		if !ok || strings.Count(post, " ") > 5 {
			return h, false
		}
		name, rest = cutProseName(after, proseNameStops)
		if lp := strings.ToLower(post); holderWords[lp] || holderOfPage(lp) { // "The current officeholder is …"
			return pageHolder(name, rest)
		}
		h.post = post
	} else if i, v := presentPerfectAt(l); i > len("the ") && strings.HasPrefix(l, "the ") && v == " has been " &&
		strings.Count(l[:i], " ") <= 5 && (hasRoleWord(s[len("the "):i]) || holderWords[l[len("the "):i]]) {
		// "The governor has been Ann Lee since 1 December 2022", as
		// "Since 1 December 2022, the governor has been Ann Lee" reads
		// turned round: the post first, then its holder.
		h.post = s[len("the "):i]
		name, rest = cutProseName(s[i+len(v):], proseNameStops)
		if post, since, ok := strings.Cut(h.post, " since "); ok {
			h.post, rest = post, rest+" since "+since // "The governor since 2018 has been Ann Lee."
		}
		if !strings.Contains(rest, "since ") {
			return h, false
		}
	} else if i, v := presentPerfectAt(l); i > 0 {
		// "Li Bingjun has been the governor since 24 November 2020"
		name = s[:i]
		if j := strings.Index(name, ", "); j > 0 && strings.HasSuffix(name, ",") {
			name = name[:j] // "Ann Lee, a Politburo member, has served as secretary since …"
		}
		name = withoutOfAfterName(name) // "Ann Lee of the Congress party has been …"
		post := s[i+len(v):]
		if p, ok := cutPrefixFold(post, "serving as "); ok {
			post = p // "Ann Lee has been serving as governor since 2020"
		}
		if strings.HasPrefix(strings.ToLower(post), "the ") {
			post = post[len("the "):]
		}
		h.post, rest = cutProseName(post, proseStops)
		if !strings.HasPrefix(rest, " since ") {
			return h, false // "has been a governor of …": not a post of now
		}
		if holderWords[strings.ToLower(h.post)] {
			return pageHolder(name, rest) // "Ann Lee has been the incumbent since 2020"
		}
	} else {
		// "Sheng Yuechun is the current secretary; he took office on …"
		i := strings.Index(l, " is ")
		if i <= 0 {
			return h, false
		}
		w := currentAt(l, i+len(" is "))
		if w == "" {
			if j := i + len(" is the incumbent"); strings.HasPrefix(l[i:], " is the incumbent") && (j == len(l) || strings.ContainsRune(",.;", rune(l[j]))) {
				return pageHolder(s[:i], s[j:]) // "Ann Lee is the incumbent, having been elected in 2020"
			}
			if strings.HasPrefix(l, "the ") {
				return postIsName(s, l, i)
			}
			return postHeldSince(s, l, i)
		}
		name = s[:i]
		h.post, rest = cutProseName(s[i+len(" is ")+len(w):], proseStops)
		if j := strings.Index(name, ", "); j > 0 {
			// "Liu Jie, appointed in December 2024, is the current
			// governor": the clause after the name tells when.
			name, rest = name[:j], name[j:]+" "+rest
		}
	}
	if holderWords[strings.ToLower(h.post)] {
		return pageHolder(name, rest) // "Ann Lee is the current officeholder, since 2022"
	}
	if lp := strings.ToLower(h.post); lp == "" || !hasRoleWord(lp) || strings.HasPrefix(lp, "a ") || strings.HasPrefix(lp, "an ") || strings.HasPrefix(lp, "one ") {
		// "has been a member of the council": one of many, not the post.
		return h, false
	}
	return named(h, name, rest)
}

// holderAsOf reads what follows "As of DATE, ": "the governor is Ann
// Lee", the holder of a post; "the office is held by …" and the other
// shapes of readProseHolder.
func holderAsOf(s string) (proseHolder, bool) {
	if h, ok := readProseHolder(s); ok {
		return h, true
	}
	l := lowerASCII(s)
	if !strings.HasPrefix(l, "the ") {
		return proseHolder{}, false
	}
	post, after, ok := strings.Cut(s[len("the "):], " is ")
	if !ok || strings.Count(post, " ") > 5 || !hasRoleWord(post) {
		return proseHolder{}, false
	}
	name, rest := cutProseName(after, proseNameStops)
	return named(proseHolder{post: post}, name, rest)
}

// holderOfPage reports whether words name the holder of the page's own
// office: "holder of the office", "occupant of the post".
func holderOfPage(l string) bool {
	for _, w := range []string{"holder of the ", "occupant of the ", "holder of this ", "occupant of this "} {
		if rest, ok := strings.CutPrefix(l, w); ok {
			return rest == "office" || rest == "post" || rest == "position"
		}
	}
	return false
}

// withoutPossessiveBeforeCurrent writes a sentence that opens with a
// possessive before "current" ("The province's current governor is …",
// "Its current holder is …", "Testland's current mayor is …") as one
// that opens with "The current".
func withoutPossessiveBeforeCurrent(s, l string) string {
	i := strings.Index(l, " current ")
	if i <= 0 || strings.Count(l[:i], " ") > 3 || !strings.HasSuffix(l[:i], "'s") && l[:i] != "its" {
		return s
	}
	return "The" + s[i:]
}

// withoutOrdinalBeforeCurrent drops the ordinal of "the 12th and current
// governor", leaving "the current governor".
func withoutOrdinalBeforeCurrent(s string) string {
	for _, w := range []string{"the current and ", "the incumbent and ", "the present and "} {
		// "Ann Lee is the current and 12th governor": the holder of now.
		if i := indexFold(s, w); i >= 0 {
			rest := s[i+len(w):]
			if o, after, ok := strings.Cut(rest, " "); ok && (startsWithOrdinal(o) || isSpelledOrdinal(o)) {
				return s[:i] + w[:len(w)-len("and ")] + after
			}
		}
	}
	i := strings.Index(s, " and current ")
	if i < 0 {
		i = strings.Index(s, " and incumbent ") // "the 12th and incumbent governor"
	}
	if i < 0 {
		return s
	}
	j := strings.LastIndexByte(s[:i], ' ')
	if j < 3 || !strings.EqualFold(s[j-3:j], "the") {
		return s
	}
	if w := s[j+1 : i]; !startsWithOrdinal(w) && !isSpelledOrdinal(w) {
		return s
	}
	return s[:j+1] + s[i+len(" and "):]
}

// servesAsHolder reads "Ann Lee serves as the current governor" and "Ann
// Lee currently serves as governor, since 2021".
func servesAsHolder(s, l string) (proseHolder, bool) {
	v := " serves as "
	i := strings.Index(l, v)
	if i <= 0 {
		v = " is serving as " // "Since 2021, Ann Lee is serving as the governor."
		if i = strings.Index(l, v); i <= 0 {
			return proseHolder{}, false
		}
	}
	name, after := s[:i], s[i+len(v):]
	now := false
	if n, ok := strings.CutSuffix(name, " currently"); ok {
		name, now = n, true
	}
	name = withoutOfAfterName(name) // "Ann Lee of the Congress party serves as …"
	if w := currentAt(lowerASCII(after), 0); w != "" {
		after, now = after[len(w):], true
	} else if a, ok := strings.CutPrefix(after, "the "); ok {
		after = a
	}
	post, rest := cutProseName(after, proseStops)
	if !now && !strings.HasPrefix(rest, " since ") { // "Ann Lee serves as mayor since 2022"
		return proseHolder{}, false
	}
	if !hasRoleWord(post) {
		return proseHolder{}, false
	}
	return named(proseHolder{post: post}, name, rest)
}

// currentlyHolder reads a sentence that names the holder of now beside
// the post's words: "The governor, currently Ann Lee, is elected every
// four years", "The governor is currently Ann Lee."
func currentlyHolder(s, l string) (proseHolder, bool) {
	if !strings.HasPrefix(l, "the ") {
		return proseHolder{}, false
	}
	if i := strings.Index(l, " is currently "); i > len("the ") && !strings.HasPrefix(l[i+len(" is currently "):], "held ") {
		post := s[len("the "):i]
		if strings.Count(post, " ") > 5 || !hasRoleWord(post) {
			return proseHolder{}, false
		}
		name, rest := cutProseName(s[i+len(" is currently "):], proseNameStops)
		return named(proseHolder{post: post}, name, rest)
	}
	i := strings.Index(l, ", currently ")
	if i <= len("the ") {
		return proseHolder{}, false
	}
	post := s[len("the "):i]
	headed := false
	if j := strings.Index(l[:i], " is headed by "); j > 0 {
		// "The Provincial government is headed by a governor, currently
		// Wang Yubo.": a body's page names its head.
		post, headed = s[j+len(" is headed by "):i], true
		for _, a := range []string{"a ", "an ", "the "} {
			if strings.HasPrefix(strings.ToLower(post), a) {
				post = post[len(a):]
				break
			}
		}
	}
	if strings.Count(post, " ") > 5 || !hasRoleWord(post) {
		return proseHolder{}, false
	}
	name, rest, ok := strings.Cut(s[i+len(", currently "):], ", ")
	if !ok && headed {
		name, rest, ok = strings.TrimSuffix(s[i+len(", currently "):], "."), "", true
	}
	if !ok {
		return proseHolder{}, false
	}
	return named(proseHolder{post: post}, name, " "+rest)
}

// cutNowWordBeforeName splits a subject that opens with the words for now
// and the post before the name: "Incumbent governor Ann Lee", "Current
// Mayor Ann Lee" give the post and the name.
func cutNowWordBeforeName(subject string) (post, name string, ok bool) {
	rest, ok := cutPrefixFold(subject, "incumbent ")
	if !ok {
		if rest, ok = cutPrefixFold(subject, "current "); !ok {
			return "", subject, false
		}
	}
	words := strings.Fields(rest)
	if len(words) >= 2 && unicode.IsUpper(firstRune(words[0])) && !hasRoleWord(strings.ToLower(words[0])) && !isActingWord(words[0]) {
		return "", rest, true // "Incumbent Ann Lee": the name, no post
	}
	for k, w := range words {
		if k > 0 && unicode.IsUpper(firstRune(w)) && hasRoleWord(strings.Join(words[:k], " ")) {
			return strings.Join(words[:k], " "), strings.Join(words[k:], " "), len(words)-k >= 2
		}
		if k >= 3 {
			break
		}
	}
	return "", subject, false
}

// ownClause cuts the words after a holder's name where another clause
// starts, one that may name another holder and their date: "Ann Lee, and
// the party secretary is Bob Ray, since 2022".
func ownClause(s string) string {
	for _, next := range []string{" and the ", "; ", ", while ", " while "} {
		if j := strings.Index(s, next); j >= 0 {
			s = s[:j]
		}
	}
	return s
}

// postIsName reads "The POST is NAME" when the sentence says since when
// ("The mayor of Testland is Ann Lee, since October 2022.", "The
// officeholder since 2022 is Ann Lee.") or as of when ("The governor as
// of 2025 is Ann Lee."), i at " is ": without "current", only a date
// makes it a holder of now. The post must open with its role or the
// word for its holder ("The seat of the governor since 1950 is …" names
// no holder).
func postIsName(s, l string, i int) (proseHolder, bool) {
	var h proseHolder
	if i <= len("the ") {
		return h, false
	}
	post, rest := s[len("the "):i], ""
	asOf := false
	if j := strings.Index(l[:i], " as of "); j > len("the ") {
		if _, ok := dateAtStart(s[j+len(" as of ") : i]); !ok {
			return h, false
		}
		post, asOf = s[len("the "):j], true
	}
	if j := strings.Index(post, " since "); j > 0 {
		post, rest = post[:j], " "+post[j+1:]
	}
	unacting, _ := cutActingPost(post) // "The acting governor is …": named reads the acting word
	first, _, _ := strings.Cut(strings.ToLower(unacting), " ")
	switch lp := strings.ToLower(post); {
	case strings.Count(post, " ") > 5:
		return h, false
	case holderWords[lp] || holderOfPage(lp):
	case hasRoleWord(first), first == "party" && hasRoleWord(lp): // "The party chief of Testhai is …"
		h.post = post
	default:
		return h, false
	}
	name, after := cutProseName(ownClause(s[i+len(" is "):]), proseNameStops)
	h, ok := named(h, name, after+rest)
	if !ok || h.since.IsZero() && !asOf {
		return proseHolder{}, false
	}
	return h, true
}

// postHeldSince reads "NAME is [the] POST since DATE" and "NAME is the
// POST, having taken office in DATE", i at " is ": without "current",
// the holder of now only when the sentence says since when. The post
// must open with its role ("The city is the seat of the governor since
// 1950" names no holder).
func postHeldSince(s, l string, i int) (proseHolder, bool) {
	after := s[i+len(" is "):]
	if strings.HasPrefix(l[i+len(" is "):], "the ") {
		after = after[len("the "):]
	}
	post, rest := cutProseName(after, proseStops)
	first, _, _ := strings.Cut(post, " ")
	lr := strings.ToLower(rest)
	switch {
	case post == "" || strings.Count(post, " ") > 5 || !hasRoleWord(first) && !isActingWord(first):
		return proseHolder{}, false
	case strings.HasPrefix(lr, " since "), strings.HasPrefix(lr, ", having taken office "), strings.HasPrefix(lr, ", having been sworn in "),
		strings.HasPrefix(lr, ", having assumed office "), strings.HasPrefix(lr, ", in office since "):
	default:
		return proseHolder{}, false
	}
	name := withoutOfAfterName(s[:i]) // "Ann Lee of the Congress party is the chief minister since …"
	if w, _, _ := strings.Cut(strings.ToLower(name), " "); w == "the" || w == "this" || w == "it" || w == "its" {
		return proseHolder{}, false
	}
	h, ok := named(proseHolder{post: post}, name, rest)
	if !ok || h.since.IsZero() {
		return proseHolder{}, false
	}
	return h, true
}

// withoutOfAfterName cuts the words after a holder's name of two words
// or more from " of " on: "Ann Lee of the Congress party" is Ann Lee, then
// her party.
func withoutOfAfterName(name string) string {
	if j := strings.Index(name, " of "); j > 0 && strings.Contains(name[:j], " ") {
		return name[:j]
	}
	return name
}

// appositiveHolder reads a sentence that names the holder of now beside
// the words for it, then says when they took office: "The incumbent, Ann
// Lee, took office on 1 January 2020", "The current governor, Ann Lee,
// was sworn in on …".
func appositiveHolder(s, l string) (proseHolder, bool) {
	var h proseHolder
	w := currentAt(l, 0)
	if w == "" && strings.HasPrefix(l, "the incumbent, ") {
		w = "the incumbent"
	}
	if w == "" && strings.HasPrefix(l, "the ") && strings.Count(l, ", ") >= 2 {
		// "The secretary, Ann Lee, has been in office since …": held now,
		// the words of the rest say so.
		_, after, _ := strings.Cut(l, ", ")
		if _, rest, ok := strings.Cut(after, ", "); ok && strings.HasPrefix(rest, "has ") && strings.Contains(rest, " since ") && hasLeadVerb(" "+rest) {
			w = "the "
		}
	}
	if w == "" {
		return h, false
	}
	post, after, ok := strings.Cut(s[len(w):], ", ")
	if !ok || strings.Count(post, " ") > 5 || strings.Contains(post, " is ") || strings.Contains(post, "'s") || strings.Contains(post, "’s") {
		return h, false // "The current governor's predecessor, Bob Ray, …": another person
	}
	name, rest, ok := strings.Cut(after, ", ")
	if !ok {
		return h, false
	}
	if trimSpace(post) == "" && w != "the incumbent" {
		return h, false // "The current , Ann Lee, …": no words for whose holder
	}
	if p := trimSpace(post); p != "" && !holderWords[strings.ToLower(p)] {
		if !hasRoleWord(p) {
			return h, false
		}
		h.post = p
	}
	h, ok = named(h, name, " "+rest)
	if !ok || h.since.IsZero() && hasLeadVerb(" "+rest) {
		return proseHolder{}, false
	}
	// "The current governor, Ann Lee, was elected in 2022": the holder
	// of now, the words say so, with no day they took office.
	return h, true
}

// named completes h with the holder's name and the date the rest of the
// sentence gives, if name is one.
func named(h proseHolder, name, rest string) (proseHolder, bool) {
	if n, ok := strings.CutSuffix(trimSpace(name), ")."); ok {
		name = n + ")" // "… is Ann Lee (since 2020).": the sentence's stop, after the bracket
	}
	if w, after, ok := strings.Cut(trimSpace(name), " "); ok && partyWords[w] && strings.Contains(after, " ") {
		name = after // "Democrat Josh Green": the party, then the name
	}
	n, ok := holderName(name)
	if !ok || n.EN != "" && (!unicode.IsUpper(firstRune(n.EN)) || !strings.Contains(n.EN, " ") || pronouns[strings.ToLower(n.EN)] ||
		strings.Contains(n.EN, "'s ") || strings.Contains(n.EN, "’s ")) {
		return h, false // "He", "Independent", "Testland's First Citizen": no name of a holder
	}
	h.name = n
	h.since = sinceIn(rest)
	if h.since.IsZero() {
		// "Ann Lee (since 1 December 2022)": the date in brackets after
		// the name, read as a note of the name.
		for i, q := range h.name.Qualifiers {
			if d := sinceIn(q); !d.IsZero() && hasPrefixFold(q, "since ") {
				h.since = d
				h.name.Qualifiers = slices.Delete(slices.Clone(h.name.Qualifiers), i, i+1)
				break
			}
		}
	}
	if strings.HasPrefix(rest, " in an acting capacity") || strings.HasPrefix(rest, " in an interim capacity") {
		h.name.Acting = true // "The office is held by Ann Lee in an acting capacity"
	}
	if p, ok := cutActingPost(h.post); ok && hasRoleWord(p) {
		// "The current acting governor is Liu Jie", "Liu Jie has been
		// acting governor since …": the post, held acting.
		h.post, h.name.Acting = p, true
	}
	return h, true
}

// cutActingPost removes an acting word before a post: "acting
// governor" gives "governor" and true.
func cutActingPost(post string) (string, bool) {
	for _, a := range []string{"acting ", "interim ", "caretaker "} {
		if p, ok := cutPrefixFold(post, a); ok {
			return p, true
		}
	}
	return post, false
}

// cutPrefixFold is strings.CutPrefix with the prefix in any letter case.
func cutPrefixFold(s, prefix string) (string, bool) {
	if hasPrefixFold(s, prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// partyWords name a party before a holder's name in prose: "The current
// governor is Democrat Josh Green".
var partyWords = map[string]bool{"Democrat": true, "Democratic": true, "Republican": true, "Independent": true,
	"Conservative": true, "Labour": true, "Liberal": true, "Socialist": true, "Communist": true, "Kuomintang": true,
	"KMT": true, "DPP": true, "LDP": true}

// pageHolder is the holder of now of the page's own office.
func pageHolder(name, rest string) (proseHolder, bool) { return named(proseHolder{}, name, rest) }

// holderWords name whoever holds the page's office: "The current
// officeholder is …".
var holderWords = map[string]bool{"officeholder": true, "office holder": true, "office-holder": true, "holder": true,
	"incumbent": true, "occupant": true, "titleholder": true, "head": true}

// postOfHeldBy reads "The position of party secretary has been held by
// Ann Lee since …" (or "The office of mayor is currently held by …"): the
// post the words name, held now.
func postOfHeldBy(s, l string) (proseHolder, bool) {
	var h proseHolder
	for _, subject := range []string{"the position of ", "the office of ", "the post of "} {
		if !strings.HasPrefix(l, subject) {
			continue
		}
		for _, v := range []string{" is currently held by ", " is held by ", " is now held by ", " is presently held by ", " has been held by "} {
			i := strings.Index(l, v)
			if i <= len(subject) || strings.Count(l[len(subject):i], " ") > 5 {
				continue
			}
			h.post = s[len(subject):i]
			if !hasRoleWord(strings.ToLower(h.post)) {
				return proseHolder{}, false
			}
			name, rest := cutProseName(s[i+len(v):], proseNameStops)
			h, ok := named(h, name, rest)
			if !ok || v == " has been held by " && h.since.IsZero() {
				return proseHolder{}, false // held by someone, once
			}
			return h, true
		}
	}
	return h, false
}

// heldByAt returns where a sentence says its office, post or position is
// held by someone now, and the words up to the name, or -1: "The office
// is currently held by …", "The post has been held by … since …".
func heldByAt(l string) (int, string) {
	for _, subject := range []string{"the office ", "the post ", "the position ", "this office ", "this post ", "this position ",
		"the governorship ", "the mayoralty ", "the presidency ", "the premiership ", "the chairmanship ", "the secretaryship "} {
		if !strings.HasPrefix(l, subject) {
			continue
		}
		for _, v := range []string{"is currently held by ", "is held by ", "is presently held by ", "is now held by ", "is currently occupied by ",
			"has been held by "} {
			if strings.HasPrefix(l[len(subject):], v) {
				if v == "has been held by " && !strings.Contains(l, " since ") {
					return -1, "" // held by someone, once
				}
				return 0, subject + v
			}
		}
	}
	return -1, ""
}

// pronouns stand for a holder named elsewhere: "He is the current
// governor" names no one.
var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "this": true, "who": true}

// presentPerfectAt returns where in a sentence the words "has been" or
// "has served as" follow its first words (a name), and the words, or -1.
func presentPerfectAt(l string) (int, string) {
	for _, v := range []string{" has been ", " has served as "} {
		if i := strings.Index(l, v); i > 0 && !strings.Contains(l[:i], " is ") {
			return i, v
		}
	}
	return -1, ""
}

// currentAt returns the words for "of now" that l has at i ("the current
// "), or "".
func currentAt(l string, i int) string {
	for _, w := range holderOfNowWords {
		if strings.HasPrefix(l[i:], w) {
			return w
		}
	}
	return ""
}

// proseStops end a post in a sentence of prose; a name ends at " of "
// too ("Hsu Chen-wei of Kuomintang since …"), a post does not
// ("governor of Jiangsu"). Neither ends inside brackets: "Erkin Tuniyaz
// (艾尔肯·吐尼亚孜; born 1961)" is one name.
var (
	proseStops     = []string{", ", "; ", " since ", " who ", " – ", " and "}
	proseNameStops = append([]string{" of ", " in an acting capacity", " in an interim capacity"}, proseStops...)
)

// cutProseName splits the words after "is" into the name, or the post,
// and what the sentence goes on to say, at the first of stops outside
// brackets.
func cutProseName(s string, stops []string) (name, rest string) {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
			continue
		case ')':
			depth = max(depth-1, 0)
			continue
		}
		if depth > 0 {
			continue
		}
		for _, stop := range stops {
			if strings.HasPrefix(s[i:], stop) {
				return trimSpace(s[:i]), s[i:]
			}
		}
	}
	return trimSpace(s), ""
}

// sinceIn reads the date a sentence gives for the start of the holder's
// term: "since 25 December 2018", "who took office on 25 November 2020",
// "in office since 27 November 2020", "who succeeded Yi Lianhong on 28
// October 2024".
func sinceIn(s string) Date {
	l := lowerASCII(s)
	for _, w := range []string{"since ", "took office on ", "took office in ", "taken office on ", "taken office in ", "taken it on ", "taken it in ", "took the office on ", "assumed office on ", "assumed office in ",
		"assumed the office on ", "assumed the post on ", "assumed the post in ", "sworn in on ",
		"inaugurated on ", "took over on ", "took over in ", "took the oath of office on ", "took oath on ", "appointed on ", "appointed in "} {
		if i := strings.Index(l, w); i >= 0 {
			if d, ok := dateAtStart(s[i+len(w):]); ok {
				return d
			}
		}
	}
	// "was sworn in as governor on 1 December 2022", "took office as
	// governor on …": the date after the post; "assumed office for the
	// third time on 8 April 2021": after a few words of how.
	for _, w := range []string{"sworn in as ", "took office as ", "assumed office as ", "took office for ", "assumed office for ", "sworn in for ",
		"inaugurated as "} {
		if i := strings.Index(l, w); i >= 0 {
			after := l[i+len(w):]
			for _, on := range []string{" on ", " in "} {
				if j := strings.Index(after, on); j >= 0 && strings.Count(after[:j], " ") <= 5 && !strings.ContainsAny(after[:j], ",;") && !hasNumberButOrdinal(after[:j]) {
					if d, ok := dateAtStart(s[i+len(w)+j+len(on):]); ok {
						return d
					}
				}
			}
		}
	}
	// "who succeeded Yi Lianhong on 28 October 2024", "who replaced Li
	// Qiang on 28 October 2022": the date after the predecessor's name
	// (not "succeeded by", "replaced by": the holder's own successor).
	for _, verb := range []string{"succeeded ", "replaced "} {
		i := strings.Index(l, verb)
		if i < 0 || strings.HasPrefix(l[i+len(verb):], "by ") {
			continue
		}
		for _, on := range []string{" on ", " in "} {
			if j := strings.Index(l[i:], on); j >= 0 {
				if d, ok := dateAtStart(s[i+j+len(on):]); ok {
					return d
				}
			}
		}
	}
	return Date{}
}

// hasNumberButOrdinal reports whether words hold a number other than an
// ordinal: "as the 17th governor on …" tells the post, "as governor in
// 2019 and again on …" a date of its own.
func hasNumberButOrdinal(words string) bool {
	for w := range strings.FieldsSeq(words) {
		if hasDigit(w) && !startsWithOrdinal(w) {
			return true
		}
	}
	return false
}

// dateAtStart reads the date a clause of prose starts with, up to a
// comma, semicolon or bracket: "25 November 2020, after …", "December
// 5, 2022" (whose comma is the date's own).
func dateAtStart(v string) (Date, bool) {
	if k := strings.IndexAny(v, ";("); k >= 0 {
		v = v[:k]
	}
	for end := 0; ; {
		k := strings.IndexByte(v[end:], ',')
		cut := v
		if k >= 0 {
			cut = v[:end+k]
		}
		if d, err := ParseDate(trimDateNoise(trimSpace(cut))); err == nil {
			return d, true
		}
		if k < 0 {
			break
		}
		end += k + 1
	}
	// "8 April 2021 after a by-election": the longest run of up to four
	// words that is a date, before the sentence goes on.
	words := strings.Fields(v)
	for n := min(4, len(words)-1); n >= 1; n-- {
		if d, err := ParseDate(trimDateNoise(strings.TrimRight(strings.Join(words[:n], " "), ",."))); err == nil {
			return d, true
		}
	}
	return Date{}, false
}

// proseHolders reads the holders of now that the page's prose names
// ("The current governor is Wang Yubo, who took office on 25 November
// 2020") for the offices it lists whose infobox names none: a page
// without an infobox (a mirror dropped it), or whose infobox leaves the
// incumbent out. Where the infobox names one, it is what the page says,
// and a sentence about the same holder gives only the date the infobox
// leaves out.
func (x *extractor) proseHolders(hasOfficeInfobox bool) {
	// The lead's first paragraphs, before the first heading, are where a
	// page says who holds its office now by when they took it.
	const leadParagraphs = 2
	lead := leadParagraphs
	for _, b := range x.doc.Blocks {
		if b.Kind == HeadingBlock {
			if isBackMatter(b.Text) {
				break
			}
			lead = 0
		}
		if b.Kind != ParagraphBlock {
			continue
		}
		inLead := lead > 0
		lead = max(lead-1, 0)
		for _, h := range readProseHolders(b.Text, inLead) {
			if h.bodyHead {
				// "The committee is currently headed by …": the head of
				// the body the page is about, the post its title tells.
				if h.post = bodyHeadPost(x.doc.Title); h.post == "" {
					continue
				}
			}
			k := x.proseOffice(h.post, hasOfficeInfobox)
			if k < 0 && !hasOfficeInfobox && len(x.ex.terms) == 0 {
				// A page that lists no holder: the post its title or an
				// earlier sentence names.
				k = x.titleOffice(h.post, b.Line)
			}
			if h.vacant {
				if k >= 0 {
					x.proseVacancy(&x.ex.offices[k], h, b.Line)
				}
				continue
			}
			if k < 0 {
				continue
			}
			oc := &x.ex.offices[k]
			if h.took && x.listTellsOtherwise(oc.office.ID, h) {
				continue // "Ann Lee became governor in 1990", her term over in the list: history
			}
			if (oc.hasIncumbentIB || oc.vacant) && x.proseIsNewer(oc, h) {
				// "Incumbent: Wang Hao", "Incumbentsince: 1 March 2021"
				// and "The current governor is Liu Jie, who took office on
				// 25 December 2024.": the lead was brought up to date, the
				// infobox not yet.
				said := "gives the office as vacant"
				if !oc.vacant {
					said = "names " + oc.incumbent.display() + " as incumbent"
				}
				x.finding(SeverityWarning, CodeIncumbentMismatch, oc.office.ID, b.Line,
					"the infobox %s since %s; the page's prose names %s as the holder since %s, later: kept the prose's",
					said, oc.office.IncumbentSince, h.name.display(), h.since)
				oc.vacant = false
			} else if oc.hasIncumbentIB || oc.vacant {
				// The infobox, or an earlier sentence, says who; the
				// sentence may say since when ("Secretary: Wang Hao"
				// and "… Wang Hao, who succeeded Yi Lianhong on 28 October
				// 2024").
				same := personBase(oc.incumbent) == personBase(h.name)
				if oc.office.IncumbentSince.IsZero() && !h.since.IsZero() && same {
					oc.office.IncumbentSince, oc.sinceLine = h.since, b.Line
				}
				if !same && !oc.vacant && !oc.fromProse && !oc.incumbent.IsZero() {
					x.finding(SeverityInfo, CodeIncumbentMismatch, oc.office.ID, b.Line,
						"the infobox names %s as incumbent; the page's prose names %s: kept the infobox's", oc.incumbent.display(), h.name.display())
				}
				continue
			}
			oc.nameIncumbent(x.localize(h.name), b.Line)
			oc.fromProse = true
			if !h.since.IsZero() {
				oc.office.IncumbentSince, oc.sinceLine = h.since, b.Line
			}
			if !hasOfficeInfobox || k != 0 {
				x.openByIncumbent(oc) // the infobox's office is opened once all is read
			}
		}
	}
}

// proseVacancy records that the page's prose gives an office as vacant,
// where neither its infobox nor an earlier sentence says who holds it or
// that it is vacant. As with a holder the prose names, a row the list
// leaves open stays open.
func (x *extractor) proseVacancy(oc *officeClaim, h proseHolder, line int) {
	if oc.hasIncumbentIB || oc.vacant || !oc.incumbent.IsZero() {
		return
	}
	oc.vacant, oc.fromProse, oc.fromInfobox, oc.hasIncumbentIB, oc.incumbentLine = true, true, true, true, line
	if !h.since.IsZero() {
		oc.office.IncumbentSince, oc.sinceLine = h.since, line
	}
}

// listTellsOtherwise reports whether the page's list of an office says
// that h, read from when they took the post, no longer holds it: it
// ends their term begun then, or another holder's term begins later, or
// is open.
func (x *extractor) listTellsOtherwise(officeID string, h proseHolder) bool {
	base := personBase(h.name)
	for i := range x.ex.terms {
		c := &x.ex.terms[i]
		if c.officeID != officeID {
			continue
		}
		same := personBase(c.name) == base
		switch {
		case same && !c.open && !c.end.IsZero() && !c.end.Latest().Before(h.since.Earliest()):
			return true // her term from then has ended
		case !same && (c.open || !c.start.IsZero() && c.start.Earliest().After(h.since.Latest())):
			return true // someone else's term open, or begun since
		}
	}
	return false
}

// proseIsNewer reports whether a sentence names as the holder of now
// someone the infobox does not, since a date after the one the infobox
// gives (its incumbent's start, or the vacancy's), where the list does
// not say otherwise.
func (x *extractor) proseIsNewer(oc *officeClaim, h proseHolder) bool {
	ib := oc.office.IncumbentSince
	if oc.fromProse || ib.IsZero() || h.since.IsZero() || !h.since.Earliest().After(ib.Latest()) {
		return false
	}
	if !oc.vacant && (oc.incumbent.IsZero() || personBase(oc.incumbent) == personBase(h.name)) {
		return false
	}
	return !x.listTellsOtherwise(oc.office.ID, h)
}

// proseOffice returns the index in x.ex.offices of the office a
// sentence's post names ("governor", "party secretary of Wuhan"): the
// infobox's office, or the one listed office of that post; -1 when none
// is, or the post names another place.
func (x *extractor) proseOffice(post string, hasOfficeInfobox bool) int {
	if post == "" {
		// The page's office: the infobox's, or the one office it lists.
		if hasOfficeInfobox || len(x.ex.offices) == 1 {
			return 0
		}
		return -1
	}
	k := -1
	if hasOfficeInfobox && roleKey(post) == roleKey(x.ex.offices[0].office.Title) {
		k = 0
	} else {
		k = x.listedOfficeOf(post)
	}
	if k < 0 {
		return -1
	}
	if namesOtherPlace(post, x.ex.offices[k].office.Title) {
		return -1
	}
	return k
}

// titleOffice returns the index of the office the page's title names
// ("Mayor of Smalltown"), made for a sentence of a page that lists no
// holder and has no infobox, a stub, when the sentence's post is that
// office's or names none; -1 otherwise.
//
// A page about a body ("Yunnan Provincial People's Government") that
// names its head ("headed by a governor, currently Wang Yubo") gives
// that post of the body, as its infobox's leader would.
func (x *extractor) titleOffice(post string, line int) int {
	page := pageOffice(x.doc.Title)
	if page == "" && post != "" {
		if title := postOfBody(post, x.doc.Title); title != "" && !namesOtherPlace(post, title) {
			return x.claims[x.officeClaim(title, post, line)]
		}
		if title := postOfTopic(post, x.doc.Title); title != "" {
			return x.claims[x.officeClaim(title, post, line)]
		}
	}
	if page == "" || post != "" && (roleKey(post) != roleKey(page) || namesOtherPlace(post, page)) {
		return -1
	}
	return x.claims[x.officeClaim(page, x.doc.Title, line)]
}

// postOfTopic returns the office a post names on the page of a place's
// politics ("governor" on "Politics of Testjiang", "Fujian - Politics"):
// the post at the page's place, as a column of that page's table labelled
// with it is; "" on any other page, or for a post of another place.
func postOfTopic(post, title string) string {
	place := ""
	if head, ok := sectionPageOf(title); ok {
		place = head
	} else {
		for _, p := range []string{"politics of ", "government of ", "leadership of ", "government and politics of "} {
			if hasPrefixFold(title, p) {
				place = placeOf(title)
				break
			}
		}
	}
	if place == "" || !hasRoleWord(post) || namesOtherPlace(post, "X of "+place) {
		return ""
	}
	if head, tail, ok := strings.Cut(post, " of "); ok && strings.EqualFold(tail, place) {
		post = head // "Governor of Testjiang": the role, at the page's place
	}
	return canonicalOfficeTitle(post, place)
}

// namesOtherPlace reports whether a sentence's post names a place, and
// another than the office title's: "governor of Jiangsu" beside
// "Governor of Zhejiang".
func namesOtherPlace(post, title string) bool {
	p := placeOf(post)
	return p != "" && !strings.EqualFold(p, placeOf(title))
}

// nowSaidBy names what says who holds the office now, for findings.
func (c *officeClaim) nowSaidBy() string {
	if c.fromProse {
		return "the page's prose"
	}
	return "infobox"
}

// lowerASCII lowers the ASCII letters of s and leaves every other byte as
// it is, so that an index into the result is one into s.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
