package pipeline

import (
	"slices"
	"strings"
	"testing"
)

// TestBiographyNamesADisambiguatedOffice: a biography's "Chief Minister
// of Testjab" is the office of the one page titled "List of chief
// ministers of Testjab (Testland)", and its alias ("5th", the holder's
// number, left out); with a second page of that title for
// another country, which of them it means is not known, and it stays an
// office of its own.
func TestBiographyNamesADisambiguatedOffice(t *testing.T) {
	page := func(country string) string {
		return `= List of chief ministers of Testjab (` + country + `) =

| No. | Name | Took office | Left office |
| 1 | Dost Khosa | 11 April 2008 | 8 June 2008 |
| 2 | Ann Lee | 8 June 2008 | 7 June 2018 |
`
	}
	bio := `= Ann Lee =

Ann Lee
- Office1: 5th Chief Minister of Testjab
- Term Start1: 8 June 2008
- Term End1: 7 June 2018
- Predecessor1: Dost Khosa

Ann Lee (born 1951) is a politician.
`
	offices := func(ds *Dataset) []string {
		var ids []string
		for _, o := range ds.Offices {
			ids = append(ids, o.ID)
		}
		return ids
	}
	ds := buildDocs(t, map[string]string{"cm.txt": page("Testland"), "bio.txt": bio})
	if got, want := offices(ds), []string{"chief-minister-of-testjab-testland"}; !slices.Equal(got, want) {
		t.Fatalf("offices %v, want %v", got, want)
	}
	if o := ds.Offices[0]; !slices.Equal(o.Aliases, []string{"Chief Minister of Testjab"}) {
		t.Errorf("aliases %q, want the biography's title without its holder's number", o.Aliases)
	}
	if n := len(ds.Terms); n != 2 {
		t.Errorf("%d terms, want the list's two, the biography's joined to Ann Lee's", n)
	}
	ds = buildDocs(t, map[string]string{"cm.txt": page("Testland"), "cm2.txt": page("Otherland"), "bio.txt": bio})
	if got, want := offices(ds), []string{"chief-minister-of-testjab", "chief-minister-of-testjab-otherland", "chief-minister-of-testjab-testland"}; !slices.Equal(got, want) {
		t.Errorf("offices %v, want %v", got, want)
	}
}

// TestBiographyAddsTheCountry: a biography's office written with its
// country after a comma ("Governor of Testan Province, China") is the
// office of the page of the plain title, of that country; a page of the
// plain title in another country is another office.
func TestBiographyAddsTheCountry(t *testing.T) {
	page := func(country string) string {
		return `= Governor of Testan =

The governor of Testan is the head of the Testan government, ` + country + `.

| No. | Name | Took office | Left office |
| 1 | Bob Ray | 1995 | 2001 |
| 2 | Ann Lee | 2001 | 2006 |
`
	}
	bio := `= Ann Lee =

Ann Lee
- Office: Governor of Testan Province, China
- Term Start: 2001
- Term End: 2006
- Predecessor: Bob Ray
`
	ds := buildDocs(t, map[string]string{"gov.txt": page("China"), "bio.txt": bio})
	if len(ds.Offices) != 1 || ds.Offices[0].ID != "governor-of-testan" || !slices.Contains(ds.Offices[0].Aliases, "Governor of Testan Province, China") {
		t.Fatalf("offices %+v, want the page's, with the biography's title as an alias", ds.Offices)
	}
	if n := len(ds.Terms); n != 2 {
		t.Errorf("%d terms, want the list's two, the biography's joined to Ann Lee's", n)
	}
	ds = buildDocs(t, map[string]string{"gov.txt": page("India"), "bio.txt": bio})
	if len(ds.Offices) != 2 {
		t.Errorf("offices %+v, want India's governor and the biography's Chinese office apart", ds.Offices)
	}
}

// TestCountryOfADisambiguatedOffice: a Korean biography's "Speaker of the
// National Assembly", named after the country its subject's page is of
// ("… of South Korea"), is the office of the page titled "Speaker of the
// National Assembly (South Korea)"; on its own, that page's office is
// the jurisdiction of the country in its brackets.
func TestCountryOfADisambiguatedOffice(t *testing.T) {
	page := `= Speaker of the National Assembly (South Korea) =

| Term | Name | Took office | Left office |
| 21 | Kim Jin-pyo 김진표 金振杓 | 4 July 2022 | 29 May 2024 |
| 22 | Woo Won-shik 우원식 禹元植 | 5 June 2024 | Incumbent |
`
	bio := `= Kim Jin-pyo =

Kim Jin-pyo
- Native Name: 김진표
- Office1: 21st Speaker of the National Assembly
- Term Start1: 4 July 2022
- Term End1: 29 May 2024
- Successor1: Woo Won-shik

Kim Jin-pyo (born 1947) is a South Korean politician.
`
	ds := buildDocs(t, map[string]string{"s.txt": page, "k.txt": bio})
	var ids []string
	for _, o := range ds.Offices {
		ids = append(ids, o.ID)
	}
	if want := []string{"speaker-of-the-national-assembly-south-korea"}; !slices.Equal(ids, want) {
		t.Errorf("offices %v, want %v", ids, want)
	}
	if n := len(ds.Terms); n != 2 {
		t.Errorf("%d terms, want the list's two, the biography's joined to Kim Jin-pyo's", n)
	}
	ds = buildDocs(t, map[string]string{"s.txt": page})
	if o := ds.Offices[0]; o.Jurisdiction != "South Korea" {
		t.Errorf("jurisdiction %q, want the country in the title's brackets", o.Jurisdiction)
	}
}

func TestWithoutDisambiguator(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"Chief Minister of Punjab (Pakistan)", "Chief Minister of Punjab", true},
		{"Governor of Georgia (U.S. state)", "Governor of Georgia", true},
		{"Governor of Punjab, Pakistan", "Governor of Punjab", true},
		{"Mayor of Portland, Oregon", "Mayor of Portland, Oregon", false},
		{"Ann Lee, Pakistan", "Ann Lee, Pakistan", false},
		{"Governor of Punjab", "Governor of Punjab", false},
		{"Governors (1949–1955)", "Governors (1949–1955)", false},
		{"(Pakistan)", "(Pakistan)", false},
		{"Mayor of X()", "Mayor of X()", false},
	} {
		got, ok := withoutDisambiguator(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("withoutDisambiguator(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// FuzzWithoutDisambiguator: the plain title is the start of the title,
// shorter when a disambiguator was cut, the title itself when not.
func FuzzWithoutDisambiguator(f *testing.F) {
	for _, s := range []string{"Chief Minister of Punjab (Pakistan)", "Governor of Punjab, Pakistan", "Governors (1949–1955)", "(", ")", " ()", "of , Japan"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, title string) {
		plain, ok := withoutDisambiguator(title)
		switch {
		case !ok && plain != title:
			t.Fatalf("withoutDisambiguator(%q) = %q, false: want the title itself", title, plain)
		case ok && (len(plain) >= len(title) || !strings.HasPrefix(title, plain)):
			t.Fatalf("withoutDisambiguator(%q) = %q: want a shorter start of the title", title, plain)
		}
	})
}

// TestJurisdictionOfATitle: a page title's country in
// brackets is the office's jurisdiction when the title names no place of
// its own; a party's post and a disambiguator that is no country give
// none; a ruling party's committee's secretary, the committee's place,
// and a post in a legislature named after its place, that place.
func TestJurisdictionOfATitle(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"Minister of Foreign Affairs (China)", "China"},
		{"Speaker of the National Assembly (South Korea)", "South Korea"},
		{"Chief Minister of Punjab (Pakistan)", "Punjab"},
		{"Secretary of the Democratic Party (Italy)", ""},
		{"Leader of the Christian Social Union", ""}, // a party by its creed
		{"Premier of the Soviet Union", "Soviet Union"},
		{"Mayor (Testville)", ""},
		{"Governor of Hunan", "Hunan"},
		{"Mayor of Ürümqi", "Ürümqi"}, // a capital letter of any alphabet
		{"Vice Chairman of the Inner Mongolia Autonomous Region", "Inner Mongolia"},
		{"Vice Chairman of the Ningxia Hui Autonomous Region", "Ningxia"},
		{"Secretary for Justice of the Hong Kong Special Administrative Region", "Hong Kong"},
		{"Minister of State for Okinawa and Northern Territories Affairs", ""},
		{"Minister of the Office for Government Policy Coordination", ""},
		{"Mayor of Łódź", "Łódź"},
		{"Secretary of the Hanoi Party Committee", "Hanoi"},
		{"Secretary of the CPC Guizhou Committee", "Guizhou"},
		// A post in a legislature named after its place.
		{"Member of the Kerala Legislative Assembly", "Kerala"},
		{"Chairman of Qinghai People's Congress", "Qinghai"},
		{"Member of the Tokyo Metropolitan Assembly", "Tokyo"},
		{"Member of the Jeju Provincial Council", "Jeju"},
		{"Chairman of CPPCC Fujian Committee", "Fujian"},
		{"Head of the Organization Department of the CPC Guizhou Committee", "Guizhou"},
		{"Secretary of the Guizhou Commission for Discipline Inspection", "Guizhou"},
		{"President of the Guizhou High People's Court", "Guizhou"},
		{"Chief Procurator of the Guizhou Provincial People's Procuratorate", "Guizhou"},
		{"Secretary of the Central Commission for Discipline Inspection", ""}, // the country's own body
		{"President of the Supreme People's Court", ""},
		{"Director of the Guangdong Supervisory Commission", "Guangdong"},
		{"Chairman of Chongqing Supervisory Commission", "Chongqing"},
		{"Director of the National Supervisory Commission", ""},
		{"Chairman of the Tibet Autonomous Region People's Congress", "Tibet"},
		{"Chairman of the Tibet Autonomous Region People's Committee", "Tibet"},
		{"Head of the Tibet Autonomous Region Revolutionary Committee", "Tibet"},
		{"Member of the National Assembly", ""},
		{"Member of the State Council", ""},
		{"Member of the Legislative Yuan", ""}, // a body named after no place
		{"President of the Legislative Yuan", ""},
		{"Member of the Legislative Assembly", ""},
		{"Member of the Legislative Council", ""},
		// A legislature called by its own word, or one of its houses.
		{"Member of Parliament, Lok Sabha", ""},
		{"Member of the Lok Sabha", ""},
		{"Member of the Dewan Rakyat", ""},
		{"Member of the State Duma", ""},
		{"Member of Parliament (India)", "India"},
		// The seat after the body; a state's assembly; India's names.
		{"Member of the Kerala Legislative Assembly for Dharmadom", "Kerala"},
		{"Member of the Sabah State Legislative Assembly for Sulaman", "Sabah"},
		{"Member of the Uttar Pradesh Vidhan Sabha", "Uttar Pradesh"},
		{"Member of the Free State Provincial Legislature", ""}, // not "Free"
		{"Member of the Legislative Assembly for Sulaman", ""},
		{"Member of the Landtag of Bavaria for Nuremberg-East", "Bavaria"},
		{"Member of Parliament for Leeds North", ""},
		{"Secretary for Justice of the Hong Kong Special Administrative Region", "Hong Kong"},
		{"Minister of State for Okinawa and Northern Territories Affairs", ""},
		{"Minister of the Office for Government Policy Coordination", ""},
		// A country after a comma disambiguates; a state after a city is
		// part of the place.
		{"Governor of Punjab, Pakistan", "Punjab"},
		{"Mayor of Portland, Oregon", "Portland, Oregon"},
		// A city's body: the city without its kind, unless "City" is part
		// of its name.
		{"Speaker of the Taipei City Council", "Taipei"},
		{"Chairman of the Ho Chi Minh City People's Committee", "Ho Chi Minh City"},
		{"President of the Mexico City Council", "Mexico City"},
	} {
		if got := jurisdictionOf(tc.title); got != tc.want {
			t.Errorf("jurisdictionOf(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}

// TestNationalBodyJurisdiction: a post of a country's own body (its
// central, national or state organs, China's supreme court) is the country's, where the
// documents say which country it is.
func TestNationalBodyJurisdiction(t *testing.T) {
	ds := buildDocs(t, map[string]string{"c.txt": `= Chairman of the Central Military Commission =

| No. | Name | Took office | Left office |
| 1 | Deng Xiaoping (邓小平) | 1983 | 1990 |
| 2 | Jiang Zemin (江泽民) | 1990 | 2005 |
`, "s.txt": `= President of the Supreme People's Court =

| No. | Name | Took office | Left office |
| 1 | Xiao Yang (肖扬) | 1998 | 2008 |
`, "k.txt": `= Ann Roe =

Ann Roe
- Office: Cabinet Secretary for the National Treasury
- Term Start: 2013
- Term End: 2019
- Birth Place: Nairobi, Kenya
`, "p.txt": `= Vice Chairman of the Chinese People's Political Consultative Conference =

| No. | Name | Took office | Left office |
| 1 | Ngapoi Ngawang Jigme (阿沛·阿旺晋美) | 1993 | 2009 |
`, "n.txt": `= Member of the National Assembly =

| No. | Name | Took office | Left office |
| 1 | Ann Lee | 1983 | 1990 |
`})
	got := map[string]string{}
	for _, o := range ds.Offices {
		got[o.ID] = o.Jurisdiction
	}
	if got["chairman-of-the-central-military-commission"] != "China" || got["president-of-the-supreme-peoples-court"] != "China" ||
		got["cabinet-secretary-for-the-national-treasury"] != "Kenya" ||
		got["vice-chairman-of-the-national-committee-of-the-chinese-peoples-political-consultative-conference"] != "China" ||
		got["member-of-the-national-assembly"] != "" {
		t.Errorf("jurisdictions %q, want China for the commission's chairman and none where no country is said", got)
	}
}
