package pipeline

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"tenure/internal/editdist"
	"tenure/internal/hanfold"
)

// personResolver gives every name one person ID. The same English name with
// a compatible Chinese name (the same, or none) is one person; the same
// English name with different Chinese names is as many people, told apart
// by a numeric suffix in the order of their Chinese names.
type personResolver struct {
	slugs  map[string]string // English name → slug, computed once
	frozen bool              // slugs are no longer stored: id may be called concurrently
	groups map[string]*personGroup
	zhBase map[string][]mention // Chinese name → the first mention of each base slug it is given to
	// merged lists, for a group that others were merged into, their bases.
	merged map[*personGroup][]string
}

type personGroup struct {
	base string
	zhs  []string   // distinct Chinese names, sorted
	acc  *personAcc // the record of its person, when it has one, for persons
	// alias files a native name in another script under the key of the
	// group's one name in the script of the others (see oneNamePerScript).
	alias map[string]string
}

type mention struct {
	base     string
	sourceID string
	line     int
	en       string
	native   string // as written: the key it is filed under is folded
}

func (r *personResolver) add(n Name, sourceID string, line int) {
	if n.IsZero() {
		return
	}
	r.addBase(n, r.base(n), sourceID, line)
}

// addBase is add for a name whose base slug is known; it returns the
// name's group.
func (r *personResolver) addBase(n Name, base, sourceID string, line int) *personGroup {
	g := r.groups[base]
	if g == nil {
		g = &personGroup{base: base}
		r.groups[base] = g
	}
	if n.Native == "" {
		return g
	}
	zh := g.nativeKey(foldNative(n.Native))
	if !slices.Contains(g.zhs, zh) {
		g.zhs = append(g.zhs, zh)
	}
	if n.EN != "" {
		ms := r.zhBase[zh]
		if !slices.ContainsFunc(ms, func(m mention) bool { return m.base == base }) {
			r.zhBase[zh] = append(ms, mention{base: base, sourceID: sourceID, line: line, en: n.EN, native: n.Native})
		}
	}
	return g
}

// base returns the slug every ID of the name starts with.
func (r *personResolver) base(n Name) string {
	key := n.EN
	if key == "" {
		key = "\x00" + n.Native
	}
	if s, ok := r.slugs[key]; ok {
		return s
	}
	s := personBase(n)
	if !r.frozen {
		r.slugs[key] = s
	}
	return s
}

func personBase(n Name) string {
	if n.EN != "" {
		en := withoutKnighthood(uninverted(n.EN))
		if n.Lang == LangJapanese {
			en = withoutKazokuRank(en)
		}
		if s := Slug(withoutNickname(en)); s != "" {
			return s
		}
	}
	return Slug(n.Native)
}

// withoutNickname drops a nickname in quotes between a name's words:
// a list's `John "Jack" Smith` is the "John Smith" of his own page. The
// name as written keeps it.
func withoutNickname(en string) string {
	if strings.IndexByte(en, '"') < 0 && strings.IndexByte(en, 0xE2) < 0 {
		return en // most names: no quote, straight or curly (“ and ‘ start with 0xE2)
	}
	for _, q := range [][2]string{{` "`, `" `}, {" “", "” "}, {" ‘", "’ "}} {
		i := strings.Index(en, q[0])
		if i <= 0 {
			continue
		}
		j := strings.Index(en[i+len(q[0]):], q[1])
		if j <= 0 {
			continue
		}
		return en[:i] + " " + en[i+len(q[0])+j+len(q[1]):]
	}
	return en
}

// withoutKnighthood drops a title of knighthood or peerage before a name
// of two words or more: a list's "Sir Arthur Penn" is the "Arthur Penn"
// of his own page, and "Viscount Kōno Togama" is "Kōno Togama". Only
// titles no one is named ("Earl", "Prince" and "Duke" are first names
// too). A knighthood after another title is dropped too: "Raja Sir
// Maharaj Singh" is the "Raja Maharaj Singh" of an infobox. The name as
// written keeps it.
func withoutKnighthood(en string) string {
	w, rest, ok := strings.Cut(en, " ")
	if !ok {
		return en
	}
	if len(rest) > len("Sir A B") && (rest[0] == 'S' || rest[0] == 'D') { // most names: one look
		for _, k := range []string{"Sir ", "Dame "} {
			if after, found := strings.CutPrefix(rest, k); found && strings.Contains(trimSpace(after), " ") {
				return w + " " + after
			}
		}
	}
	switch w {
	case "Sir", "Dame", "Viscount", "Viscountess", "Baron", "Baroness", "Count", "Countess", "Marquess", "Marchioness":
		if strings.Contains(trimSpace(rest), " ") {
			return rest
		}
	}
	return en
}

// withoutKazokuRank drops the rank of Japan's peerage before the name of
// a person whose native name is Japanese: "Prince Katsura Tarō" is the
// "Viscount Katsura Tarō" and "Count Katsura Tarō" of his earlier terms,
// as withoutKnighthood makes those. Elsewhere "Prince" and "Duke" are
// first names too, or royal titles.
func withoutKazokuRank(en string) string {
	w, rest, ok := strings.Cut(en, " ")
	if ok && (w == "Prince" || w == "Duke" || w == "Marquis") && strings.Contains(trimSpace(rest), " ") {
		return rest
	}
	return en
}

// uninverted turns a name written family name first with a comma, as
// indexes sort them ("Smith, Alfred"), into reading order ("Alfred
// Smith"), so that both forms are one person. A comma before a suffix
// ("Henry Bell, Jr.", "Sir John Smith, 1st Baronet", "Ann Roe, QC") is
// not an inversion; such a name is returned as it is.
func uninverted(en string) string {
	family, given, ok := strings.Cut(en, ", ")
	if !ok || strings.Contains(given, ",") || strings.Contains(family, " ") && !particles[strings.ToLower(strings.Fields(family)[0])] {
		return en
	}
	words := strings.Fields(given)
	if len(words) == 0 || len(words) > 3 {
		return en
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || nameSuffixes[strings.TrimRight(w, ".")] || postNominals[w] {
			return en
		}
	}
	return given + " " + family
}

// nameSuffixes are the words after a comma that end a name rather than
// begin its given names.
var nameSuffixes = map[string]bool{"Jr": true, "Sr": true, "Jnr": true, "Snr": true, "II": true, "III": true,
	"IV": true, "V": true, "Esq": true, "Bt": true, "Bart": true, "Jr.": true, "Sr.": true, "Esq.": true}

// id returns the person ID of a name.
func (r *personResolver) id(n Name) string {
	if n.IsZero() {
		return ""
	}
	base := r.base(n)
	g := r.groups[base]
	if g == nil {
		return base
	}
	return g.id(n)
}

// id returns the ID of the group's person named n.
func (g *personGroup) id(n Name) string {
	if n.Native == "" || len(g.zhs) <= 1 {
		return g.base
	}
	i := slices.Index(g.zhs, g.nativeKey(foldNative(n.Native)))
	if i <= 0 {
		return g.base
	}
	return g.base + "-" + strconv.Itoa(i+1)
}

// NativeKey returns the form of a native name that two writings of one
// name share (see foldNative), for telling whether two records name one
// person: 張平化 and 张平化, 鈴木 直道 and 鈴木直道.
func NativeKey(native string) string { return foldNative(native) }

// foldNative returns the form of a native name two writings of one name
// share: 張平化 and 张平化 are one name in two scripts, a Tibetan name
// is the same with its last syllable mark or without it ("ཆེ་དར་ལྷ་"), and
// a Japanese name with a space between its family and given names or
// without, a transliterated name with any of the dots that part it.
func foldNative(native string) string {
	f := strings.TrimSuffix(hanfold.Fold(native), "\u0f0b")
	if strings.IndexByte(f, ' ') >= 0 {
		f = joinHanWords(f)
	}
	if strings.ContainsAny(f, "•・‧∙") {
		// The dot between the parts of a name transliterated into
		// Chinese, "艾尔肯·吐尼亚孜", typed as any of its look-alikes.
		f = middleDots.Replace(f)
	}
	return f
}

// middleDots writes the look-alikes of the interpunct as the interpunct.
var middleDots = strings.NewReplacer("•", "·", "・", "·", "‧", "·", "∙", "·")

// joinHanWords drops a space between two Han characters or kana: a
// Japanese name's family and given names, "鈴木 直道", are the "鈴木直道" of
// a list. A space between scripts ("김철수 金哲洙", "包爾漢 بۇرھان") parts two
// forms of a name and stays.
func joinHanWords(s string) string {
	rs := []rune(s)
	out := rs[:0]
	for i, r := range rs {
		if r == ' ' && i > 0 && i+1 < len(rs) && isHanOrKana(rs[i-1]) && isHanOrKana(rs[i+1]) {
			continue
		}
		out = append(out, r)
	}
	return string(out)
}

func isHanOrKana(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}

// nativeKey returns the key the group files a folded native name under:
// the name itself, or a key that writes the same name with or without a
// form in another script. Burhan Shahidi's "包爾漢 بۇرھان شەھىدى" and
// "بۇرھان شەھىدى" are one person's; "김철수 金哲洙" and "김철수 金哲秀", each
// complete and differing, are two people's.
func (g *personGroup) nativeKey(zh string) string {
	if k, ok := g.alias[zh]; ok {
		return k
	}
	if len(g.zhs) == 0 || slices.Contains(g.zhs, zh) {
		return zh
	}
	spaced := strings.IndexByte(zh, ' ') >= 0
	var forms []string
	for _, k := range g.zhs {
		if !spaced && strings.IndexByte(k, ' ') < 0 {
			continue // one form each, and they differ
		}
		if forms == nil {
			forms = nativeForms(zh)
		}
		if kf := nativeForms(k); len(kf) != len(forms) && (len(forms) > 1 || len(kf) > 1) &&
			(containsAll(kf, forms) || containsAll(forms, kf)) {
			return k
		}
	}
	return zh
}

// oneNamePerScript makes one person of a name given in different scripts
// and no two in one: Nur Bekri's "نۇر بەكرى" in a list line and
// "努尔·白克力" in a table's Chinese column, Che Dalha's Tibetan and
// Chinese names. Nothing tells such names apart, as two Chinese names do
// two people. The Chinese (or Japanese or Korean) name keeps its key and
// the others are filed under it. Where one script gives two names (two
// people), none is merged.
func (g *personGroup) oneNamePerScript() {
	if len(g.zhs) < 2 {
		return
	}
	class := func(zh string) string {
		switch l := scriptLang(zh); l {
		case "", LangJapanese, LangKorean:
			return "cjk" // Han characters may be any of the three
		default:
			return l
		}
	}
	seen := map[string]bool{}
	keep := ""
	for _, zh := range g.zhs {
		c := class(zh)
		if seen[c] || len(nativeForms(zh)) > 1 {
			return // two names in one script, or a name in several
		}
		seen[c] = true
		if c == "cjk" {
			keep = zh
		}
	}
	if keep == "" {
		keep = slices.Min(g.zhs)
	}
	if g.alias == nil {
		g.alias = map[string]string{}
	}
	for _, zh := range g.zhs {
		if zh != keep {
			g.alias[zh] = keep
		}
	}
	g.zhs = []string{keep}
}

// nativeForms splits a native name written in several scripts one after
// the other ("包爾漢 بۇرھان شەھىدى", "권영철 權寧喆") into its forms, one per
// script; a name in one script is one form.
func nativeForms(s string) []string {
	if !strings.Contains(s, " ") {
		return []string{s}
	}
	var forms []string
	start, last := 0, "\x00"
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			j = len(s) - i
		}
		if lang := scriptLang(s[i : i+j]); lang != last {
			if i > 0 {
				forms = append(forms, s[start:i-1])
			}
			start, last = i, lang
		}
		i += j + 1
	}
	return append(forms, s[start:])
}

// containsAll reports whether every one of sub is in set.
func containsAll(set, sub []string) bool {
	for _, x := range sub {
		if !slices.Contains(set, x) {
			return false
		}
	}
	return true
}

// resolvePersons registers every name the documents mention and reports
// names that cannot be told apart.
func (b *builder) resolvePersons() {
	r := &personResolver{slugs: map[string]string{}, groups: map[string]*personGroup{}, zhBase: map[string][]mention{}}
	b.people = r
	for _, ex := range b.extractions {
		src := ex.source.ID
		for i := range ex.terms {
			c := &ex.terms[i]
			l := c.links()
			if !c.name.IsZero() {
				c.group = r.addBase(c.name, c.base, src, c.line)
			}
			r.add(l.pred, src, l.predLine)
			r.add(l.succ, src, l.succLine)
		}
		for _, o := range ex.offices {
			r.add(o.inaugural, src, o.inauguralLine)
			for _, n := range o.laterFirsts {
				r.add(n, src, o.inauguralLine)
			}
			r.add(o.incumbent, src, o.incumbentLine)
		}
		if ex.person != nil {
			r.add(ex.person.name, src, ex.person.line)
		}
	}
	bio := bioBases(b.extractions)
	r.mergeWordOrders(bio)
	r.mergeSpellings(b.extractions, bio)
	r.mergeJoinedSyllables(bio)
	r.mergeMiddleNames(b.extractions, bio)
	r.mergeInauguralSpellings(b.extractions, bio)
	if r.merged != nil { // some groups were merged into others
		for _, ex := range b.extractions {
			for i := range ex.terms {
				if c := &ex.terms[i]; c.group != nil {
					c.group = r.groups[c.group.base]
				}
			}
		}
	}
	for _, g := range r.groups {
		g.oneNamePerScript()
		slices.Sort(g.zhs)
	}
	// A name without Chinese characters where several people share the
	// English name cannot be placed: say so.
	for _, ex := range b.extractions {
		for i := range ex.terms {
			c := &ex.terms[i]
			if c.name.Native != "" {
				continue
			}
			if g := c.group; g != nil && len(g.zhs) > 1 {
				b.finding(SeverityWarning, CodeAmbiguousPerson, g.base, ex.source.ID, c.line,
					"%q has no Chinese name and could be any of %d people (%s); assigned to %s",
					c.name.EN, len(g.zhs), strings.Join(g.zhs, ", "), g.base)
			}
		}
	}
	// One Chinese name given to people with different English names.
	zhs := make([]string, 0, len(r.zhBase))
	for zh, bases := range r.zhBase {
		if len(bases) > 1 {
			zhs = append(zhs, zh)
		}
	}
	slices.Sort(zhs)
	for _, zh := range zhs {
		bases := slices.Clone(r.zhBase[zh])
		onePerson := !slices.ContainsFunc(bases, func(m mention) bool { return r.groups[m.base] != r.groups[bases[0].base] })
		slices.SortFunc(bases, func(x, y mention) int { return strings.Compare(x.base, y.base) })
		var names []string
		var first mention
		for i, m := range bases {
			names = append(names, m.en)
			if i == 0 || m.sourceID < first.sourceID || m.sourceID == first.sourceID && m.line < first.line {
				first = m
			}
		}
		if onePerson {
			b.finding(SeverityInfo, CodeSharedChineseName, r.id(Name{EN: first.en, Native: first.native}), first.sourceID, first.line,
				"the native name %s is given to %s: one person, written two ways", first.native, strings.Join(names, " and "))
			continue
		}
		b.finding(SeverityWarning, CodeSharedChineseName, r.id(Name{EN: first.en, Native: first.native}), first.sourceID, first.line,
			"the Chinese name %s is given to %s: a transcription error, or one person spelled two ways", first.native, strings.Join(names, " and "))
	}
}

// mergeSpellings makes one person of two spellings of a name that share
// its native name: "Wang Chaowen" and "Wang Zhaowen" for 王朝文, one
// letter apart. Names further apart ("Lou Yangsheng" and "Luo Huining"
// for 骆惠宁) stay two people: one of them is a transcription error the
// finding reports.
func (r *personResolver) mergeSpellings(exs []*extraction, bio map[string]bool) {
	zhs := make([]string, 0)
	for zh, ms := range r.zhBase {
		if len(ms) > 1 {
			zhs = append(zhs, zh)
		}
	}
	if len(zhs) == 0 {
		return
	}
	slices.Sort(zhs)
	// The person keeps the spelling of their biography, else the one
	// written most often, as their record's name does.
	uses := map[string]int{}
	for _, ex := range exs {
		for i := range ex.terms {
			uses[ex.terms[i].base]++
		}
	}
	for _, zh := range zhs {
		ms := slices.Clone(r.zhBase[zh])
		slices.SortFunc(ms, func(x, y mention) int {
			return cmp.Or(bioFirst(bio, x.base, y.base), cmp.Compare(uses[y.base], uses[x.base]), strings.Compare(x.base, y.base))
		})
		keep := r.groups[ms[0].base]
		for _, m := range ms[1:] {
			g := r.groups[m.base]
			if g == keep || !similarSpelling(keep.base, g.base) {
				continue
			}
			r.mergeInto(keep, g)
		}
	}
}

// similarSpelling reports whether two slugs of as many words differ by one
// or two letters: two romanisations or a typing slip, not two names.
func similarSpelling(a, b string) bool {
	if strings.Count(a, "-") != strings.Count(b, "-") || len(a) < 6 {
		return false
	}
	d := editdist.Within(a, b, 2)
	return d <= 2 && d*5 <= len(a)
}

// mergeWordOrders makes one person of a name written in two word orders:
// "Francisco Martínez Portusach" on his own page and "Francisco Portusach
// Martínez" in a list, "Naomichi Suzuki" and "Suzuki Naomichi (鈴木直道)"
// where Japanese order puts the family name first. Names of three words
// or more are merged on their words alone; names of two only when they
// also share a native name, since "Li Peng" and "Peng Li" are as likely
// two people. The person keeps the form of their biography's title, or
// else the first in byte order.
func (r *personResolver) mergeWordOrders(bio map[string]bool) {
	// Most names share their words with no other: the first group of each
	// set of words is kept aside, and a list made only for a second.
	first := make(map[uint64]*personGroup, len(r.groups))
	byWords := map[uint64][]*personGroup{}
	for base, g := range r.groups {
		if strings.IndexByte(base, '-') < 0 {
			continue
		}
		k := wordSetHash(base)
		f, ok := first[k]
		switch {
		case !ok:
			first[k] = g
		case sameWords(f.base, base):
			if byWords[k] == nil {
				byWords[k] = []*personGroup{f}
			}
			byWords[k] = append(byWords[k], g)
		}
	}
	for _, gs := range byWords {
		if len(gs) < 2 {
			continue
		}
		slices.SortFunc(gs, func(x, y *personGroup) int {
			return cmp.Or(bioFirst(bio, x.base, y.base), strings.Compare(x.base, y.base))
		})
		keep := gs[0]
		long := strings.Count(keep.base, "-") >= 2
		for _, g := range gs[1:] {
			if !long && !slices.ContainsFunc(g.zhs, func(zh string) bool { return slices.Contains(keep.zhs, zh) }) {
				continue
			}
			r.mergeInto(keep, g)
		}
	}
}

// mergeMiddleNames makes one person of a biography's subject and a
// holder of the same office, from the same day, in another document,
// whose name is the subject's with a middle name more or fewer: "Pawan
// Chamling" on his own page and "Pawan Kumar Chamling", 5th Chief
// Minister of Sikkim from 12 December 1994, in the list; so are an office
// page's infobox incumbent, in office since a day, and the holder of a
// term of that office from that day, and the incumbent a page's lead
// names with the day they took office. Names spelled a letter or two
// apart are one person the same way: "Shehbaz Sharif", the lead's
// incumbent since 30 March 2009, and the list's "Shahbaz Sharif" of 30
// March 2009–. The office and the day are what make them one; the name
// alone ("John Smith", "John Henry Smith"; "Kim Jong-il", "Kim Jong-un")
// would not. Names with native names that differ stay two people. A
// list's open term written in native script alone is the infobox's
// incumbent of its day, who gives the person their English name; a
// list's term so written is the biography's subject whose term of the
// office starts that day under the same native name.
func (r *personResolver) mergeMiddleNames(exs []*extraction, bio map[string]bool) {
	type bioTerm struct {
		g     *personGroup
		start Date
		named bool   // an infobox's incumbent: the list's form of the name is kept
		en    string // the name as written there
	}
	// The biographies' dated terms and the infoboxes' incumbents, by
	// office and by the year they start: a list's term is matched against
	// those of its year alone (an office's thousands of biographies made
	// this quadratic).
	type officeYear struct {
		officeID string
		year     int16
	}
	var byOffice map[officeYear][]bioTerm
	add := func(officeID string, t bioTerm) {
		if byOffice == nil {
			byOffice = map[officeYear][]bioTerm{}
		}
		k := officeYear{officeID, t.start.Year}
		byOffice[k] = append(byOffice[k], t)
	}
	for _, ex := range exs {
		// An office page's infobox naming its incumbent and since when:
		// "Joaquin Carlos Rahman Nava", since June 30, 2022, is the
		// list's "Joaquin Carlos Rahman A. Nava" of 2022–present.
		for i := range ex.offices {
			oc := &ex.offices[i]
			// Several holders of now share one date, no one's own start.
			if oc.fromInfobox && !oc.incumbent.IsZero() && !oc.office.IncumbentSince.IsZero() && !oc.several {
				if g := r.groups[r.base(oc.incumbent)]; g != nil {
					add(oc.office.ID, bioTerm{g, oc.office.IncumbentSince, true, oc.incumbent.EN})
				}
			}
		}
		if ex.person == nil {
			continue
		}
		for i := range ex.terms {
			if c := &ex.terms[i]; c.bio && c.group != nil && !c.start.IsZero() {
				add(c.officeID, bioTerm{c.group, c.start, false, c.name.EN})
			}
		}
	}
	if byOffice == nil {
		return
	}
	// A body's seats: its members start side by side, many on one day.
	seats := map[string]bool{}
	for _, ex := range exs {
		for i := range ex.offices {
			if o := &ex.offices[i]; isSeatTitle(o.office.Title) || o.several {
				seats[o.office.ID] = true
			}
		}
	}
	for _, ex := range exs {
		for i := range ex.terms {
			c := &ex.terms[i]
			if c.bio || c.group == nil || c.start.IsZero() {
				continue
			}
			bts := byOffice[officeYear{c.officeID, c.start.Year}]
			for _, bt := range bts {
				keep, g := r.groups[bt.g.base], r.groups[c.group.base]
				if keep == nil || g == nil || keep == g {
					continue
				}
				// A spelling a letter or two apart only for the holder of
				// now and the list's open term: two deputies named the same
				// day ("Li Peng", "Li Ping") are two people.
				respelled := bt.named && c.open && similarSpelling(keep.base, g.base)
				// A list that writes the holder of now in their native
				// script alone ("김태흠 金泰欽", a template that lost its
				// English) names the infobox's incumbent of that day.
				// So does a list's term so written that a biography gives,
				// from the same day, under a native name one with it.
				nativeOnly := c.name.EN == "" && c.name.Native != "" &&
					(bt.named && c.open || !bt.named && len(keep.zhs) > 0 && len(g.zhs) > 0)
				// "John Lee" on his page, "John Lee Ka-chiu" in the list.
				givenAdded := withChineseGivenName(bt.en, c.name.EN) || withChineseGivenName(c.name.EN, bt.en)
				// One Chinese or Korean name in two romanisations, of the
				// one who took a post held in turn on that very day: "Hou
				// Yu-ih" on his page, "Hou You-yi" in the list.
				romanised := bt.start.Precision == PrecisionDay && c.start.Precision == PrecisionDay && !seats[c.officeID] &&
					romanisedAlike(bt.en, c.name.EN)
				// One native name under two English ones: "Lai Ching-te" on
				// his page, "William Lai 賴清德" in the list.
				sameNative := len(keep.zhs) > 0 && len(g.zhs) > 0 && !nativeNamesDiffer(keep, g) && !seats[c.officeID]
				if !bt.start.EqualAtSharedPrecision(c.start) ||
					!middleNameVariant(keep.base, g.base) && !respelled && !nativeOnly && !givenAdded && !romanised && !sameNative ||
					nativeNamesDiffer(keep, g) {
					continue
				}
				if nativeOnly {
					r.mergeInto(keep, g) // the infobox's name: the list gives none in Latin letters
					continue
				}
				if bt.named && !bio[keep.base] {
					keep, g = g, keep // the list's form, unless the incumbent has a page of their own
				}
				r.mergeInto(keep, g)
			}
		}
	}
}

// withChineseGivenName reports whether long is short with a Chinese
// given name after it, as Hong Kong and Macau write their officials'
// names: "Edmund Ho Hau-wah" for "Edmund Ho", "Carrie Lam Cheng
// Yuet-ngor" for "Carrie Lam" (a married woman's own family name before
// it). The given name is a pair of syllables joined by a hyphen.
func withChineseGivenName(short, long string) bool {
	rest, ok := strings.CutPrefix(long, short+" ")
	if !ok || !strings.Contains(short, " ") {
		return false
	}
	w := strings.Fields(rest)
	if len(w) == 0 || len(w) > 2 {
		return false
	}
	a, b, ok := strings.Cut(w[len(w)-1], "-")
	return ok && isSyllable(a, true) && isSyllable(b, false) && (len(w) == 1 || isSyllable(w[0], true))
}

// romanisedAlike reports whether two names may be one Chinese or Korean
// name romanised two ways: a family name the same, then a given name of
// two syllables joined by a hyphen in both ("Hou Yu-ih", "Hou You-yi";
// "Lu Shiow-yen", "Lu Hsiu-yen"). Only a post taken the same day makes
// them one person.
func romanisedAlike(a, b string) bool {
	fa, ga, ok1 := strings.Cut(a, " ")
	fb, gb, ok2 := strings.Cut(b, " ")
	if !ok1 || !ok2 || a == b || !strings.EqualFold(fa, fb) || !isSyllable(fa, true) {
		return false
	}
	given := func(g string) bool {
		x, y, ok := strings.Cut(g, "-")
		return ok && isSyllable(x, true) && isSyllable(strings.ToLower(y), false)
	}
	return given(ga) && given(gb)
}

// isSyllable reports whether s is a romanised Chinese syllable: one to
// six ASCII letters, the first a capital when upper is set, the rest
// small.
func isSyllable(s string, upper bool) bool {
	if len(s) == 0 || len(s) > 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case i == 0 && upper:
			if c < 'A' || c > 'Z' {
				return false
			}
		case c < 'a' || c > 'z':
			return false
		}
	}
	return true
}

// spellsID reports whether a person ID was made from the spelling en:
// its base, with or without a suffix that tells people of one name apart.
func spellsID(id, en string) bool {
	base := personBase(Name{EN: en})
	return base != "" && (id == base || strings.HasPrefix(id, base+"-"))
}

// mergeInauguralSpellings makes one person of an office page's
// inaugural holder, as its infobox writes the name, and the first holder
// one of its lists numbers (the one numbered 1: a page may number the
// holders of each period from 1) where the two are spelled a
// letter or two apart or with a middle name more: São Paulo's infobox
// "Prudente de Moraes" and its list's "1 | Prudente de Morais". The
// list's form is kept, unless the infobox's is a biography's own.
func (r *personResolver) mergeInauguralSpellings(exs []*extraction, bio map[string]bool) {
	for _, ex := range exs {
		for i := range ex.offices {
			oc := &ex.offices[i]
			if !oc.fromInfobox || oc.inaugural.IsZero() {
				continue
			}
			ig := r.groups[r.base(oc.inaugural)]
			if ig == nil {
				continue
			}
			for j := range ex.terms {
				c := &ex.terms[j]
				if c.officeID != oc.office.ID || c.ordinal != 1 || c.posOrdinal || c.group == nil {
					continue
				}
				keep, g := r.groups[c.group.base], r.groups[ig.base]
				if keep != nil && g != nil && keep != g && (similarSpelling(keep.base, g.base) || middleNameVariant(keep.base, g.base) ||
					withChineseGivenName(oc.inaugural.EN, c.name.EN) || withChineseGivenName(c.name.EN, oc.inaugural.EN)) &&
					!nativeNamesDiffer(keep, g) {
					if bio[g.base] {
						keep, g = g, keep
					}
					r.mergeInto(keep, g)
					break
				}
			}
		}
	}
}

// mergeJoinedSyllables makes one person of a name whose given name is
// written with and without hyphens or spaces between its syllables: "Oh
// Se-hoon" and "Oh Sehoon", "Ma Ying-jeou" and "Ma Yingjeou". The family
// name, first, must be the same word; names whose native names differ
// stay two people. The person keeps the form of their biography, else
// the one with its syllables apart.
func (r *personResolver) mergeJoinedSyllables(bio map[string]bool) {
	// Only a name of three words or more has syllables to join: those are
	// gathered by their joined form, and the rest looked up among them.
	var joined map[string][]*personGroup
	for base, g := range r.groups {
		if g.base != base || strings.Count(base, "-") < 2 {
			continue // merged into another, or two words
		}
		k := joinedSyllables(base)
		if joined == nil {
			joined = map[string][]*personGroup{}
		}
		joined[k] = append(joined[k], g)
	}
	if joined == nil {
		return
	}
	keys := make([]string, 0, len(joined))
	for k := range joined {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		gs := joined[k]
		if g := r.groups[k]; g != nil && g.base == k {
			gs = append(gs, g) // "oh-sehoon" beside "oh-se-hoon"
		}
		if len(gs) < 2 {
			continue
		}
		slices.SortFunc(gs, func(x, y *personGroup) int {
			return cmp.Or(bioFirst(bio, x.base, y.base), cmp.Compare(strings.Count(y.base, "-"), strings.Count(x.base, "-")),
				strings.Compare(x.base, y.base))
		})
		keep := gs[0]
		for _, g := range gs[1:] {
			if nativeNamesDiffer(keep, g) {
				continue
			}
			r.mergeInto(keep, g)
		}
	}
}

// joinedSyllables returns a slug with the words after its first joined:
// "oh-se-hoon" → "oh-sehoon".
func joinedSyllables(base string) string {
	first, rest, _ := strings.Cut(base, "-")
	return first + "-" + strings.ReplaceAll(rest, "-", "")
}

// nativeNamesDiffer reports whether two people both have native names
// and share none: whatever their Latin names, they are two people.
func nativeNamesDiffer(a, b *personGroup) bool {
	if len(a.zhs) == 0 || len(b.zhs) == 0 {
		return false
	}
	for _, x := range a.zhs {
		for _, y := range b.zhs {
			if x == y || oneNameInForms(x, y) {
				return false
			}
		}
	}
	return true
}

// SameNativeName reports whether two native names, each folded by
// NativeKey, are one name: the same, or one written in more forms than
// the other ("오세훈 吳世勳" and "오세훈").
func SameNativeName(a, b string) bool { return a != "" && b != "" && (a == b || oneNameInForms(a, b)) }

// oneNameInForms reports whether two native names are one written in more
// forms or fewer: "오세훈 吳世勳" (Hangul, then Hanja) and "오세훈".
func oneNameInForms(a, b string) bool {
	if strings.IndexByte(a, ' ') < 0 && strings.IndexByte(b, ' ') < 0 {
		return false
	}
	fa, fb := nativeForms(a), nativeForms(b)
	return len(fa) != len(fb) && (containsAll(fa, fb) || containsAll(fb, fa))
}

// middleNameVariant reports whether two slugs are one name with middle
// names left out of one: the same first and last words, the shorter's
// words all in the longer, in order ("pawan-chamling",
// "pawan-kumar-chamling"), or with a leading Muhammad left out
// ("shafie-apdal", "mohd-shafie-apdal").
func middleNameVariant(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	// "Shafie Apdal" on his page, "Mohd Shafie Apdal" in the list: the
	// Prophet's name, which Malay names begin with and often leave out.
	for _, m := range prophetsNames {
		if rest, ok := strings.CutPrefix(b, m+"-"); ok && !strings.HasPrefix(a, m+"-") && (rest == a || middleNameVariant(a, rest)) {
			return strings.Contains(a, "-")
		}
	}
	s, l := strings.Split(a, "-"), strings.Split(b, "-")
	if len(s) < 2 || len(l) <= len(s) || s[0] != l[0] || s[len(s)-1] != l[len(l)-1] {
		return false
	}
	j := 0
	for _, w := range l {
		if j < len(s) && w == s[j] {
			j++
		}
	}
	return j == len(s)
}

// prophetsNames are the forms of Muhammad, as slugs, that begin Malay
// names and are often left out of them.
var prophetsNames = []string{"mohd", "md", "muhammad", "muhamad", "mohammad", "mohamad", "mohamed", "mohammed"}

// bioBases holds the base slugs of the subjects of biographies: a person
// merged from two spellings keeps the one of their own page.
func bioBases(exs []*extraction) map[string]bool {
	bio := map[string]bool{}
	for _, ex := range exs {
		if ex.person != nil {
			bio[personBase(ex.person.name)] = true
		}
	}
	return bio
}

// bioFirst orders the base a biography is about before one it is not.
func bioFirst(bio map[string]bool, a, b string) int {
	switch {
	case bio[a] == bio[b]:
		return 0
	case bio[a]:
		return -1
	}
	return 1
}

// mergeInto makes g's person keep's: every base filed under g, its own and
// those of groups merged into it before, is filed under keep.
func (r *personResolver) mergeInto(keep, g *personGroup) {
	for _, zh := range g.zhs {
		// "오세훈" beside "오세훈 吳世勳": one name in fewer forms, filed
		// under the one keep has.
		if !slices.ContainsFunc(keep.zhs, func(k string) bool { return k == zh || oneNameInForms(k, zh) }) {
			keep.zhs = append(keep.zhs, zh)
		}
	}
	if r.merged == nil {
		r.merged = map[*personGroup][]string{}
	}
	moved := append(r.merged[g], g.base)
	for _, b := range moved {
		r.groups[b] = keep
	}
	r.merged[keep] = append(r.merged[keep], moved...)
	delete(r.merged, g)
}

// wordSetHash hashes the words of a slug ("francisco-martinez-portusach")
// whatever their order.
func wordSetHash(slug string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	var sum uint64
	h := uint64(offset)
	for i := 0; i <= len(slug); i++ {
		if i == len(slug) || slug[i] == '-' {
			// splitmix64's finalizer, so that a sum of word hashes does
			// not cancel out.
			h ^= h >> 30
			h *= 0xbf58476d1ce4e5b9
			h ^= h >> 27
			h *= 0x94d049bb133111eb
			h ^= h >> 31
			sum += h
			h = offset
			continue
		}
		h = (h ^ uint64(slug[i])) * prime
	}
	return sum
}

// sameWords reports whether two slugs hold the same words in any order.
func sameWords(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	wa, wb := strings.Split(a, "-"), strings.Split(b, "-")
	slices.Sort(wa)
	slices.Sort(wb)
	return slices.Equal(wa, wb)
}

// personAcc gathers what the documents say of one person.
type personAcc struct {
	p         Person
	spellings []spelling // most people have one or two
	bio       bool
}

type spelling struct {
	en string
	n  int
}

// note records a mention of the person, named n, in sourceID.
func (a *personAcc) note(n Name, sourceID string) {
	if n.EN != "" {
		k := slices.IndexFunc(a.spellings, func(s spelling) bool { return s.en == n.EN })
		if k < 0 {
			k = len(a.spellings)
			a.spellings = append(a.spellings, spelling{en: n.EN})
		}
		a.spellings[k].n++
	}
	if a.p.NameNative == "" && n.Native != "" {
		a.p.NameNative, a.p.NameNativeLang = n.Native, n.Lang
	}
	// A living holder's "born 1950" gives no death: read once for the
	// birth, not at every mention.
	if n.Life != "" && (a.p.Birth.IsZero() || a.p.Death.IsZero() && n.Life[0] != 'b' && n.Life[0] != 'B') {
		// The first list to give each, in the order of sources.
		birth, death := lifeDates(n.Life)
		if a.p.Birth.IsZero() {
			a.p.Birth = birth
		}
		if a.p.Death.IsZero() {
			a.p.Death = death
		}
	}
	if !a.bio && sourceID < a.p.SourceID {
		a.p.SourceID = sourceID
	}
}

// lifePrefixes open a birth or a death written in words: "born 1950",
// "d. 2001".
var lifePrefixes = []string{"born ", "b. ", "died ", "d. "}

// lifeDates reads the birth and death that a name's life dates give:
// "1910–2000" → 1910 and 2000, "born 1933" and "b. 1946" → a birth,
// "died 1950", "d. 1950" and "?–1950" → a death, "c. 849 – 899" → both;
// zero dates for what it does not give, and for anything else.
func lifeDates(life string) (birth, death Date) {
	l := trimSpace(withoutAge(life)) // "born 1950, aged 75"
	low := strings.ToLower(l)
	for _, p := range lifePrefixes {
		if strings.HasPrefix(low, p) {
			d, err := ParseDate(trimDateNoise(trimSpace(l[len(p):])))
			switch {
			case err != nil:
				return Date{}, Date{}
			case p[0] == 'b':
				return d, Date{}
			default:
				return Date{}, d
			}
		}
	}
	if t, err := ParseTenure(l); err == nil && !t.Single {
		return t.Start, t.End
	}
	if rest, ok := strings.CutPrefix(l, "?"); ok {
		// "?–1950": the birth is not known.
		rest = strings.TrimLeft(trimSpace(rest), "–—-")
		if d, err := ParseDate(trimDateNoise(trimSpace(rest))); err == nil {
			return Date{}, d
		}
	}
	return Date{}, Date{}
}

// persons builds the person records: one per person ID mentioned, with the
// details of their biography where there is one.
func (b *builder) persons() {
	r := b.people
	all := make(map[string]*personAcc, len(r.groups))
	// find returns the record of the person id, first mentioned in
	// sourceID.
	find := func(id, sourceID string) *personAcc {
		a := all[id]
		if a == nil {
			a = &personAcc{p: Person{ID: id, SourceID: sourceID}}
			all[id] = a
		}
		return a
	}
	// noteAs records a mention of the person id, named n.
	noteAs := func(id string, n Name, sourceID string) *personAcc {
		if n.IsZero() {
			return nil
		}
		a := find(id, sourceID)
		a.note(n, sourceID)
		return a
	}
	note := func(n Name, sourceID string) *personAcc { return noteAs(r.id(n), n, sourceID) }
	for _, ex := range b.extractions {
		src := ex.source.ID
		for i := range ex.terms {
			c := &ex.terms[i]
			if g := c.group; g != nil {
				// resolved by reconcileTerms; a group of one person
				// keeps its record at hand.
				var a *personAcc
				if len(g.zhs) <= 1 {
					if g.acc == nil {
						g.acc = find(c.personID, src)
					}
					a = g.acc
				} else {
					a = find(c.personID, src)
				}
				a.note(c.name, src)
			}
			note(c.links().pred, src)
			note(c.links().succ, src)
		}
		for _, o := range ex.offices {
			note(o.inaugural, src)
			note(o.incumbent, src)
		}
	}
	for _, ex := range b.extractions {
		if p := ex.person; p != nil {
			a := note(p.name, ex.source.ID)
			if a == nil {
				continue
			}
			a.bio = true
			a.p.SourceID = ex.source.ID
			if n := p.name.Native; n != "" && a.p.NameNative != n && strings.HasPrefix(n, a.p.NameNative+" ") {
				// A list's "오세훈", the person's own page's "오세훈 吳世勳":
				// the fuller.
				a.p.NameNative, a.p.NameNativeLang = n, p.name.Lang
			}
			if !p.birth.IsZero() {
				a.p.Birth = p.birth // the person's own page over a list's life dates
			}
			if !p.death.IsZero() {
				a.p.Death = p.death
			}
			a.p.BirthPlace, a.p.DeathPlace = p.birthPlace, p.deathPlace
			a.p.Party = p.party
			a.p.AlmaMater = p.almaMater
		}
	}
	// Sorted as pointers, the records copied once into their place.
	accs := make([]*personAcc, 0, len(all))
	for _, a := range all {
		accs = append(accs, a)
	}
	slices.SortFunc(accs, func(x, y *personAcc) int { return cmp.Compare(x.p.ID, y.p.ID) })
	b.ds.Persons = slices.Grow(b.ds.Persons, len(accs))
	for _, a := range accs {
		// The most frequent spelling names the person; ties go to the
		// one the person's ID was made from (two spellings merged into
		// one person: "Emily R. Lopez" of the list, "Emily Lopez" of the
		// infobox), then to the first in byte order, so the choice is
		// stable.
		best, n := "", -1
		for _, s := range a.spellings {
			switch {
			case s.n > n:
				best, n = s.en, s.n
			case s.n == n:
				if mine, theirs := spellsID(a.p.ID, s.en), spellsID(a.p.ID, best); mine && !theirs || mine == theirs && s.en < best {
					best = s.en
				}
			}
		}
		a.p.NameEN = best
		b.ds.Persons = append(b.ds.Persons, a.p)
	}
}

// sameByInitials reports whether two Latin names may be one person's
// written with initials for some of the names: "A.P.T. Pranoto" and "Aji
// Pangeran Tumenggung Pranoto", "J. Smith" and "John Smith". The last
// names are the same, there are as many names before them, and each pair
// is the same name or an initial and a name it begins. Names that are
// the same throughout are not (they are one name, not initials).
func sameByInitials(a, b string) bool {
	wa, wb := initialWords(a), initialWords(b)
	if len(wa) < 2 || len(wa) != len(wb) || !strings.EqualFold(wa[len(wa)-1], wb[len(wb)-1]) {
		return false
	}
	initials := false
	for i := range len(wa) - 1 {
		x, y := wa[i], wb[i]
		switch {
		case strings.EqualFold(x, y):
		case utf8.RuneCountInString(x) == 1 && hasPrefixFold(y, x), utf8.RuneCountInString(y) == 1 && hasPrefixFold(x, y):
			initials = true
		default:
			return false
		}
	}
	return initials
}

// initialWords splits a name into its words, initials run together
// ("A.P.T.") one word each.
func initialWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '.' || r == '\u00a0' })
}
