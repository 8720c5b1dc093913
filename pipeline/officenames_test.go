package pipeline

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
)

func TestPageOffice(t *testing.T) {
	tests := map[string]string{
		"Governor of Hunan":                        "Governor of Hunan",
		"List of Tochigi Governors":                "Governor of Tochigi",
		"List of governors of Hokkaido Prefecture": "Governor of Hokkaido Prefecture",
		"List of Chief Ministers of Sikkim":        "Chief Minister of Sikkim",
		"Politics of Shanxi":                       "",
		"List of vice premiers of the Republic":    "Vice Premier of the Republic",
		"List of Governors of Guam":                "Governor of Guam",
		"List of members of the Testland Assembly": "",
		"List of Attorneys General of Texas":       "Attorney General of Texas",
		"List of Solicitors General of Canada":     "Solicitor General of Canada",
		"List of heads of state of Vietnam":        "Head of State of Vietnam",
		// Two role words joined: one post, written as a title.
		"List of minister-presidents of Bavaria": "Minister-President of Bavaria",
		"List of ministers of foreign affairs":   "Minister of Foreign Affairs",
		// A place in brackets tells the page from others of its name.
		"List of secretaries of the Democratic Party (Italy)": "Secretary of the Democratic Party (Italy)",
		"List of governors of Testland (1949–1955)":           "Governor of Testland",
		// A page of holders titled with the role in the plural.
		"Governors of Yunnan":               "Governor of Yunnan",
		"Attorneys General of Texas":        "Attorney General of Texas",
		"Chairmen of the Testland Congress": "Chairman of the Testland Congress",
		"Chairperson of Inner Mongolia":     "Chairperson of Inner Mongolia", // singular: as written
		"7th Governor of Hokkaido":          "7th Governor of Hokkaido",
		// A list sorted otherwise: still the office's holders.
		"List of premiers of Queensland by time in office": "Premier of Queensland",
		"List of governors of Georgia by age":              "Governor of Georgia",
	}
	for in, want := range tests {
		if got := pageOffice(in); got != want {
			t.Errorf("pageOffice(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPlaceOf(t *testing.T) {
	for in, want := range map[string]string{
		"Politics of Fujian":          "Fujian",
		"Fujian - Politics":           "Fujian",
		"Inner Mongolia – Government": "Inner Mongolia",
		"Fujian - History":            "",
		"Mayor of Shanghai":           "Shanghai",
		"Communist Party - Politics":  "",
		// A country by its formal name: the country, not the word after
		// the last "of".
		"Premier of the Republic of China":          "Republic of China",
		"President of the Republic of Korea":        "South Korea",
		"Premier of the People's Republic of China": "China",
		// A region named with its people and type: one place.
		"Chairman of the Ningxia Hui Autonomous Region":                                             "Ningxia Hui Autonomous Region",
		"Chief Executive of the Hong Kong Special Administrative Region":                            "Hong Kong Special Administrative Region",
		"Chairman of the Standing Committee of the Ningxia Hui Autonomous Region People's Congress": "",
		// A head titled after the government: its place.
		"Governor of the Hubei Provincial People's Government":                 "Hubei",
		"Mayor of the Chongqing Municipal People's Government":                 "Chongqing",
		"Premier of the Central People's Government":                           "",
		"Chairman of the Guangxi Zhuang Autonomous Region People's Government": "Guangxi Zhuang Autonomous Region",
		// A name with its particles inside: one place.
		"Politics of Rio de Janeiro":                                      "Rio de Janeiro",
		"Governor of Agusan del Norte":                                    "Agusan del Norte",
		"Governor of Mato Grosso do Sul":                                  "Mato Grosso do Sul",
		"Minister of Justice and de Facto Law":                            "",
		"Governor of de Testa":                                            "",
		"President of the Regional Council of Provence-Alpes-Côte d'Azur": "Provence-Alpes-Côte d'Azur",
	} {
		if got := placeOf(in); got != want {
			t.Errorf("placeOf(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCanonicalOfficeTitle(t *testing.T) {
	tests := []struct{ in, place, want string }{
		{"List of the CPC Guizhou Committee Secretaries", "Guizhou", "Party Secretary of Guizhou"},
		{"List of the CCP Shandong Provincial Committee secretaries", "Shandong", "Party Secretary of Shandong"},
		{"CCP Party chiefs", "Shanxi", "Party Secretary of Shanxi"},
		{"List of CPC Party Chiefs", "Anhui", "Party Secretary of Anhui"}, // "Chiefs" is no place
		{"Communist Party Secretary of Nanjing", "", "Party Secretary of Nanjing"},
		{"First Secretary of the Communist Youth League", "", "First Secretary of the Communist Youth League"},
		// Particles of other languages' names stay in lower case.
		{"Leader of Nippon Ishin no Kai", "", "Leader of Nippon Ishin no Kai"},
		{"governor of rio de janeiro", "", "Governor of Rio de Janeiro"},
		// An infobox's title on several lines, joined with commas.
		{"General Secretary of the, Christian Social Union", "", "General Secretary of the Christian Social Union"},
		{"Member of the, Landtag of Bavaria, for Nuremberg-East, (Nuremberg-West; 1994–2018)", "", "Member of the Landtag of Bavaria for Nuremberg-East"},
		{"Minister of Finance, Regional Development and Home Affairs", "", "Minister of Finance, Regional Development and Home Affairs"},
		{"Party Secretary of Alxa League", "", "Party Secretary of Alxa"}, // a league is a place in Inner Mongolia
		// A place of two words, or one before the people it is autonomous for.
		{"Secretary of the Inner Mongolia Autonomous Regional Committee of the Chinese Communist Party", "", "Party Secretary of Inner Mongolia"},
		{"Secretary of the Xinjiang Uygur Autonomous Regional Committee of the Chinese Communist Party", "", "Party Secretary of Xinjiang"},
		{"Secretary of the Yanbian Korean Autonomous Prefectural Committee", "", "Party Secretary of Yanbian"},
		{"CPC Inner Mongolia Committee Secretaries", "", "Party Secretary of Inner Mongolia"},
		{"Secretary of the Xinjiang Production and Construction Corps Committee of the Chinese Communist Party", "", "Party Secretary of Xinjiang Production and Construction Corps"},
		{"First Secretary of the Communist Party of the Soviet Union", "", "Party Secretary of the Soviet Union"},
		{"First Secretary of the Communist Party of Ukraine", "", "Party Secretary of Ukraine"}, // "First" is no place
		// The holder's numbers before the title, one or several.
		{"33rd and 34th Mayor of Seoul", "", "Mayor of Seoul"},
		{"1st, 3rd & 5th Governor of Testland", "", "Governor of Testland"},
		// A party among several of its country's keeps its name, bracket
		// and state; a ruling party's committee is a place's.
		{"State Secretary of the Communist Party of India (Marxist), Kerala", "", "State Secretary of the Communist Party of India (Marxist), Kerala"},
		{"General Secretary of the Communist Party of India (Marxist)", "", "General Secretary of the Communist Party of India (Marxist)"},
		{"Secretary of the Communist Party of Vietnam Hanoi Committee", "", "Party Secretary of Hanoi"},
		{"Secretary of the Communist Party of China Hunan Committee", "", "Party Secretary of Hunan"},
		// The secretary of a body under the committee is not the committee's.
		{"Secretary of the CCP Hunan Provincial Commission for Discipline Inspection", "", "Secretary of the CCP Hunan Provincial Commission for Discipline Inspection"},
		{"Secretary of the Political and Legal Affairs Commission of the CPC Guangdong Committee", "", "Secretary of the Political and Legal Affairs Commission of the CPC Guangdong Committee"},
		{"Secretary-General of the Saenuri Party", "", "Secretary-General of the Saenuri Party"},
		{"14th Secretary-General of the State Council", "", "Secretary-General of the State Council"},
		{"7th Governor of Hokkaido", "", "Governor of Hokkaido"},
		{"List of Norwegian monarchs", "", "Monarch of Norway"},
		{"List of attorneys general of Texas", "", "Attorney General of Texas"},
		{"List of Captains Regent", "San Marino", "Captain Regent of San Marino"},
		// A word that says what kind of holder is no place before the role.
		{"Resident Commissioners", "Northern Mariana Islands", "Resident Commissioner of Northern Mariana Islands"},
		{"Special Envoys", "Testland", "Special Envoy of Testland"},
		{"Governors-General of India", "", "Governor-General of India"},
		{"Co-regents", "Testville", "Co-regent of Testville"}, // the noun after the prefix, not "Co-Regents"
		{"Captains-major", "Testville", "Captain-Major of Testville"},
		{"List of governors-general of Canada", "", "Governor-General of Canada"},
		{"Lords Lieutenant of Kent", "", "Lord Lieutenant of Kent"},
		{"Japanese prime ministers", "", "Prime Minister of Japan"},
		{"South Korean presidents", "", "President of South Korea"},
		{"Fujian governors", "", "Governor of Fujian"},
		{"Deputy mayors", "Sampletown", "Deputy Mayor of Sampletown"},
		// A country's own body needs no place: "of China" from a page
		// titled "… of the People's Republic of China" is not added.
		{"Chairman of the Standing Committee of the National People's Congress", "China", "Chairman of the Standing Committee of the National People's Congress"},
		{"Chairman of the Central People's Government", "China", "Chairman of the Central People's Government"},
		{"Secretary-General of the State Council", "China", "Secretary-General of the State Council"},
		{"Chairman of the Standing Committee", "Testland", "Chairman of the Standing Committee of Testland"},
		{"Governors (1949–1955)", "Hunan", "Governor of Hunan"},
		{"Mayors of Lanzhou", "Gansu", "Mayor of Lanzhou"},                     // a place of its own
		{"Minister of Finance", "Testland", "Minister of Finance of Testland"}, // a portfolio, no place
		{"Minister of Foreign Affairs", "Testland", "Minister of Foreign Affairs of Testland"},
		{"Minister for Foreign Affairs", "Japan", "Minister for Foreign Affairs of Japan"},
		{"Ministers for Foreign Affairs", "Japan", "Minister for Foreign Affairs of Japan"},
		{"Minister without Portfolio", "Japan", "Minister without Portfolio of Japan"},
		{"Mayors of Lanzhou City", "Gansu", "Mayor of Lanzhou City"},
		{"Chairmen of the Standing Committee", "Gansu", "Chairman of the Standing Committee of Gansu"},
		// A Chinese city's "Municipal Committee" is its party committee, as
		// the seeds' Chongqing page says.
		{"Secretaries of the Municipal Committee", "Lanzhou", "Party Secretary of Lanzhou"},
		{"Secretaries of the Provincial Committee", "Yunnan", "Party Secretary of Yunnan"},
		{"Secretaries of the CPPCC Provincial Committee", "Yunnan", "Secretary of the CPPCC Provincial Committee of Yunnan"},
		{"Provincial Governors", "Yunnan", "Governor of Yunnan"},
		{"Municipal president of Guadalajara", "", "Municipal President of Guadalajara"},
		{"Municipal presidents", "Tlajomulco", "Municipal President of Tlajomulco"},
		{"Regional secretaries", "Testcia", "Regional Secretary of Testcia"}, // the level of the post, not a place
		{"National chairmen", "", "National Chairman"},
		{"Tochigi Regional Governors", "", "Regional Governor of Tochigi"},
		{"Osaka Prefectural Governor", "", "Governor of Osaka Prefecture"}, // the prefecture's adjective, the prefecture
		{"Tokyo Metropolitan Governor", "", "Governor of Tokyo"},           // the metropolis's adjective, the metropolis
		{"Seoul Metropolitan Mayor", "", "Mayor of Seoul"},
		{"Gyeonggi Provincial Governor", "", "Governor of Gyeonggi Province"},
		{"Supreme Leader", "Afghanistan", "Supreme Leader of Afghanistan"},
		{"High Commissioner", "Testland", "High Commissioner of Testland"},
		{"Foreign minister", "Testland", "Foreign Minister of Testland"},
		{"Finance Ministers", "", "Finance Minister"},
		// How the holders came to office, or under what rule, is no place.
		{"Appointed governors", "Jeju", "Governor of Jeju"},
		{"Directly elected governors", "Jeju", "Governor of Jeju"},
		{"Colonial governors", "Hong Kong", "Colonial Governor of Hong Kong"},
		{"Colonial Secretaries", "Hong Kong", "Colonial Secretary of Hong Kong"},
		// A word that qualifies the role noun after it.
		{"List of chief executives of Hong Kong", "", "Chief Executive of Hong Kong"},
		{"Ministers for Foreign Affairs", "Testland", "Minister for Foreign Affairs of Testland"},
		{"Head Coaches", "Testland", "Head Coach of Testland"},
		{"Chief Procurators", "Yunnan", "Chief Procurator of Yunnan"},
		{"Governor of the Guizhou Provincial People's Government", "", "Governor of Guizhou"},
		// The head of a people's government is its governor, mayor or
		// chairman.
		{"Heads of the Hunan Provincial People's Government", "Hunan", "Governor of Hunan"},
		{"Head of the Wuhan Municipal People's Government", "", "Mayor of Wuhan"},
		{"Mayor of the Chongqing Municipal People's Government", "", "Mayor of Chongqing"},
		{"Chairperson of the Ningxia Hui Autonomous Region People's Government", "", "Chairman of the Ningxia Hui Autonomous Region"},
		{"Chairman of the Tibet Autonomous Regional People's Government", "", "Chairman of the Tibet Autonomous Region"},
		{"Chairman of the People's Government of Tibet Autonomous Region", "", "Chairman of the Tibet Autonomous Region"},
		{"Governor of the People's Government of Guizhou Province", "", "Governor of Guizhou Province"},
		{"Chairman of the Central People's Government", "", "Chairman of the Central People's Government"}, // no place
		{"Chairman of the Standing Committee of the Guangdong Provincial People's Congress", "", "Chairman of Guangdong People's Congress"},
		{"Director of the Standing Committee of the Inner Mongolia Autonomous Regional People's Congress", "", "Chairman of Inner Mongolia People's Congress"},
		{"List of chairmen of Guangdong People's Congress", "", "Chairman of Guangdong People's Congress"},
		{"List of chairmen of Guangdong People’s Congress", "", "Chairman of Guangdong People's Congress"}, // a typeset apostrophe
		{"List of captains-major of Macau", "", "Captain-Major of Macau"},
		{"Viceroys", "Liangguang", "Viceroy of Liangguang"},
		{"Chairmen of the People's Congress", "Hunan", "Chairman of Hunan People's Congress"},
		{"Chairperson of the Guangdong Provincial Committee of the Chinese People's Political Consultative Conference", "", "Chairman of CPPCC Guangdong Committee"},
		{"Chairman of the CPPCC Guangdong Committee", "", "Chairman of CPPCC Guangdong Committee"},
		{"Chairman of the Standing Committee of the National People's Congress", "", "Chairman of the Standing Committee of the National People's Congress"},
		{"Vice Chairman of the Standing Committee of the Guangdong Provincial People's Congress", "", "Vice Chairman of the Standing Committee of the Guangdong Provincial People's Congress"},
		{"Presidents pro tempore", "Norland", "President Pro Tempore of Norland"},
		{"Directors of the Preparatory Committee for the Tibet Autonomous Region", "Tibet", "Director of the Preparatory Committee for the Tibet Autonomous Region"},
	}
	for _, tt := range tests {
		if got := canonicalOfficeTitle(tt.in, tt.place); got != tt.want {
			t.Errorf("canonicalOfficeTitle(%q, %q) = %q, want %q", tt.in, tt.place, got, tt.want)
		}
	}
}

func TestPostsOfHeading(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Governors and Mayors", []string{"Governors", "Mayors"}},
		{"Party Secretaries & Chairmen", []string{"Party Secretaries", "Chairmen"}},
		{"Governors, Mayors, and Party Secretaries", []string{"Governors", "Mayors", "Party Secretaries"}},
		{"Minister of Finance, Planning and Development", nil},
		{"Minister of Industry and Trade", nil},
		{"Secretary of State for Foreign and Commonwealth Affairs", nil},
		{"Governors and governors-general", nil}, // one role
		{"Governors", nil},
		{"Mayors/Governors of Saint Petersburg (1991–present)", []string{"Mayors", "Governors of Saint Petersburg (1991–present)"}},
		{"1991/92", nil},
	}
	for _, tt := range tests {
		if got := postsOfHeading(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("postsOfHeading(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestHeadingOfSeveralPosts: a list under a heading that names two posts
// is the first post's, at the page's place, with a finding; it is never
// an office named after both ("Governors and Mayor of Yunnan").
func TestHeadingOfSeveralPosts(t *testing.T) {
	ds := buildDocs(t, map[string]string{"p.txt": `= Politics of Yunnan =

The politics of Yunnan is structured in a dual party-government system.

== Governors and Mayors ==

- Chen Geng (陈赓): 1950–1955
- Guo Yingqiu (郭影秋): 1955–1958
`})
	if len(ds.Offices) != 1 || ds.Offices[0].ID != "governor-of-yunnan" {
		t.Fatalf("offices %+v, want governor-of-yunnan alone", ds.Offices)
	}
	if len(termsOf(ds, "governor-of-yunnan")) != 2 {
		t.Errorf("terms %+v", ds.Terms)
	}
	if f := findingsWith(ds, CodeSeveralPosts); len(f) != 1 || f[0].Line != 7 {
		t.Errorf("several-posts findings %+v, want one at line 7", f)
	}
}

// TestHeadingOfSeveralTitlesOfThePagesPost: on the page of an office, a
// heading that names the post by the titles it has had ("Mayors/Governors
// of Testburg") lists the page's office, whichever title comes first.
func TestHeadingOfSeveralTitlesOfThePagesPost(t *testing.T) {
	ds := buildDocs(t, map[string]string{"p.txt": `= Governor of Testburg =

The governor heads the city. Between 1991 and 1996 the head was called Mayor.

=== Mayors/Governors of Testburg (1991–present) ===

| No. | Mayor/Governor | Took office | Left office |
| 1 | Ann Lee | 12 June 1991 | 5 June 1996 |
| 2 | Bob Ray | 5 June 1996 | Incumbent |
`})
	if len(ds.Offices) != 1 || ds.Offices[0].ID != "governor-of-testburg" {
		t.Fatalf("offices %+v, want governor-of-testburg alone", ds.Offices)
	}
	if len(termsOf(ds, "governor-of-testburg")) != 2 {
		t.Errorf("terms %+v", ds.Terms)
	}
	// A holders' column so labelled on a topic page: the first post's,
	// never one named after both.
	ds = buildDocs(t, map[string]string{"p.txt": `= Politics of Testburg =

The politics of Testburg.

| No. | Mayor/Governor | Took office | Left office |
| 1 | Ann Lee | 12 June 1991 | 5 June 1996 |
`})
	if len(ds.Offices) != 1 || ds.Offices[0].ID != "mayor-of-testburg" {
		t.Errorf("offices %+v, want mayor-of-testburg alone", ds.Offices)
	}
}

// TestOneOfficeAcrossDocuments: a page and a biography that write one
// post in two ways ("Chairperson of Testmongolia", "Chairman of the
// Testmongolia Autonomous Region"; "Communist Party Secretary of
// Testland", "Party Secretary of Testland") give one office, titled as
// the page writes it.
func TestOneOfficeAcrossDocuments(t *testing.T) {
	ds := buildDocs(t, map[string]string{
		"a.txt": `= Chairperson of Testmongolia =

| No. | Name | Took office | Left office |
| 1 | Ann Lee | 1990 | 1995 |
`,
		"b.txt": `= Bob Ray =

Bob Ray
- Office: Chairman of the Testmongolia Autonomous Region
- Term Start: 1995
- Predecessor: Ann Lee
`,
		"c.txt": `= Communist Party Secretary of Testland =

| No. | Name | Took office | Left office |
| 1 | Cy Dunn | 1990 | present |
`,
		"d.txt": `= Cy Dunn =

Cy Dunn
- Office: Party Secretary of Testland
- Term Start: 1990
`,
	})
	var got []string
	for _, o := range ds.Offices {
		got = append(got, o.ID+" "+o.Title)
	}
	want := []string{"chairman-of-testmongolia Chairperson of Testmongolia", "party-secretary-of-testland Communist Party Secretary of Testland"}
	if !slices.Equal(got, want) {
		t.Errorf("offices %q, want %q", got, want)
	}
	if n := len(termsOf(ds, "chairman-of-testmongolia")); n != 2 {
		t.Errorf("%d terms of the chairman, want 2", n)
	}
}

// TestInfoboxPostName: a page whose title adds a word to the office its
// infobox names ("Superior Mayor of Bogotá" under "Post: Mayor", "Body:
// Bogotá") is about that office, as its lists name it; a title whose
// extra words name a role or a body, or an infobox whose body is not the
// title's place, keeps the title.
func TestInfoboxPostName(t *testing.T) {
	for _, c := range []struct{ title, post, body, want string }{
		{"Superior Mayor of Bogotá", "Mayor", "Bogotá", "Mayor of Bogotá"},
		{"Superior Mayor of Bogotá", "Mayor", "the Bogotá", "Mayor of Bogotá"},
		{"Mayor of Bogotá", "Mayor", "Bogotá", ""},             // the same name
		{"Lord Mayor of London", "Lord Mayor", "London", ""},   // the post has the word
		{"Deputy Mayor of Testburg", "Mayor", "Testburg", ""},  // a role word
		{"Party Secretary of Wuhan", "Secretary", "Wuhan", ""}, // a body's word
		{"Party Secretary of Wuhan", "Secretary", "the Wuhan Municipal Committee of the Chinese Communist Party", ""},
		{"Superior Mayor of Bogotá", "Mayor of Bogotá", "", ""},
		{"Superior Mayor of Bogotá", "", "Bogotá", ""},
		{"Mayor of Testburg", "Testburg", "Mayor", ""},
	} {
		if got := infoboxPostName(c.title, c.post, c.body); got != c.want {
			t.Errorf("infoboxPostName(%q, %q, %q) = %q, want %q", c.title, c.post, c.body, got, c.want)
		}
	}
	ds := buildDocs(t, map[string]string{
		"office.txt": `= Superior Mayor of Testburg =

Infobox
- Post: Mayor
- Body: Testburg
- Incumbent: Cy Dunn
- Incumbentsince: 1 January 2024
`,
		"list.txt": `= List of mayors of Testburg =

| No. | Mayor | Took office | Left office |
| 1 | Ann Lee | 1 January 2020 | 1 January 2024 |
| 2 | Cy Dunn | 1 January 2024 | Incumbent |
`,
	})
	if len(ds.Offices) != 1 {
		t.Fatalf("%d offices, want the one mayor's: %+v", len(ds.Offices), ds.Offices)
	}
	if o := ds.Offices[0]; o.ID != "mayor-of-testburg" || !slices.Contains(o.Aliases, "Superior Mayor of Testburg") {
		t.Errorf("office %s %q (aliases %q), want mayor-of-testburg with the page's title as an alias", o.ID, o.Title, o.Aliases)
	}
}

// TestRoleWordsBuiltOn: a word built on a role word names no role
// ("Prefectural", "Secretariat", "Leadership", "Presidential"), so a
// heading of an era keeps the page's office.
func TestRoleWordsBuiltOn(t *testing.T) {
	for s, want := range map[string]bool{
		"Prefectural city era": false, "Aichi Prefecture": false, "Secretariat": false, "Leadership": false,
		"Presidential elections": false, "Presidium": false, "Governorate of Testia": false,
		"Prefect of Police": true, "Secretaries": true, "Presidents": true, "Leaders": true, "Under-Secretary": true,
		"Prefecture governors": true, "Procuratorate": false, "Chief Procurators": true,
	} {
		if got := hasRoleWord(s); got != want {
			t.Errorf("hasRoleWord(%q) = %v, want %v", s, got, want)
		}
	}
	ds := buildDocs(t, map[string]string{"t.txt": `= Mayor of Testpei =

== Prefectural city era (appointed mayors) ==

| № | Name | Took office | Left office |
| 1 | Ann Lee | 1920 | 1924 |
`})
	if n := len(termsOf(ds, "mayor-of-testpei")); n != 1 {
		t.Errorf("%d terms of the page's office, want 1 (offices %+v)", n, ds.Offices)
	}
}

func TestOfficeID(t *testing.T) {
	if officeID("Governor of Hokkaido Prefecture") != officeID("Governor of Hokkaido") {
		t.Error("a place type changes the office ID")
	}
	if officeID("Governor of Hunan Province") != "governor-of-hunan" {
		t.Errorf("officeID = %q", officeID("Governor of Hunan Province"))
	}
	for title, want := range map[string]string{
		"Governor of the State of Ohio":                                  "governor-of-ohio",
		"Mayor of the City of Chicago":                                   "mayor-of-chicago",
		"Governor of Jeju Special Self-Governing Province":               "governor-of-jeju",
		"Governor of Gyeonggi-do":                                        "governor-of-gyeonggi",
		"Mayor of the Special City of Seoul":                             "mayor-of-seoul",
		"Governor of Gyeongsangbuk-do":                                   "governor-of-north-gyeongsang",
		"Governor of Jeollanam-do":                                       "governor-of-south-jeolla",
		"Governor of South Jeolla Province":                              "governor-of-south-jeolla",
		"Governor of Jeju-do":                                            "governor-of-jeju",
		"Governor of Mountain Province":                                  "governor-of-mountain-province",
		"Governor of Western Province":                                   "governor-of-western-province",
		"Chief Executive of the Hong Kong Special Administrative Region": "chief-executive-of-hong-kong",
		"Mayor of Seoul Metropolitan City":                               "mayor-of-seoul",
		"Mayor of Kaohsiung Special Municipality":                        "mayor-of-kaohsiung",
		"Governor of the Territory of Guam":                              "governor-of-guam",
		"Governor of Tokyo Metropolis":                                   "governor-of-tokyo",
		"Magistrate of Hualien County":                                   "magistrate-of-hualien",
		"Governor of Nairobi City County":                                "governor-of-nairobi",
		"Chinese Ambassador to the United States":                        "ambassador-of-china-to-the-united-states",
		"Ambassador of China to the United States":                       "ambassador-of-china-to-the-united-states",
		"United States Ambassador to China":                              "ambassador-of-the-united-states-to-china",
		"Testish Ambassador to Norland":                                  "testish-ambassador-to-norland",
		"Foreign Minister of China":                                      "minister-of-foreign-affairs-of-china",
		// The Chinese Communist Party by any of its names; its leader's
		// title after its Central Committee, not its members'.
		"General Secretary of the Communist Party of China":                         "general-secretary-of-the-chinese-communist-party",
		"General Secretary of the CCP":                                              "general-secretary-of-the-chinese-communist-party",
		"General Secretary of the Central Committee of the Chinese Communist Party": "general-secretary-of-the-chinese-communist-party",
		"Member of the Central Committee of the Chinese Communist Party":            "member-of-the-central-committee-of-the-chinese-communist-party",
		// China's national bodies by any of their names, after their heads'
		// titles.
		"Chairman of the NPC Standing Committee":                              "chairman-of-the-standing-committee-of-the-national-peoples-congress",
		"Chairman of the National People's Congress Standing Committee":       "chairman-of-the-standing-committee-of-the-national-peoples-congress",
		"Chairman of the CPPCC National Committee":                            "chairman-of-the-national-committee-of-the-chinese-peoples-political-consultative-conference",
		"Secretary of the CCDI":                                               "secretary-of-the-central-commission-for-discipline-inspection",
		"Chairman of the Financial and Economic Affairs Committee of the NPC": "chairman-of-the-financial-and-economic-affairs-committee-of-the-npc",
		"Minister of Foreign Affairs of the People's Republic of China":       "minister-of-foreign-affairs-of-china",
		"Chief Executive of the Macao Special Administrative Region":          "chief-executive-of-macau",
		// A country by its formal name: its common one.
		"President of the Republic of Kenya":                                    "president-of-kenya",
		"President of the Federative Republic of Brazil":                        "president-of-brazil",
		"Prime Minister of the Kingdom of the Netherlands":                      "prime-minister-of-the-netherlands",
		"President of the Russian Federation":                                   "president-of-russia",
		"Minister of Finance of the Republic of Kenya":                          "minister-of-finance-of-kenya",
		"President of the Republic of China":                                    "president-of-the-republic-of-china",
		"Secretary of State of the United States":                               "secretary-of-state-of-the-united-states",
		"Chinese Minister of Foreign Affairs":                                   "minister-of-foreign-affairs-of-china",
		"Minister of Foreign Affairs of China":                                  "minister-of-foreign-affairs-of-china",
		"Finance Minister of Japan":                                             "minister-of-finance-of-japan",
		"Prime Minister of Japan":                                               "prime-minister-of-japan",
		"Chief Minister of Sabah":                                               "chief-minister-of-sabah",
		"Governor of Nairobi City":                                              "governor-of-nairobi",
		"County Magistrate of Hualien":                                          "magistrate-of-hualien",
		"City Manager of Testville":                                             "city-manager-of-testville",
		"Chairman of the Guangxi Zhuang Autonomous Region":                      "chairman-of-guangxi",
		"Director of the Preparatory Committee for the Tibet Autonomous Region": "director-of-the-preparatory-committee-for-tibet",
		"Premier of the State Council":                                          "premier-of-china",
		"President of Taiwan":                                                   "president-of-the-republic-of-china",
		"Premier of Taiwan":                                                     "premier-of-the-republic-of-china",
		"President of the Executive Yuan":                                       "premier-of-the-republic-of-china",
		"Vice President of the Executive Yuan":                                  "vice-premier-of-the-republic-of-china",
		"Speaker of the Legislative Yuan":                                       "president-of-the-legislative-yuan",
		"Governor of Taiwan":                                                    "governor-of-taiwan",
		"Vice Premier of the State Council":                                     "vice-premier-of-china",
		"Secretary-General of the State Council":                                "secretary-general-of-the-state-council",
		"President of the People's Republic of China":                           "president-of-china",
		"President of China":                                                    "president-of-china",
		"Premier of the State Council of the People's Republic of China":        "premier-of-china",
		"President of the Republic of Korea":                                    "president-of-south-korea",
		// One post written in several ways has one ID.
		"Chairperson of Inner Mongolia":                                           "chairman-of-inner-mongolia",
		"Chairman of the Inner Mongolia Autonomous Region":                        "chairman-of-inner-mongolia",
		"Chair of Testland":                                                       "chairman-of-testland",
		"Communist Party Secretary of Shandong":                                   "party-secretary-of-shandong",
		"Secretary of the CPC Shandong Provincial Committee":                      "party-secretary-of-shandong",
		"Party Secretary of Province 0":                                           "party-secretary-of-province-0",
		"First Secretary of the Communist Party of Kazakhstan":                    "party-secretary-of-kazakhstan",
		"Governor of the Guizhou Provincial People's Government":                  "governor-of-guizhou",
		"Chairman of Ningxia Hui Autonomous Region People's Government":           "chairman-of-ningxia",
		"Chairperson of the Inner Mongolia Autonomous Region People's Government": "chairman-of-inner-mongolia",
		"Chairman of the People's Congress of Testville":                          "chairman-of-testville-peoples-congress",
		"Chairman of the Standing Committee of the National People's Congress":    "chairman-of-the-standing-committee-of-the-national-peoples-congress",
		// A supervisory commission's head, its director, called its chairman.
		"Chairman of Chongqing Supervisory Commission":           "director-of-the-chongqing-supervisory-commission",
		"Director of the Chongqing Supervisory Commission":       "director-of-the-chongqing-supervisory-commission",
		"Director of Testland Provincial Supervisory Commission": "director-of-the-testland-supervisory-commission",
		"Deputy Director of the Testland Supervisory Commission": "deputy-director-of-the-testland-supervisory-commission",
	} {
		if got := officeID(title); got != want {
			t.Errorf("officeID(%q) = %q, want %q", title, got, want)
		}
	}
	for _, pair := range [][2]string{{"北京市市长", "上海市市长"}, {"Secretary of 北京", "Secretary of 上海"}} {
		if officeID(pair[0]) == officeID(pair[1]) {
			t.Errorf("%q and %q share the ID %q", pair[0], pair[1], officeID(pair[0]))
		}
	}
}

// TestOfficeNaming: lists are given the office a careful reader would
// name, from the page, its headings or its prose.
func TestOfficeNaming(t *testing.T) {
	docs := map[string]string{
		"guam.txt": `= List of Governors of Testisland =

== Before the war (1898–1941) ==
=== Capture of the island (1898) ===
- 1898 – 1898 Henry Glass
=== Naval governors (1899–1941) ===
- 1899 – 1900 Richard Leary
- 1899 – 1900 William Safford – acting for Leary
`,
		"tibet.txt": `= List of modern political leaders of Testregion =

== Government Chairmen ==
; Directors of the Preparatory Committee
1. Dalai Lama: April 1956 – March 1959
; Chairmen of the People's Committee
1. Ngapoi Jigme: September 1965 – September 1968
`,
		"politics.txt": `= Politics of Testland =

The Governor of Testland heads the government, but ranks below the Testland CCP Provincial Committee Secretary, informally the "Testland CCP Party Chief".

| No. | Name | Term start | Term end |
| 1 | Ke Yi | November 1952 | August 1954 |
`,
		"secretary.txt": `= Party Secretary of Otherland =

== List of the CPC Otherland Committee Secretaries ==
1. Zhang Yi (张一): 1949–1954
`,
		"khans.txt": `= Khan of Testistan =

== Khans ==
| Name | Reign |
| Batu | from 1227 to 1255 |
| Sartaq | 1255 – ? |

== Viziers ==
| Name | Took office | Left office |
| Ahmad | 1230 | ? |
| Yusuf | ? | 1260 |
`,
		"senate.txt": `= President of the Senate of Norland =

| No. | President | Start | End |
| 1 | Erik Holm | 1950 | 1954 |

== Presidents pro tempore ==
| Name | Assumed office | Left office |
| Nils Dahl | 1950 | 1951 |
`,
		"state.txt": `= List of governors of Westmarch =

| # | Governor | Took office | Left office | Lt. Governor |
| 1 | Amos Reed | 1821 | 1825 | Silas Dunn |

== Senators ==
| Election | Name | Took office | Left office |
| 1990 | Carla Benn | 1991 | 1997 |
`,
		"place.txt": `= Testing Province, Republic of Testland =

Testing Province is a de jure division of the Republic of Testland.

== Governors ==

- Ann Lee (1926) (acting)
- Bob Ray (1926–1928)
`,
		"bodies.txt": `= Politics of Testdong =

The politics of Testdong follows a dual party-government system.

== Chinese People's Political Consultative Conference ==
1. Tao Zhu (陶铸): 1955–1960
2. Wang Rong: 2015–present

== National Supervisory Commission ==
1. Shi Kehui (施克辉): 2018–2021
2. Song Fulong (宋福龙): 2021–present
`,
		"party.txt": `= List of secretaries of the Testers' Party (Testland) =

| N° | Name | Took office | Left office |
| 1 | Ann Lee | 2007 | 2009 |

== Deputy secretaries ==

| N° | Name | Took office | Left office |
| 1 | Bob Ray | 2007 | 2009 |
`,
		"bio.txt": `= Wu Er =

Wu Er
- Office1: Communist Party Secretary of Otherland
- Term Start1: 1954
- Predecessor1: Zhang Yi
`,
	}
	ds := buildDocs(t, docs)
	for office, n := range map[string]int{
		"governor-of-testisland":                              3,
		"director-of-the-preparatory-committee-of-testregion": 1,
		"chairman-of-the-testregion-peoples-committee":        1,
		"party-secretary-of-testland":                         1,
		"party-secretary-of-otherland":                        2,
		"khan-of-testistan":                                   2, // a Reign column
		"president-of-the-senate-of-norland":                  1,
		"president-pro-tempore-of-norland":                    1, // not the President
		"vizier-of-testistan":                                 2, // a heading naming a role
		"governor-of-westmarch":                               1, // the lieutenant governor is a note
		"senator-of-westmarch":                                1, // not the governor
		"governor-of-testing":                                 2, // the place before the comma, not the country
		"chairman-of-cppcc-testdong-committee":                2, // a heading naming a body: its head
		"secretary-of-the-testers-party-testland":             1,
		"deputy-secretary-of-the-testers-party-testland":      1, // the deputies of the page's post, not of no place
		"director-of-the-testdong-supervisory-commission":     2, // the province's own commission
	} {
		if got := len(termsOf(ds, office)); got != n {
			var ids []string
			for _, o := range ds.Offices {
				ids = append(ids, o.ID)
			}
			t.Errorf("%s has %d terms, want %d (offices %v)", office, got, n, ids)
		}
	}
	if f := findingsWith(ds, CodeUnparsedDate); len(f) != 0 {
		t.Errorf("a date given as ? is not known, not unreadable: %+v", f)
	}
	if len(findingsWith(ds, CodeOfficeFromProse)) != 1 {
		t.Errorf("the office named from prose is not reported: %+v", ds.Findings)
	}
	if f := findingsWith(ds, CodeOfficeFromBody); len(f) != 2 {
		t.Errorf("offices named after the body a heading names: %+v, want two findings", f)
	}
	if got := termsOf(ds, "governor-of-westmarch"); len(got) == 1 && !strings.Contains(got[0].Note, "Lt. Governor: Silas Dunn") {
		t.Errorf("the other person's column is lost: note %q", got[0].Note)
	}
	for _, o := range ds.Offices {
		if o.ID == "party-secretary-of-otherland" {
			if o.Title != "Party Secretary of Otherland" || !slices.Contains(o.Aliases, "CPC Otherland Committee Secretary") || !slices.Contains(o.Aliases, "Communist Party Secretary of Otherland") {
				t.Errorf("office = %q, aliases %q", o.Title, o.Aliases)
			}
		}
	}
}

func TestRoleKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Chief Executive of Harborland", "Chief executives"},
		{"Chief Minister of Sikkim", "List of chief ministers"},
		{"Governor of Hunan", "Governors (1949–1955)"},
		{"President of the Senate", "Presidents of the Senate"},
		{"Minister-President of Bavaria", "Ministers-president"},
	}
	for _, tt := range tests {
		if roleKey(tt.a) != roleKey(tt.b) {
			t.Errorf("roleKey(%q) = %q, roleKey(%q) = %q; want the same", tt.a, roleKey(tt.a), tt.b, roleKey(tt.b))
		}
	}
	differ := []struct{ a, b string }{
		{"Chief Executive of Harborland", "Chief secretaries"},
		{"President of the Senate", "Presidents pro tempore"},
		{"Governor of Hunan", "Vice governors"},
		{"Minister-President of Bavaria", "Ministers of foreign affairs"},
	}
	for _, tt := range differ {
		if roleKey(tt.a) == roleKey(tt.b) {
			t.Errorf("roleKey(%q) = roleKey(%q) = %q; want different posts", tt.a, tt.b, roleKey(tt.a))
		}
	}
}

// TestDeputiesHeading: a list under a bare "Deputies" heading on an
// office's page is the office's deputies', not more holders of the office.
func TestDeputiesHeading(t *testing.T) {
	ds := buildDocs(t, map[string]string{"m.txt": `= Mayor of Testcity =

The Mayor of Testcity heads the city.

== Mayors ==

- Ann Lee: 1990–1994
- Bob Ray: 1994–present

== Deputies ==

- Cy Dunn: 1990–1994
- Di Eck: 1994–present
`})
	got := officeTermLines(ds)
	want := []string{"deputy-mayor-of-testcity Cy Dunn||1990|1994", "deputy-mayor-of-testcity Di Eck||1994| open",
		"mayor-of-testcity Ann Lee||1990|1994", "mayor-of-testcity Bob Ray||1994| open"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	if f := findingsWith(ds, CodeOverlappingTerms); len(f) != 0 {
		t.Errorf("deputies read as holders of the office: %+v", f)
	}
}

// TestHoldersColumnNamesTheOffice: on a topic page, a table under a
// heading that names no post is of the post its holders' column names;
// a column headed "Name" names none, and the prose above still does.
func TestHoldersColumnNamesTheOffice(t *testing.T) {
	ds := buildDocs(t, map[string]string{"p.txt": `= Politics of Testsu =

The politics of Testsu is structured in a dual party-government system.

== Communist Party ==

| Order | CPC Party Secretary | Term | Notes |
| 1 | Rao Shushi | 1949—1950 | later purged in 1954 |
| 2 | Chen Jining | 2022— | |

== Government ==

The Mayor of Testsu heads the government.

| Order | Name | Term |
| 1 | Chen Yi | 1949—1958 |
`})
	got := officeTermLines(ds)
	want := []string{"mayor-of-testsu Chen Yi||1949|1958", "party-secretary-of-testsu Rao Shushi||1949|1950", "party-secretary-of-testsu Chen Jining||2022| open"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
}

func TestLastOfficeIn(t *testing.T) {
	tests := []struct{ text, place, want string }{
		{"The Mayor of Testsu heads the government.", "Testsu", "Mayor of Testsu"},
		{"In 1949 the Governor of Hainan was appointed by the centre.", "Hainan", "Governor of Hainan"},
		{"The Mayor of the Shanghai Municipal People's Government is the highest ranking official.", "Shanghai", "Mayor of Shanghai"},
		{`… ranks below the Jiangsu CCP Provincial Committee Secretary, informally called the "Jiangsu CCP Party Chief".`, "Jiangsu", "Party Secretary of Jiangsu"},
		{"Testsu has a dual party-government system.", "Testsu", ""},
	}
	for _, tt := range tests {
		if got := lastOfficeIn(tt.text, tt.place); got != tt.want {
			t.Errorf("lastOfficeIn(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestTopicInfoboxHolders: the infobox of a page about a place's politics
// names the holders of now of the posts the page lists ("Secretary" beside
// a list of party secretaries, "Mayor"); a post the page does not list
// makes no office; a stale list is reported as a mismatch, as an office
// page's would be.
func TestTopicInfoboxHolders(t *testing.T) {
	doc := `= Politics of Testsu =

Infobox
- Legislature: Testsu People's Congress
- Party: Testsu Committee of the Chinese Communist Party
- Secretary: Chen Jining
- Mayor: %s
- Court President: Liu Xiaoyun

The politics of Testsu is structured in a dual party-government system.

== Communist Party ==

| Order | CPC Party Secretary | Term |
| 1 | Rao Shushi | 1949—1950 |
| 2 | Chen Jining | 2022— |

== Mayors ==

| Order | Mayor | Took office | Left office |
| 1 | Chen Yi | 1949 | 1958 |
| 2 | Gong Zheng | 2020 | |
`
	ds := buildDocs(t, map[string]string{"p.txt": fmt.Sprintf(doc, "Gong Zheng")})
	incumbents := map[string]string{}
	for _, o := range ds.Offices {
		incumbents[o.ID] = o.IncumbentPersonID
	}
	want := map[string]string{"party-secretary-of-testsu": "chen-jining", "mayor-of-testsu": "gong-zheng"}
	if !maps.Equal(incumbents, want) {
		t.Errorf("offices and incumbents %v, want %v", incumbents, want)
	}
	for _, tm := range termsOf(ds, "mayor-of-testsu") {
		if tm.NameEN == "Gong Zheng" && !tm.Incumbent {
			t.Errorf("the mayor the infobox names, his end cell empty, is not in office: %+v", tm)
		}
	}
	stale := buildDocs(t, map[string]string{"p.txt": strings.Replace(fmt.Sprintf(doc, "Wu Qing"), "| 2020 | |", "| 2020 | present |", 1)})
	if f := findingsWith(stale, CodeIncumbentMismatch); len(f) != 1 {
		t.Errorf("a list behind the infobox: %+v, want one incumbent-mismatch", f)
	}
}

// TestCommitteePageHolders: a party committee's page lists its
// secretaries under a heading that says so, under one that names no post
// with a column labelled "Secretary", or under no heading at all: each is
// the Party Secretary of its place.
func TestCommitteePageHolders(t *testing.T) {
	const title = "= Testsu Provincial Committee of the Chinese Communist Party =\n\n"
	const rows = "| 1 | Ann Lee | 1990 | 1995 |\n"
	for name, body := range map[string]string{
		"heading": "== Secretaries ==\n| No. | Name | Took office | Left office |\n" + rows,
		"column":  "== History ==\n| No. | Secretary | Took office | Left office |\n" + rows,
		"bare":    "The committee is led by its secretary.\n\n| No. | Name | Took office | Left office |\n" + rows,
	} {
		ds := buildDocs(t, map[string]string{"c.txt": title + body})
		if len(ds.Offices) != 1 || ds.Offices[0].ID != "party-secretary-of-testsu" {
			t.Errorf("%s: offices %+v, want party-secretary-of-testsu", name, ds.Offices)
		}
	}
}

// TestAutonomousRegionGovernmentPage: the heads a region's government
// lists are the region's chairmen, of its place.
func TestAutonomousRegionGovernmentPage(t *testing.T) {
	doc := "= People's Government of the Testxi Zhuang Autonomous Region =\n\n== Chairmen ==\n| No. | Name | Took office | Left office |\n| 1 | Ann Lee | 1990 | 1995 |\n"
	ds := buildDocs(t, map[string]string{"g.txt": doc})
	if len(ds.Offices) != 1 || ds.Offices[0].ID != "chairman-of-testxi" || ds.Offices[0].Jurisdiction != "Testxi" {
		t.Errorf("offices %+v, want chairman-of-testxi of Testxi", ds.Offices)
	}
	// Under no heading, a people's government's list is of its heads.
	for title, want := range map[string]string{
		"Testsu Provincial People's Government":                      "governor-of-testsu",
		"Testhai Municipal People's Government":                      "mayor-of-testhai",
		"People's Government of the Testxi Zhuang Autonomous Region": "chairman-of-testxi",
	} {
		ds := buildDocs(t, map[string]string{"g.txt": "= " + title + " =\n\n| No. | Name | Took office | Left office |\n| 1 | Ann Lee | 1990 | 1995 |\n"})
		if len(ds.Offices) != 1 || ds.Offices[0].ID != want {
			t.Errorf("%s: offices %+v, want %s", title, ds.Offices, want)
		}
	}
}

// TestPostOfBodyPage: on the page of a body (a people's congress, a
// legislature), a heading naming a post without a place names the
// body's post; a congress's chairman is then one office with the one a
// topic page lists under "chairmen of Testcity People's Congress".
func TestPostOfBodyPage(t *testing.T) {
	for _, tc := range []struct{ post, title, want string }{
		{"Chairpersons of the Standing Committee", "Testcity Municipal People's Congress", "Chairman of the Standing Committee of the Testcity Municipal People's Congress"},
		{"Presidents", "Legislative Yuan", "President of the Legislative Yuan"},
		{"General Secretaries", "The Testland Workers' Party", "General Secretary of the Testland Workers' Party"},
		{"Speakers of the House", "Testland National Assembly", ""}, // a body of its own
		{"Presidents", "Politics of Testland", ""},                  // no body
		{"Presidents", "Governor of Testland", ""},                  // an office's page
		// A party committee's secretary is the party secretary of its place.
		{"Party secretaries", "Testcity Municipal Committee of the Chinese Communist Party", "Party Secretary of Testcity"},
		{"Secretaries", "CPC Testsu Provincial Committee", "Party Secretary of Testsu"},
		{"party secretary of Testcity", "Testcity Municipal Committee of the Chinese Communist Party", "Party Secretary of Testcity"},
		{"party secretary of Otherville", "Testcity Municipal Committee of the Chinese Communist Party", ""}, // another place's
	} {
		if got := postOfBody(tc.post, tc.title); got != tc.want {
			t.Errorf("postOfBody(%q, %q) = %q, want %q", tc.post, tc.title, got, tc.want)
		}
	}
	ds := buildDocs(t, map[string]string{
		"congress.txt": `= Testcity Municipal People's Congress =

== Chairpersons of the Standing Committee ==

| No. | Name | Term start | Term end |
| 1 | Jia Testsan (贾庭三) (1912–1984) | 1979 | 1983 |
| 2 | Zhao Testfei (赵鹏飞) (1920–2005) | 1983 | 1993 |
`,
		"politics.txt": `= Politics of Testcity =

== List of chairmen of Testcity People's Congress ==

| | Name | Term start | Term end |
| 2 | Zhao Testfei (赵鹏飞) | 1983 | 1993 |
`,
	})
	if len(ds.Offices) != 1 || ds.Offices[0].Title != "Chairman of the Standing Committee of the Testcity Municipal People's Congress" {
		t.Fatalf("offices %+v, want the congress's chairman, once", ds.Offices)
	}
	if n := len(ds.Terms); n != 2 || len(ds.Terms[1].CorroboratedBy) != 1 {
		t.Errorf("terms %+v, want two, the second corroborated by the topic page", ds.Terms)
	}
}

// TestHeadingOfAnotherMinister: on a page of a state's minister-presidents
// a section headed "Ministers of foreign affairs" lists another post's
// holders, the Minister of Foreign Affairs of the state: "Minister" is
// only half of "Minister-President".
func TestHeadingOfAnotherMinister(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": `= List of minister-presidents of Testland =

Infobox
- Post: Minister-President
- Body: Testland
- Incumbent: Cy Dunn
- Incumbentsince: 16 March 2018

== Ministers of foreign affairs ==

| No. | Name | Took office | Left office |
| 1 | Ann Lee | 1745 | 18 November 1777 |
| 2 | Bob Ray | 18 November 1777 | 1799 |
`})
	var got []string
	for _, o := range ds.Offices {
		got = append(got, o.Title)
	}
	for _, tm := range ds.Terms {
		got = append(got, tm.OfficeID+" "+tm.PersonID)
	}
	want := []string{"Minister of Foreign Affairs of Testland", "Minister-President of Testland",
		"minister-of-foreign-affairs-of-testland ann-lee", "minister-of-foreign-affairs-of-testland bob-ray"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestPostOfPlaceKind(t *testing.T) {
	for _, tt := range []struct{ role, label, want string }{
		{"Government chiefs", "Municipality", "Mayor of Testplace"},
		{"Government leaders", "Municipalities", "Mayor of Testplace"},
		{"Government chiefs", "Province", "Governor of Testplace"},
		{"Government chiefs", "Autonomous Region", "Chairman of Testplace"},
		{"Government chiefs", "SAR", "Chief Executive of Testplace"},
		{"Heads of government", "Special Administrative Regions", "Chief Executive of Testplace"},
		{"Legislature speakers", "Province", "Chairman of Testplace People's Congress"},
		{"Legislature speakers", "SAR", "Speaker of the Legislature of Testplace"}, // an SAR not Hong Kong or Macau
		{"Chairpersons of CPPCC Committee", "SAR", ""},                             // none
		{"Chairpersons of CPPCC Committee", "Autonomous Region", "Chairman of CPPCC Testplace Committee"},
		// Not a kind of post each kind of place titles its own way, or
		// no such place.
		{"Communist Party Secretaries", "Province", ""},
		{"Government chiefs", "State", ""},
		{"Legislature", "Province", ""},
	} {
		if got := postOfPlaceKind(tt.role, tt.label, "Testplace"); got != tt.want {
			t.Errorf("postOfPlaceKind(%q, %q) = %q, want %q", tt.role, tt.label, got, tt.want)
		}
	}
	for place, want := range map[string]string{"Hong Kong": "President of the Legislative Council of Hong Kong", "Macau": "President of the Legislative Assembly of Macau"} {
		if got := postOfPlaceKind("Legislature speakers", "SAR", place); got != want {
			t.Errorf("postOfPlaceKind(Legislature speakers, SAR, %s) = %q, want %q", place, got, want)
		}
	}
}

// TestCurrentProvincialLeaders: a page of each province's leaders of now
// in sections by kind of post ("Legislature speakers", "Government
// chiefs", "Chairpersons of CPPCC Committee"), a table per kind of
// place: each row's post is its place's, titled as that kind of place
// titles it, and its holder the one of now. None is the "Speaker of
// Legislature" or a "Government Chief of Beijing".
func TestCurrentProvincialLeaders(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": `= List of current Testland provincial leaders =

This is a list of current provincial leaders.

==Legislature speakers==

| Municipality | Incumbent | Previous office | Took office |
| Testjing | Ann Lee 李安 | Deputy Party Secretary of Testjing | |

==Government chiefs==

===Municipalities===
| Municipality | Incumbent | Previous office | Took office |
| Testjing | Bob Ray 雷波 | Deputy Party Secretary of Testjing | |

===Autonomous Regions===
| Autonomous Region | Incumbent | Previous office | Took office |
| Testxi | Cy Dunn 邓赛 | Vice Chairman of Testxi | |

===Special Administrative Regions===
| SAR | Incumbent | Previous office | Took office |
| Test Kong | Di Eck 艾迪 | Chief Secretary for Administration | |

==Chairpersons of CPPCC Committee==

| Province | Incumbent | Previous office | Took office |
| Testbei | Ed Fox 福艾 | Vice Governor of Testbei | |
`})
	var got []string
	for _, h := range ds.CurrentHolders {
		got = append(got, h.Title+": "+h.PersonID)
	}
	want := []string{"Chairman of CPPCC Testbei Committee: ed-fox", "Chairman of Testjing People's Congress: ann-lee",
		"Chairman of Testxi: cy-dunn", "Chief Executive of Test Kong: di-eck", "Mayor of Testjing: bob-ray"}
	if !slices.Equal(got, want) {
		t.Errorf("current holders:\n got %q\nwant %q", got, want)
	}
}

func TestPlaceWithArticle(t *testing.T) {
	for in, want := range map[string]string{
		"Northern Mariana Islands": "the Northern Mariana Islands",
		"the Bahamas":              "the Bahamas",
		"Philippines":              "the Philippines",
		"Alabama":                  "Alabama",
		"Solomon Islands":          "the Solomon Islands",
		"":                         "",
	} {
		if got := placeWithArticle(in); got != want {
			t.Errorf("placeWithArticle(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPeoplesCommitteeOfAPlace: "Chairmen of the People's Committee" on
// a Vietnamese city's politics page is the office of the page titled
// after the city's People's Committee.
func TestPeoplesCommitteeOfAPlace(t *testing.T) {
	ds := buildDocs(t, map[string]string{
		"p.txt": `= Politics of Ho Chi Minh City =

The politics of Ho Chi Minh City, Vietnam.

== Chairmen of the People's Committee ==

| No. | Name | Took office | Left office |
| 12 | Phan Văn Mãi | 2021 | 2025 |
| 13 | Nguyễn Văn Được | 2025 | Incumbent |
`,
		"c.txt": `= Chairman of the Ho Chi Minh City People's Committee =

| No. | Name | Took office | Left office |
| 13 | Nguyễn Văn Được | 2025 | Incumbent |
`,
	})
	if len(ds.Offices) != 1 || ds.Offices[0].Title != "Chairman of the Ho Chi Minh City People's Committee" || ds.Offices[0].Jurisdiction != "Ho Chi Minh City" {
		t.Errorf("offices %+v, want the one chairman of Ho Chi Minh City's People's Committee", ds.Offices)
	}
	// A Chinese province's revolutionary committee likewise.
	if got := canonicalOfficeTitle("Chairmen of the Revolutionary Committee", "Testsu"); got != "Chairman of the Testsu Revolutionary Committee" {
		t.Errorf("canonicalOfficeTitle = %q, want the Chairman of the Testsu Revolutionary Committee", got)
	}
}

// FuzzIdentityTitle: the one form of a title is its own one form, so a
// title written either way, or already rewritten, gives one office ID.
func FuzzIdentityTitle(f *testing.F) {
	for _, s := range []string{"Foreign Minister of China", "Chinese Ambassador to the United States", "General Secretary of the CCP",
		"Chairman of the NPC Standing Committee", "President of the Federative Republic of Brazil",
		"Minister of Finance of the Republic of Kenya", "Secretary of the CPC Jiangsu Provincial Committee",
		"Chairman of the Jiangsu Provincial People's Congress", "Premier of the State Council", "Secretary of State of the United States",
		"President of the Republic of China", "Vice Chairman of the CPPCC", "Chief Executive of the Macao Special Administrative Region"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = trimSpace(s) // officeID reads a title without its spaces around
		a := identityTitle(s)
		if b := identityTitle(a); b != a {
			t.Fatalf("identityTitle(%q) = %q, whose own is %q", s, a, b)
		}
		if officeID(a) != officeID(s) {
			t.Fatalf("officeID(%q) = %q, of its one form %q: %q", s, officeID(s), a, officeID(a))
		}
	})
}

// TestListOfNoNamedPost: a list on a topic's page ("Politics of …") whose
// post no heading, prose or column names is left unread, with a finding,
// rather than read as holders of an office named after the topic; a
// heading that names a military district's political commissars names
// their post.
func TestListOfNoNamedPost(t *testing.T) {
	ds := buildDocs(t, map[string]string{"p.txt": `= Politics of Testzhou =

The politics of Testzhou is structured in a dual party-government system.

==Notable figures==
1. Wang Anming (王明): 1990–1995
2. Li Baoguo (李明): 1995–present

==Political Commissars of the Testzhou Military District==
1. Zhao Chenglin (赵林): 1990–1995
2. Qian Dawei (钱伟): 1995–present
`})
	var ids []string
	for _, o := range ds.Offices {
		ids = append(ids, o.ID)
	}
	if want := []string{"political-commissar-of-the-testzhou-military-district"}; !slices.Equal(ids, want) {
		t.Errorf("offices %v, want %v", ids, want)
	}
	if f := findingsWith(ds, CodeUnreadBlock); len(f) != 1 || f[0].Line != 6 {
		t.Errorf("unread-block findings %+v, want one on line 6", f)
	}
}
