package pipeline

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Name is a person's name as one cell or line gives it, split into its
// parts: "Zhang Qilong (张启龙)", "Luo Dongchuan (acting)",
// "Zhang Dingcheng (1910–2000)", "Kwon Young-chul 권영철 權寧喆".
type Name struct {
	EN string // the name in Latin script
	// Native is the name in its own script (Chinese characters, kana,
	// Hangul and Hanja, …) exactly as written.
	Native string
	// Lang is the BCP 47 language of Native ("zh", "ja", "ko"), decided
	// from its script and the document by the extractor; ParseName sets
	// it only from a language label before Han characters ("Japanese:
	// 田中一郎").
	Lang string
	// Acting is set by a qualifier such as "(acting)" or "– acting".
	Acting bool
	// Life holds life dates given beside the name: "1910–2000", "born 1933".
	Life string
	// Qualifiers holds any other text given with the name that is not part
	// of it: "Governor", romanisations, constituencies, notes.
	Qualifiers []string
}

// IsZero reports whether the name holds no name at all.
func (n Name) IsZero() bool { return n.EN == "" && n.Native == "" }

// Note joins the qualifiers and life dates that are not part of the name.
func (n Name) Note() string {
	parts := n.Qualifiers
	if n.Life != "" {
		parts = append(append([]string(nil), parts...), n.Life)
	}
	return strings.Join(parts, "; ")
}

// coHolders splits a name that names two or more people holding the
// office together ("Ann Lee / Bob Ray", "Ann Lee and Bob Ray", "Ann Lee &
// Bob Ray": co-mayors, captains regent) into one name each, which keep
// the qualifiers and the acting mark. It returns nil for one person: every
// part must read as a name of at least two words, so "Smith and Wesson"
// or "Antigua and Barbuda" stay whole, and a name with a native part is
// never split.
func (n Name) coHolders() []Name {
	if n.Native != "" || !strings.ContainsAny(n.EN, "/&") && !strings.Contains(n.EN, " and ") {
		return nil
	}
	parts := strings.FieldsFunc(strings.ReplaceAll(n.EN, " and ", "/"), func(r rune) bool { return r == '/' || r == '&' })
	if len(parts) < 2 {
		return nil
	}
	names := make([]Name, len(parts))
	for i, p := range parts {
		p = trimSpace(p)
		if r, _ := utf8.DecodeRuneInString(p); len(strings.Fields(p)) < 2 || !unicode.IsUpper(r) || !plausibleName(p) {
			return nil
		}
		names[i] = n
		names[i].EN = p
	}
	return names
}

// cutOpenMark removes a qualifier that marks the holder as the current
// one ("Eve Ford (incumbent)") and reports whether there was one.
func (n *Name) cutOpenMark() bool {
	for i, q := range n.Qualifiers {
		if IsOpenEnd(q) {
			n.Qualifiers = slices.Delete(slices.Clone(n.Qualifiers), i, i+1)
			return true
		}
	}
	return false
}

var (
	actingWords = []string{"acting", "interim", "caretaker", "provisional", "temporary", "ad interim", "officiating", "pro tem",
		// Spanish and Portuguese "interino", "interina"; French "par intérim".
		"interin", "intérim",
		// The Philippines' OIC, appointed until a governor or mayor is.
		"officer-in-charge", "officer in charge",
		// India's governor of another state holding the post besides
		// their own until one is appointed: "Acharya Devvrat (additional
		// charge)".
		"additional charge"}
	// nativeActing are the words for "acting" in Chinese, Japanese and
	// Korean, matched whole: 代理 may be part of a name, and 代 alone in
	// brackets ("张三（代）") is the short form of 代理.
	nativeActing  = []string{"代理", "代", "署理", "代行", "권한대행", "직무대행", "대행"}
	actingWordSet = newFoldWords(actingWords...)
)

// nativeActingPosts are the posts a Chinese "代" ("acting") goes before in
// a holder's qualifier: "劉振華(代省長)", acting governor.
var nativeActingPosts = []string{"省長", "省长", "市長", "市长", "主席", "書記", "书记", "縣長", "县长", "區長", "区长",
	"州長", "州长", "總督", "总督", "總理", "总理", "首相", "知事", "總統", "总统", "院長", "院长"}

// isNativeActingPost reports whether a qualifier is a post held acting,
// written in Chinese: "代省長", "代理市长".
func isNativeActingPost(q string) bool {
	rest, ok := strings.CutPrefix(q, "代理")
	if !ok {
		rest, ok = strings.CutPrefix(q, "代")
	}
	return ok && slices.Contains(nativeActingPosts, rest)
}

// actingWithNotes splits a qualifier that marks the whole term acting
// beside other notes: "acting, 2nd time" and "Acting; 1st term" give
// ["2nd time"] and ["1st term"]. One with a year ("acting, until 1996")
// does not: only part of the term was acting.
func actingWithNotes(q string) (notes []string, ok bool) {
	sep := ", "
	if strings.Contains(q, "; ") {
		sep = "; "
	}
	if !strings.Contains(q, sep) || !IsActingNote(q) {
		return nil, false
	}
	parts := strings.Split(q, sep)
	i := slices.IndexFunc(parts, func(p string) bool { return isWholeTermActing(trimSpace(p)) })
	if i < 0 || slices.ContainsFunc(parts, hasYear) {
		return nil, false
	}
	for j, p := range parts {
		if p = trimSpace(p); j != i && p != "" {
			notes = append(notes, p)
		}
	}
	return notes, true
}

// IsActingNote reports whether a note marks an acting holder: one with
// an acting word, or an abbreviation alone ("Pj.", "Plt.", "OIC"). An
// acting word that only qualifies a government ("Title created
// (caretaker government)", "Provisional Government") says what the
// government was, not that its head acted for another.
func IsActingNote(s string) bool {
	return actingWordSet.in(s) && !qualifiesGovernmentOnly(s) || isAbbreviatedActingMark(s)
}

// governmentWords name the bodies an acting word may qualify: a
// "caretaker government", an "interim cabinet".
var governmentWords = []string{"government", "cabinet", "ministry", "administration", "regime", "council", "assembly",
	"parliament", "legislature", "constitution"}

// qualifiesGovernmentOnly reports whether every acting word in s is
// followed by a word of governmentWords.
func qualifiesGovernmentOnly(s string) bool {
	seen := false
	for i := 0; i < len(s); i++ {
		if i > 0 && isASCIILetter(s[i-1]) {
			continue
		}
		for _, w := range actingWordSet.byFirst[s[i]] {
			if !hasPrefixASCIIFold(s[i:], w) {
				continue
			}
			rest := strings.TrimLeft(s[i+len(w):], " ")
			g := slices.IndexFunc(governmentWords, func(g string) bool { return hasPrefixASCIIFold(rest, g) })
			if g < 0 {
				return false
			}
			if next, _, _ := strings.Cut(strings.TrimLeft(rest[len(governmentWords[g]):], " "), " "); next != "" && hasRoleWord(next) {
				return false // "Acting Council President": a post of the council, held acting
			}
			seen = true
		}
	}
	return seen
}

// isAbbreviatedActingMark reports whether s is, alone, an abbreviation
// that marks an acting head: Indonesian "Pj." (penjabat), "Pjs.", "Plt."
// (pelaksana tugas), "Plh." (pelaksana harian); the Philippines' "OIC"
// (officer-in-charge).
func isAbbreviatedActingMark(s string) bool {
	w := strings.Trim(s, " ()[]")
	// "a.i.": ad interim, as Latin American and Iberian lists abbreviate it.
	return isIndonesianActingMark(w) || w == "OIC" || w == "O.I.C." || w == "O.I.C" || w == "a.i." || w == "a. i." || w == "a.i"
}

// isIndonesianActingMark reports whether a word is an Indonesian mark of
// an acting head, with its dot or without: "Pj." (penjabat), "Pjs."
// (penjabat sementara), "Plt." (pelaksana tugas), "Plh." (pelaksana
// harian).
func isIndonesianActingMark(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Pj", "Pjs", "Plt", "Plh":
		return true
	}
	return false
}

// romanisationLabels name the systems a romanised name is given in:
// "Yáng Jīxiān (Mandarin)".
var romanisationLabels = []string{"mandarin", "hakka", "pinyin", "wade", "cantonese", "jyutping", "taiwanese",
	"hokkien", "pe̍h-ōe-jī", "poj", "hepburn", "romaji", "rōmaji", "romanized", "romanised", "romanization",
	"romanisation", "mccune", "yale", "tongyong", "min nan", "teochew", "shanghainese"}

func isRomanisationLabel(s string) bool {
	s = trimSpace(s)
	if s == "" || s[0] >= utf8.RuneSelf {
		// No letter outside ASCII lowers to the first letter of a
		// label: Chinese characters in brackets are passed over
		// without lowering them.
		return false
	}
	l := strings.ToLower(s)
	if l == "" || len(l) > 40 {
		return false
	}
	for _, w := range romanisationLabels {
		if strings.HasPrefix(l, w) {
			return true
		}
	}
	return false
}

// nameChunk is a run of Latin or native-script text outside brackets.
type nameChunk struct {
	text   string
	native bool
	romani bool // followed by a romanisation label: not the name
}

// ParseName splits a name cell into its Latin and native-script parts
// and its qualifiers. It removes footnote markers ("[3]"), an image file
// name before the name ("Ulanhu1955.jpg Ulanhu"), language labels
// ("(Chinese: 中文)"), romanisations ("Yáng Jīxiān (Mandarin)"), life
// dates ("(1879–1936)", "(born 1934)", "(?–?)"), notes after a spaced dash
// ("José Sisto – overthrew Portusach"), acting marks ("(中文; acting)",
// ", acting", "– acting for X") and constituencies ("MLA for Soreong").
// Full-width parentheses count as parentheses.
func ParseName(s string) Name {
	s = bracketLanguageLabel(cutNameSortKey(dropImageName(cleanCell(s))))
	if strings.Contains(s, "''") {
		s = dropQuoteMarkup(s) // "'''Ann Berg'''": wiki bold or italics
	}
	var n Name
	var chunkBuf [6]nameChunk // most names are a few chunks: no allocation
	chunks := chunkBuf[:0]
	var pending strings.Builder // outside text not yet split into chunks
	// outside returns the outside text up to here, ending with tail: tail
	// itself when nothing is pending, which is the common case.
	outside := func(tail string) string {
		if pending.Len() == 0 {
			return tail
		}
		pending.WriteString(tail)
		text := pending.String()
		pending.Reset()
		return text
	}
	rest := ""
	// lifeAt is the index of the first chunk after the life dates: the
	// name ends where they start, and Latin text after them is a note
	// ("Gustav von Kahr (1862–1934) Generalstaatskommissar").
	lifeAt := -1
	for len(s) > 0 {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			rest = s
			break
		}
		after := s[i+1:]
		j := strings.IndexByte(after, ')')
		if j < 0 { // unbalanced: keep the text, drop the parenthesis
			rest = s[:i] + " " + after
			break
		}
		q := trimSpace(after[:j])
		// A bracket glued to the text before it ("f(x)") is part of the
		// text, unless it holds the native name ("张三（…）" pages often
		// omit the space) or a qualifier, or follows a native name
		// ("湯壽潛(1856–1917)").
		if i > 0 && s[i-1] != ' ' && !isMostlyNative(q) && !IsActingNote(q) && !endsNative(s[:i]) {
			pending.WriteString(s[:i] + "(" + after[:j] + ")")
		} else {
			chunks = appendChunks(chunks, outside(s[:i]))
			hadLife := n.Life != ""
			n.addGroup(q, chunks)
			if !hadLife && n.Life != "" && lifeAt < 0 {
				lifeAt = len(chunks)
			}
		}
		s = after[j+1:]
	}
	chunks = appendChunks(chunks, outside(rest))
	var latinBuf [4]string
	latin := latinBuf[:0]
	seenNative := false
	for k, c := range chunks {
		t := trimSpace(c.text)
		switch {
		case t == "":
		case lifeAt >= 0 && k >= lifeAt && !c.native && len(latin) > 0:
			n.addNote(t)
		case c.native:
			switch {
			case !seenNative && n.Native != "" && t != n.Native && scriptLang(t) == LangKorean && scriptLang(n.Native) == "":
				n.Native = t + " " + n.Native // "김영환 (金榮煥)": Hangul, then Hanja
			case !seenNative && n.Native != "" && t != n.Native:
				// The name written outside brackets comes first; a
				// bracketed one is a variant.
				n.Qualifiers = append(n.Qualifiers, n.Native)
				n.Native = t
			case n.Native == "":
				n.Native = t
			case t != n.Native:
				n.Qualifiers = append(n.Qualifiers, t)
			}
			seenNative = true
		case c.romani:
		case seenNative && len(latin) > 0 && IsActingNote(trimNamePunct(t)):
			n.addQualifier(trimNamePunct(t)) // "Donald Tsang 曾蔭權 (born 1944) Acting"
		case seenNative && len(latin) > 0:
			// Text after the native name: a romanisation or a constituency
			// ("Zhou Enlai 周恩来 Beijing At-large").
			n.Qualifiers = append(n.Qualifiers, trimNamePunct(t))
		default:
			latin = append(latin, t)
		}
	}
	text := strings.Join(latin, " ")
	if strings.Count(text, "(") != strings.Count(text, ")") {
		text = strings.NewReplacer("(", " ", ")", " ").Replace(text) // stray brackets
	}
	n.EN = n.latinName(collapseSpaces(text))
	if n.EN == "" && n.Native != "" && len(n.Qualifiers) > 0 {
		// "张三 (Zhang San)": the native name first, its romanisation in
		// brackets.
		if q := n.Qualifiers[0]; isRomanisedName(q) {
			n.EN, n.Qualifiers = q, n.Qualifiers[1:]
		}
	}
	return n
}

// isRomanisedName reports whether a bracket after a native name holds the
// name in Latin letters: two to four capitalised words, no digit, no
// role, acting or end word.
func isRomanisedName(q string) bool {
	words := strings.Fields(q)
	if len(words) < 2 || len(words) > 4 || hasDigit(q) || hasRoleWord(q) || IsActingNote(q) || IsEndEvent(q) || hasNative(q) {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return plausibleName(q)
}

// endsNative reports whether s ends with a letter of a native script: a
// bracket glued to it ("湯壽潛(1856–1917)") is a group of its own, as
// after a space.
func endsNative(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return isNative(r)
}

// cutNameSortKey removes the sort key a sortable table renders, hidden,
// before a name: "Smith, JohnJohn Smith", "Ray, Bob Bob Ray" are the
// names written family name first, then as shown.
func cutNameSortKey(s string) string {
	if strings.IndexByte(s, ',') < 0 {
		return s
	}
	i := strings.Index(s, ", ")
	if i <= 0 {
		return s
	}
	for j := i + 3; j < len(s); j++ {
		if c := s[j]; c < 'A' || c > 'Z' || s[j-1] != ' ' && s[j-1] != '.' && (s[j-1] < 'a' || s[j-1] > 'z') {
			continue
		}
		if shown := trimSpace(s[j:]); shown != "" && uninverted(trimSpace(s[:j])) == shown {
			return shown
		}
	}
	return s
}

// appendChunks splits text into Latin and native-script runs. A native
// run goes from its first native letter to its last, across spaces and
// middle dots.
func appendChunks(chunks []nameChunk, text string) []nameChunk {
	if !hasNative(text) {
		return append(chunks, nameChunk{text: text})
	}
	start, end := -1, -1 // the native run being read
	last := 0            // end of what has been emitted
	for i, r := range text {
		switch {
		case isNative(r):
			if start < 0 {
				start = i
			}
			end = i + utf8.RuneLen(r)
		case start >= 0 && (isCombiningMark(r) || r == '\u0f0b' || r == '\u0f0c'):
			// A vowel sign ends a syllable ("मोदी"), and so does a
			// Tibetan syllable mark, after the last one too ("ཆེ་དར་ལྷ་").
			end = i + utf8.RuneLen(r)
		case start >= 0 && nativeRunJoiner(r):
		case start >= 0:
			chunks = append(chunks, nameChunk{text: text[last:start]}, nameChunk{text: text[start:end], native: true})
			last, start = end, -1
		}
	}
	if start >= 0 {
		chunks = append(chunks, nameChunk{text: text[last:start]}, nameChunk{text: text[start:end], native: true})
		last = end
	}
	return append(chunks, nameChunk{text: text[last:]})
}

// addGroup reads the text of one bracket group. chunks are the chunks
// read so far: a romanisation label marks the Latin text before it.
func (n *Name) addGroup(q string, chunks []nameChunk) {
	if q == "" || q == ";" || isDisambiguator(q) {
		return
	}
	if isRomanisationLabel(q) {
		for k := len(chunks) - 1; k >= 0; k-- {
			if trimSpace(chunks[k].text) == "" {
				continue
			}
			if !chunks[k].native {
				text := trimSpace(chunks[k].text)
				if n.Native == "" && !hasTextBefore(chunks[:k]) {
					// No native name before it: the name and its
					// romanisation are one run, "Cheng Wen-tsan Zhèng
					// Wéncàn (Mandarin)", where the native name was left
					// out.
					if name, roman, ok := splitRomanised(text); ok {
						chunks[k].text = name
						n.Qualifiers = append(n.Qualifiers, roman+" ("+q+")")
						return
					}
				}
				chunks[k].romani = true
				n.Qualifiers = append(n.Qualifiers, text+" ("+q+")")
				return
			}
			break
		}
		n.Qualifiers = append(n.Qualifiers, q)
		return
	}
	if strings.ContainsAny(q, "；，、") {
		// Written in full-width: "马启智；回族", "马启智，回族".
		q = strings.NewReplacer("；", ";", "，", ",", "、", ",").Replace(q)
	}
	sep := ";"
	if !strings.Contains(q, ";") && strings.Contains(q, ",") && hasNative(q) {
		sep = ","
	}
	for p := range strings.SplitSeq(q, sep) {
		n.addQualifier(trimSpace(p))
	}
}

// hasTextBefore reports whether any chunk holds text.
func hasTextBefore(chunks []nameChunk) bool {
	for _, c := range chunks {
		if trimSpace(c.text) != "" {
			return true
		}
	}
	return false
}

// splitRomanised splits a run of Latin words that holds a name and then
// its romanisation: "Cheng Wen-tsan Zhèng Wéncàn" is "Cheng Wen-tsan",
// then "Zhèng Wéncàn". The romanisation starts at the first word, the
// run's first aside, with a letter outside ASCII (its tone marks), or,
// with no such word, halfway through an even number of words, as a name
// and its romanisation have as many syllables. A run that cannot be split
// so that a plausible name is left is not split.
func splitRomanised(text string) (name, roman string, ok bool) {
	words := strings.Fields(text)
	at := -1
	for i := 1; i < len(words); i++ {
		if !isASCII(words[i]) {
			at = i
			break
		}
	}
	if at < 0 && len(words) >= 4 && len(words)%2 == 0 {
		at = len(words) / 2
	}
	if at < 1 {
		return "", "", false
	}
	name = strings.Join(words[:at], " ")
	if !plausibleName(name) {
		return "", "", false
	}
	return name, strings.Join(words[at:], " "), true
}

// isDisambiguator reports whether a bracket after a name is what a link
// to the person's page adds to tell them from namesakes, not a note of
// the term: "(politician)", "(Chinese general)", "(diplomat, born
// 1950)".
func isDisambiguator(q string) bool {
	if len(q) > 40 || q[0] < 'A' || q[0] >= 0x80 {
		return false // most brackets: a native name, dates, a note
	}
	if q[0] <= 'Z' && !strings.ContainsAny(q, " ,") && hasRoleWord(q) {
		return false // "Captain Elliot (Administrator)": the post he held, not his page's "(administrator)"
	}
	occupation := false
	for w := range strings.FieldsFuncSeq(q, func(r rune) bool { return r == ' ' || r == ',' }) {
		l := strings.ToLower(w)
		switch {
		case occupations[l]:
			occupation = true
		case demonyms[l] != "" || l == "born" || len(l) == 4 && allDigits(l):
		default:
			return false
		}
	}
	return occupation
}

// occupations are the words a disambiguator names a person by.
var occupations = map[string]bool{"politician": true, "general": true, "official": true, "diplomat": true, "statesman": true,
	"economist": true, "lawyer": true, "businessman": true, "businesswoman": true, "activist": true, "admiral": true,
	"soldier": true, "judge": true, "jurist": true, "physician": true, "engineer": true, "academic": true,
	"journalist": true, "revolutionary": true, "officer": true, "administrator": true}

// withoutLanguageLabel is a native name q without the language label
// before it: "Chinese: 中文", "simplified Chinese: 中文" → "中文". Any other
// q is returned as it is.
func withoutLanguageLabel(q string) string {
	_, v := cutLanguageLabel(q)
	return v
}

// cutLanguageLabel splits a native name q into the language label before
// it and the name: "Japanese: 田中一郎" → "Japanese", "田中一郎". A q without
// a label is the name, with the label "".
func cutLanguageLabel(q string) (label, name string) {
	if label, v, ok := strings.Cut(q, ":"); ok && isMostlyNative(v) && !hasNative(label) && len(label) <= 40 {
		return label, trimSpace(v)
	}
	return "", q
}

// isNativeQualifier reports whether q is a native name, with or without a
// language label: "中文", "Chinese: 中文".
func isNativeQualifier(q string) bool { return isMostlyNative(withoutLanguageLabel(q)) }

func (n *Name) addQualifier(q string) {
	if q == "" {
		return
	}
	if notes, ok := actingWithNotes(q); ok {
		n.Acting = true
		for _, p := range notes {
			n.addQualifier(p)
		}
		return
	}
	label, q := cutLanguageLabel(q)
	switch {
	case slices.Contains(nativeActing, q) || isNativeActingPost(q):
		n.Acting = true // "(王毅, 代理)", "(代省長)": acting, written natively
	case isMostlyNative(q):
		switch {
		case n.Native == "":
			n.Native = q
			if l := labelLang(label); l != "" && scriptLang(q) == "" {
				n.Lang = l // "Japanese: 田中一郎": Han characters the label places
			}
		case scriptLang(n.Native) == LangKorean && scriptLang(q) == "":
			n.Native += " " + q // Hangul, then Hanja
		case q != n.Native:
			n.Qualifiers = append(n.Qualifiers, q)
		}
	case isWholeTermActing(q): // not "acting until 1996", which is part of the term
		n.Acting = true
		if rest := trimSpace(strings.TrimPrefix(strings.ToLower(q), "acting")); rest != "" && !IsActingNote(rest) {
			n.Qualifiers = append(n.Qualifiers, q)
		}
	case isLifeDates(withoutAge(q)):
		n.Life = q // "1863–1955, aged 91–92": as written
	case startsWithActingPost(q) || actsForSomeone(q):
		// "acting Governor 1st Term": the holder acted in the post; the
		// number is the time, no date. "acting for Fox until 1 December
		// 1961": whom for, and until when.
		n.Acting = true
		n.Qualifiers = append(n.Qualifiers, q)
	default:
		n.Qualifiers = append(n.Qualifiers, q)
	}
}

// startsWithActingPost reports whether a qualifier starts with an acting
// word and a post: "acting Governor 1st Term", "Acting Commandant", "OIC
// Governor".
func startsWithActingPost(q string) bool {
	w, rest, ok := strings.Cut(q, " ")
	if !ok || actingWordSet.prefix(w) != len(w) && !isAbbreviatedActingMark(w) {
		return false // not "acting Governor", nor the Philippines' "OIC Governor"
	}
	post, _, _ := strings.Cut(rest, " ")
	return hasRoleWord(post) && !hasYear(q)
}

// latinName finds the name in the Latin text of a cell, moving what
// follows it to the qualifiers: a note after a spaced dash, ", acting",
// a constituency.
func (n *Name) latinName(s string) string {
	for _, sep := range []string{" – ", " — ", " - ", " −"} {
		if i := strings.Index(s, sep); i > 0 {
			n.addNote(s[i+len(sep):])
			s = s[:i]
		}
	}
	if hasDigit(s) { // most names give no life dates
		if a := withoutAge(s); len(a) < len(s) {
			if i := strings.LastIndexByte(a, ' '); i > 0 && isLifeSpan(a[i+1:]) {
				s = a // "Julio Llorente 1863—1955, aged 91-92": the age goes with the life dates
			}
		}
	}
	if i := strings.LastIndexByte(s, ' '); i > 0 && isLifeSpan(s[i+1:]) {
		// "Ye Jianying 1897–1986": life dates, their brackets lost (a
		// line break in the cell flattened).
		if n.Life == "" {
			n.Life = s[i+1:]
		} else {
			n.Qualifiers = append(n.Qualifiers, s[i+1:])
		}
		s = trimSpace(s[:i])
	} else if i := bareBirth(s); i > 0 {
		// "Ann Lee born 1950", "Ann Lee, b. 1950": so too a birth year.
		if n.Life == "" {
			n.Life = trimSpace(s[i:])
		} else {
			n.Qualifiers = append(n.Qualifiers, trimSpace(s[i:]))
		}
		s = strings.TrimRight(s[:i], " ,")
	}
	if i := strings.LastIndex(s, ","); i > 0 && len(s)-i < 40 && (IsActingNote(s[i+1:]) || IsEndEvent(trimSpace(s[i+1:]))) {
		// "Bob Ray, acting", "Di Eck, resigned": how the holder held or
		// left the office, after a comma.
		n.addNote(s[i+1:])
		s = s[:i]
	}
	// "Walter Scheel Acting": an acting word after a name of two words or
	// more, the brackets around it lost.
	if i := strings.LastIndexByte(s, ' '); i > 0 && isActingWord(s[i+1:]) && strings.Contains(trimSpace(s[:i]), " ") {
		if j := strings.LastIndexByte(s[:i], ' '); j > 0 && strings.EqualFold(s[j+1:i], "ad") && strings.Contains(trimSpace(s[:j]), " ") {
			i = j // "Di Eck ad interim"
		}
		n.addNote(s[i+1:])
		s = s[:i]
	}
	if i := trailingActingPost(s); i > 0 {
		n.addNote(s[i+1:])
		s = s[:i]
	}
	if i := afterRegnalNumber(s); i > 0 {
		n.Qualifiers = append(n.Qualifiers, s[i+1:])
		s = s[:i]
	}
	// "Ann Lee 1st term", "Ann Lee, second term": which of the holder's
	// terms the row is, after a comma or a flattened line break.
	if i := strings.LastIndexByte(s, ' '); i > 0 && len(s)-i == len(" term") && strings.EqualFold(s[i+1:], "term") {
		if j := strings.LastIndexByte(s[:i], ' '); j > 0 && isTermNumber(s[j+1:]) {
			n.addNote(s[j+1:])
			s = strings.TrimRight(s[:j], ", ")
		}
	}
	// "Sun Fo 2": a mirror's flattened mark of the holder's second time,
	// as "Sun Fo (2)" is, after a name of two words or more. Names have
	// no Arabic numerals.
	if i := strings.LastIndexByte(s, ' '); i > 0 && len(s)-i <= 3 && allDigits(s[i+1:]) && strings.Contains(trimSpace(s[:i]), " ") {
		n.addNote(s[i+1:])
		s = strings.TrimRight(s[:i], ", ")
	}
	if i := constituencyAt(s); i > 0 {
		n.Qualifiers = append(n.Qualifiers, s[i+1:])
		s = s[:i]
	}
	s = n.cutLeadingActing(s)
	if i := styleEnd(s); i > 0 {
		n.Qualifiers = append(n.Qualifiers, trimSpace(s[:i]))
		s = s[i:]
	}
	if n.Native != "" {
		if i := postBeforeName(s); i > 0 {
			n.Qualifiers = append(n.Qualifiers, trimSpace(s[:i]))
			s = s[i:]
		}
	}
	if i := strings.LastIndex(s, ", "); i > 0 && isNoteAfterComma(s[:i], s[i+2:]) {
		n.addNote(s[i+2:]) // "John Smith, Republican"
		s = s[:i]
	}
	if i := degreesAt(s); i > 0 {
		n.Qualifiers = append(n.Qualifiers, strings.TrimLeft(s[i:], ", "))
		s = s[:i]
		if j := hajiAfterStyle(s); j > 0 {
			// Degrees written so are Indonesian: "H." before the name is
			// the pilgrim's title, "Dr. H. Anies Rasyid Baswedan, S.E.",
			// as after an Indonesian rank.
			n.Qualifiers = append(n.Qualifiers, "H.")
			s = trimSpace(s[j:])
		}
	}
	if i := postNominalsAt(s); i > 0 {
		n.Qualifiers = append(n.Qualifiers, strings.TrimLeft(s[i:], ", "))
		s = s[:i]
	}
	if l := len(s); l > 0 && s[l-1] >= 'A' && s[l-1] <= 'Z' { // most names end in a small letter
		if i := strings.LastIndex(s, ", "); i > 0 && isLettersAfterComma(s[:i], s[i+2:]) {
			n.addNote(s[i+2:]) // "Sutiyoso, TNI"
			s = s[:i]
		}
	}
	s = trimNamePunct(s)
	if !hasLetter(s) {
		return ""
	}
	return s
}

// degreesAt finds the academic degrees written after a full name and a
// comma, as Indonesian lists write them ("Dedi Mulyadi, S.H.", "Ahmad
// Heryawan, Lc., M.Si.", "Mochamad Ridwan Kamil, S.T., M.U.D."), and
// returns the index of the comma before them, or -1. The name keeps two
// words at least, so a family name written first keeps its initials
// ("Smith, J.R.").
func degreesAt(s string) int {
	i := strings.Index(s, ", ")
	if i <= 0 || !strings.Contains(s[:i], " ") || s[len(s)-1] != '.' {
		return -1 // most names: no comma, or not a degree's period at the end
	}
	for seg := range strings.SplitSeq(s[i+2:], ",") {
		if seg = trimSpace(seg); !isDegree(seg) || nameSuffixes[seg] { // "Henry Bell, Jr.": his name's
			return -1
		}
	}
	return i
}

// isDegree reports whether w is an abbreviated degree: letters in groups
// that each end with a period, the first capital ("S.H.", "M.Si.", "Lc.",
// "Ph.D.", "M.U.D.").
func isDegree(w string) bool {
	if len(w) < 3 || len(w) > 12 || w[0] < 'A' || w[0] > 'Z' || w[len(w)-1] != '.' {
		return false
	}
	for g := range strings.SplitSeq(w[:len(w)-1], ".") {
		if g == "" || len(g) > 4 {
			return false
		}
		for j := 0; j < len(g); j++ {
			if !isASCIILetter(g[j]) {
				return false
			}
		}
	}
	return true
}

// isLifeSpan reports whether s is a life's years: "1897–1986", two
// four-digit years joined by a dash, at most 110 years apart.
func isLifeSpan(s string) bool {
	if len(s) < 9 || !isDigit(s[0]) {
		return false
	}
	for _, d := range []string{"–", "-", "—"} {
		a, b, ok := strings.Cut(s, d)
		if !ok || len(a) != 4 || len(b) != 4 {
			continue
		}
		born, err1 := strconv.Atoi(a)
		died, err2 := strconv.Atoi(b)
		return err1 == nil && err2 == nil && born < died && died-born <= 110
	}
	return false
}

// isNoteAfterComma reports whether what follows a comma after a full name
// is a note about the holder (a party, "Governor") rather than part of the
// name: the name before it has two capitalised words or more, so it is
// not a family name written first ("Smith, Alfred"), and the words after
// it are not a suffix ("Jr."), a title of nobility ("1st Baronet", "Lord
// Ashby") or letters after a name.
func isNoteAfterComma(name, after string) bool {
	caps := 0
	for _, w := range strings.Fields(name) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			caps++
		}
	}
	words := strings.Fields(after)
	if caps < 2 || len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, "0123456789().") || nameSuffixes[w] || postNominals[w] || nobilityTitles[w] {
			return false
		}
	}
	return true
}

// isLettersAfterComma reports whether what follows a comma after a name is
// letters rather than given names: an honour the list of postNominals
// knows ("Ann Roe, QC") or capitals of three letters or more, a service or
// an order ("Sutiyoso, TNI", "Ali Sadikin, TNI AL"). A name written in
// capitals itself ("SMITH, JOHN") keeps them.
func isLettersAfterComma(name, after string) bool {
	if isAllCaps(name) {
		return false
	}
	words := strings.Fields(after)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if !postNominals[w] && (len(w) < 3 || !isAllCaps(w)) || isRoman(w) || nameSuffixes[w] {
			return false // "John Smith, III": a suffix of the name
		}
	}
	return true
}

// isAllCaps reports whether s has letters and all of them are capitals.
func isAllCaps(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters = true
		}
	}
	return letters
}

// nobilityTitles begin a title written after a name with a comma
// ("Robert Cecil, Marquess of Salisbury"): part of how the person is named.
var nobilityTitles = map[string]bool{"Lord": true, "Lady": true, "Baron": true, "Baroness": true, "Earl": true,
	"Countess": true, "Count": true, "Duke": true, "Duchess": true, "Marquess": true, "Marquis": true, "Viscount": true,
	"Prince": true, "Princess": true, "Baronet": true, "Bt": true, "Sultan": true, "Emir": true, "King": true, "Queen": true}

// trailingActingPost finds a post held for the time being written after
// a name, its line break lost: "Ann Lee Acting Governor", "Patrick
// McHenry Speaker pro tempore". It returns the index of the space before
// the post, or -1. The name before it keeps two words or more.
func trailingActingPost(s string) int {
	found := false
	for i := 1; i < len(s) && !found; i++ {
		found = s[i-1] == ' ' && actingWordSet.prefix(s[i:]) > 0
	}
	if !found {
		return -1 // most names: a look at each word's first letter
	}
	cut := -1
	if k := indexFold(s, " pro tem"); k > 0 {
		cut = k
		if j := strings.LastIndexByte(s[:k], ' '); j > 0 && hasRoleWord(s[j+1:k]) {
			cut = j // "Speaker pro tempore"
		}
	} else {
		for i := 0; i < len(s); i++ {
			if s[i] != ' ' {
				continue
			}
			w, rest, _ := strings.Cut(s[i+1:], " ")
			if isActingWord(w) && rest != "" && strings.Count(rest, " ") < 5 && hasRoleWord(rest) {
				cut = i // "Acting Governor"
				break
			}
		}
	}
	if cut <= 0 || !strings.Contains(trimSpace(s[:cut]), " ") {
		return -1
	}
	return cut
}

// afterRegnalNumber finds a ruler's name in another language, or an
// epithet, written after the regnal number, a line break lost: "Kenneth I
// Cináed mac Ailpín", "Louis XIV le Grand". It returns the index of the
// space after the number, or -1. What follows must be two words or more
// with a particle among them ("mac", "le"): "John II Casimir Vasa" is one
// name.
func afterRegnalNumber(s string) int {
	k, start := 0, 0 // the word's number and where it starts
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] != ' ' {
			continue
		}
		if w := s[start:i]; w != "" {
			if k >= 1 && isRoman(w) {
				rest := strings.Fields(s[i:]) // only after a regnal number: few names
				if len(rest) < 2 {
					return -1
				}
				for _, r := range rest {
					if afterRegnalWords[r] {
						return i
					}
				}
				return -1
			}
			k++
		}
		start = i + 1
	}
	return -1
}

// afterRegnalWords are the particles of a ruler's other name or epithet
// after the regnal number: Gaelic "mac", Welsh "ap", "le Grand", "the
// Wise", "de Borbón". "of" is not one: "Henry VIII of England" is the
// name.
var afterRegnalWords = map[string]bool{"mac": true, "ap": true, "ua": true, "le": true, "la": true, "the": true,
	"de": true, "del": true, "von": true, "il": true, "el": true}

// isActingWord reports whether w is one word that marks an acting holder.
func isActingWord(w string) bool {
	for _, a := range actingWords {
		if strings.EqualFold(w, a) {
			return true
		}
	}
	return false
}

// addNote records a note written after a name; one that says "acting"
// marks the holder acting.
func (n *Name) addNote(s string) {
	s = trimNamePunct(s)
	if s == "" {
		return
	}
	if isWholeTermActing(s) || startsWithActingPost(s) || isPostProTempore(s) || actsForSomeone(s) {
		n.Acting = true
		if strings.EqualFold(s, "acting") {
			return
		}
	}
	n.Qualifiers = append(n.Qualifiers, s)
}

// actsForSomeone reports whether a note after a name says whom the
// holder acted for, with a date or without: "acting for Fox until 1
// December 1961" is the row's own stint, as "acting for Leary" is.
func actsForSomeone(s string) bool {
	const p = "acting for "
	return len(s) > len(p) && hasPrefixFold(s, p)
}

// isPostProTempore reports whether s is a post held for the time being,
// named before "pro tempore": "Speaker pro tempore", "President pro tem".
func isPostProTempore(s string) bool {
	k := indexFold(s, " pro tem")
	return k > 0 && !strings.Contains(s[:k], " ") && hasRoleWord(s[:k])
}

// constituencyAt finds " MLA for Soreong", " MP for X", " Member for X"
// after a name and returns the index of its space, or -1.
func constituencyAt(s string) int {
	if !strings.Contains(s, " for ") && !strings.Contains(s, " of ") {
		return -1 // most names: no word to split
	}
	words := strings.Split(s, " ")
	off := 0
	for i, w := range words {
		if i > 0 && i+2 < len(words) && (words[i+1] == "for" || words[i+1] == "of") && isConstituencyTitle(w) {
			return off - 1
		}
		off += len(w) + 1
	}
	return -1
}

// styles are the forms of address written before a name in lists of
// officeholders: not part of the name.
var styles = []string{"The Right Honourable ", "The Most Honourable ", "The Most Hon. ", "The Rt Hon. ", "The Rt. Hon. ", "The Rt Hon ", "Rt Hon. ", "Rt. Hon. ",
	"The Honourable ", "The Honorable ", "The Hon. ", "The Hon ", "Hon. ", "His Excellency ", "Her Excellency ",
	"H.E. ", "His Majesty ", "Her Majesty ",
	// A royal's style ("HRH Prince Arthur of Connaught"): the title
	// after it stays, as royals' names keep it.
	"His Royal Highness ", "Her Royal Highness ", "HRH ", "H.R.H. ",
	// Ranks and titles: "Gen. Thomas Ash", "Rear Admiral Luke McNamee",
	// "Lt. Col. Ann Roe", "Dr. Samuel Voss".
	"Rear Admiral ", "Vice Admiral ", "Field Marshal ", "Air Chief Marshal ", "Air Marshal ", "Air Vice-Marshal ", "Air Vice Marshal ", "Marshal ",
	// A naval rank of two words whose second is also a post's word:
	// "Lieutenant Commander Henry Minett", the acting naval governor.
	"Lieutenant Commander ", "Lieutenant-Commander ", "Lt. Cdr. ", "Lt Cdr ", "Lt Cmdr ",
	"Group Captain ", "Wing Commander ", "Squadron Leader ", "Sergeant ", "Sgt. ", "Air Commodore ", "Navy Captain ", "Naval Captain ",
	// A police rank's prefix, as Thai lists write it: "Pol. Lt. Col. Ann
	// Lee", "Pol Gen Aswin Kwanmuang"; and the ranks without their
	// periods, as British and Thai styles write them.
	"Pol. ", "Police ", "Pol ", "Gen ", "Col ", "Maj ", "Capt ", "Adm ", "Brig ",
	// A Thai royal descendant's title: "MR Sukhumbhand Paribatra" (Mom
	// Rajawongse), "M.L. Ann Lee" (Mom Luang).
	"M.R. ", "MR ", "M.L. ", "ML ",
	"Maj.-Gen. ", "Major-General ", "Lt.-Gen. ", "Lieutenant-General ", "Brig.-Gen. ", "Brigadier-General ",
	"Lt.-Col. ", "Lieutenant-Colonel ", "Maj-Gen ", "Lt-Gen ", "Brig-Gen ", "Lt-Col ",
	"Admiral ", "Adm. ", "General ", "Gen. ", "Lieutenant ", "Lt. ", "Lt ", "Lieut. ", "Colonel ", "Col. ",
	"Major ", "Maj. ", "Brigadier ", "Brig. ", "Captain ", "Capt. ", "Commander ", "Cmdr. ", "Cdr. ",
	// German lists write the degree's kind, or an honorary doctorate, after
	// "Dr.": "Dr. h.c. Hans Eichel", "Prof. Dr. phil. Ann Lee".
	"Commodore ", "Doctor ", "Dr.-Ing. ", "Dr. Ing. ", "Dr. h.c. mult. ", "Dr. h.c. ", "Dr. h. c. ", "Dr. phil. ",
	"Dr. jur. ", "Dr. iur. ", "Dr. med. ", "Dr. rer. nat. ", "Dr. rer. pol. ", "Dr. ", "Dr ", "Professor ", "Prof. ",
	// Indonesian degrees written as titles: "Ir. Joko Widodo" (engineer),
	// "Drs. Ann Lee", "Dra. Ann Lee" (doctorandus, doctoranda).
	"Ir. ", "Drs. ", "Dra. ", "Reverend ", "Rev. ", "Canon ", "Bishop ", "Fr. ",
	"Monsignor ", "Mgr. ", "Msgr. ", "Judge ",
	"Alderman ", "Ald. ", "Councillor ", "Cllr. ", "Cllr ", "Mr. ", "Mrs. ", "Ms. ", "Mrs ", "Ms ",
	// Malaysian and Bruneian honorifics ("Tan Sri Dato' Haji Muhammad
	// Taib", "Tun Dr. Ismail"; "Tun" alone is also a Burmese name) and
	// the title of one who made the pilgrimage ("Alhaji Lateef Jakande").
	// A state's own rank of Datuk comes before the plain ranks, which
	// would otherwise leave its last word on the name: Sabah's "Datuk
	// Seri Panglima", Malacca's "Datuk Seri Utama", Pahang's "Dato' Sri
	// Diraja".
	"Datuk Seri Panglima ", "Dato' Seri Panglima ", "Datuk Seri Utama ", "Dato' Seri Utama ", "Dato' Sri Utama ",
	"Dato' Sri Diraja ", "Dato' Seri Diraja ", "Datuk Seri Diraja ", "Dato' Indera ", "Dato' Paduka ", "Datuk Paduka ",
	"Dato' Setia ", "Datuk Setia ", "Datuk Wira ", "Dato' Wira ", "Pehin Sri ",
	"Tan Sri ", "Puan Sri ", "Dato' Seri ", "Dato' Sri ", "Dato Seri ", "Dato Sri ", "Datuk Seri ", "Datuk Patinggi ",
	"Datuk Amar ", "Dato' ", "Dato’ ", "Datuk ", "Datin Paduka ", "Datin Seri ", "Datin ", "Tun Dr. ", "Tun Haji ",
	"Tun Datu ", "Toh Puan ", "Haji ", "Hajjah ", "Hj. ", "Alhaji ", "Alhaja ",
	// Spanish-speaking countries' ranks and degrees written as titles:
	// "Gral. Marcelino García Barragán", "Lic. Jesús González Gallo"
	// (licenciado), "Ing." (ingeniero), "Arq." (arquitecto), "Mtro."
	// (maestro).
	"Gral. ", "Cnel. ", "Tte. ", "Lic. ", "Licda. ", "Lcdo. ", "Lcda. ", "Ing. ", "Arq. ", "Mtro. ", "Mtra. ",
	// The same ranks and degrees written out in Spanish and Portuguese:
	// "Capitán Antonio Díaz Cardozo", "Marechal Deodoro da Fonseca".
	"Capitán ", "Capitão ", "Teniente Coronel ", "Tenente-Coronel ", "Teniente ", "Tenente ", "Coronel ",
	"Almirante ", "Comandante ", "Sargento ", "Marechal ", "Brigadeiro ", "Licenciado ", "Licenciada ",
	"Ingeniero ", "Doctora ",
	// India's forms of address, as its governments' lists write them:
	// "Shri Govind Ballabh Pant", "Smt. Sucheta Kriplani".
	"Shri ", "Shrimati ", "Smt. ", "Smt ",
	// Nigeria's professional titles and a Yoruba chieftaincy written
	// before a name: "Engr. Dave Umahi", "Barr. Nyesom Wike" (barrister),
	// "Arc. Namadi Sambo" (architect), "Otunba Gbenga Daniel".
	"Engr. ", "Barr. ", "Arc. ", "Pharm. ", "Otunba ",
	// A chieftaincy title of Nigeria and elsewhere ("Chief Michael
	// Otedola"); before a role word, "Chief Minister", it begins a post.
	"Chief ",
	// Posts written before a name: "President Xi Jinping", "Governor Li Si".
	"President ", "Vice President ", "Prime Minister ", "Premier ", "Governor ", "Lieutenant Governor ",
	"Mayor ", "Chairman ", "Chairwoman ", "Chairperson ", "Senator ", "Chancellor ", "Speaker ", "Justice "}

// styleWords finds the styles by their first letter, so most names are
// passed over at their first byte.
var styleWords = newFoldWords(lowerAll(styles)...)

func lowerAll(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = strings.ToLower(w)
	}
	return out
}

// cutLeadingActing removes an acting mark written before a name, with
// the post it names ("Acting: Ann Lee", "Interim Ann Lee", "Acting
// Governor Ann Lee", Indonesian "Pj. Heru Budi Hartono"), and marks the
// holder acting. What is left keeps at
// least two capitalised words: "Acting Lee" is left as it is.
func (n *Name) cutLeadingActing(s string) string {
	if len(s) > 3 && s[0] == 'P' && (s[1] == 'j' || s[1] == 'l') {
		// An Indonesian mark of an acting head before the name: "Pj.
		// Heru Budi Hartono".
		if w, rest, ok := strings.Cut(s, " "); ok && isIndonesianActingMark(w) && twoCapitalisedWords(trimSpace(rest)) {
			n.Acting = true
			return trimSpace(rest)
		}
	}
	if actingWordSet.prefix(s) == 0 {
		return s // most names: one look at the first letter
	}
	w, rest, ok := strings.Cut(s, " ")
	if !ok || !isActingWord(strings.TrimSuffix(w, ":")) {
		return s
	}
	rest = trimSpace(rest)
	var post string
	if v, after, ok := strings.Cut(rest, " "); ok && !strings.HasSuffix(w, ":") && hasRoleWord(v) {
		post, rest = v, trimSpace(after) // "Acting Governor Ann Lee"
	}
	if !twoCapitalisedWords(rest) || namesABody(rest) {
		return s // "Provisional Military Government": no person
	}
	n.Acting = true
	if post != "" {
		n.Qualifiers = append(n.Qualifiers, post)
	}
	return rest
}

// namesABody reports whether s has a word that names an organisation
// rather than a person: "Government", "Council", "Junta".
func namesABody(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if lowerIn(notPlaceWords, w) || lowerIn(collectiveWords, w) {
			return true
		}
	}
	return false
}

// collectiveWords name a group that held a post together: "Provisional
// Governative Junta", "Regency Council", "Triumvirate".
var collectiveWords = map[string]bool{"junta": true, "directory": true, "directorate": true, "triumvirate": true, "regency": true}

// twoCapitalisedWords reports whether s has two words or more and starts
// with a capital letter.
func twoCapitalisedWords(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && strings.Contains(s, " ")
}

// styleEnd returns the length of the forms of address and ranks at the
// start of s ("The Hon. Ann Lee", "Lt. Gen. Ann Lee"), or 0. What follows
// keeps at least two words: "Captain Cook" is a name.
func styleEnd(s string) int {
	end := 0
	for {
		n := styleWords.prefix(s[end:])
		if n == 0 {
			n = iberianHonorific(s[end:])
		}
		rest := trimSpace(s[end+n:])
		if n == 0 || !strings.Contains(rest, " ") {
			return end
		}
		if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
			return end // "Chairman of the Government": a post, not a name
		}
		if w, _, _ := strings.Cut(rest, " "); hasRoleWord(w) {
			return end // "Chief Minister Ann Lee": the style begins a post
		}
		if lowerIn(indonesianStyles, trimSpace(s[end:end+n])) {
			n += hajiAfterStyle(s[end+n:])
		}
		end += n
	}
}

// iberianHonorific returns the length of the Spanish or Portuguese
// honorific at the start of s ("Don Juan Ponce de León", "Doña Ana de
// Osorio", "Dom Pedro de Alcântara"), or 0. "Don" and "Dom" are also
// given names ("Don Dunstan", "Dom Mintoff", "Don Carlos Buell"), so they
// are cut only before a name of two words or more, the first no
// initial, that is Spanish or Portuguese by its particles or letters.
func iberianHonorific(s string) int {
	if len(s) < 4 || s[0] != 'D' {
		return 0 // most names: one look at the first letter
	}
	w, rest, ok := strings.Cut(s, " ")
	if !ok || (w != "Don" && w != "Doña" && w != "Dom" && w != "Dona") {
		return 0
	}
	first, _, ok := strings.Cut(trimSpace(rest), " ")
	if !ok || strings.HasSuffix(first, ".") || !iberianName(rest) {
		return 0
	}
	return len(w) + 1
}

// iberianName reports whether a name is Spanish or Portuguese by a
// particle ("de", "del", "y", "dos") or a letter of those languages
// ("Cerón", "Muñoz", "Alcântara").
func iberianName(s string) bool {
	for w := range strings.FieldsSeq(s) {
		switch w {
		case "de", "del", "y", "da", "do", "dos", "das":
			return true
		}
	}
	return strings.ContainsAny(s, "áéíóúñãõçâêôÁÉÍÓÚÑ")
}

// indonesianStyles are the ranks and degrees Indonesian lists write
// before a name, after which "H." is the pilgrim's title (Haji) rather
// than an initial: "Lt-Gen H. Ali Sadikin", "Ir. H. Joko Widodo". After
// another style it stays an initial: "Dr. H. Ross Perot".
var indonesianStyles = map[string]bool{"maj-gen": true, "lt-gen": true, "brig-gen": true, "lt-col": true,
	"ir.": true, "drs.": true, "dra.": true, "dr. ing.": true, "dr.-ing.": true}

// hajiAfterStyle returns the length of "H. " (Haji, Hajjah) at the start
// of s when two capitalised words follow it: after an Indonesian rank or
// degree, "Lt-Gen H. Ali Sadikin", "Ir. H. Joko Widodo", it is the
// pilgrim's title, not an initial. Before a single word ("Ir. H. Smith")
// it stays an initial.
func hajiAfterStyle(s string) int {
	s = strings.TrimLeft(s, " ")
	if !strings.HasPrefix(s, "H. ") {
		return 0
	}
	rest := trimSpace(s[3:])
	first, more, ok := strings.Cut(rest, " ")
	if !ok || len(first) < 2 || strings.HasSuffix(first, ".") || !twoCapitalisedWords(rest) {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(more); !unicode.IsUpper(r) {
		return 0
	}
	return 3
}

// postBeforeName returns where the name starts after the post a holder
// held when named ("Chief of Staff of the Army Jang Do-young" on a list of
// prime ministers), or 0: the post names a role and ends with "of" or
// "the" and one capitalised word, and two or three words of the name
// follow. Only a name given with its native form is cut so: its Latin
// form is then a romanisation, short.
func postBeforeName(s string) int {
	if !hasRoleWord(s) {
		return 0
	}
	words := strings.Fields(s)
	if len(words) < 5 {
		return 0
	}
	for k := len(words) - 3; k >= 2; k-- {
		lw := strings.ToLower(words[k-1])
		if lw != "of" && lw != "the" || !unicode.IsUpper(firstRune(words[k])) {
			continue
		}
		name := words[k+1:]
		if len(name) < 2 || len(name) > 3 || hasRoleWord(strings.Join(name, " ")) || !hasRoleWord(strings.Join(words[:k+1], " ")) {
			return 0
		}
		for _, w := range name {
			if !unicode.IsUpper(firstRune(w)) {
				return 0
			}
		}
		return fieldStart(s, k+1)
	}
	return 0
}

// fieldStart returns the byte index in s of its field j (from 0), as
// strings.Fields splits it.
func fieldStart(s string, j int) int {
	n, in := 0, false
	for i, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			if n == j {
				return i
			}
			n++
			in = true
		}
	}
	return len(s)
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// postNominalsAt finds the honours and offices written after a name as
// letters ("Sir Arthur Penn GCMG", "John Hale KBE MP", "Ann Roe, QC") and
// returns the index of the space or comma before them, or -1. A name
// keeps at least two words.
func postNominalsAt(s string) int {
	at := -1
	for end := len(s); ; {
		i := strings.LastIndexByte(s[:end], ' ')
		if i <= 0 || !postNominals[strings.Trim(s[i+1:end], ",")] {
			break
		}
		if !strings.Contains(trimSpace(s[:i]), " ") {
			break
		}
		at, end = i, i
		if s[i-1] == ',' {
			at, end = i-1, i-1
		}
	}
	return at
}

// postNominals are the letters of honours, decorations and offices that
// follow a name in lists of officeholders.
var postNominals = map[string]bool{
	"GCB": true, "KCB": true, "CB": true, "GCMG": true, "KCMG": true, "CMG": true, "GCVO": true, "KCVO": true,
	"CVO": true, "LVO": true, "MVO": true, "GBE": true, "KBE": true, "DBE": true, "CBE": true, "OBE": true,
	"MBE": true, "KG": true, "KT": true, "KP": true, "GCSI": true, "KCSI": true, "CSI": true, "GCIE": true,
	"KCIE": true, "CIE": true, "CH": true, "OM": true, "VC": true, "GC": true, "DSO": true, "MC": true,
	"DFC": true, "AFC": true, "PC": true, "QC": true, "KC": true, "SC": true, "JP": true,
	"DL": true, "FRS": true, "FRSE": true, "AC": true, "ONZ": true, "GNZM": true,
	"KNZM": true, "DCNZM": true, "QSO": true, "GCL": true, "MP": true, "MLA": true, "MLC": true, "MPP": true,
	"MHA": true, "MEP": true, "MSP": true, "TD": true, "MM": true, "DCM": true, "DSC": true, "DFM": true, "GM": true, "ED": true,
	"AM": true, "ISO": true, "AK": true, "AD": true,
	// Of Nigeria, Australia, Canada, New Zealand, Hong Kong.
	"GCFR": true, "GCON": true, "CFR": true, "OFR": true, "AO": true, "OAM": true, "CC": true, "OC": true,
	"MNZM": true, "CNZM": true, "GBM": true, "GBS": true, "SBS": true, "BBS": true, "SAN": true, "OON": true,
	// Of Malaysia's federal and state honours.
	"SSM": true, "PSM": true, "SPMS": true, "DPMS": true,
}

func isConstituencyTitle(w string) bool {
	switch w {
	case "MLA", "MP", "MLC", "MNA", "MPP", "MHA", "MEP", "TD", "Member", "Senator", "Deputy", "Representative":
		return true
	}
	return false
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// dropImageName removes an image file name written before a name:
// "Pan Zili in 1946.jpg Pan Zili" → "Pan Zili".
func dropImageName(s string) string {
	if !mayHoldImageExt(s) {
		return s // "V. P. Singh": dots, but no file's
	}
	for _, ext := range []string{".jpg", ".jpeg", ".png", ".svg", ".gif", ".webp", ".tif", ".tiff"} {
		// Found in s itself, in either case: an index into a lower-case
		// copy is not one into s where lowering changed a letter's length
		// ("İ").
		i := len(s) - len(ext)
		for i >= 0 && !hasPrefixASCIIFold(s[i:], ext) {
			i--
		}
		if i < 0 {
			continue
		}
		j := i + len(ext)
		if j < len(s) && s[j] != ' ' {
			continue
		}
		if rest := trimSpace(s[j:]); rest != "" {
			return rest
		}
	}
	return s
}

// mayHoldImageExt reports whether a dot in s is followed by a letter an
// image file's extension starts with (".jpg", ".png", ".svg", ".gif",
// ".webp", ".tif"), in either case.
func mayHoldImageExt(s string) bool {
	for i := strings.IndexByte(s, '.'); i >= 0 && i+1 < len(s); {
		switch s[i+1] | 0x20 {
		case 'j', 'p', 's', 'g', 'w', 't':
			return true
		}
		k := strings.IndexByte(s[i+1:], '.')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// lowerIn reports whether set holds w in lower case, as
// set[strings.ToLower(w)] does, without making the lower-case text for
// a short ASCII word.
func lowerIn(set map[string]bool, w string) bool {
	var buf [32]byte
	if len(w) > len(buf) {
		return set[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return set[strings.ToLower(w)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(w)])]
}

// withoutAge returns s without an age at its end, the way a life's
// dates are followed by it: "1863–1955, aged 91–92" → "1863–1955",
// "born 1950 (age 75)" → "born 1950". Other text is returned as it is.
func withoutAge(s string) string {
	i := max(strings.LastIndex(s, "age"), strings.LastIndex(s, "Age")) // names are not copied to lower them
	if i <= 0 {
		return s
	}
	rest := s[i+len("age"):]
	if strings.HasPrefix(rest, "d") {
		rest = rest[1:] // "aged"
	}
	if rest == "" || rest[0] != ' ' {
		return s
	}
	digits := 0
	for _, r := range strings.TrimSuffix(rest, ")") {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == ' ' || r == '-' || r == '–' || r == '—':
		default:
			return s
		}
	}
	if digits == 0 || digits > 6 {
		return s
	}
	head := strings.TrimRight(s[:i], " ,(;")
	if head == s[:i] && !strings.HasSuffix(s[:i], " ") {
		return s // "Montage 90": a word that ends so
	}
	return head
}

// bareBirth returns where a birth date written after a name without
// brackets begins ("Ann Lee born 1950", "Ann Lee, b. 7 June 1957"), or 0:
// the date ends the text, and a name of two words or more comes before it.
func bareBirth(s string) int {
	if !hasDigit(s) {
		return 0 // most names
	}
	for _, w := range []string{" born ", " b. "} {
		j := strings.LastIndex(s, w)
		if j <= 0 {
			continue
		}
		if _, err := ParseDate(s[j+len(w):]); err != nil {
			continue
		}
		if name := strings.TrimRight(s[:j], " ,"); strings.Contains(name, " ") {
			return j + 1
		}
	}
	return 0
}

// isLifeDates recognises "1910–2000", "born 1933", "b. 1946", "?–?",
// "1946–2007".
func isLifeDates(q string) bool {
	l := strings.ToLower(q)
	if strings.HasPrefix(l, "born") || strings.HasPrefix(l, "b. ") || strings.HasPrefix(l, "died") || strings.HasPrefix(l, "d. ") {
		return true
	}
	digits, marks, dash := 0, 0, false
	for _, r := range q {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '–' || r == '-' || r == '—':
			dash = true
		case r == '?':
			marks++
		case r == ' ' || r == '.' || r == 'c':
		default:
			return false
		}
	}
	return digits >= 4 || dash && digits+marks >= 2
}

func isHan(r rune) bool { return r >= 0x2E80 && unicode.Is(unicode.Han, r) }

// trimNamePunct removes separators left at the ends of a name ("Xu Qin,"
// or "Xu Qin:"); quotes and brackets are part of the text.
func trimNamePunct(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(",;:|/–—-·•†‡§*#¶^¹²³⁴⁵⁶⁷⁸⁹⁰♀♂", r) // ♀: a list's mark for its women
	})
}

// dropQuoteMarkup removes wiki markup for bold and italics, runs of two
// or more apostrophes around a name (three for bold, two for italics),
// keeping the single apostrophes of names ("O'Neil").
func dropQuoteMarkup(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if s[i] == '\'' && i+1 < len(s) && s[i+1] == '\'' {
			for i < len(s) && s[i] == '\'' {
				i++
			}
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return collapseSpaces(b.String())
}

// cleanCell normalises the text of a cell or value: full-width parentheses,
// colons, hyphens and tildes become ASCII, the wave dash a tilde, the
// figure dash and horizontal bar an en dash, footnote markers such as "[3]" or "[a]" and
// "[edit]" are removed, a native name in square brackets is put in round
// ones, and runs of spaces collapse to one.
func cleanCell(s string) string {
	if !needsClean(s) {
		return trimSpace(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c == '[' {
			if n, repl, ok := squareBracket(s[i:]); ok {
				b.WriteString(repl)
				i += n
				continue
			}
		}
		if c < utf8.RuneSelf {
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '（':
			b.WriteByte('(')
		case '）':
			b.WriteByte(')')
		case '：':
			b.WriteByte(':')
		case '－':
			b.WriteByte('-')
		case '～', '〜':
			b.WriteByte('~')
		case '‒', '―':
			b.WriteString("–")
		case '\u00a0', '\u2007', '\u202f', '\u3000', '\u2009', '\u200a':
			b.WriteByte(' ')
		case '\u200b', '\ufeff':
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return collapseSpaces(b.String())
}

// squareBracket reads the square bracket s starts with: a footnote
// marker ("[3]", "[a]", "[edit]") or an editor's remark ("[citation
// needed]") is dropped, and a native name ("[万里]") or an acting mark
// ("[acting]") is kept in round brackets, where the name parser reads it. ok is false for any other
// bracket, which stays.
func squareBracket(s string) (n int, repl string, ok bool) {
	j := strings.IndexByte(s, ']')
	if j <= 0 {
		return 0, "", false
	}
	inner := s[1:j]
	if len(inner) <= 30 && !hasDigit(inner) && isMostlyNative(inner) {
		return j + 1, "(" + inner + ")", true
	}
	if len(inner) <= 20 && isWholeTermActing(inner) && !strings.ContainsAny(inner, "()") {
		// "[acting]", "[interim]": a qualifier, not a footnote's mark.
		return j + 1, "(" + inner + ")", true
	}
	if j <= 12 || isEditorialNote(inner) || isGroupedFootnote(inner) {
		return j + 1, "", true
	}
	return 0, "", false
}

// footnoteGroups are the names a footnote's group is rendered with
// before its number, as mirrors write a wiki's grouped notes: "[lower-alpha
// 3]", "[note 12]", "[nb 2]".
var footnoteGroups = []string{"lower-alpha", "upper-alpha", "lower-roman", "upper-roman", "lower-greek",
	"note", "notes", "nb", "n", "ref", "fn", "efn"}

// isGroupedFootnote reports whether the inside of square brackets is a
// grouped footnote's marker: a group's name and a short number or letter.
func isGroupedFootnote(s string) bool {
	group, mark, ok := strings.Cut(trimSpace(s), " ")
	if !ok || len(mark) == 0 || len(mark) > 3 {
		return false
	}
	for i := 0; i < len(mark); i++ {
		if c := mark[i] | 0x20; !(c >= 'a' && c <= 'z' || mark[i] >= '0' && mark[i] <= '9') {
			return false
		}
	}
	for _, g := range footnoteGroups {
		if strings.EqualFold(group, g) {
			return true
		}
	}
	return false
}

// isEditorialNote reports whether the inside of square brackets is an
// editor's remark rendered with the text: "citation needed", "when?",
// "dubious – discuss", also as a mirror spaces it, "[ citation needed ]".
func isEditorialNote(s string) bool {
	s = trimSpace(s)
	if len(s) > 40 || s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r == ' ' || r == '?' || r == '–' || r == '-') {
			return false
		}
	}
	return true
}

// cleanLook marks the bytes needsClean looks at: the rest are passed over
// with one lookup.
var cleanLook = func() (t [256]bool) {
	for _, c := range []byte{'[', '\t', ' ', '\n', '\r'} {
		t[c] = true
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	return t
}()

// needsClean reports whether cleanCell would change s other than by
// trimming it: a footnote bracket, a tab or double space, one of the
// characters it replaces or drops, or a line break in a text with other
// than ASCII (which cleanCell's rewriting folds as white space).
func needsClean(s string) bool {
	nonASCII, lineBreak := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !cleanLook[c] {
			continue // a letter, a digit, most punctuation
		}
		switch {
		case c == '[' || c == '\t' || c == ' ' && i+1 < len(s) && s[i+1] == ' ':
			return true
		case c == '\n' || c == '\r':
			lineBreak = true
		case c >= utf8.RuneSelf:
			nonASCII = true
			if cleanedLead(c) {
				if r, _ := utf8.DecodeRuneInString(s[i:]); cleanedRune(r) {
					return true
				}
			}
		}
	}
	return nonASCII && lineBreak
}

// cleanedLead reports whether c is the first byte of the UTF-8 encoding of
// a character cleanedRune names: a text of Chinese characters, whose
// bytes are none of these, is passed over without decoding it.
func cleanedLead(c byte) bool { return c == 0xc2 || c == 0xe2 || c == 0xe3 || c == 0xef }

// cleanedRune reports whether cleanCell replaces or drops r.
func cleanedRune(r rune) bool {
	switch r {
	case '（', '）', '：', '－', '～', '〜', '‒', '―', '\u00a0', '\u2007', '\u202f', '\u3000', '\u2009', '\u200a', '\u200b', '\ufeff':
		return true
	}
	return false
}

// collapseSpaces trims s and folds every run of white space into one space.
func collapseSpaces(s string) string {
	s = trimSpace(s)
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\t' || c == '\n' || c == '\r' || c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// foldWords is a set of lower-case ASCII words found in a text in any
// letter case, in one pass over the text: at each byte only the words
// that start with it are tried.
type foldWords struct {
	byFirst [256][]string
}

func newFoldWords(words ...string) *foldWords {
	f := &foldWords{}
	for _, w := range words {
		c := w[0]
		f.byFirst[c] = append(f.byFirst[c], w)
		if c >= 'a' && c <= 'z' {
			f.byFirst[c-'a'+'A'] = append(f.byFirst[c-'a'+'A'], w)
		}
	}
	return f
}

// in reports whether s contains one of the words, without allocating.
func (f *foldWords) in(s string) bool {
	for i := 0; i < len(s); i++ {
		for _, w := range f.byFirst[s[i]] {
			if hasPrefixASCIIFold(s[i:], w) {
				return true
			}
		}
	}
	return false
}

// prefix returns the length of the first of the words s starts with, in
// any letter case, or 0.
func (f *foldWords) prefix(s string) int {
	if s == "" {
		return 0
	}
	for _, w := range f.byFirst[s[0]] {
		if hasPrefixASCIIFold(s, w) {
			return len(w)
		}
	}
	return 0
}

// hasPrefixASCIIFold reports whether s starts with w, a lower-case ASCII
// word, in any ASCII letter case.
func hasPrefixASCIIFold(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for j := 0; j < len(w); j++ {
		c := s[j]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[j] {
			return false
		}
	}
	return true
}

// bracketLanguageLabel puts in brackets a native name that a language
// label introduces without them, as the lang templates render: "Lee
// Nak-yon Korean: 이낙연 李洛淵 (born 1951)" reads as "Lee Nak-yon (Korean:
// 이낙연 李洛淵) (born 1951)", and "Korean: 허경만 許京萬", with no Latin
// name, as "(Korean: 허경만 許京萬)".
func bracketLanguageLabel(s string) string {
	i := strings.IndexByte(s, ':')
	if i <= 0 || strings.IndexByte(s[:i], '(') >= 0 {
		return s
	}
	rest := strings.TrimLeft(s[i+1:], " ")
	end := strings.IndexByte(rest, '(')
	if end < 0 {
		end = len(rest)
	}
	native := trimSpace(rest[:end])
	if native == "" || !isMostlyNative(native) {
		return s
	}
	head := strings.TrimRight(s[:i], " ")
	at := strings.LastIndexByte(head, ' ') + 1
	switch strings.ToLower(head[at:]) {
	case "korean", "chinese", "japanese", "hangul", "hanja", "kanji", "hanzi":
	default:
		return s
	}
	if w := strings.LastIndexByte(strings.TrimRight(head[:at], " "), ' ') + 1; at > 0 {
		switch strings.ToLower(trimSpace(head[w:at])) {
		case "traditional", "simplified":
			at = w // "Traditional Chinese: 陳誠"
		}
	}
	return head[:at] + "(" + head[at:] + ": " + native + ") " + rest[end:]
}
