package pipeline

import (
	"strings"
)

// A table of the posts of many places and who holds each now gives each
// place a row and each kind of post a column, every cell naming the post
// and its holder: "| Albania | President – Bajram Begaj | Prime Minister –
// Edi Rama |" under "| State | Head of state | Head of government |" (List
// of current heads of state and government).

// isPostsByPlaceTable reports whether a table is of that shape: the page
// (its title, the heading above the table, or its lead) is about the
// holders of now, the first column names places, and most other filled
// cells read as posts with their holders.
func isPostsByPlaceTable(doc *Document, idx int, t *Table) bool {
	if len(t.Header.Cells) < 2 || len(t.Rows) == 0 || !isPlaceColumnLabel(cleanCell(t.Header.Cells[0])) {
		return false
	}
	if !aboutHoldersOfNow(doc, idx) && !leadSaysNow(doc, idx) {
		return false
	}
	filled, read := 0, 0
	for _, r := range t.Rows {
		for _, c := range r.Cells[min(1, len(r.Cells)):] {
			if c = cleanCell(c); c == "" {
				continue
			}
			filled++
			if postHolderPairs(c) != nil {
				read++
			}
		}
	}
	return read > 0 && read*2 > filled
}

// isPlaceColumnLabel reports whether a table's first label names the
// places its rows are of: a kind of place, or a country ("State",
// "Country", "Nation").
func isPlaceColumnLabel(l string) bool {
	return isCountryLabel(l) || isPlaceLabel(l)
}

// postAndHolder is one post of a place and its holder, as a cell names
// them.
type postAndHolder struct{ post, holder string }

// postHolderSeps part a post from its holder in a cell.
var postHolderSeps = []string{" – ", " — ", " - ", ": "}

// postHolderPairs reads a cell that names posts and their holders:
// "President – Bajram Begaj", or several flattened into one line,
// "Episcopal Co-Prince – Josep-Lluís Serrano Pentinat French Co-Prince –
// Emmanuel Macron" (the next post begins after the holder's name, with
// words that qualify a post or name one). It returns nil unless the whole
// cell reads so.
func postHolderPairs(cell string) []postAndHolder {
	var sep string
	for _, s := range postHolderSeps {
		if strings.Contains(cell, s) {
			sep = s
			break
		}
	}
	if sep == "" {
		return nil
	}
	parts := strings.Split(cell, sep)
	post := trimSpace(parts[0])
	var out []postAndHolder
	for i, p := range parts[1:] {
		p = trimSpace(p)
		holder, next := p, ""
		if i < len(parts)-2 {
			// "Josep-Lluís Serrano Pentinat French Co-Prince": the holder,
			// then the next post.
			var ok bool
			if holder, next, ok = cutNextPost(p); !ok {
				return nil
			}
		}
		if !isHeadsPost(post) || !isOnePost(post) || !isOneHolder(holder) || !twoCapitalisedWords(cleanCell(holder)) {
			return nil
		}
		out = append(out, postAndHolder{post, holder})
		post = next
	}
	return out
}

// cutNextPost splits a holder's name from the post that follows it, where
// the line breaks between them were lost: "Josep-Lluís Serrano Pentinat
// French Co-Prince" → "Josep-Lluís Serrano Pentinat", "French Co-Prince".
// The post is the longest run of words at the end that each name a role,
// qualify one or name a nation; the name keeps two words.
func cutNextPost(s string) (holder, post string, ok bool) {
	words := strings.Fields(s)
	k := len(words)
	for k > 2 && isPostWord(words[k-1]) {
		k--
	}
	if k == len(words) || !isHeadsPost(words[len(words)-1]) {
		return "", "", false
	}
	return strings.Join(words[:k], " "), strings.Join(words[k:], " "), true
}

// isPostWord reports whether a word can be part of a post's title
// written after a holder's name: a role ("Co-Prince"), a word that
// qualifies one ("Deputy", "First"), a nation's ("French").
func isPostWord(w string) bool {
	l := strings.ToLower(w)
	return isHeadsPost(w) || roleModifiers[l] || demonyms[l] != "" || l == "of" || l == "the"
}

// isHeadsPost reports whether a cell's post names one, counting a
// monarch's title, as a table of heads of state writes them: "King –
// Charles III", "French Co-Prince – Emmanuel Macron". (A title alone is
// no post elsewhere: "Ann King" is a name.)
func isHeadsPost(post string) bool {
	if hasRoleWord(post) {
		return true
	}
	last := post[strings.LastIndexByte(post, ' ')+1:]
	return headsTitles[strings.TrimPrefix(last, "Co-")]
}

// headsTitles are a monarch's titles a table of heads of state gives as
// the post.
var headsTitles = map[string]bool{"King": true, "Queen": true, "Prince": true, "Princess": true, "Emir": true,
	"Duke": true, "Pope": true, "Sovereign": true, "Agong": true} // "Grand Duke", "Yang di-Pertuan Agong"

// postsByPlace reads a table of the posts of many places and their
// holders of now (see isPostsByPlaceTable): each post and holder an open
// term of the place's post, whose start the page does not give.
func (x *extractor) postsByPlace(t *Table) {
	for _, r := range t.Rows {
		if len(r.Cells) < 2 {
			continue
		}
		place := cleanCell(r.Cells[0])
		if i := strings.IndexByte(place, '('); i > 0 {
			place = trimSpace(place[:i]) // "Bosnia and Herzegovina (details)"
		}
		if place == "" {
			continue
		}
		for _, c := range r.Cells[1:] {
			for _, ph := range postHolderPairs(cleanCell(c)) {
				name := x.name(ph.holder)
				if name.IsZero() || isVacancyText(ph.holder) || isUnknownHolder(ph.holder) {
					continue
				}
				officeID := x.officeClaim(canonicalOfficeTitle(ph.post, place), ph.post, r.Line)
				x.officeOfCountry(officeID, place)
				tc := termClaim{officeID: officeID, sourceID: x.ex.source.ID, line: r.Line, pos: x.nextPos(), name: name, list: x.listNo, open: true}
				tc.acting = name.Acting || actingWordSet.prefix(ph.post) > 0
				tc.note = name.Note()
				x.ex.terms = append(x.ex.terms, tc)
			}
		}
	}
}
