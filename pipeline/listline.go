package pipeline

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// listLine is one line of an officeholder list, split by meaning into the
// holder's name (with its native name and qualifiers), the tenure, and
// qualifiers written after the tenure.
type listLine struct {
	name   string
	holder Name     // name parsed (its native name's language not yet set)
	tenure string   // the tenure text, qualifiers in brackets included
	more   []string // further tenures of the same holder: "1980–1984; 1988–1992"
	after  []string // qualifiers after the tenure: "acting", "died in office"
	number int      // the holder's number written before the line: "1st: ", "No. 3"
	post   string   // the post written before the line: "Governor: Li Si (1949–1955)"
}

// withTenures sets the line's tenure and further tenures.
func (ll listLine) withTenures(ts []string) listLine {
	ll.tenure, ll.more = ts[0], ts[1:]
	return ll
}

// tenures splits a tenure text into the tenures it lists: one for a date
// or a range, several for "1980–1984; 1988–1992" or "1885–1889, 1893–1897
// and 1901". It returns nil when s is not tenure text.
func tenures(s string) []string {
	if isTenureText(s) {
		return []string{s}
	}
	return splitTenures(s)
}

// withoutTermLabel is a tenure without the label that numbers its term
// ("1st term: 1995–1998" → "1995–1998"); any other s as it is.
func withoutTermLabel(s string) string {
	_, rest, _ := cutTermLabel(s)
	return rest
}

// splitTenures splits a text that is not one tenure into the several it
// lists, or returns nil.
func splitTenures(s string) []string {
	if !strings.ContainsAny(s, ",;&") && !strings.Contains(s, " and ") {
		return splitSpacedTenures(s)
	}
	// Most texts with a separator are not lists of tenures: what comes
	// before the first separator tells, before the text is split.
	first := strings.IndexAny(s, ",;&")
	if i := strings.Index(s, " and "); i >= 0 && (first < 0 || i < first) {
		first = i
	}
	if first <= 0 || !isTenureText(withoutTermLabel(trimSpace(s[:first]))) {
		return nil
	}
	parts := strings.FieldsFunc(strings.ReplaceAll(s, " and ", ";"), func(r rune) bool { return r == ';' || r == ',' || r == '&' })
	if len(parts) < 2 {
		return nil
	}
	for i, p := range parts {
		parts[i] = trimSpace(p)
		if !isTenureText(withoutTermLabel(parts[i])) {
			return nil
		}
	}
	return parts
}

// splitSpacedTenures splits ranges written one after the other with only
// a space between them, as a table cell with a line break in it reads
// once flattened: "1871–1874 1878–1882", "1 May 1990 – 2 June 1994
// 5 July 1998 – present". Every part but the last must be a whole range;
// it returns nil for anything else, and for texts longer than a few
// tenures (each space is a place to try a cut).
func splitSpacedTenures(s string) []string {
	if len(s) > 160 || rangeMarks(s) < 2 {
		return nil
	}
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' {
			continue
		}
		head, rest := trimSpace(s[:i]), trimSpace(s[i+1:])
		if rest == "" || !isRangeText(head) {
			continue
		}
		if isTenureText(rest) {
			return []string{head, rest}
		}
		if more := splitSpacedTenures(rest); more != nil {
			return append([]string{head}, more...)
		}
	}
	return nil
}

// rangeMarks counts the dashes and tildes that join the two ends of a
// range in s.
func rangeMarks(s string) int {
	n := strings.Count(s, " to ") // "11 February 1946 to 25 January 1950"
	for _, r := range s {
		switch r {
		case '–', '—', '−', '~', '-':
			n++
		}
	}
	return n
}

// cutLowerTail cuts the post written in lower case after a comma at the
// end of a name ("Ken Lee (1910–1990), mayor"): what the tenure is of,
// not the name, or a word that introduces the tenure ("served"). Other
// words ("member since 2008") are left: such a line is not one of
// officeholders.
func cutLowerTail(s string) (name, tail string) {
	i := strings.LastIndexByte(s, ',')
	if i <= 0 {
		return s, ""
	}
	tail = trimSpace(s[i+1:])
	if isTermNumber(tail) {
		return trimSpace(s[:i]), tail // "Zhang San, 2nd term"
	}
	if tail == "" || !hasRoleWord(tail) && !servedWords[tail] {
		return s, ""
	}
	for _, r := range tail {
		if !unicode.IsLower(r) && r != ' ' {
			return s, ""
		}
	}
	return trimSpace(s[:i]), tail
}

// cutApposition splits a name from the post or calling a comma sets
// after it, written as what the holder was of where: "Berenguer de
// Cruïlles, Bishop of Girona", "Bernat Vallès, canon of Barcelona",
// "Guillem de Guimerà, Grand Prior of the Hospitaller Order of St. John
// of Jerusalem". A title of nobility stays in the name ("Arthur
// Wellesley, Duke of Wellington"). It returns s whole and no apposition
// otherwise.
func cutApposition(s string) (name, app string) {
	i := strings.Index(s, ", ")
	if i <= 0 {
		return s, ""
	}
	tail := trimSpace(s[i+2:])
	j := strings.Index(tail, " of ")
	if j <= 0 || hasDigit(tail) || strings.ContainsAny(tail, "()[],;:") || len(strings.Fields(tail)) > 12 {
		return s, ""
	}
	title := strings.Fields(tail[:j])
	if len(title) > 3 {
		return s, ""
	}
	for _, w := range title {
		if nobilityTitles[w] {
			return s, ""
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' {
				return s, ""
			}
		}
	}
	return trimSpace(s[:i]), tail
}

// cutPostAfterName splits a holder's name from the post a comma sets
// after it, and from what follows the post: "Uriel Sebree, Commandant",
// "Henry Minett, acting Commandant", "Nathan Post, acting Governor 1st
// Term", "Edmund Underwood, Commandant 16 July 1904: Manu'a ceded to
// United States" (a table's row rendered as text, its notes after the
// post). The post is a role word, after at most two words that qualify
// it ("acting", "Military").
func cutPostAfterName(s string) (name, post, rest string, ok bool) {
	i := strings.Index(s, ", ")
	if i <= 0 {
		return "", "", "", false
	}
	name = trimSpace(s[:i])
	words := strings.Fields(s[i+2:])
	for k, w := range words[:min(len(words), 3)] {
		if hasRoleWord(w) && unicode.IsUpper(firstRune(w)) {
			return name, strings.Join(words[:k+1], " "), strings.Join(words[k+1:], " "), true
		}
		if actingWordSet.prefix(w) != len(w) && !unicode.IsUpper(firstRune(w)) {
			break // "Ann Lee, who served …": no post
		}
	}
	return "", "", "", false
}

// isTermNumber reports whether s numbers a term: "1st term", "second
// term".
func isTermNumber(s string) bool {
	w, rest, ok := strings.Cut(strings.ToLower(s), " ")
	if !ok || rest != "term" {
		return false
	}
	switch w {
	case "first", "second", "third", "fourth", "fifth", "sixth":
		return true
	}
	return startsWithOrdinal(w)
}

// servedWords introduce the tenure after a name: "Ken Lee, served
// 1958–1962".
var servedWords = map[string]bool{"served": true, "in office": true, "term": true, "tenure": true, "held office": true, "reigned": true}

// readListLine finds the tenure in a list line, wherever it is:
//
//	Cheng Zihua (程子华): 1949–1954       name, colon, range
//	Wang Shouting (王寿亭): 2007–2008 (acting)
//	Hui Yuyu 1979                         name, range, no separator
//	1901–1905: Zhang San (张三; acting)    range first, with a colon
//	1898 – 1898 Henry Glass – acting      range first, without one
//	Nabeshima Miki (Nov 13, 1871 - Oct 29, 1880)
//
// It reports false when no tenure is found or what is left is not a
// plausible name.
func readListLine(s string) (listLine, bool) {
	ll, ok := readListLineParts(westernYears(s))
	if ok && ll.holder.Native == "" && strings.HasSuffix(ll.tenure, ")") {
		// "Zhang San: 1949–1952 (张三)": the native name after the
		// tenure is the holder's.
		if i := strings.LastIndexByte(ll.tenure, '('); i > 0 {
			if q := trimSpace(ll.tenure[i+1 : len(ll.tenure)-1]); isMostlyNative(q) && isTenureText(ll.tenure[:i]) {
				ll.tenure = trimSpace(ll.tenure[:i])
				ll.name += " (" + q + ")"
				ll.holder = ParseName(ll.name)
			}
		}
	}
	return ll, ok
}

// readListLineParts is readListLine before a native name written after
// the tenure is moved to the holder.
func readListLineParts(s string) (listLine, bool) {
	s = cleanCell(s)
	if s == "" || !hasDigit(s) {
		return listLine{}, false
	}
	if s[0] == ':' {
		// ": Romeu Sescomes (1375–1376)": an item indented under the
		// numbered ones, a holder's further term with no number of its
		// own; ": February 1993 – February 1996" lost its holder's name.
		rest := trimSpace(s[1:])
		if rest == "" || isDigit(rest[0]) || startsWithMonth(rest) {
			return listLine{}, false
		}
		return readListLine(rest)
	}
	if rest, n := cutLeadingNumber(s); n > 0 {
		ll, ok := readListLine(rest)
		ll.number = n
		return ll, ok
	}
	// "Party Secretary: Zhang San (1949–1952)": a post, then its holder
	// with a tenure; a list of a page's leaders, one post each.
	if i := strings.IndexByte(s, ':'); i > 0 && i <= 60 && !hasDigit(s[:i]) && !strings.ContainsAny(s[:i], "()") && hasRoleWord(s[:i]) {
		if ll, ok := readListLine(s[i+1:]); ok && ll.post == "" {
			ll.post = trimSpace(s[:i])
			return ll, true
		}
	}
	// Name, colon, tenure; or tenure, colon, name.
	for i := strings.LastIndexByte(s, ':'); i > 0; i = strings.LastIndexByte(s[:i], ':') {
		left, right := trimSpace(s[:i]), trimSpace(s[i+1:])
		if left == "" || right == "" || strings.Count(left, "(") != strings.Count(left, ")") {
			continue // "John Smith (first term: 1990–1994)": the colon is inside brackets
		}
		if ts := tenures(right); ts != nil {
			if n, ok := holderName(left); ok {
				return listLine{name: left, holder: n}.withTenures(ts), true
			}
			// "Zhang San, 1st term: 1949–1952", "Ken Lee, mayor: 1958–1962".
			if nm, tail := cutLowerTail(left); tail != "" {
				if n, ok := holderName(nm); ok {
					ll := listLine{name: nm, holder: n}
					if !servedWords[tail] {
						ll.after = []string{tail}
					}
					return ll.withTenures(ts), true
				}
			}
		}
		if ts := tenures(left); ts != nil {
			if n, ok := holderName(right); ok {
				return listLine{name: right, holder: n}.withTenures(ts), true
			}
		}
	}
	core, after := splitTrailingQualifiers(s)
	words := wordSpans(core)
	// Name, then tenure (possibly in brackets) of at most 12 words.
	for k := max(1, len(words)-12); k < len(words); k++ {
		tenure := trimSpace(core[words[k][0]:])
		name := trimSeparators(core[:words[k][0]])
		var inner []string // qualifiers beside the tenure in its bracket
		t, isBracket := bracketed(tenure)
		switch {
		case isBracket:
			tenure = t
		case strings.HasPrefix(tenure, "("):
			continue // "(张三) 1949–1954": the bracket belongs to the name
		case strings.Count(tenure, ")") > strings.Count(tenure, "("):
			continue // "1990–1994)": the bracket opens before, in the name
		}
		if !isBracket && k+1 < len(words) && isDashes(core[words[k][0]:words[k][1]]) {
			continue // "Hui Yuyu (惠浴宇) – 1979": a dash between the name and its tenure, not a tenure up to 1979
		}
		ts := tenures(tenure)
		if ts == nil && isBracket {
			var ok bool
			if tenure, inner, ok = tenureBeside(t); ok {
				ts = []string{tenure}
			}
		}
		if ts == nil {
			continue
		}
		var desc []string
		if nm, tail := cutLowerTail(name); tail != "" {
			name = nm
			if !servedWords[tail] {
				desc = []string{tail} // "Ken Lee, mayor 1958–1962"
			}
		}
		n, ok := holderName(name)
		if nm, app := cutApposition(name); app != "" {
			// "Berenguer de Cruïlles, Bishop of Girona (1359–1366)": the
			// holder, and what they were besides.
			if an, aok := holderName(nm); aok {
				name, n, ok, desc = nm, an, true, append(desc, app)
			}
		}
		if ok {
			// "Liang Xiang (梁湘, 1988–1989)", "Hal Jones (Chinese: 琼斯;
			// 1950–1955)": the native name beside the tenure is the
			// holder's.
			if i := slices.IndexFunc(inner, isNativeQualifier); i >= 0 && n.Native == "" {
				name += " (" + inner[i] + ")"
				n = ParseName(name)
				inner = slices.Delete(slices.Clone(inner), i, i+1)
			}
			if i := slices.IndexFunc(inner, isBirthOrDeath); i >= 0 && n.Life == "" {
				// "Ann Lee (born 1950; in office 1990–1994)": the
				// holder's birth beside the tenure.
				name += " (" + inner[i] + ")"
				n = ParseName(name)
				inner = slices.Delete(slices.Clone(inner), i, i+1)
			}
			return listLine{name: name, holder: n, after: append(append(desc, inner...), after...)}.withTenures(ts), true
		}
	}
	// Tenure, then name: the longest prefix that reads as a tenure.
	for k := min(len(words)-1, 12); k >= 1; k-- {
		tenure := trimSeparators(core[:words[k][0]])
		if openRangeBefore(core[:words[k][0]]) {
			tenure += " – present" // "1966– Zhao Dawei": in office since 1966, the dash glued to the year
		}
		if t, ok := bracketed(tenure); ok {
			tenure = t // "(1988–1989) Liang Xiang"
		}
		name := trimSeparators(core[words[k][0]:])
		ts := tenures(tenure)
		if ts == nil {
			continue
		}
		if n, ok := holderName(name); ok {
			if len(after) > 0 {
				// What follows the name belongs to it: "(中文; acting)".
				name = trimSpace(s[words[k][0]:])
				n = ParseName(name)
			}
			return listLine{name: name, holder: n}.withTenures(ts), true
		}
		if holder, post, rest, ok := cutPostAfterName(trimSpace(s[words[k][0]:])); ok {
			if n, ok := holderName(holder); ok {
				after := []string{post}
				if rest != "" {
					after = append(after, rest)
				}
				return listLine{name: holder, holder: n, after: after}.withTenures(ts), true
			}
		}
	}
	// "1 Thomas Delahunty 1933 1940": a table's row rendered as text, the
	// holder's number first with no separator. Only when the line does
	// not read otherwise: "960 Song Taizu" is a year and a name.
	if rest, n := cutBareNumber(s); n > 0 {
		ll, ok := readListLine(rest)
		if !ok {
			ll, ok = readRowWithTrailingCells(rest)
		}
		if ok && ll.number == 0 {
			ll.number = n
			return ll, true
		}
	}
	return listLine{}, false
}

// readRowWithTrailingCells reads a table's row rendered as text whose
// holder and term are followed by more of its cells: "Sanford B. Dole
// June 14, 1900 November 23, 1903 William McKinley [a]", the president
// who appointed him and a footnote after the dates. The term must give
// both its ends, so that what follows cannot be a part of it; the cells
// after it are the line's note.
func readRowWithTrailingCells(s string) (listLine, bool) {
	words := wordSpans(s)
	// The cells after the term are a few words: an appointer, a party.
	for k := len(words) - 1; k >= max(2, len(words)-8); k-- {
		at := words[k][0]
		if r, _ := utf8.DecodeRuneInString(s[at:]); !unicode.IsUpper(r) && r != '[' {
			continue // a cell starts with a capital or is a footnote
		}
		ll, ok := readListLine(trimSpace(s[:at]))
		if !ok || ll.number != 0 || len(ll.more) > 0 || ll.post != "" {
			continue
		}
		t, err := ParseTenure(trimDateNoise(withoutTermLabel(stripParens(ll.tenure))))
		if err != nil || t.Single || t.Start.IsZero() || t.End.IsZero() && !t.Open {
			continue
		}
		if rest := trimSpace(trimDateNoise(s[at:])); rest != "" {
			ll.after = append(ll.after, rest)
		}
		return ll, true
	}
	return listLine{}, false
}

// cutBareNumber cuts a number of one to three digits and the space after
// it from the start of a line that goes on with a capital letter or a
// native name: "1 Thomas Delahunty 1933 1940".
func cutBareNumber(s string) (rest string, n int) {
	j := 0
	for j < len(s) && isDigit(s[j]) {
		n = n*10 + int(s[j]-'0')
		j++
	}
	if j == 0 || j > 3 || j+1 >= len(s) || s[j] != ' ' || n == 0 {
		return s, 0
	}
	if r, _ := utf8.DecodeRuneInString(s[j+1:]); !unicode.IsUpper(r) && !isNative(r) {
		return s, 0
	}
	return s[j+1:], n
}

// cutLeadingNumber cuts the holder's number written before a list line
// with a separator after it, or as "No. 3" or "#3": "1st: Ann Lee
// (1949–1952)", "2nd – Bob Ray, 1952–1957", "No. 3 Cy Dunn 1957–1960".
// What follows must start with a capital letter or a native name; an
// ordinal that is part of a name ("14th Dalai Lama") has no separator.
func cutLeadingNumber(s string) (rest string, n int) {
	i := 0
	switch {
	case strings.HasPrefix(s, "#"):
		i = 1
	case hasPrefixFold(s, "No. "), hasPrefixFold(s, "No.") && len(s) > 3 && isDigit(s[3]):
		i = 3
	}
	for i < len(s) && s[i] == ' ' {
		i++
	}
	j := i
	for j < len(s) && isDigit(s[j]) && j-i < 3 {
		n = n*10 + int(s[j]-'0')
		j++
	}
	if j == i || j < len(s) && isDigit(s[j]) {
		return s, 0
	}
	if i == 0 { // a bare ordinal: its suffix and a separator
		if j+2 > len(s) || !startsWithOrdinal(s[:j+2]) {
			return s, 0
		}
		j += 2
		k := j
		for k < len(s) && s[k] == ' ' {
			k++
		}
		if !slices.ContainsFunc([]string{":", ".", ")", "-", "–", "—"}, func(sep string) bool { return strings.HasPrefix(s[k:], sep) }) {
			return s, 0
		}
	}
	rest = trimSeparators(s[j:])
	if rest == "" || n == 0 {
		return s, 0
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) && !isNative(r) {
		return s, 0
	}
	return rest, n
}

// tenureBeside splits the inside of a bracket after a name, which is not
// one tenure, into the tenure and the qualifiers written beside it with a
// comma or semicolon: "Labour, 1990–1994", "1990–1994; acting". Words
// that only say a tenure follows ("in office 1928–1932", "term:
// 1955–1960") are no qualifier. ok is false when the bracket holds no
// tenure.
func tenureBeside(s string) (tenure string, quals []string, ok bool) {
	if i := strings.IndexByte(s, ':'); i > 0 && !hasDigit(s[:i]) && isTenureText(s[i+1:]) {
		return trimSpace(s[i+1:]), qualifier(s[:i]), true // "first term: 1990–1994"
	}
	if i := strings.IndexAny(s, ",;"); i > 0 && (!hasDigit(s[:i]) || isBirthOrDeath(s[:i])) {
		rest := trimSpace(s[i+1:])
		if r, ok := cutServedWord(rest); ok {
			rest = r
		}
		if isTenureText(rest) {
			return rest, qualifier(s[:i]), true // "acting; 1990–1994", "born 1950; in office 1990–1994"
		}
	}
	if i := strings.LastIndexAny(s, ",;"); i > 0 && !hasDigit(s[i+1:]) && isTenureText(s[:i]) {
		return trimSpace(s[:i]), qualifier(s[i+1:]), true
	}
	if rest, ok := cutServedWord(s); ok && isTenureText(rest) {
		return rest, nil, true // "in office 1928–1932"
	}
	// "梁湘; 1988–1989; acting": one part is the tenure, the others have
	// no digit.
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' })
	if len(parts) < 3 {
		return s, nil, false
	}
	at := -1
	for i, p := range parts {
		parts[i] = trimSpace(p)
		if !hasDigit(p) {
			continue
		}
		if at >= 0 || !isTenureText(parts[i]) {
			return s, nil, false
		}
		at = i
	}
	if at < 0 {
		return s, nil, false
	}
	tenure = parts[at]
	return tenure, slices.Delete(parts, at, at+1), true
}

// isBirthOrDeath reports whether a qualifier gives a birth or a death in
// words: "born 1950", "b. 1950", "died 2001", "d. 2001".
func isBirthOrDeath(q string) bool {
	q = trimSpace(q)
	return hasDigit(q) && slices.ContainsFunc(lifePrefixes, func(w string) bool { return hasPrefixFold(q, w) })
}

// qualifier is the note q written beside a tenure, or none when q only
// says that a tenure follows ("term", "in office").
func qualifier(q string) []string {
	q = trimSpace(q)
	if servedWords[strings.ToLower(q)] {
		return nil
	}
	return []string{q}
}

// cutServedWord cuts the words that introduce a tenure from the start of
// s: "in office 1928–1932" → "1928–1932".
func cutServedWord(s string) (rest string, ok bool) {
	for w := range servedWords {
		if len(s) > len(w) && s[len(w)] == ' ' && strings.EqualFold(s[:len(w)], w) {
			return trimSpace(s[len(w)+1:]), true
		}
	}
	return s, false
}

// isTenureText reports whether s, less bracketed qualifiers, is a date or
// a range of dates.
func isTenureText(s string) bool {
	if !hasDigit(s) {
		return false // most texts: a name
	}
	core := trimSpace(strings.Trim(stripParens(s), "()"))
	if core == "" || !hasDigit(core) {
		return false
	}
	_, err := ParseTenure(trimDateNoise(core))
	return err == nil
}

// bracketed returns the inside of "(…)" when s is one bracket group.
func bracketed(s string) (string, bool) {
	if len(s) < 2 || s[0] != '(' || s[len(s)-1] != ')' || strings.Count(s, "(") != 1 {
		return "", false
	}
	return trimSpace(s[1 : len(s)-1]), true
}

// splitTrailingQualifiers removes qualifiers written after the tenure of
// a line: "(acting)", ", acting", "(died in office)". Groups holding a
// date or a native name are kept: they may be the tenure or the name.
func splitTrailingQualifiers(s string) (core string, quals []string) {
	for {
		s = trimSpace(s)
		switch {
		case strings.HasSuffix(s, "))"):
			// "Al Bo (2007–2009 (resigned))": a note in brackets of its
			// own inside the tenure's.
			i := strings.LastIndexByte(s, '(')
			j := strings.LastIndexByte(s[:max(i, 0)], '(')
			q := trimSpace(s[i+1 : len(s)-2])
			if j <= 0 || q == "" || strings.ContainsAny(q, "()") || hasDigit(q) || !isTenureText(trimSpace(s[j+1:i])) {
				return s, quals
			}
			quals = append(quals, q)
			s = trimSpace(s[:i]) + ")"
		case strings.HasSuffix(s, ")"):
			i := strings.LastIndexByte(s, '(')
			if i <= 0 {
				return s, quals
			}
			if unwrapBracketedEnd(s) != s {
				return s, quals // "1990 – (died in office)": the range's end
			}
			if q := trimSpace(s[i+1 : len(s)-1]); IsOpenEnd(q) && endsWithSingleDate(s[:i]) {
				return s, quals // "1998 (incumbent)": in office since then
			}
			q := trimSpace(s[i+1 : len(s)-1])
			if strings.ContainsAny(q, "()") || holdsDate(q) || hasNative(q) ||
				!isTenureText(trimSpace(s[:i])) && !noteMayFollow(s[:i], q) {
				return s, quals
			}
			quals = append(quals, q)
			s = s[:i]
		default:
			// "Ann Lee (1905–1911) died in office": how the term ended,
			// right after its tenure in brackets.
			if j := strings.LastIndex(s, ") "); j > 0 && endsWithBracketedTenure(s[:j+1]) {
				if q := trimSpace(s[j+1:]); startsWithLetter(q) && !hasDigit(q) && (IsEndEvent(q) || IsActingNote(q)) {
					quals = append(quals, q)
					s = s[:j+1]
					continue
				}
			}
			i, size := strings.LastIndexAny(s, ",;"), 1
			// "Zhang San (1949–1952) – resigned": a note after a spaced dash.
			for _, sep := range []string{" – ", " — ", " - "} {
				if j := strings.LastIndex(s, sep); j > i {
					i, size = j, len(sep)
				}
			}
			if i <= 0 {
				return s, quals
			}
			q := trimSpace(s[i+size:])
			if size > 1 {
				// After a dash: any note after a tenure in brackets
				// ("Zhang San (1949–1952) – Liberal"); after a tenure
				// without them, a note in lower case or of how the term
				// went ("Zhang San 1949–1952 – resigned").
				// "7 April 2021 – present" and "1964 – unknown" are
				// ranges, not notes.
				if q == "" || hasDigit(q) || strings.ContainsAny(q, "()") || IsOpenEnd(q) || isUnknownDate(q) {
					return s, quals
				}
				if head := trimSpace(s[:i]); strings.HasSuffix(head, ")") {
					if j := strings.LastIndexByte(head, '('); j >= 0 && isTenureText(head[j+1:len(head)-1]) {
						quals = append(quals, q)
						s = s[:i]
						continue
					}
				}
				if !(IsEndEvent(q) || IsActingNote(q) || q[0] >= 'a' && q[0] <= 'z') {
					return s, quals
				}
				if IsEndEvent(q) && endsWithSingleDate(s[:i]) {
					return s, quals // "Ann Lee 1990 – died in office": the range's end
				}
			}
			if q == "" || strings.ContainsAny(q, "()") || holdsDate(q) || hasNative(q) || !noteMayFollow(s[:i], q) {
				return s, quals
			}
			if isTenureText(s[:i]) {
				return s, quals // "1123–1136, William de Corbeil": the name follows the tenure
			}
			quals = append(quals, q)
			s = s[:i]
		}
	}
}

// holdsDate reports whether a qualifier after a tenure may be a date or a
// tenure itself. A note that opens with a lower-case word ("acting until
// April 1955", "resigned 1955") is not, whatever dates it mentions.
func holdsDate(q string) bool {
	if !hasDigit(q) {
		return false
	}
	return q[0] < 'a' || q[0] > 'z' || isTenureText(q)
}

// noteMayFollow reports whether note q, written after head, is a note on
// a tenure head ends with: after a bare tenure any note, after one in
// brackets (which may hold life dates instead) only one without dates.
func noteMayFollow(head, q string) bool {
	return endsWithTenure(head) || !hasDigit(q) && endsWithBracketedTenure(head)
}

// endsWithBracketedTenure reports whether s ends with a tenure in
// brackets: "Ann Lee (1905–1911)".
func endsWithBracketedTenure(s string) bool {
	s = trimSpace(s)
	if !strings.HasSuffix(s, ")") {
		return false
	}
	j := strings.LastIndexByte(s, '(')
	return j >= 0 && isTenureText(s[j+1:len(s)-1])
}

// endsWithTenure reports whether the last words of s read as a date.
func endsWithTenure(s string) bool {
	s = trimSpace(s)
	words := wordSpans(s)
	for k := len(words) - 1; k >= 0 && len(words)-k <= 12; k-- {
		if isTenureText(s[words[k][0]:]) {
			return true
		}
	}
	return false
}

// endsWithSingleDate reports whether s ends with one date, not in
// brackets and not a range: "Ann Lee 1990", "Ann Lee, 3 May 1990".
func endsWithSingleDate(s string) bool {
	s = trimSpace(s)
	if s == "" || !isDigit(s[len(s)-1]) {
		return false
	}
	// The longest tenure the text ends with: "1 – 3 May 1990" is a range,
	// though "3 May 1990" is one date.
	words := wordSpans(s)
	for k := max(0, len(words)-6); k < len(words); k++ {
		if t, err := ParseTenure(trimDateNoise(s[words[k][0]:])); err == nil {
			return t.Single
		}
	}
	return false
}

// wordSpans returns the byte spans of the space-separated words of s.
func wordSpans(s string) [][2]int {
	var out [][2]int
	start := -1
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			if start >= 0 {
				out = append(out, [2]int{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// openRangeBefore reports whether the text before a name ends with a
// date and a dash glued to it, then a space: "1966– " before "Zhao
// Dawei", a range left open. A dash with a space before it ("1966 –
// Zhao Dawei") parts the date from the name.
func openRangeBefore(s string) bool {
	t := strings.TrimRight(s, " ")
	if len(t) == len(s) {
		return false // no space after the dash
	}
	for _, d := range []string{"–", "—", "-"} {
		if head, ok := strings.CutSuffix(t, d); ok && head != "" && isDigit(head[len(head)-1]) {
			return true
		}
	}
	return false
}

// trimSeparators trims spaces and the separators that sit between a name
// and its dates: colons, commas, dashes.
func trimSeparators(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(":,;–—-−", r)
	})
}

// trimDateNoise removes what is glued to a date but not part of it:
// footnote symbols ("8 January 1976†", "10 September 1980§", "1954*").
func trimDateNoise(s string) string {
	return strings.TrimRightFunc(trimSpace(s), func(r rune) bool {
		return strings.ContainsRune("†‡§*#¶‖'\"", r)
	})
}

// particles are the lower-case words a personal name may hold.
var particles = map[string]bool{"de": true, "da": true, "das": true, "del": true, "della": true, "der": true,
	"den": true, "di": true, "do": true, "dos": true, "du": true, "la": true, "le": true, "van": true, "von": true,
	"zu": true, "y": true, "e": true, "bin": true, "binti": true, "bint": true, "ibn": true, "al": true, "el": true, "ter": true,
	"ten": true, "af": true, "of": true, "the": true, "and": true, "i": true}

// patronymics join a name to the father's ("Sultan bin Abdulaziz"): a
// role word before one is a given name, not a post.
var patronymics = map[string]bool{"bin": true, "binti": true, "bint": true, "ibn": true}

// holderName parses text (a name with its native name and qualifiers) and
// reports whether it names a person: a native name, or a Latin name of one
// to eight words that start with a capital or a digit (an ordinal such as
// "14th Dalai Lama"), lower-case particles aside. Prose ("Merged into
// Gansu from") and titles ("Chairman of the Government") are not names.
func holderName(text string) (Name, bool) {
	n := ParseName(text)
	if n.IsZero() {
		return n, false
	}
	if n.EN == "" {
		return n, n.Native != ""
	}
	return n, plausibleName(n.EN) || n.coHolders() != nil
}

func plausibleName(en string) bool {
	if len(en) > 80 || strings.ContainsAny(en, ":;=<>") {
		return false
	}
	n, first := 0, ""
	for w := range strings.FieldsSeq(en) {
		if n == 0 {
			first = w
		}
		n++
	}
	if n == 0 || n > 8 {
		return false
	}
	lower, i := 0, 0
	ordinal, titled := false, false // "Sir David Howard, 1st Baronet": an ordinal before a title of nobility
	for w := range strings.FieldsSeq(en) {
		r, _ := utf8.DecodeRuneInString(w)
		if ordinal {
			if !nobilityTitles[w] {
				return false
			}
			ordinal, titled = false, true
		}
		switch {
		case unicode.IsDigit(r) && i > 0 && startsWithOrdinal(w):
			ordinal = true
		case unicode.IsUpper(r), unicode.IsDigit(r) && i == 0, r == '\'' || r == '"' || r == '‘' || r == '“':
		case i < n-1 && isParticle(w):
			if !patronymics[w] {
				lower++
			}
		case strings.IndexFunc(w, unicode.IsUpper) > 0 && strings.ContainsAny(w, "-'’"):
			// "al-Bashir", "d'Estaing"
		default:
			return false
		}
		i++
	}
	if ordinal || lower > 3 || lower > 0 && hasRoleWord(en) && !isRegnalName(strings.Fields(en)) {
		return false
	}
	return titled || !hasDigit(en) || startsWithOrdinal(first)
}

// isParticle reports whether w, in any case, is one of particles.
func isParticle(w string) bool { return lowerIn(particles, w) }

// isRegnalName reports whether the words are a ruler's style, a title
// then a name then "of" and a realm ("Emperor Wu of Han", "Sultan
// Ahmed of Brunei"), rather than an office's title ("Chairman of the
// Government", "Governor General of Canada"), where "of" follows the
// title or the words that qualify it.
func isRegnalName(words []string) bool {
	if len(words) < 4 || !hasRoleWord(words[0]) || hasRoleWord(strings.Join(words[1:], " ")) {
		return false
	}
	name := 0 // the name's words, between the title and "of"
	for _, w := range words[1:] {
		if strings.EqualFold(w, "of") {
			break
		}
		if l := strings.ToLower(w); particles[l] || titleQualifiers[l] {
			return false
		}
		name++
	}
	return name > 0 && name < len(words)-2
}

// titleQualifiers are the words that follow a title within it: "Governor
// General", "Chief Executive", "Regent Designate".
var titleQualifiers = map[string]bool{"general": true, "lieutenant": true, "deputy": true, "vice": true,
	"executive": true, "principal": true, "prime": true, "elect": true, "designate": true, "emeritus": true,
	"adjutant": true, "major": true, "superior": true, "consort": true, "dowager": true, "royal": true}

// startsWithOrdinal reports whether w is an ordinal such as "14th".
func startsWithOrdinal(w string) bool {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	if i == 0 || i > 3 {
		return false
	}
	suf := w[i:]
	return strings.EqualFold(suf, "st") || strings.EqualFold(suf, "nd") || strings.EqualFold(suf, "rd") || strings.EqualFold(suf, "th")
}

// startsWithLetter reports whether s begins with a letter.
func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// westernYears writes a date given in a reign's era with the calendar's
// date in brackets after it as that date alone: "Guangxu 10 (1884) –
// Guangxu 15 (1889)" → "1884 – 1889", "Meiji 5 (1872)" → "1872". The era
// is a capitalised word and its year a number of one or two digits; the
// bracket must read as a date. Any other text is returned as it is.
func westernYears(s string) string {
	if strings.IndexByte(s, '(') < 0 {
		return s // most texts, at once
	}
	var b strings.Builder
	last := 0 // s[:last] is written
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], '(')
		if k < 0 {
			break
		}
		open := i + k
		end := strings.IndexByte(s[open:], ')')
		if end < 0 {
			break
		}
		end += open
		if start := eraBefore(s[:open]); start >= last && start >= 0 {
			if _, err := ParseDate(trimSpace(s[open+1 : end])); err == nil {
				b.WriteString(s[last:start])
				b.WriteString(trimSpace(s[open+1 : end]))
				last = end + 1
			}
		}
		i = end + 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// eraBefore returns where an era's year ends the text before a bracket
// ("… Guangxu 10 "): the index of the era's name, or -1.
func eraBefore(s string) int {
	t := strings.TrimRight(s, " ")
	j := len(t)
	for j > 0 && isDigit(t[j-1]) {
		j--
	}
	if n := len(t) - j; n == 0 || n > 2 || j == 0 || t[j-1] != ' ' {
		return -1
	}
	w := j - 1
	for w > 0 && (isASCIILetter(t[w-1]) || t[w-1] >= utf8.RuneSelf) { // "Shōwa"
		w--
	}
	if w == j-1 || t[w] < 'A' || t[w] > 'Z' || w > 0 && t[w-1] != ' ' && t[w-1] != ':' && t[w-1] != '|' {
		return -1
	}
	return w
}

// looksCut reports whether the end of a line a copy may have cut short
// shows that it was: its brackets left open ("K. C. Wu (May 20, 1946 –"),
// a dash or a separator last ("1946 –", "Zhang San:"), its last word a
// part of a number ("September 201", "1990–19990"), a month after a day
// cut before its year ("3 Ma", "May 20"), or a part of a word for now
// after a dash ("January 2022 – pr"). A name ("Wang W") or a whole date
// cannot show it: a document that only lacks a line break after its last
// line is read as it is.
func looksCut(s string) bool {
	s = trimSpace(s)
	if s == "" {
		return false
	}
	if strings.Count(s, "(") > strings.Count(s, ")") || strings.Count(s, "（") > strings.Count(s, "）") ||
		strings.Count(s, "[") > strings.Count(s, "]") {
		return true
	}
	if r, _ := utf8.DecodeLastRuneInString(s); strings.ContainsRune("–—-:,;/", r) {
		return true
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' })
	last, before := words[len(words)-1], ""
	if len(words) > 1 {
		before = words[len(words)-2]
	}
	if k := strings.LastIndexAny(last, "–—-"); k >= 0 {
		_, size := utf8.DecodeRuneInString(last[k:])
		if after := last[k+size:]; after != "" {
			before, last = last[:k], after // "2018–20", "2022–pr": the end, after the start
		}
	}
	digits := len(last) - len(strings.TrimLeft(last, "0123456789"))
	switch {
	case digits == len(last):
		if digits == 3 || digits > 4 && digits != 8 {
			return true // "201": a year cut short ("19871990", a mirror's two without their dash, is whole)
		}
		if digits <= 2 && len(before) == 4 && allDigits(before) {
			// "2018–20" is 2018–2020; "1949–19", "2005–2" are no years
			// a term ends in but a year's start.
			y, _ := strconv.Atoi(before)
			n, _ := strconv.Atoi(last)
			end := y - y%100 + n
			if end < y {
				end += 100
			}
			return digits == 1 || end-y > 12
		}
		if digits < 4 && len(words) > 2 && len(before) <= 2 && allDigits(before) && startsWithMonth(words[len(words)-3]) {
			return true // "November 15, 1": the year cut short
		}
		return digits <= 2 && startsWithMonth(before) // "May 20": its year to come
	case digits > 0:
		return false // "2015present", "1st"
	}
	if before != "" && allDigits(before) && (len(before) <= 2 || len(before) == 4) && isMonthStart(last) {
		return true // "3 Ma", "20 Sep", "2006 Dec": the month, or its year, to come
	}
	// After a dash, the start of a word for now ("– pr") or a month
	// without its year ("April 16, 1958 – J", "– Octobe", "– June"): the
	// end, cut short.
	dashed := strings.ContainsAny(s[max(0, len(s)-len(last)-4):len(s)-len(last)], "–—-")
	return dashed && (isOpenEndStart(last) || isMonthStart(last))
}

// isMonthStart reports whether w is a month's name, whole or its start:
// "Ma", "Sept", "December".
func isMonthStart(w string) bool {
	if len(w) == 0 || len(w) > 9 {
		return false
	}
	for _, m := range []string{"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december"} {
		if len(w) <= len(m) && strings.EqualFold(m[:len(w)], w) {
			return true
		}
	}
	return false
}

// isOpenEndStart reports whether w is the start of a word for now, cut
// short: "pr", "pres", "incum".
func isOpenEndStart(w string) bool {
	if w == "" || len(w) > 9 {
		return false
	}
	for _, o := range []string{"present", "incumbent", "current", "today", "now"} {
		if len(w) < len(o) && strings.EqualFold(o[:len(w)], w) {
			return true
		}
	}
	return false
}
