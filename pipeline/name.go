package pipeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Name is a person's name as one cell or line gives it, split into its
// parts: "Zhang Qilong (张启龙)", "Luo Dongchuan (acting)",
// "Zhang Dingcheng (1910–2000)".
type Name struct {
	EN string // the name in Latin script
	ZH string // the name in Chinese characters
	// Acting is set by a qualifier such as "(acting)" or "(interim)".
	Acting bool
	// Life holds life dates given beside the name: "1910–2000", "born 1933".
	Life string
	// Qualifiers holds any other parenthesised text ("Governor").
	Qualifiers []string
}

// IsZero reports whether the name holds no name at all.
func (n Name) IsZero() bool { return n.EN == "" && n.ZH == "" }

// Note joins the qualifiers and life dates that are not part of the name.
func (n Name) Note() string {
	parts := n.Qualifiers
	if n.Life != "" {
		parts = append(append([]string(nil), parts...), n.Life)
	}
	return strings.Join(parts, "; ")
}

var actingWords = []string{"acting", "interim", "caretaker", "provisional", "temporary", "ad interim"}

// IsActingNote reports whether a note marks an acting holder.
func IsActingNote(s string) bool {
	s = strings.ToLower(s)
	for _, w := range actingWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// ParseName splits a name cell into its English and Chinese parts and its
// qualifiers. Footnote markers ("[3]") are removed; full-width parentheses
// count as parentheses.
func ParseName(s string) Name {
	s = cleanCell(s)
	var n Name
	var outside strings.Builder
	for len(s) > 0 {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			outside.WriteString(s)
			break
		}
		outside.WriteString(s[:i])
		rest := s[i+1:]
		j := strings.IndexByte(rest, ')')
		if j < 0 { // unbalanced: keep the text, drop the parenthesis
			outside.WriteString(rest)
			break
		}
		q := strings.TrimSpace(rest[:j])
		// A bracket glued to the text before it ("f(x)") is part of the
		// text, unless it holds the Chinese name ("张三（…）" pages often
		// omit the space).
		if i > 0 && s[i-1] != ' ' && !(hasHan(q) && hanShare(q) >= 0.5) {
			outside.WriteString("(" + rest[:j] + ")")
		} else {
			n.addQualifier(q)
		}
		s = rest[j+1:]
	}
	text := outside.String()
	if strings.Count(text, "(") != strings.Count(text, ")") {
		text = strings.NewReplacer("(", " ", ")", " ").Replace(text) // stray brackets
	}
	if hasHan(text) {
		zh, latin := splitHan(text)
		if n.ZH == "" {
			n.ZH = zh
		} else if zh != n.ZH {
			n.Qualifiers = append(n.Qualifiers, zh)
		}
		text = latin
	}
	n.EN = trimNamePunct(collapseSpaces(text))
	return n
}

func (n *Name) addQualifier(q string) {
	if q == "" || q == ";" {
		return
	}
	switch {
	case hasHan(q) && hanShare(q) >= 0.5:
		zh, _ := splitHan(q)
		if n.ZH == "" {
			n.ZH = zh
			return
		}
		n.Qualifiers = append(n.Qualifiers, q)
	case IsActingNote(q):
		n.Acting = true
		if rest := strings.TrimSpace(strings.TrimPrefix(strings.ToLower(q), "acting")); rest != "" && !IsActingNote(rest) {
			n.Qualifiers = append(n.Qualifiers, q)
		}
	case isLifeDates(q):
		n.Life = q
	default:
		n.Qualifiers = append(n.Qualifiers, q)
	}
}

// isLifeDates recognises "1910–2000", "born 1933", "b. 1946", "1946–2007".
func isLifeDates(q string) bool {
	l := strings.ToLower(q)
	if strings.HasPrefix(l, "born") || strings.HasPrefix(l, "b. ") || strings.HasPrefix(l, "died") || strings.HasPrefix(l, "d. ") {
		return true
	}
	digits, other := 0, 0
	for _, r := range q {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '–' || r == '-' || r == '—' || r == ' ' || r == '?':
		default:
			other++
		}
	}
	return digits >= 4 && other == 0
}

func isHan(r rune) bool { return r >= 0x2E80 && unicode.Is(unicode.Han, r) }

func hasHan(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			for _, r := range s[i:] {
				if isHan(r) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// hanShare is the share of Han characters among the letters of s.
func hanShare(s string) float64 {
	han, letters := 0, 0
	for _, r := range s {
		if isHan(r) {
			han++
			letters++
		} else if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters == 0 {
		return 0
	}
	return float64(han) / float64(letters)
}

// splitHan separates the Han characters of s (joined without spaces,
// keeping the middle dot of transcribed names) from the rest.
func splitHan(s string) (zh, rest string) {
	var a, b strings.Builder
	for _, r := range s {
		switch {
		case isHan(r) || (r == '·' || r == '・') && a.Len() > 0:
			a.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return a.String(), b.String()
}

// trimNamePunct removes separators left at the ends of a name ("Xu Qin,"
// or "Xu Qin:"); quotes and brackets are part of the text.
func trimNamePunct(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(",;:|–—-·•", r)
	})
}

// cleanCell normalises the text of a cell or value: full-width parentheses
// and colons become ASCII, footnote markers such as "[3]" or "[a]" and
// "[edit]" are removed, and runs of spaces collapse to one.
func cleanCell(s string) string {
	if !needsClean(s) {
		return strings.TrimSpace(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c == '[' {
			if j := strings.IndexByte(s[i:], ']'); j > 0 && j <= 12 {
				i += j + 1
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

func needsClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '[' || c >= utf8.RuneSelf || c == '\t' || c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			return true
		}
	}
	return false
}

// collapseSpaces trims s and folds every run of white space into one space.
func collapseSpaces(s string) string {
	s = strings.TrimSpace(s)
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
