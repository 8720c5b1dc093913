package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldLatin maps accented Latin letters to their ASCII base letters.
var foldLatin = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a", 'ǎ': "a",
	'æ': "ae", 'ç': "c", 'ć': "c", 'č': "c", 'ď': "d", 'đ': "d", 'ð': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ě': "e", 'ę': "e",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ī': "i", 'ǐ': "i", 'ı': "i",
	'ł': "l", 'ñ': "n", 'ń': "n", 'ň': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ǒ': "o", 'œ': "oe",
	'ř': "r", 'ś': "s", 'š': "s", 'ş': "s", 'ß': "ss", 'ť': "t", 'ţ': "t", 'þ': "th",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ů': "u", 'ǔ': "u", 'ǖ': "u", 'ǘ': "u", 'ǚ': "u", 'ǜ': "u",
	'ý': "y", 'ÿ': "y", 'ź': "z", 'ż': "z", 'ž': "z",
}

// latinBase returns the base letter of a Latin letter with marks that
// foldLatin does not list, lower-cased: Vietnamese "ễ" → "e", "ơ" → "o",
// Romanian "ș" → "s".
func latinBase(r rune) (string, bool) {
	if !unicode.Is(unicode.Latin, r) {
		return "", false
	}
	d := norm.NFD.String(string(r))
	if c := d[0]; d != string(r) && isASCIILetter(c) {
		return string(rune(c | 0x20)), true
	}
	return "", false
}

// Slug turns a title or name into a stable ASCII identifier:
// "Party Secretary of Qinghai" → "party-secretary-of-qinghai",
// "Chen Min'er" → "chen-miner". Text with no Latin letters or digits
// (a name only in Chinese) gets "x-" and a short hash of the text, so the
// same text always gives the same slug.
func Slug(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	dash := false
	for i := 0; i < len(s); {
		r := rune(s[i])
		if r < utf8.RuneSelf {
			i++
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(s[i:])
			i += size
		}
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteByte(byte(r))
		case r >= 'A' && r <= 'Z':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteByte(byte(r + 'a' - 'A'))
		case r == '\'' || r == '’' || r == 'ʼ' || r == '‘':
			// apostrophes join: Min'er → miner
		default:
			lower := unicode.ToLower(r)
			f, ok := foldLatin[lower]
			if !ok {
				f, ok = latinBase(r)
			}
			if ok {
				if dash && b.Len() > 0 {
					b.WriteByte('-')
				}
				dash = false
				b.WriteString(f)
				continue
			}
			dash = true
		}
	}
	if b.Len() == 0 {
		s = trimSpace(s)
		if s == "" {
			return ""
		}
		sum := sha256.Sum256([]byte(s))
		return "x-" + hex.EncodeToString(sum[:5])
	}
	return b.String()
}
