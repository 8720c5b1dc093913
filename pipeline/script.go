package pipeline

import (
	"bytes"
	"cmp"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A native name is written in a script other than Latin: Chinese
// characters, Japanese kana and kanji, Korean Hangul and Hanja, Cyrillic,
// and so on. These helpers find such text and tell its language.

// isNative reports whether r is a letter of a non-Latin script.
func isNative(r rune) bool {
	switch {
	case r < 0x370:
		return false
	case r >= 0x4E00 && r <= 0x9FFF, r >= 0xAC00 && r <= 0xD7A3, r >= 0x3040 && r <= 0x30FF:
		return true // CJK ideographs, Hangul syllables, kana: the common cases
	}
	if r >= 0x2E80 {
		return unicode.IsLetter(r) || unicode.Is(unicode.Han, r)
	}
	return unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r)
}

// hasNative reports whether s holds any native-script letter.
func hasNative(s string) bool {
	for _, r := range s[asciiPrefix(s):] {
		if isNative(r) {
			return true
		}
	}
	return false
}

// asciiPrefix returns the length of the longest prefix of s that is
// ASCII, looking at eight bytes at a time: most cells are.
func asciiPrefix(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&0x8080808080808080 != 0 {
			break
		}
	}
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// nativeShare is the share of native-script letters among the letters of s.
func nativeShare(s string) float64 {
	native, letters := 0, 0
	for _, r := range s {
		switch {
		case isNative(r):
			native++
			letters++
		case unicode.IsLetter(r):
			letters++
		}
	}
	if letters == 0 {
		return 0
	}
	return float64(native) / float64(letters)
}

// isMostlyNative reports whether s is a native-script name: some native
// letters and at least as many as Latin ones.
func isMostlyNative(s string) bool { return hasNative(s) && nativeShare(s) >= 0.5 }

// nativeRunJoiner reports whether r may sit inside a native name between
// two native letters: a space (Korean "권영철 權寧喆"), a middle dot
// (transcribed names "阿沛·阿旺晋美"), a hyphen ("Лувсаннамсрайн
// Оюун-Эрдэнэ"), a Tibetan syllable mark ("པདྨ་འཕྲིན་ལས"),
// a vowel sign ("नरेन्द्र"), or a zero-width joiner or non-joiner (Persian).
func nativeRunJoiner(r rune) bool {
	switch r {
	case ' ', '·', '・', '\u3000', '\u0f0b', '\u0f0c', '\u200c', '\u200d':
		return true
	case '-', '\u2010', '\u2011':
		return true // a hyphenated Cyrillic name: "Оюун-Эрдэнэ"
	}
	return isCombiningMark(r)
}

// isCombiningMark reports whether r is a mark written on the letter
// before it: a vowel sign, a diacritic.
func isCombiningMark(r rune) bool { return unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) }

// Language tags for native names (BCP 47).
const (
	LangChinese  = "zh"
	LangJapanese = "ja"
	LangKorean   = "ko"
)

// scriptLang returns the language a native name's script implies on its
// own: kana is Japanese, Hangul Korean, Cyrillic Russian and so on; Han
// characters alone could be Chinese, Japanese or Korean and give "".
func scriptLang(s string) string {
	han := false
	for _, r := range s {
		switch {
		case r < 0x370:
			continue
		case r >= 0x4E00 && r <= 0x9FFF:
			han = true
		case r >= 0xAC00 && r <= 0xD7A3:
			return LangKorean
		case r >= 0x3040 && r <= 0x30FF && r != 0x30FB && r != 0x30FC:
			return LangJapanese
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			return LangJapanese
		case unicode.Is(unicode.Hangul, r):
			return LangKorean
		case unicode.Is(unicode.Han, r):
			han = true
		case unicode.Is(unicode.Cyrillic, r):
			return cyrillicScriptLang(s)
		case unicode.Is(unicode.Greek, r):
			return "el"
		case unicode.Is(unicode.Arabic, r):
			return arabicScriptLang(s)
		case unicode.Is(unicode.Hebrew, r):
			return "he"
		case unicode.Is(unicode.Thai, r):
			return "th"
		case unicode.Is(unicode.Georgian, r):
			return "ka"
		case unicode.Is(unicode.Armenian, r):
			return "hy"
		case unicode.Is(unicode.Devanagari, r):
			return "hi"
		case unicode.Is(unicode.Mongolian, r):
			return "mn"
		case unicode.Is(unicode.Tibetan, r):
			return "bo"
		}
		// Scripts of South and Southeast Asia and the Horn of Africa,
		// each by the language most written in it (as Devanagari is
		// Hindi's above).
		if r >= 0x0780 && r <= 0x17FF { // Thaana to Khmer: dashes and other marks pass by
			for _, sl := range otherScripts {
				if unicode.Is(sl.script, r) {
					return sl.lang
				}
			}
		}
	}
	if han {
		return ""
	}
	return "und"
}

// otherScripts are the scripts scriptLang knows beyond those it names
// one by one, with the language each writes most.
var otherScripts = []struct {
	script *unicode.RangeTable
	lang   string
}{
	{unicode.Bengali, "bn"}, {unicode.Tamil, "ta"}, {unicode.Telugu, "te"}, {unicode.Kannada, "kn"},
	{unicode.Malayalam, "ml"}, {unicode.Gujarati, "gu"}, {unicode.Gurmukhi, "pa"}, {unicode.Oriya, "or"},
	{unicode.Sinhala, "si"}, {unicode.Khmer, "km"}, {unicode.Lao, "lo"}, {unicode.Myanmar, "my"},
	{unicode.Ethiopic, "am"}, {unicode.Thaana, "dv"},
}

// mayHoldKanaOrHangul reports whether s has a character that could make
// scriptLang say Japanese or Korean. It is false for text written only in
// blocks that hold neither kana nor Hangul, which is passed over without
// decoding it: ASCII, every character of two bytes (U+0080–U+07FF:
// Latin, Cyrillic, Arabic…), U+0800–U+0FFF (Indic scripts), U+2000–U+2FFF
// (punctuation such as dashes, symbols, CJK radicals) and U+4000–U+9FFF
// (CJK ideographs). A byte out of place stops the skipping: a kana after
// it is never passed over.
func mayHoldKanaOrHangul(s string) bool {
	for i := asciiPrefix(s); i < len(s); {
		switch c := s[i]; {
		case c < utf8.RuneSelf:
			i++
		case c >= 0xc2 && c <= 0xdf:
			i += 2
		case c == 0xe0 || c == 0xe2 || c >= 0xe4 && c <= 0xe9:
			i += 3
		default:
			return true
		}
	}
	return false
}

// NativeLang decides the language of a native name: from its script
// where that is enough (kana, Hangul), else from the document's language
// (a Han-only name on a Japanese prefecture's page is Japanese), else
// Chinese.
func NativeLang(native, docLang string) string {
	if native == "" {
		return ""
	}
	if l := scriptLang(native); l != "" {
		return l
	}
	if docLang != "" {
		return docLang
	}
	return LangChinese
}

// documentLang guesses the language of the native names of a document
// whose names are written in Chinese characters: an infobox's "Native
// Name Lang", else the scripts its text uses, else words of its title,
// infobox and lead. It returns "" when nothing says.
func documentLang(doc *Document) string {
	if v, _ := doc.Infobox.Get("nativenamelang"); v != "" {
		tag := strings.ToLower(trimSpace(v))
		switch {
		case strings.HasPrefix(tag, "zh"):
			return LangChinese
		case strings.HasPrefix(tag, "ja"):
			return LangJapanese
		case strings.HasPrefix(tag, "ko"):
			return LangKorean
		}
		return tag
	}
	// Words of the title, the infobox and the start of the lead.
	hints := []string{doc.Title}
	if doc.Infobox != nil {
		for _, e := range doc.Infobox.Entries {
			hints = append(hints, e.Value)
		}
	}
	kana, hangul, paragraphs := 0, 0, 0
	count := func(s string) {
		if !mayHoldKanaOrHangul(s) || !hasNative(s) {
			return
		}
		switch scriptLang(s) {
		case LangJapanese:
			kana++
		case LangKorean:
			hangul++
		}
	}
	for _, b := range doc.Blocks {
		switch b.Kind {
		case ParagraphBlock:
			if paragraphs < 2 {
				hints = append(hints, b.Text[:min(len(b.Text), 400)])
				paragraphs++
			}
		case TableBlock:
			for _, r := range b.Table.Rows {
				for _, c := range r.Cells {
					count(c)
				}
			}
		case ListBlock:
			for _, it := range b.List.Items {
				count(it.Text)
			}
		}
	}
	switch {
	case kana > hangul:
		return LangJapanese
	case hangul > kana:
		return LangKorean
	}
	// One lower-case copy of the hints, searched for each word.
	var buf []byte
	for _, h := range hints {
		buf = appendLowerASCII(append(buf, ' '), h)
	}
	for _, w := range []struct{ word, lang string }{
		{"japan", LangJapanese}, {"korea", LangKorean}, {"china", LangChinese}, {"chinese", LangChinese},
		{"taiwan", LangChinese}, {"hong kong", LangChinese}, {"macau", LangChinese}, {"prefecture", LangJapanese},
	} {
		if bytes.Contains(buf, []byte(w.word)) {
			return w.lang
		}
	}
	return ""
}

// countryWords name a country, for telling the country an office belongs
// to from the words of its page: the words pages use beside its name, and
// every sovereign state's name.
var countryWords = withCountryNames(countryWordsOfPages, countryCodes)

// countryWordsOfPages are the words beside countries' names that tell a
// page's country: demonyms, cities, parties, branches of government, the
// territories with codes of their own.
var countryWordsOfPages = []struct{ word, code string }{
	{"china", "cn"}, {"chinese", "cn"}, {"ccp", "cn"}, {"cpc", "cn"}, {"tibet", "cn"},
	{"japan", "jp"}, {"japanese", "jp"},
	{"korea", "kr"}, {"korean", "kr"},
	{"taiwan", "tw"}, {"taiwanese", "tw"},
	// Taiwan's cities, its own party and its branches of government: a
	// page of Kaohsiung's mayors names no country, its native names are
	// Chinese.
	{"taipei", "tw"}, {"kaohsiung", "tw"}, {"taichung", "tw"}, {"tainan", "tw"}, {"hsinchu", "tw"},
	{"taoyuan", "tw"}, {"keelung", "tw"}, {"democratic progressive party", "tw"}, {"legislative yuan", "tw"},
	{"executive yuan", "tw"}, {"control yuan", "tw"}, {"examination yuan", "tw"}, {"judicial yuan", "tw"},
	{"hong kong", "hk"}, {"macau", "mo"}, {"macao", "mo"},
	{"india", "in"}, {"indian", "in"},
	{"guam", "gu"}, {"united states", "us"}, {"american", "us"},
	{"russia", "ru"}, {"russian", "ru"}, {"vietnam", "vn"}, {"vietnamese", "vn"}, {"philippines", "ph"}, {"indonesia", "id"},
	// Vietnam's cities: its names are Latin, no script tells the country.
	{"hanoi", "vn"}, {"ho chi minh city", "vn"},
	{"thailand", "th"}, {"malaysia", "my"}, {"malaysian", "my"}, {"singapore", "sg"}, {"mongolia", "mn"},
	{"united kingdom", "gb"}, {"france", "fr"}, {"germany", "de"}, {"brazil", "br"}, {"mexico", "mx"},
	// Territories with codes of their own, whose pages name the United
	// States too: Guam's above.
	{"puerto rico", "pr"}, {"puerto rican", "pr"}, {"northern mariana islands", "mp"}, {"american samoa", "as"},
	{"northern ireland", "gb"}, {"scotland", "gb"},
	// A state named after a country is the United States': "New Mexico".
	{"new mexico", "us"},
}

// notCountryWords are the countries' names that are as often something
// else: a state of the United States ("Georgia"), a given name ("Jordan",
// "Chad"), a river ("Niger"), part of other countries' names ("Guinea",
// "Congo", "Samoa" in "American Samoa", "Korea" in "North Korea"), or an
// article's form of a name counted without it ("the Bahamas").
var notCountryWords = map[string]bool{"georgia": true, "jordan": true, "chad": true, "niger": true, "guinea": true,
	"mali": true, "samoa": true, "congo": true, "republic of the congo": true, "north korea": true, "south sudan": true,
	"dominica": true}

// withCountryNames returns words with the sovereign states' names of
// codes that words does not hold after them, in a fixed order, but those
// notCountryWords are and those letterPair cannot index ("côte
// d'ivoire").
func withCountryNames(words []struct{ word, code string }, codes map[string]string) []struct{ word, code string } {
	out := slices.Clone(words)
	for _, name := range slices.Sorted(maps.Keys(codes)) {
		if _, ok := letterPair(name); !ok || notCountryWords[name] || strings.HasPrefix(name, "the ") ||
			slices.ContainsFunc(words, func(w struct{ word, code string }) bool { return w.word == name }) {
			continue
		}
		out = append(out, struct{ word, code string }{name, codes[name]})
	}
	return out
}

// countryWordsByFirst lists the indexes of countryWords by their first
// two letters (a–z each): after " t" of " the" only "thailand" is
// compared, not every word in t.
var countryWordsByFirst = func() (by [26 * 26][]int) {
	for k, w := range countryWords {
		i, ok := letterPair(w.word)
		if !ok {
			panic("countryWords: " + w.word + " does not start with two letters a–z")
		}
		by[i] = append(by[i], k)
	}
	return by
}()

// letterPair indexes the first two bytes of s in countryWordsByFirst; ok
// is false unless both are letters a–z.
func letterPair(s string) (int, bool) {
	if len(s) < 2 || s[0] < 'a' || s[0] > 'z' || s[1] < 'a' || s[1] > 'z' {
		return 0, false
	}
	return int(s[0]-'a')*26 + int(s[1]-'a'), true
}

// appendLowerASCII appends s to buf with its ASCII letters in lower case.
func appendLowerASCII(buf []byte, s string) []byte {
	n := len(buf)
	buf = append(buf, s...)
	for i := n; i < len(buf); i++ {
		if c := buf[i]; c >= 'A' && c <= 'Z' {
			buf[i] = c + 'a' - 'A'
		}
	}
	return buf
}

// countWords counts, for each of countryWords, its occurrences in text
// as a whole word after a space or an opening parenthesis, in one pass
// over text. Where several start at one place the longest is counted,
// and the words within it are not: "american samoa" is not also
// "american", "papua new guinea" not also "guinea".
func countWords(text string) []int {
	return countWordsInto(text, make([]int, len(countryWords)))
}

// countWordsInto is countWords counting into n, len(countryWords) zeros.
func countWordsInto(text string, n []int) []int {
	skip := 0 // the end of the last word counted
	for i := 0; i+1 < len(text); i++ {
		if i < skip || text[i] != ' ' && text[i] != '(' {
			continue
		}
		pair, ok := letterPair(text[i+1:])
		if !ok {
			continue
		}
		best := -1
		for _, k := range countryWordsByFirst[pair] {
			w := countryWords[k].word
			if !strings.HasPrefix(text[i+1:], w) || i+1+len(w) < len(text) && isASCIILetter(text[i+1+len(w)]) {
				continue
			}
			if best < 0 || len(w) > len(countryWords[best].word) {
				best = k
			}
		}
		if best >= 0 {
			n[best]++
			skip = i + 1 + len(countryWords[best].word)
		}
	}
	return n
}

// countryNames name the countries of countryWords as an office's title
// names its place: "Minister of Finance of Japan".
var countryNames = map[string]string{
	"cn": "China", "jp": "Japan", "kr": "South Korea", "tw": "Taiwan", "hk": "Hong Kong", "mo": "Macau",
	"in": "India", "gu": "Guam", "us": "the United States", "ru": "Russia", "vn": "Vietnam",
	"ph": "the Philippines", "id": "Indonesia", "th": "Thailand", "my": "Malaysia", "sg": "Singapore",
	"mn": "Mongolia", "gb": "the United Kingdom", "fr": "France", "de": "Germany", "br": "Brazil", "mx": "Mexico",
	"pr": "Puerto Rico", "mp": "the Northern Mariana Islands", "as": "American Samoa",
}

// countryName returns the name an office's title gives a country by its
// code ("ke" → "Kenya", "ae" → "the United Arab Emirates"), or "".
func countryName(code string) string {
	if n, ok := countryNames[code]; ok {
		return n
	}
	return otherCountryNames[code]
}

// otherCountryNames name the sovereign states countryNames does not, from
// countryCodes: each in title case, with its article where English
// writes one, and the common one of its names.
var otherCountryNames = func() map[string]string {
	names := map[string]string{"bs": "the Bahamas", "cv": "Cape Verde", "cg": "the Republic of the Congo",
		"cd": "the Democratic Republic of the Congo", "ci": "Ivory Coast", "cz": "the Czech Republic", "tl": "East Timor",
		"gm": "the Gambia", "fm": "Micronesia", "nl": "the Netherlands", "st": "São Tomé and Príncipe", "tr": "Turkey",
		"va": "Vatican City", "ae": "the United Arab Emirates", "cf": "the Central African Republic",
		"do": "the Dominican Republic", "mh": "the Marshall Islands", "sb": "the Solomon Islands", "mv": "the Maldives",
		"km": "the Comoros"}
	for _, name := range slices.Sorted(maps.Keys(countryCodes)) {
		code := countryCodes[name]
		if _, ok := countryNames[code]; ok {
			continue
		}
		if _, ok := names[code]; !ok {
			names[code] = titleCaseName(name)
		}
	}
	return names
}()

// titleCaseName capitalises a country's lower-case name but its joining
// words: "bosnia and herzegovina" → "Bosnia and Herzegovina",
// "guinea-bissau" → "Guinea-Bissau".
func titleCaseName(name string) string {
	words := strings.Fields(name)
	for i, w := range words {
		if i > 0 && (w == "and" || w == "of" || w == "the") {
			continue
		}
		parts := strings.Split(w, "-")
		for j, p := range parts {
			r, size := utf8.DecodeRuneInString(p)
			parts[j] = string(unicode.ToUpper(r)) + p[size:]
		}
		words[i] = strings.Join(parts, "-")
	}
	return strings.Join(words, " ")
}

// documentCountry tells the country a document's offices belong to (a
// lower-case ISO 3166-1 code): the country its title, infobox and lead
// name most often, else the one its native names' language implies; ""
// when nothing says.
func documentCountry(doc *Document, lang string) string {
	var buf []byte
	add := func(s string) { buf = appendLowerASCII(append(buf, ' '), s) }
	add(doc.Title)
	if doc.Infobox != nil {
		for _, e := range doc.Infobox.Entries {
			if f, _ := e.Field(); f == "almamater" || f == "education" {
				continue // "American University in Cairo": where the holder studied
			}
			add(e.Value)
		}
	}
	paragraphs := 0
	for _, b := range doc.Blocks {
		if b.Kind == ParagraphBlock && paragraphs < 3 {
			add(b.Text[:min(len(b.Text), 2000)])
			paragraphs++
		}
	}
	// "Inner Mongolia" is in China, not in Mongolia. "(Republic of
	// China)" after a date or a name labels its era, which a mainland
	// office's page gives its years before 1949 as a Taiwanese one does:
	// no country's word.
	text := strings.ReplaceAll(string(buf), "inner mongolia", "inner-mongolia china")
	if strings.Contains(text, "(republic of china)") {
		text = strings.ReplaceAll(text, "(republic of china)", " ")
	}
	var counts [320]int // countryWords' counts, on the stack
	var words []int
	if len(countryWords) <= len(counts) {
		words = countWordsInto(text, counts[:len(countryWords)])
	} else {
		words = countWords(text)
	}
	count := map[string]int{}
	best := ""
	for k, w := range countryWords {
		n := words[k]
		if n == 0 {
			continue
		}
		count[w.code] += n
		if best == "" || count[w.code] > count[best] {
			best = w.code
		}
	}
	byLang := ""
	switch lang {
	case LangChinese:
		byLang = "cn"
	case LangJapanese:
		byLang = "jp"
	case LangKorean:
		byLang = "kr"
	}
	if best != "" && byLang != "" && count[byLang] == count[best] {
		// As many words of another country as of the names' own: "Mayor
		// of Seoul (Korean: 서울특별시장) … independence from Japan".
		return byLang
	}
	return cmp.Or(best, byLang)
}

// labelLang is the language a label names: a native-name column's
// ("Japanese", "Hanja") or the one before a native name ("Japanese:
// 田中一郎"). "Japanese" and "Kanji" are ja, "Korean", "Hangul" and
// "Hanja" ko, "Chinese", "Simplified" and "Traditional" zh; "" for a
// label that names none ("Native name").
func labelLang(label string) string {
	l := strings.ToLower(cleanCell(label))
	switch {
	case strings.Contains(l, "japanese") || strings.Contains(l, "kanji") || strings.Contains(l, "日本"):
		return LangJapanese
	case strings.Contains(l, "korean") || strings.Contains(l, "hangul") || strings.Contains(l, "hanja") || strings.Contains(l, "한"):
		return LangKorean
	case strings.Contains(l, "chinese") || strings.Contains(l, "hanzi") || strings.Contains(l, "中文") ||
		strings.Contains(l, "simplified") || strings.Contains(l, "traditional"):
		return LangChinese
	}
	return ""
}

// arabicScriptLang tells apart the languages most often written in the
// Arabic script by the letters only each uses: Uyghur (a Xinjiang
// official's name), Sorani Kurdish, Urdu, Persian; else Arabic.
func arabicScriptLang(s string) string {
	var uyghur, kurdish, urdu, persian bool
	for _, r := range s {
		switch r {
		case 'ە', 'ې', 'ۆ', 'ۇ', 'ۈ', 'ۋ':
			uyghur = true // ە and ۆ are Sorani's too
		case 'ڕ', 'ڵ', 'ێ':
			kurdish = true
		case 'ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ہ', 'ھ':
			urdu = true
		case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی':
			persian = true // Urdu, Uyghur and Kurdish write these too
		}
	}
	switch {
	case kurdish:
		return "ckb"
	case uyghur:
		return "ug"
	case urdu:
		return "ur"
	case persian:
		return "fa"
	}
	return "ar"
}

// cyrillicScriptLang tells apart the languages written in Cyrillic by the
// letters only each uses: Tatar (җ), Bashkir (ҙ, ҫ, ҡ), Tajik (ӣ, ӯ, ҳ,
// ҷ), Kazakh (қ, ұ, ғ, ә), Kyrgyz (ң with ө or ү, no ә),
// Mongolian (ө, ү alone), Belarusian, Ukrainian, Macedonian, Serbian;
// else Russian (Bulgarian has no letter of its own to tell it by).
func cyrillicScriptLang(s string) string {
	var schwa, kazakh, tatar, bashkir, tajik, eng, mongolian, ukrainian, belarusian, macedonian, serbian bool
	for _, r := range strings.ToLower(s) {
		switch r {
		case 'ә':
			schwa = true
		case 'қ', 'ұ', 'ғ':
			kazakh = true
		case 'җ':
			tatar = true
		case 'ҙ', 'ҫ', 'ҡ':
			bashkir = true
		case 'ӣ', 'ӯ', 'ҳ', 'ҷ':
			tajik = true
		case 'ң':
			eng = true
		case 'ө', 'ү':
			mongolian = true // Kazakh's, Kyrgyz's, Tatar's and Bashkir's too
		case 'є', 'ї', 'ґ', 'і':
			ukrainian = true // і is Belarusian's and Kazakh's too, not Russian's
		case 'ў':
			belarusian = true
		case 'ѓ', 'ќ', 'ѕ':
			macedonian = true
		case 'ђ', 'ћ', 'ј', 'љ', 'њ', 'џ':
			serbian = true // Macedonian writes all but ђ and ћ too
		}
	}
	switch {
	case tatar:
		return "tt"
	case bashkir:
		return "ba"
	case tajik:
		return "tg"
	case kazakh || schwa:
		return "kk" // ә alone is Tatar's and Bashkir's too; Kazakh's is the likelier
	case eng && mongolian:
		return "ky"
	case mongolian:
		return "mn"
	case belarusian:
		return "be"
	case ukrainian:
		return "uk"
	case macedonian:
		return "mk"
	case serbian:
		return "sr"
	}
	return "ru"
}
