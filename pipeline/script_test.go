package pipeline

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzCountWords checks the indexed one-pass count of country words
// against a count that tries every word at every place: whole words after
// a space or an opening parenthesis, the longest where several start at
// one place, none within a word counted.
func FuzzCountWords(f *testing.F) {
	for _, s := range []string{" china (china) chinese", " korea korean  korean", "the united states (united states of america",
		" hong kong hong kong", "(((japan", " inner-mongolia china mongolia", "", " ", " american samoa american",
		" papua new guinea", " chinatown china's"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		want := make([]int, len(countryWords))
		skip := 0
		for i := 0; i < len(text); i++ {
			if i < skip || text[i] != ' ' && text[i] != '(' {
				continue
			}
			best := -1
			for k, w := range countryWords {
				rest := text[i+1:]
				if strings.HasPrefix(rest, w.word) && (len(rest) == len(w.word) || !isASCIILetter(rest[len(w.word)])) &&
					(best < 0 || len(w.word) > len(countryWords[best].word)) {
					best = k
				}
			}
			if best >= 0 {
				want[best]++
				skip = i + 1 + len(countryWords[best].word)
			}
		}
		got := countWords(text)
		for k, w := range countryWords {
			if got[k] != want[k] {
				t.Fatalf("%q in %q: counted %d, want %d", w.word, text, got[k], want[k])
			}
		}
	})
}

// TestCountWords: a country's name counts as a whole word, once, and
// not within a longer name.
func TestCountWords(t *testing.T) {
	count := func(text string) map[string]int {
		n := map[string]int{}
		for k, c := range countWords(text) {
			if c > 0 {
				n[countryWords[k].word] += c
			}
		}
		return n
	}
	for text, want := range map[string]map[string]int{
		" china chinatown (china)":              {"china": 2},
		" korean korea":                         {"korean": 1, "korea": 1},
		" american samoa, american":             {"american samoa": 1, "american": 1},
		" papua new guinea":                     {"papua new guinea": 1},
		" indiana":                              {},
		" the democratic republic of the congo": {"democratic republic of the congo": 1},
	} {
		if got := count(text); !maps.Equal(got, want) {
			t.Errorf("countWords(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzMayHoldKanaOrHangul: a text mayHoldKanaOrHangul passes over is one
// scriptLang reads as neither Japanese nor Korean.
func FuzzMayHoldKanaOrHangul(f *testing.F) {
	for _, s := range []string{"", "Zhang San", "张三", "鈴木茂", "すずき", "신구범 愼久範", "Ōtsuka", "䷀", "\xe4", "\xe4\x80", "Ж", "ー"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if mayHoldKanaOrHangul(s) {
			return
		}
		if l := scriptLang(s); l == LangJapanese || l == LangKorean {
			t.Errorf("mayHoldKanaOrHangul(%q) = false, but scriptLang says %s", s, l)
		}
	})
}

// TestMayHoldKanaOrHangulEveryRune: every character that makes
// scriptLang say Japanese or Korean is one mayHoldKanaOrHangul looks at,
// alone and after a character of each block it passes over.
func TestMayHoldKanaOrHangulEveryRune(t *testing.T) {
	for r := rune(0x80); r <= utf8.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := string(r)
		if l := scriptLang(s); l != LangJapanese && l != LangKorean {
			continue
		}
		for _, before := range []string{"", "a", "é", "–", "中", "ж"} {
			if !mayHoldKanaOrHangul(before + s) {
				t.Errorf("mayHoldKanaOrHangul(%q) = false; scriptLang says %s", before+s, scriptLang(s))
			}
		}
	}
}

// TestOfficeCountry: an office's country is the one its page names most,
// by a country's name or, where the page names none, one of its cities
// or institutions; else the one its native names' language implies.
func TestOfficeCountry(t *testing.T) {
	for _, tc := range []struct{ name, doc, want string }{
		{"a Taiwanese city's mayors, in Chinese", `= Mayor of Kaohsiung =

| # | Name | Office |
| 1 | Lien Mou (連謀) | 1945–1946 |
`, "tw"},
		{"Taiwan's party", `= List of county magistrates of Testcounty =

The county was governed by the Democratic Progressive Party from 1985 to 2010.

| # | Name | Office | Political Party |
| 1 | Yu Cheng-hsien (余政憲) | 1993–2001 | Democratic Progressive Party |
`, "tw"},
		{"a mainland province's secretaries", `= Party Secretary of Fujian =

| # | Name | Office |
| 1 | Ye Fei (叶飞) | 1954–1967 |
`, "cn"},
		{"a prefecture's governors", `= Governor of Tochigi =

The governor of Tochigi Prefecture is elected to a four-year term.

| # | Name | Office |
| 1 | Ann Testa (小川喜一) | 1947–1955 |
`, "jp"},
		{"a territory with a code of its own", `= Governor of the Northern Mariana Islands =

The governor of the Northern Mariana Islands is the head of government of the Northern Mariana Islands, a commonwealth of the United States.

| No. | Name | Term of office |
| 1 | Carlos S. Camacho | 1978–1982 |
`, "mp"},
		{"a country's name in the lead", `= Premier of Testvaal =

The premier of Testvaal is the head of government of the Testvaal province of South Africa.

| No. | Name | Term of office |
| 1 | Ann Lee | 1994–1998 |
`, "za"},
		{"as many of another country's words as of the names' own", `= Mayor of Testseoul =

The mayor of Testseoul (Korean: 서울특별시장) heads the city, independent from Japan since 1945.

| No. | Name | Term of office |
| 1 | Cho Soon (조순) | 1995–1997 |
`, "kr"},
		{"Vietnam's capital, its names in Latin letters", `= Secretary of the Hanoi Party Committee =

The Secretary of the Hanoi Party Committee is the highest position in the city.

| No. | Name | Term of office |
| 1 | Trần Quốc Hoàn | 1954–1955 |
`, "vn"},
		{"an office of the whole Republic of China, its names in Chinese", `= Premier of the Republic of China =

The premier of the Republic of China is the head of government.

| No. | Name | Took office | Left office |
| 51 | Cho Jung-tai 卓榮泰 | 20 May 2024 | Incumbent |
`, "tw"},
		{"a biography of Taiwan's posts", `= Lai Testte =

Lai Testte
- Native Name: 賴清德
- Office: President of the Republic of China
- Term Start: 20 May 2024
- Office2: Mayor of Testnan
- Term Start2: 25 December 2010
- Term End2: 8 September 2017

Lai Testte is a politician.
`, "tw"},
		{"a mainland office whose infobox labels its formation's era", `= Governor of Testdong =

Infobox
- Post: Governor
- Formation: 17 November 1911 (Republic of China)

The governor of Testdong heads the province's government.

| No. | Name | Took office | Left office |
| 1 | Ye Jianying 叶剑英 | 1949 | 1953 |
`, "cn"},
		{"a mainland city's page that names the Republic of China's era", `= Mayor of Testjing =

The mayor of Testjing heads the city's government in China. Under the Republic of China the post was called the city's chief.

| No. | Name | Took office | Left office |
| 1 | Nie Rongzhen 聂荣臻 | 1949 | 1951 |
`, "cn"},
	} {
		ds := buildDocs(t, map[string]string{"page.txt": tc.doc})
		if len(ds.Offices) == 0 || slices.ContainsFunc(ds.Offices, func(o Office) bool { return o.Country != tc.want }) {
			t.Errorf("%s: offices %+v, want each of country %q", tc.name, ds.Offices, tc.want)
		}
	}
}

// TestCyrillicByCountry: a native name in Cyrillic with no letter of its
// own language's is in the language of the country the page is about, a
// hyphen inside it included; elsewhere it stays Russian.
func TestCyrillicByCountry(t *testing.T) {
	for _, tc := range []struct{ doc, native, lang string }{
		{"= Prime Minister of Mongolia =\n\nThe prime minister of Mongolia heads its government.\n\n| No. | Name | Took office | Left office |\n| 31 | Luvsannamsrain Oyun-Erdene Лувсаннамсрайн Оюун-Эрдэнэ | 2021 | 2025 |\n",
			"Лувсаннамсрайн Оюун-Эрдэнэ", "mn"},
		{"= President of Kyrgyzstan =\n\nThe president of Kyrgyzstan is its head of state.\n\n| No. | Name | Took office | Left office |\n| 6 | Sadyr Japarov Садыр Жапаров | 2021 | present |\n",
			"Садыр Жапаров", "ky"},
		{"= Governor of Testland =\n\nThe governor of Testland, a province of China.\n\n| No. | Name | Took office | Left office |\n| 1 | Sergei Ivanov Сергей Иванов | 1950 | 1952 |\n",
			"Сергей Иванов", "ru"},
	} {
		ds := buildDocs(t, map[string]string{"p.txt": tc.doc})
		if len(ds.Terms) != 1 || ds.Terms[0].NameNative != tc.native || ds.Terms[0].NameNativeLang != tc.lang {
			t.Errorf("terms %+v, want one with native name %q in %s", ds.Terms, tc.native, tc.lang)
		}
	}
}
