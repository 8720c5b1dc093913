package pipeline

import (
	"html"
	"strings"
)

// Markup left over from a page's HTML is read as the text it stands for
// before anything else looks at a line: a renderer that keeps "&ndash;" or
// "<br>" must not cost a row its dates.

// maxEntity is the longest character reference unmarkup decodes, "&" and
// ";" included: the longest HTML5 entity name is 31 characters.
const maxEntity = 34

// lineBreakTags and inlineTags are the tags unmarkup reads: a line break
// separates what is on each side of it (a name and its dates), and inline
// formatting adds nothing. Other text between angle brackets ("<5 years")
// is left as it is.
var (
	lineBreakTags = map[string]bool{"br": true, "hr": true, "p": true, "div": true, "li": true}
	inlineTags    = map[string]bool{
		"small": true, "big": true, "sup": true, "sub": true, "b": true, "i": true, "u": true, "s": true,
		"em": true, "strong": true, "span": true, "abbr": true, "font": true, "center": true, "nowiki": true,
		"a": true, "bdi": true, "wbr": true,
	}
)

// hasMarkup reports whether unmarkup may change l.
func hasMarkup(l string) bool {
	return strings.IndexByte(l, '&') >= 0 || strings.IndexByte(l, '<') >= 0 || strings.IndexByte(l, '{') > 0 || hasWikiLinkStart(l)
}

// hasWikiLinkStart reports whether l holds "[[", looked for from each
// "[" (most lines hold none; many a footnote's one).
func hasWikiLinkStart(l string) bool {
	for i := strings.IndexByte(l, '['); i >= 0 && i+1 < len(l); {
		if l[i+1] == '[' {
			return true
		}
		j := strings.IndexByte(l[i+1:], '[')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// unmarkup decodes the character references in l ("&ndash;", "&#8211;",
// "&nbsp;") that end with a semicolon, removes footnotes written as
// <ref>…</ref> or <ref … />, reads <br> and other breaks as a space,
// drops inline tags such as <small> and <sup>, and keeps the text of a
// subscript written as TeX ("_{2}") and of a wiki link ("[[Ann
// Lee|Ann Lee]]"). A reference that would
// stand for "|" is kept as it is, so it cannot split a table cell.
func unmarkup(l string) string {
	if !hasMarkup(l) {
		return l
	}
	var b strings.Builder
	b.Grow(len(l))
	for i := 0; i < len(l); {
		switch l[i] {
		case '&':
			if n := entityLen(l[i:]); n > 0 {
				if dec := html.UnescapeString(l[i : i+n]); dec != l[i:i+n] && dec != "|" {
					b.WriteString(dec)
					i += n
					continue
				}
			}
		case '<':
			if n, repl, ok := readTag(l[i:]); ok {
				b.WriteString(repl)
				i += n
				continue
			}
		case '[':
			// "[[Bob Ray (politician)|Bob Ray]]", "[[Ann Lee]]": a wiki link
			// a copy kept, read as the text it shows; its pipe must not
			// split a table's cell. A file's link shows nothing.
			if n, text, ok := readWikiLink(l[i:]); ok {
				b.WriteString(text)
				i += n
				continue
			}
		case '_', '^':
			// "Sun Fo _{2}": a subscript (or superscript) a mirror wrote
			// as TeX, the holder's second time; its text, set apart.
			if j := strings.IndexByte(l[i:], '}'); i+1 < len(l) && l[i+1] == '{' && j > 2 && j <= 12 && !strings.ContainsAny(l[i+2:i+j], "{|") {
				b.WriteByte(' ')
				b.WriteString(l[i+2 : i+j])
				i += j + 1
				continue
			}
		}
		b.WriteByte(l[i])
		i++
	}
	return b.String()
}

// readWikiLink reads the wiki link s starts with: the bytes it takes and
// the text it shows, the part after its last pipe or its target. ok is
// false when s opens no link closed on the line.
func readWikiLink(s string) (n int, text string, ok bool) {
	if !strings.HasPrefix(s, "[[") {
		return 0, "", false
	}
	end := strings.Index(s, "]]")
	if end < 2 || strings.Contains(s[2:end], "[[") {
		return 0, "", false
	}
	inner := s[2:end]
	if ns, _, found := strings.Cut(inner, ":"); found && (strings.EqualFold(ns, "file") || strings.EqualFold(ns, "image")) {
		return end + 2, "", true
	}
	if k := strings.LastIndexByte(inner, '|'); k >= 0 {
		inner = inner[k+1:]
	}
	return end + 2, inner, true
}

// entityLen is the length of the character reference s starts with,
// "&name;", "&#123;" or "&#x1F;", or 0.
func entityLen(s string) int {
	end := min(len(s), maxEntity)
	for j := 1; j < end; j++ {
		c := s[j]
		switch {
		case c == ';':
			if j == 1 {
				return 0
			}
			return j + 1
		case c == '#' && j == 1, isASCIILetter(c), isDigit(c):
		default:
			return 0
		}
	}
	return 0
}

// readTag reads the tag s starts with. It returns the bytes to skip and
// what replaces them: a whole <ref>…</ref> footnote or an inline tag
// becomes nothing, a break a space. ok is false for anything else.
func readTag(s string) (n int, repl string, ok bool) {
	gt := strings.IndexByte(s, '>')
	if gt < 0 {
		return 0, "", false
	}
	inner := s[1:gt]
	closing := strings.HasPrefix(inner, "/")
	inner = strings.TrimPrefix(inner, "/")
	name := inner
	if k := strings.IndexAny(inner, " /"); k >= 0 {
		name = inner[:k]
	}
	if name == "" || strings.IndexByte(inner, '<') >= 0 {
		return 0, "", false
	}
	name = strings.ToLower(name)
	switch {
	case name == "ref":
		if closing || strings.HasSuffix(inner, "/") {
			return gt + 1, "", true
		}
		// The footnote runs to its closing tag; one left open is dropped
		// with the rest of the line, as a footnote has nothing after it.
		if end := indexFold(s[gt+1:], "</ref>"); end >= 0 {
			return gt + 1 + end + len("</ref>"), "", true
		}
		return len(s), "", true
	case lineBreakTags[name]:
		return gt + 1, " ", true
	case inlineTags[name]:
		return gt + 1, "", true
	}
	return 0, "", false
}

// indexFold is strings.Index of an ASCII substr, ignoring case.
func indexFold(s, substr string) int {
	for i := 0; i+len(substr) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(substr)], substr) {
			return i
		}
	}
	return -1
}

// lastIndexFold is strings.LastIndex of an ASCII substr, ignoring case:
// an index into s itself, whatever its other letters lower to.
func lastIndexFold(s, substr string) int {
	for i := len(s) - len(substr); i >= 0; i-- {
		if strings.EqualFold(s[i:i+len(substr)], substr) {
			return i
		}
	}
	return -1
}

// dropScriptErrors removes the messages a wiki renders in place of a
// template it could not expand: `Script error: No such module "Lang".`
// and `Lua error in Module:Lang at line 5: attempt to index nil.`, which
// stand where a native name, a date or an age would be. A Lua error runs
// to the end of its sentence, its cell or its line.
func dropScriptErrors(l string) string {
	if strings.IndexByte(l, ':') < 0 || !strings.Contains(l, " error") {
		return l // both messages hold a colon
	}
	for _, p := range []string{"Script error: No such module \"", "Lua error"} {
		for {
			i := strings.Index(l, p)
			if i < 0 {
				break
			}
			end := len(l)
			rest := l[i+len(p):]
			switch {
			case p[0] == 'S':
				if j := strings.Index(rest, "\"."); j >= 0 {
					end = i + len(p) + j + 2
				} else if j := strings.IndexByte(rest, '"'); j >= 0 {
					end = i + len(p) + j + 1
				}
			default: // to the end of its sentence, cell, bracket or line
				if j := strings.Index(rest, ". "); j >= 0 {
					end = min(end, i+len(p)+j+1)
				}
				if j := strings.Index(rest, " |"); j >= 0 {
					end = min(end, i+len(p)+j)
				}
				if j := strings.IndexByte(rest, ')'); j >= 0 {
					end = min(end, i+len(p)+j)
				}
			}
			l = l[:i] + l[end:]
		}
	}
	return l
}
