package pipeline

import (
	"slices"
	"strings"
	"testing"
)

func TestNativeForms(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"張平化", []string{"張平化"}},
		{"包爾漢 بۇرھان شەھىدى", []string{"包爾漢", "بۇرھان شەھىدى"}},
		{"권영철 權寧喆", []string{"권영철", "權寧喆"}},
		{"ང་ཕོད་ངག་དབང་འཇིགས་མེད 阿沛·阿旺晋美", []string{"ང་ཕོད་ངག་དབང་འཇིགས་མེད", "阿沛·阿旺晋美"}},
		{"Мария Иванова", []string{"Мария Иванова"}},
	} {
		if got := nativeForms(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("nativeForms(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzNativeForms: the forms, joined by the spaces between them, are the
// name again.
func FuzzNativeForms(f *testing.F) {
	for _, s := range []string{"包爾漢 بۇرھان شەھىدى", "권영철 權寧喆", " a", "a  b", "甲 ", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		forms := nativeForms(s)
		if got := strings.Join(forms, " "); got != s {
			t.Errorf("nativeForms(%q) = %q, joined %q", s, forms, got)
		}
	})
}

// TestPersonsFullerNativeFromOwnPage: a person a list names by the Hangul
// alone and whose own page gives the Hangul and the Hanja is written with
// both; the list's life dates give way to the page's birth.
func TestPersonsFullerNativeFromOwnPage(t *testing.T) {
	ds := buildDocs(t, map[string]string{
		"seoul.txt": "= Mayor of Testseoul =\n\n| No. | Name | Hangul | Took office | Left office |\n| 38 | Oh Se-testhoon | 오세훈 | 8 April 2021 | Incumbent |\n",
		"oh.txt": "= Oh Se-testhoon =\n\nOh Se-testhoon\n- Office: Mayor of Testseoul\n- Term Start: 8 April 2021\n- Birth Date: 4 January 1961\n" +
			"- Hangul: 오세훈\n- Hanja: 吳世勳\n\nOh Se-testhoon is a politician.\n",
	})
	for _, p := range ds.Persons {
		if p.ID == "oh-se-testhoon" {
			if p.NameNative != "오세훈 吳世勳" || p.Birth.String() != "1961-01-04" {
				t.Errorf("native %q, birth %s; want 오세훈 吳世勳, 1961-01-04", p.NameNative, p.Birth)
			}
			return
		}
	}
	t.Errorf("no person oh-se-testhoon in %+v", ds.Persons)
}

// TestPersonBaseDropsTitlesAndNicknames: the key a person is matched by
// leaves out a title of knighthood before a name of two words or more and
// a nickname in quotes, straight or curly, between its words.
func TestPersonBaseDropsTitlesAndNicknames(t *testing.T) {
	for in, want := range map[string]string{
		"Sir Arthur Penn":         "arthur-penn",
		"Viscount Kōno Togama":    "kono-togama",
		"Sir Penn":                "sir-penn",           // one word after the title: the title is the name's
		"Raja Sir Maharaj Singh":  "raja-maharaj-singh", // a knighthood after another title
		"Raja Sir Singh":          "raja-sir-singh",
		"Sirius Black":            "sirius-black",
		"Count Basie Smith":       "basie-smith",
		`John "Jack" Hale`:        "john-hale",
		"John “Jack” Hale":        "john-hale",
		"John ‘Jack’ Hale":        "john-hale",
		"Anne-Marie – Hale":       "anne-marie-hale",
		`Ann "the Great"`:         "ann-the-great", // no word after the nickname
		"Marchioness Ann Lee Ray": "ann-lee-ray",
	} {
		if got := personBase(Name{EN: in}); got != want {
			t.Errorf("personBase(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPersonBaseDropsKazokuRank: Japan's peerage ranks before a name whose
// native form is Japanese are dropped, the prince's too, so that a
// premier made prince between his terms is one person; elsewhere
// "Prince" stays, a royal title or a first name.
func TestPersonBaseDropsKazokuRank(t *testing.T) {
	for _, tc := range []struct {
		name Name
		want string
	}{
		{Name{EN: "Prince Katsura Tarō", Native: "桂 太郎", Lang: LangJapanese}, "katsura-taro"},
		{Name{EN: "Count Katsura Tarō", Native: "桂 太郎", Lang: LangJapanese}, "katsura-taro"},
		{Name{EN: "Marquis Saionji Kinmochi", Native: "西園寺 公望", Lang: LangJapanese}, "saionji-kinmochi"},
		{Name{EN: "Prince Fumimaro", Native: "近衛", Lang: LangJapanese}, "prince-fumimaro"}, // one word after it
		{Name{EN: "Prince Arthur of Connaught"}, "prince-arthur-of-connaught"},
		{Name{EN: "Prince Gong Yixin", Native: "奕訢", Lang: LangChinese}, "prince-gong-yixin"},
	} {
		if got := personBase(tc.name); got != tc.want {
			t.Errorf("personBase(%+v) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestJapaneseNativeNameWithASpace: a Japanese name written with a space
// between family and given names on the person's page and without one in
// a list is one person's; a space between a Korean name's Hangul and its
// Hanja still parts two forms of the name.
func TestJapaneseNativeNameWithASpace(t *testing.T) {
	ds := buildDocs(t, map[string]string{
		"list.txt": "= Governor of Testkaido =\n\n| No. | Name | Native | Took office | Left office |\n| 7 | Naomichi Testsuzuki | 鈴木直道 | 23 April 2019 | Incumbent |\n",
		"bio.txt": "= Naomichi Testsuzuki =\n\nNaomichi Testsuzuki\n- Office: Governor of Testkaido\n- Term Start: 23 April 2019\n- Native Name: 鈴木 直道\n" +
			"- Native Name Lang: ja\n\nNaomichi Testsuzuki is a politician.\n",
	})
	if len(ds.Persons) != 1 {
		t.Errorf("persons %+v, want one", ds.Persons)
	}
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"鈴木 直道", "鈴木直道", true},
		{"すずき なおみち", "すずきなおみち", true},
		{"張平化", "张平化", true},
		{"김철수 金哲洙", "김철수金哲洙", false}, // two forms of the name, parted
		{"鈴木 直道", "鈴木 直人", false},
		{"艾尔肯·吐尼亚孜", "艾尔肯・吐尼亚孜", true},
		{"艾尔肯‧吐尼亚孜", "艾尔肯•吐尼亚孜", true},
	} {
		if got := NativeKey(tc.a) == NativeKey(tc.b); got != tc.same {
			t.Errorf("NativeKey(%q) == NativeKey(%q) is %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
}

// TestKoreanNameInMoreForms: a list's "Oh Sehoon (오세훈)" and the page of
// "Oh Se-hoon", who gives the Hangul and the Hanja, are one person, with
// the fuller name.
func TestKoreanNameInMoreForms(t *testing.T) {
	ds := buildDocs(t, map[string]string{
		"seoul.txt": "= Mayor of Testseoul =\n\n| No. | Name | Hangul | Took office | Left office |\n| 38 | Oh Setesthoon | 오세훈 | 8 April 2021 | Incumbent |\n",
		"oh.txt": "= Oh Se-testhoon =\n\nOh Se-testhoon\n- Office: Mayor of Testseoul\n- Term Start: 8 April 2021\n" +
			"- Hangul: 오세훈\n- Hanja: 吳世勳\n\nOh Se-testhoon is a politician.\n",
	})
	if len(ds.Persons) != 1 || ds.Persons[0].NameNative != "오세훈 吳世勳" {
		t.Errorf("persons %+v, want one, 오세훈 吳世勳", ds.Persons)
	}
}

// TestNameInTwoScripts: a name given in Uyghur script by one list and in
// Chinese by another names one person, filed under the Chinese; where
// two Chinese names share the English one (two people), a third name in
// another script is no reason to merge either.
func TestNameInTwoScripts(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": `= Politics of Testjiang =

== Chairmen ==

| No. | Name | Uyghur | Chinese | Took office | Left office |
| 8 | Nur Testri | نۇر بەكرى | 努尔·白克力 | December 2007 | December 2014 |

== Party secretaries ==

1. Nur Testri (نۇر بەكرى): 2014–2016
`})
	if len(ds.Persons) != 1 || ds.Persons[0].ID != "nur-testri" || ds.Persons[0].NameNative != "努尔·白克力" {
		t.Errorf("persons %+v, want one, nur-testri, 努尔·白克力", ds.Persons)
	}
	for _, tm := range ds.Terms {
		if tm.PersonID != "nur-testri" {
			t.Errorf("term %s held by %s, want nur-testri", tm.ID, tm.PersonID)
		}
	}
	ds = buildDocs(t, map[string]string{"t.txt": `= Politics of Testjiang =

== Chairmen ==

1. Wang Test (王一): 1990–1995
2. Wang Test (王二): 1995–2000
3. Wang Test (ۋاڭ): 2000–2005
`})
	if len(ds.Persons) != 3 {
		t.Errorf("persons %+v, want three", ds.Persons)
	}
}

func TestSameByInitials(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"A.P.T. Pranoto", "Aji Pangeran Tumenggung Pranoto", true},
		{"J. Smith", "John Smith", true},
		{"John Q. Public", "John Quincy Public", true},
		{"John Smith", "John Smith", false},           // one name, no initials
		{"J. Smith", "Jane Doe", false},               // another surname
		{"A. Pranoto", "Aji Pangeran Pranoto", false}, // as many names before the last
		{"B. Smith", "John Smith", false},
		{"Smith", "Smith", false},
	} {
		if got := sameByInitials(tt.a, tt.b); got != tt.want {
			t.Errorf("sameByInitials(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestWithChineseGivenName(t *testing.T) {
	for _, tc := range []struct {
		short, long string
		want        bool
	}{
		{"Edmund Ho", "Edmund Ho Hau-wah", true},
		{"Carrie Lam", "Carrie Lam Cheng Yuet-ngor", true},
		{"John Lee", "John Lee Ka-chiu", true},
		{"John Lee", "John Lee", false},
		{"Lee", "Lee Ka-chiu", false},                 // one word is no name to add to
		{"John Lee", "John Lee Smith-Jones", false},   // a double-barrelled name
		{"John Lee", "John Lee of Testland", false},   // words, no given name
		{"Kim Jong", "Kim Jong-un", false},            // not after a space
		{"Ann Lee", "Ann Lee Bob Ray Ka-chiu", false}, // more than one word before it
	} {
		if got := withChineseGivenName(tc.short, tc.long); got != tc.want {
			t.Errorf("withChineseGivenName(%q, %q) = %v, want %v", tc.short, tc.long, got, tc.want)
		}
	}
}

// TestHongKongStyleNames: an infobox's inaugural holder and a biography
// name an official without the Chinese given name a list writes after
// the family name ("Edmund Ho", "Edmund Ho Hau-wah"): one person, no
// mismatch; the list's form is kept where no page of their own gives it.
func TestHongKongStyleNames(t *testing.T) {
	ds := buildDocs(t, map[string]string{"ce.txt": `= Chief Executive of Testau =

Infobox
- Incumbent: Sam Hou Fai
- Incumbentsince: 20 December 2024
- Inaugural: Edmund Ho

== List ==

| No. | Chief Executive | Took office | Left office |
| 1 | Edmund Ho Hau-wah 何厚鏵 | 20 December 1999 | 20 December 2009 |
| 2 | John Lee Ka-chiu 李家超 | 20 December 2009 | 20 December 2024 |
| 3 | Sam Hou-fai 岑浩輝 | 20 December 2024 | Incumbent |
`, "lee.txt": `= John Lee =

John Lee
- Office: 2nd Chief Executive of Testau
- Term Start: 20 December 2009
- Term End: 20 December 2024

John Lee is a politician.
`})
	if f := findingsWith(ds, CodeInauguralMismatch); len(f) != 0 {
		t.Errorf("inaugural mismatch: %+v", f)
	}
	var ids []string
	for _, p := range ds.Persons {
		ids = append(ids, p.ID)
	}
	if want := []string{"edmund-ho-hau-wah", "john-lee", "sam-hou-fai"}; !slices.Equal(ids, want) {
		t.Errorf("persons %q, want %q", ids, want)
	}
}
