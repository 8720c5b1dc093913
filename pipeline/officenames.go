package pipeline

import (
	"strings"
)

// roleWords are the nouns that make a heading or a title name an office.
var roleWords = []string{"secretar", "governor", "mayor", "chair", "president", "premier", "minister",
	"leader", "director", "commissioner", "speaker", "administrator", "chief", "head of", "commander", "prefect"}

func hasRoleWord(s string) bool {
	l := strings.ToLower(s)
	for _, w := range roleWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

var topicalPrefixes = []string{"politics of", "list of", "lists of", "history of", "government of", "timeline of", "leadership of"}

// looksLikeOffice reports whether a page title names one office
// ("Governor of Hunan") rather than a topic ("Politics of Shanxi").
func looksLikeOffice(title string) bool {
	l := strings.ToLower(title)
	for _, p := range topicalPrefixes {
		if strings.HasPrefix(l, p) {
			return false
		}
	}
	return hasRoleWord(title)
}

var notPlaceWords = map[string]bool{"committee": true, "congress": true, "party": true, "government": true,
	"council": true, "commission": true, "assembly": true, "conference": true, "standing": true,
	"provincial": true, "municipal": true, "people's": true, "cpc": true, "ccp": true, "cppcc": true}

// placeOf returns the place an office or topic title is about:
// "Party Secretary of Qinghai" → "Qinghai"; "" when the text after the
// last " of " is an organisation rather than a place.
func placeOf(title string) string {
	i := strings.LastIndex(title, " of ")
	if i < 0 {
		return ""
	}
	p := strings.TrimSpace(title[i+len(" of "):])
	p = strings.TrimPrefix(p, "the ")
	words := strings.Fields(p)
	if len(words) == 0 || len(words) > 3 {
		return ""
	}
	for _, w := range words {
		if notPlaceWords[strings.ToLower(w)] || !(w[0] >= 'A' && w[0] <= 'Z') {
			return ""
		}
	}
	return p
}

// officeTitleFromHeadings names the office of a list from the headings
// above it: the nearest heading that names a role, made into a singular
// office title with the page's place ("List of governors of Shanxi" →
// "Governor of Shanxi"; "Governors" on "Politics of Guizhou" →
// "Governor of Guizhou").
func officeTitleFromHeadings(blocks []Block, idx int, place string) string {
	var headings []string
	for i := idx - 1; i >= 0; i-- {
		b := blocks[i]
		if b.Kind == HeadingBlock {
			headings = append(headings, b.Text)
			continue
		}
		if len(headings) > 0 {
			break
		}
		if b.Kind == ParagraphBlock {
			continue // an introduction such as "Secretaries of the CCP Shanxi Committee:"
		}
		break
	}
	for _, h := range headings {
		if hasRoleWord(h) {
			return canonicalOfficeTitle(h, place)
		}
	}
	return ""
}

// canonicalOfficeTitle turns a list heading into an office title.
func canonicalOfficeTitle(h, place string) string {
	h = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(h), ":"))
	for _, p := range []string{"list of ", "lists of ", "the "} {
		if len(h) >= len(p) && strings.EqualFold(h[:len(p)], p) {
			h = strings.TrimSpace(h[len(p):])
		}
	}
	l := strings.ToLower(h)
	if strings.Contains(l, "secretar") && (strings.Contains(l, "party") || strings.Contains(l, "cpc") || strings.Contains(l, "ccp") || strings.Contains(l, "communist")) &&
		!strings.Contains(l, "deputy") {
		p := place
		if p == "" || !strings.Contains(h, p) {
			if q := placeInHeading(h); q != "" {
				p = q
			}
		}
		if p == "" {
			return "Party Secretary"
		}
		return "Party Secretary of " + p
	}
	head, tail, hasOf := strings.Cut(h, " of ")
	words := strings.Fields(head)
	if len(words) == 0 {
		return ""
	}
	words[len(words)-1] = singular(words[len(words)-1])
	for i, w := range words {
		words[i] = titleWord(w, i == 0)
	}
	out := strings.Join(words, " ")
	if hasOf {
		out += " of " + tail
	}
	if place != "" && !strings.Contains(out, place) {
		out += " of " + place
	}
	return out
}

// placeInHeading finds a capitalised word that is not an organisation
// word: "CPC Guizhou Committee Secretaries" → "Guizhou".
func placeInHeading(h string) string {
	for _, w := range strings.Fields(h) {
		lw := strings.ToLower(w)
		if notPlaceWords[lw] || strings.Contains(lw, "secretar") || lw == "communist" || lw == "china" || lw == "chinese" || lw == "of" || lw == "the" {
			continue
		}
		if w[0] >= 'A' && w[0] <= 'Z' {
			return w
		}
	}
	return ""
}

var singulars = map[string]string{
	"chairpersons": "chairman", "chairperson": "chairman", "chairmen": "chairman", "chairs": "chairman",
	"chairwomen": "chairwoman", "secretaries": "secretary", "people": "person",
}

func singular(w string) string {
	l := strings.ToLower(w)
	if s, ok := singulars[l]; ok {
		return s
	}
	switch {
	case strings.HasSuffix(l, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(l, "men"):
		return w[:len(w)-3] + "man"
	case strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss"):
		return w[:len(w)-1]
	}
	return w
}

var smallWords = map[string]bool{"of": true, "the": true, "and": true, "in": true, "for": true, "on": true}

func titleWord(w string, first bool) string {
	if w == "" || (!first && smallWords[strings.ToLower(w)]) {
		return w
	}
	if w[0] >= 'a' && w[0] <= 'z' {
		return string(w[0]-'a'+'A') + w[1:]
	}
	return w
}
