package pipeline

import (
	"slices"
	"strings"
	"testing"
)

func TestReadProseHolders(t *testing.T) {
	tests := []struct {
		text string
		want string // "post|name|native|since", one per holder, joined by " / "
	}{
		{"The governor is elected by the congress. The current governor is Wang Yubo, who took office on 25 November 2020.",
			"governor|Wang Yubo||2020-11-25"},
		{"[1] Sheng Yuechun is the current secretary; he took office on 18 October 2025.", "secretary|Sheng Yuechun||2025-10-18"},
		{"The current mayor is Lu Shiow-yen of the Kuomintang since 25 December 2018.", "mayor|Lu Shiow-yen||2018-12-25"},
		{"The incumbent Magistrate of the county is Hsu Chen-wei of Kuomintang since 25 December 2018.", "Magistrate of the county|Hsu Chen-wei||2018-12-25"},
		{"Mao Weiming is the current governor, in office since 27 November 2020.", "governor|Mao Weiming||2020-11-27"},
		{"The current governor is Naomichi Suzuki.", "governor|Naomichi Suzuki||"},
		// "As of", "currently" beside the post, "is the incumbent".
		{"The office was created in 1950. As of 2024, the governor is Ann Lee.", "governor|Ann Lee||"},
		{"As of 1 May 2024, the office is held by Ann Lee, since 2020.", "|Ann Lee||2020"},
		// The date "as of" is no start; a start the sentence gives is.
		{"As of 2024, the governor is Ann Lee, who assumed office in June 2018.", "governor|Ann Lee||2018-06"},
		{"As of 2024, the governor is Ann Lee, elected in 2022.", "governor|Ann Lee||"},
		// The words for now before the post, or none but "Incumbent"
		// before the name; since when after the post.
		{"Currently, the governor is Ann Lee, who took office on 19 June 2018.", "governor|Ann Lee||2018-06-19"},
		{"The office was made in 1949. At present, the mayor is Ann Lee.", "mayor|Ann Lee||"},
		{"Currently, the office is vacant.", "|(vacant)||"},
		{"Incumbent Ann Lee took office on 19 June 2018.", "|Ann Lee||2018-06-19"},
		{"Incumbent governor Ann Lee took office on 19 June 2018.", "governor|Ann Lee||2018-06-19"},
		{"The governor since 2018 has been Ann Lee.", "governor|Ann Lee||2018"},
		{"Ann Lee was sworn in as the 17th governor on 19 June 2018.", "|Ann Lee||2018-06-19"},
		// The election that led to it, then when they took office.
		{"Ann Lee won the 2022 election and took office on 1 January 2023.", "|Ann Lee||2023-01-01"},
		{"Ann Lee defeated Bob Ray in the 2022 election and was inaugurated on 1 January 2023.", "|Ann Lee||2023-01-01"},
		{"Ann Lee, elected in 2022, took office on 1 January 2023.", "|Ann Lee||2023-01-01"},
		{"Following the 2022 election, Ann Lee took office on 1 January 2023.", "|Ann Lee||2023-01-01"},
		{"After winning the 2022 election, Ann Lee was sworn in on 1 January 2023.", "|Ann Lee||2023-01-01"},
		{"After the war, Ann Lee took office on 1 January 1946 and Bob Ray too.", ""},
		{"Ann Lee was re-elected in 2022 and began her second term on 1 January 2023.", ""},
		// The post has no holder now; not what happens when it has none.
		{"The office has been vacant since 3 May 2025, when Ann Lee resigned.", "|(vacant)||2025-05-03"},
		{"Currently, the office of mayor is vacant.", "mayor|(vacant)||"},
		{"The governorship remains vacant following the death of Ann Lee.", "|(vacant)||"},
		{"The office is vacant when the governor dies or resigns.", ""},
		{"The post of lieutenant governor is vacant until a new election is held.", ""},
		{"The office of the secretary-general of the council is vacant.", "secretary-general of the council|(vacant)||"},
		// The post, then its holder, when a date says it is now's; the
		// holder's words with since when; the office now held, occupied;
		// the date in a pronoun's sentence after the holder's.
		{"The mayor of Testland is Ann Lee, since October 2022.", "mayor of Testland|Ann Lee||2022-10"},
		{"The officeholder since 2022 is Ann Lee.", "|Ann Lee||2022"},
		{"The governor as of 2025 is Ann Lee, who took office on 1 May 2020.", "governor|Ann Lee||2020-05-01"},
		{"The mayor as of 2024 is Ann Lee.", "mayor|Ann Lee||"},
		{"The mayor of Testland is elected by the council.", ""},
		{"The seat of the governor since 1950 is New Testcity.", ""},
		{"The mayor of Testland is Ann Lee.", ""},                                        // no date: not said to be now's
		{"The governor is Ann Lee, and the party secretary is Bob Ray, since 2022.", ""}, // the date of another clause
		{"The current governor is Ann Lee and the party secretary is Bob Ray, since 2022.", "governor|Ann Lee|| / party secretary|Bob Ray||2022"},
		// Two posts' holders in one sentence.
		{"Ann Lee is the current governor; Bob Ray is the current party secretary.", "governor|Ann Lee|| / party secretary|Bob Ray||"},
		{"The current party secretary is Bob Ray, while the governor is Ann Lee.", "party secretary|Bob Ray|| / governor|Ann Lee||"},
		{"Bob Ray has been the party secretary since 2022, and Ann Lee has been governor since 2021.", "party secretary|Bob Ray||2022 / governor|Ann Lee||2021"},
		{"The current governor is Ann Lee and the governor's deputy is Bob Ray.", "governor|Ann Lee||"},
		{"Ann Lee currently serves as governor and Bob Ray as party secretary.", "governor|Ann Lee|| / party secretary|Bob Ray||"},
		{"Ann Lee is the current governor and Bob Ray the party secretary.", "governor|Ann Lee|| / party secretary|Bob Ray||"},
		{"Ann Lee is the current governor and Bob Ray the best of friends.", "governor|Ann Lee||"},
		{"Ann Lee is the current governor and Testland's Bob Ray the secretary.", "governor|Ann Lee||"},
		{"The current governor is Ann Lee; she was elected in 2022.", "governor|Ann Lee||"},
		{"The current governor is Ann Lee, who was elected in 2018, and took office on 1 January 2019.", "governor|Ann Lee||2019-01-01"},
		{"In office since 28 October 2022, Ann Lee is the current mayor.", "mayor|Ann Lee||2022-10-28"},
		{"Ann Lee serves as mayor since 28 October 2022.", "mayor|Ann Lee||2022-10-28"},
		{"Ann Lee serves as mayor for five years.", ""},
		{"Ann Lee is mayor, in office since 28 October 2022.", "mayor|Ann Lee||2022-10-28"},
		{"Ann Lee is the current officeholder, since 28 October 2022.", "|Ann Lee||2022-10-28"},
		{"The office is now held by Ann Lee.", "|Ann Lee||"},
		{"The post is currently occupied by Ann Lee.", "|Ann Lee||"},
		{"Ann Lee now holds the post, having taken it on 28 October 2022.", "|Ann Lee||2022-10-28"},
		{"Ann Lee has occupied the post since 28 October 2022.", "|Ann Lee||2022-10-28"},
		{"Ann Lee took up the post on 28 October 2022.", "|Ann Lee||2022-10-28"},
		{"The current mayor is Ann Lee. She took office on 28 October 2022.", "mayor|Ann Lee||2022-10-28"},
		{"The current mayor is Ann Lee. She took office as vice mayor in 2010.", "mayor|Ann Lee||"},
		{"The current Chief Minister is Chow Kon Yeow of the DAP. Chow was sworn in on 14 May 2018.", "Chief Minister|Chow Kon Yeow||2018-05-14"},
		{"The current mayor is Ann Lee. Lee took office on 28 October 2022.", "mayor|Ann Lee||2022-10-28"},
		{"The current mayor is Ann Lee. Roe took office on 28 October 2022.", "mayor|Ann Lee||"}, // someone else
		{"Currently the mayor is Ann Lee.", "mayor|Ann Lee||"},
		{"The first governor, Ann Lee, took office in 1949.", ""},
		{"Its population is 3 million since 2020.", ""},
		{"Its mayor is Testland's First Citizen, since 1995.", ""},
		{"The Governor of Testland is the head of government, since 1949 appointed by the State Council.", ""},
		{"The officeholder since 1949 is the Governor of Testland.", ""},
		{"The post of governor was created in 1949.", ""},
		{"The position of governor has been held by Ann Lee.", ""}, // once, not now
		{"Ann Lee became deputy governor on 3 May 2021.", ""},
		{"Today, the mayor is Ann Lee.", "mayor|Ann Lee||"},
		{"As of 2024, the population is 3 million. As of 2020, the governor is elected by popular vote.", ""},
		{"The governor, currently Ann Lee, is elected every four years.", "governor|Ann Lee||"},
		{"The Provincial government is headed by a governor, currently Wang Yubo.", "governor|Wang Yubo||"},
		{"The current governor is Lou Leon Guerrero, a Democrat who was inaugurated on January 7, 2019, following her election in 2018.", "governor|Lou Leon Guerrero||2019-01-07"},
		{"The municipal government is headed by the mayor, currently Hu Henghua, who took office on 30 December 2021.", "mayor|Hu Henghua||2021-12-30"},
		{"The government is headed by a council of ministers, currently twelve.", ""},
		{"Ann Lee is the incumbent, having been elected in 2020.", "|Ann Lee||"},
		{"He is the incumbent.", ""},
		{"Ann Lee is the 5th and current governor of Testland.", "governor of Testland|Ann Lee||"},
		{"The 12th and current governor is Ann Lee, since 2020.", "governor|Ann Lee||2020"},
		{"The 12th governor was Bob Ray and the current one is Ann Lee.", ""},
		{"Ann Lee serves as the current governor.", "governor|Ann Lee||"},
		{"Ann Lee currently serves as governor, since 2021.", "governor|Ann Lee||2021"},
		{"Ann Lee serves as governor.", ""}, // no word of now
		{"The governor is currently Ann Lee.", "governor|Ann Lee||"},
		{"The post is currently vacant.", "|(vacant)||"},
		{"The current holder of the office is Ann Lee.", "|Ann Lee||"},
		{"Ann Lee was elected governor in 2022 and took office on 1 July 2022.", "|Ann Lee||2022-07-01"},
		{"The province's current governor is Ann Lee, since 2021.", "governor|Ann Lee||2021"},
		{"Its current holder is Ann Lee.", "|Ann Lee||"},
		{"Ann Lee's current term ends in 2026.", ""},
		{"The governorship is currently held by Ann Lee.", "|Ann Lee||"},
		{"The current secretary is Yuan Jiajun, a member of the CCP Politburo, who took office on 9 December 2022.", "secretary|Yuan Jiajun||2022-12-09"},
		{"The current chairman is Erkin Tuniyaz (艾尔肯·吐尼亚孜), since 2021.", "chairman|Erkin Tuniyaz|艾尔肯·吐尼亚孜|2021"},
		{"Li Bingjun has been the governor since 24 November 2020.", "governor|Li Bingjun||2020-11-24"},
		{"Ann Lee has served as mayor of Testland since March 2021, after Bob Ray resigned.", "mayor of Testland|Ann Lee||2021-03"},
		{"Ann Lee has been a member of the council since 1990.", ""},
		{"Ann Lee has been governor of Testland twice.", ""},
		{"Ann Lee has been a deputy governor since 2001.", ""},
		{"The current secretary is Wang Hao, who succeeded Yi Lianhong on 28 October 2024.", "secretary|Wang Hao||2024-10-28"},
		{"The current secretary is Chen Jining, a member of the CCP Politburo, who replaced Li Qiang on 28 October 2022.", "secretary|Chen Jining||2022-10-28"},
		{"The current secretary is Chen Jining, who was to be replaced by Li Qiang on 28 October 2026.", "secretary|Chen Jining||"},
		{"Ann Lee of the Congress party has been serving as the chief minister since 12 May 2023.", "chief minister|Ann Lee||2023-05-12"},
		{"The current governor, since 2019, is Ann Lee.", "governor|Ann Lee||2019"},
		{"Since 2 September 2021, Alireza Zakani is the mayor of Tehran.", "mayor of Tehran|Alireza Zakani||2021-09-02"},
		// The date first in a sentence after another; the party after
		// the name; "is serving as"; "the incumbent has been".
		{"The chief minister heads the government. Since 10 May 2021, Ann Lee of the People's Party is the chief minister.", "chief minister|Ann Lee||2021-05-10"},
		{"The chief minister heads the government. Since 10 May 2021, Ann Lee is serving as the chief minister.", "chief minister|Ann Lee||2021-05-10"},
		{"The chief minister heads the government. Since 2021, the incumbent has been Ann Lee.", "|Ann Lee||2021"},
		{"Ann Lee of the People's Party serves as mayor since 25 December 2018.", "mayor|Ann Lee||2018-12-25"},
		{"Ann Lee of the People's Party currently serves as mayor.", "mayor|Ann Lee||"},
		{"The chief minister heads the government. Since 1950, fifteen people have served as chief minister.", ""},
		{"The chief minister heads the government. Since 1950, Dispur is the seat of the chief minister.", ""},
		{"The chief minister heads the government. Since 2018, the incumbent has been criticised for his policies.", ""},
		{"The mayor heads the government. The mayor is serving as chair of the council since 2018.", ""},
		{"The mayor heads the government. Since 1994, the Front of Ann Lee is the largest party.", ""},
		{"Previously, the position was held by Pirouz Hanachi, who held office for three years.", ""},
		{"The office was previously held by Pirouz Hanachi.", ""},
		{"Ann Lee assumed the governorship on 1 May 2020.", "Governor|Ann Lee||2020-05-01"},
		{"Ann Lee took up the premiership in June 2023.", "Premier|Ann Lee||2023-06"},
		{"Ann Lee assumed the role of spokesperson on 1 May 2020.", ""},
		{"Ann Lee assumed the governorship of another province on 1 May 2020.", "Governor of another province|Ann Lee||2020-05-01"},
		{"The current governor is Democrat Josh Green, who took office on December 5, 2022.", "governor|Josh Green||2022-12-05"},
		{"The current governor is Independent.", ""},
		// The page's own office.
		{"The incumbent is Wang Yubo, since 25 November 2020.", "|Wang Yubo||2020-11-25"},
		{"The current officeholder is Wang Yubo.", "|Wang Yubo||"},
		{"The current head is Wang Yubo, since 25 November 2020.", "|Wang Yubo||2020-11-25"},
		{"Wang Yubo is the current head.", "|Wang Yubo||"},
		{"The mayor is the head of the city (since 1950).", ""},
		// The date in brackets after the name, at the sentence's end.
		{"The mayor is elected. The mayor is Ann Lee (since 2020).", "mayor|Ann Lee||2020"},
		{"The city hall (since 1950) is on Main Street.", ""},
		{"The current officeholder, the 112th in the sequence of regular mayors, is Zohran Mamdani, a member of the Democratic Party.", "|Zohran Mamdani||"},
		{"The office is currently held by Wang Yubo, who took office on 25 November 2020.", "|Wang Yubo||2020-11-25"},
		{"The post has been held by Ann Lee since 2021.", "|Ann Lee||2021"},
		{"The post has been held by many people.", ""},
		{"The office has been held by Ann Lee twice.", ""},
		{"The current is Ann Lee.", ""},
		// The date first, or the holder beside the words for the holder.
		{"Since 1 January 2020, the office has been held by Ann Lee.", "|Ann Lee||2020-01-01"},
		{"Since 2020, Ann Lee has been the governor.", "governor|Ann Lee||2020"},
		{"Since 2010, the province has grown.", ""},
		// A sentence ending with a number or a bracket before the next.
		{"The office was created in 1950. The current mayor is Ann Lee.", "mayor|Ann Lee||"},
		{"Previous mayors include Bob Ray (1950–1962). The current mayor is Ann Lee, who took office on 1 July 2018.", "mayor|Ann Lee||2018-07-01"},
		{"The incumbent, Ann Lee, took office on 1 January 2020.", "|Ann Lee||2020-01-01"},
		{"The current governor, Ann Lee, was sworn in on 1 January 2020.", "governor|Ann Lee||2020-01-01"},
		// Named beside the words for now, the holder of now, whatever
		// the sentence goes on to say; no day unless it says they took office.
		{"The current governor, Ann Lee, is popular.", "governor|Ann Lee||"},
		{"The current governor, Ann Lee, was elected in 2022.", "governor|Ann Lee||"},
		{"The current governor, like those before, is elected.", ""},
		{"Ann Lee, the incumbent, took office on 1 December 2022.", "|Ann Lee||2022-12-01"},
		{"Ann Lee, the current governor, took office on 1 December 2022.", "governor|Ann Lee||2022-12-01"},
		{"The current governor's predecessor, Bob Ray, was elected in 2018.", ""},
		{"Ann Lee, a lawyer, took office on 1 December 2022.", ""},
		{"Ann Lee was sworn in as governor on 1 December 2022, succeeding Bob Ray.", "|Ann Lee||2022-12-01"},
		{"Since 1 December 2022, the governor has been Ann Lee.", "governor|Ann Lee||2022-12-01"},
		{"The governor has been elected since 1950.", ""},
		{"The incumbent governor is Ann Lee (since 1 December 2022).", "governor|Ann Lee||2022-12-01"},
		// Without "current", when the sentence says since when.
		{"Ann Lee is the governor since 2020.", "governor|Ann Lee||2020"},
		{"Ann Lee is the governor, having taken office in December 2024.", "governor|Ann Lee||2024-12"},
		{"Ann Lee is the governor.", ""},
		{"Ann Lee is a member of the council since 2020.", ""},
		{"The city is the seat of the governor since 1950.", ""},
		{"Testshire is the capital since 1950.", ""},
		// Took over, replaced someone as: as "became", in the lead.
		{"Ann Lee took over as governor on 1 May 2020.", "governor|Ann Lee||2020-05-01"},
		{"Ann Lee replaced Bob Ray as governor on 1 May 2020.", "governor|Ann Lee||2020-05-01"},
		{"Bob Ray was replaced by Ann Lee as governor on 1 May 2020.", ""},
		{"Ann Lee replaced Bob Ray on 1 May 2020.", ""},
		{"On 1 May 2020, Ann Lee was sworn in as governor.", "|Ann Lee||2020-05-01"},
		{"Ann Lee has been serving as governor since 2020.", "governor|Ann Lee||2020"},
		{"The incumbent premier of Queensland since the 2015 election is Annastacia Palaszczuk of the Labor Party.", "premier of Queensland|Annastacia Palaszczuk||"},
		{"Incumbent governor Ann Lee took office on 1 May 2020.", "governor|Ann Lee||2020-05-01"},
		{"Current Governor Ann Lee took office on 1 May 2020.", "Governor|Ann Lee||2020-05-01"},
		{"Ann Lee currently holds the post.", "|Ann Lee||"},
		{"Ann Lee currently holds the record for the longest term.", ""},
		{"Ann Lee currently holds the office of minister of finance.", ""},
		{"Ann Lee is the current and 12th governor.", "governor|Ann Lee||"},
		{"Ann Lee is the 12th and incumbent governor, in office since 2020.", "governor|Ann Lee||2020"},
		{"Ann Lee was inaugurated as governor on 1 May 2020.", "|Ann Lee||2020-05-01"},
		{"The incumbent mayor is Oh Se-hoon, who assumed office for the third time on 8 April 2021 after a by-election.", "mayor|Oh Se-hoon||2021-04-08"},
		{"The current mayor is Oh Se-hoon, who took office for a second term on 1 July 2022.", "mayor|Oh Se-hoon||2022-07-01"},
		{"The current building, a palace, took office space on 1 May 1990.", ""},
		// No one named: none read.
		{"The current governor is elected by the people for four years.", ""},
		{"He is the current governor of Hokkaido.", ""},
		{"The current constitution is that of 1982.", ""},
		{"Beijing is the current capital.", ""},
		{"The mayor of Testland leads the city government.", ""},
		// In the lead, when the holder took office.
		{"The governor of Testland heads its government. Republican Brian Kemp assumed office on January 14, 2019.", "|Brian Kemp||2019-01-14"},
		{"Ann Lee took office on 2 May 2021.", "|Ann Lee||2021-05-02"},
		// Who the holder is between commas, a party's initials after the
		// name; not the first holder, nor one a later sentence says left.
		{"Oh Se-hoon, a member of the People Power Party, assumed office on 8 April 2021.", "|Oh Se-hoon||2021-04-08"},
		{"Brian Kemp (R) assumed office on January 14, 2019.", "|Brian Kemp||2019-01-14"},
		{"Lou Leon Guerrero, a Democrat, took office on January 7, 2019.", "|Lou Leon Guerrero||2019-01-07"},
		// Held acting: the post with its acting word, or between commas.
		{"The governor heads the government. The acting governor is Liu Jie, since 25 December 2024.", "governor|Liu Jie||2024-12-25"},
		{"Liu Jie, the acting governor, took office on 25 December 2024.", "governor|Liu Jie||2024-12-25"},
		{"Bob Ray, the acting governor in 1950, took office on 1 May 1950.", ""},
		{"The acting governor is appointed by the council.", ""},
		{"Ann Lee, an independent, took office on January 7, 2019.", "|Ann Lee||2019-01-07"},
		{"Kathy Hochul assumed office on August 24, 2021. She succeeded Andrew Cuomo, who resigned.", "|Kathy Hochul||2021-08-24"},
		{"Bob Ray took office on 1 May 1950 as the first governor.", ""},
		{"Bob Ray, a lawyer, took office on 1 May 1950. He was succeeded by Ann Lee in 1955.", ""},
		{"Bob Ray took office on 1 May 1950. He resigned in 1955.", ""},
		{"Bob Ray (Ind.) took office on 1 May 1950.", ""},
		{"Shehbaz Sharif took the office on March 30, 2009.", "|Shehbaz Sharif||2009-03-30"},
		{"Ann Lee assumed the office on 2 May 2021.", "|Ann Lee||2021-05-02"},
		{"Ann Lee was sworn in on 2 May 2021, after Bob Ray resigned.", "|Ann Lee||2021-05-02"},
		{"Ann Lee has served since 2021.", "|Ann Lee||2021"},
		{"Ann Lee took office after the election.", ""},
		{"The first governor, Ann Lee, took office on 2 May 1901.", ""},
		{"Ann Lee and Bob Ray took office on 2 May 2021.", ""},
		{"He took office on 2 May 2021.", ""},
		// Who became the post, and when: the last of them, where nothing
		// else in the lead names the holder of now; never history.
		{"Pawan Kumar Chamling became Chief Minister in 1994. Prem Singh Tamang became Chief Minister on 27 May 2019.", "Chief Minister|Prem Singh Tamang||2019-05-27"},
		{"Ann Lee became governor in 2020, succeeding Bob Ray.", "governor|Ann Lee||2020"},
		{"Kazi Dorjee became the first Chief Minister in 1975.", ""},
		{"Ann Lee became governor in 1990 and served until 1994.", ""},
		{"Ann Lee became a member of the assembly in 1990.", ""},
		{"Ann Lee became governor.", ""},
		{"The current governor is Cy Dunn. Ann Lee became Governor on 3 March 2024.", "governor|Cy Dunn||"},
		// Appointed or named to the post, as became it.
		{"Liu Jie was appointed acting governor on 25 December 2024.", "governor|Liu Jie||2024-12-25"},
		{"Ann Lee was named Chief Minister on 3 May 2021.", "Chief Minister|Ann Lee||2021-05-03"},
		{"Ann Lee was appointed the first governor in 1949.", ""},
		{"The office was named after the province in 1949.", ""},
		// The date first without a comma; the date in a clause after the
		// name; appointed as the date of taking office.
		{"Since December 2024 the post has been held by Ann Lee.", "|Ann Lee||2024-12"},
		{"Liu Jie, appointed in December 2024, is the current governor.", "governor|Liu Jie||2024-12"},
		{"The incumbent is Ann Lee, who was appointed in December 2024.", "|Ann Lee||2024-12"},
		{"The current acting governor is Liu Jie.", "governor|Liu Jie||"},
		{"Ann Lee has been the incumbent since 25 December 2024.", "|Ann Lee||2024-12-25"},
		// Who succeeded whom as the post; the date first.
		{"Liu Jie succeeded Wang Hao as governor in December 2024.", "governor|Liu Jie||2024-12"},
		{"In December 2024, Liu Jie was appointed acting governor.", "governor|Liu Jie||2024-12"},
		{"On 25 December 2024, Liu Jie became acting governor after Wang Hao was transferred.", "governor|Liu Jie||2024-12-25"},
		{"Liu Jie succeeded Wang Hao in December 2024.", ""}, // no post
		// Appointed, then succeeded: no longer in office.
		{"Wang Hao was appointed governor in 2021. He was succeeded by Liu Jie in December 2024.", ""},
		{"Wang Hao became governor in 2021. He resigned in 2024.", ""},
		{"Bob Ray resigned in 2024. Ann Lee was appointed governor on 3 May 2024.", "governor|Ann Lee||2024-05-03"},
		{"Ann Lee was appointed governor on 3 May 2024. She studied law in Testcity.", "governor|Ann Lee||2024-05-03"},
	}
	for _, tt := range tests {
		var got []string
		for _, h := range readProseHolders(tt.text, true) {
			since := ""
			if !h.since.IsZero() {
				since = h.since.String()
			}
			name := h.name.EN
			if h.vacant {
				name = "(vacant)"
			}
			got = append(got, h.post+"|"+name+"|"+h.name.Native+"|"+since)
		}
		if g := strings.Join(got, " / "); g != tt.want {
			t.Errorf("readProseHolders(%q) = %q, want %q", tt.text, g, tt.want)
		}
	}
}

// TestProseHolderActing: a post held acting, in the words for the post,
// marks the holder acting, not the post another one.
func TestProseHolderActing(t *testing.T) {
	for _, s := range []string{"The current acting governor is Liu Jie.", "Liu Jie has been acting governor since 25 December 2024.",
		"Liu Jie was appointed acting governor on 25 December 2024.", "The current governor is Liu Jie (acting), since 25 December 2024.",
		"The acting governor is Liu Jie, since 25 December 2024.", "Liu Jie, the acting governor, took office on 25 December 2024."} {
		hs := readProseHolders(s, true)
		if len(hs) != 1 || !hs[0].name.Acting || hs[0].post != "governor" {
			t.Errorf("readProseHolders(%q) = %+v, want governor Liu Jie, acting", s, hs)
		}
	}
	// The page's own office, held acting.
	for _, s := range []string{"The office is currently held by Liu Jie in an acting capacity, since 25 December 2024.",
		"The post has been held by Liu Jie in an interim capacity since 2024."} {
		hs := readProseHolders(s, true)
		if len(hs) != 1 || !hs[0].name.Acting || hs[0].name.EN != "Liu Jie" || hs[0].since.IsZero() {
			t.Errorf("readProseHolders(%q) = %+v, want the page's holder Liu Jie, acting, with a date", s, hs)
		}
	}
	if hs := readProseHolders("The current governor is Liu Jie.", true); len(hs) != 1 || hs[0].name.Acting {
		t.Errorf("no acting word: %+v", hs)
	}
}

// TestLeadHolderOnlyInTheLead: when someone took office tells the holder
// of now only in the page's lead; in the history further down it does
// not.
func TestLeadHolderOnlyInTheLead(t *testing.T) {
	for _, p := range []string{"Republican Brian Kemp assumed office on January 14, 2019.", "Ann Lee became Governor on 3 March 2024."} {
		if h := readProseHolders(p, false); len(h) != 0 {
			t.Errorf("readProseHolders(%q, not in the lead) = %+v, want none", p, h)
		}
	}
	doc := `= List of governors of Testland =

The governor of Testland heads its government. Republican Cy Dunn assumed office on January 14, 2019.

== Governors ==

| No. | Governor | Term in office |
| 1 | Ann Lee | January 11, 2011 – January 13, 2015 |
| 2 | Bob Ray | January 13, 2015 – January 14, 2019 |

Ann Lee took office on January 11, 2011.
`
	ds := buildDocs(t, map[string]string{"g.txt": doc})
	if len(ds.CurrentHolders) != 1 || ds.CurrentHolders[0].NameEN != "Cy Dunn" || ds.CurrentHolders[0].Since.String() != "2019-01-14" {
		t.Errorf("current holders = %+v, want Cy Dunn since 2019-01-14", ds.CurrentHolders)
	}
}

// A page whose infobox a mirror dropped, and whose list stops before the
// holder of now: its lead says who holds the office, and since when.
func TestProseNamesTheHolderOfNow(t *testing.T) {
	doc := `= Governor of Testland =

The governor of Testland heads its government. The current governor is Cy Dunn, who took office on 27 November 2025.

== List of governors ==

| No. | Name | Took office | Left office |
| 1 | Ann Lee | 2010 | 2015 |
| 2 | Bob Ray | 2015 | Incumbent |
`
	ds := buildDocs(t, map[string]string{"g.txt": doc})
	if len(ds.CurrentHolders) != 1 {
		t.Fatalf("current holders = %+v", ds.CurrentHolders)
	}
	f := findingsWith(ds, CodeIncumbentMismatch)
	if len(f) != 1 || !strings.Contains(f[0].Message, "the page's prose names Cy Dunn") || f[0].Line != 3 {
		t.Errorf("incumbent-mismatch findings = %+v", f)
	}
	// Of the page's own office, without naming its post.
	ds = buildDocs(t, map[string]string{"g.txt": strings.Replace(doc, "The current governor is Cy Dunn", "The office is currently held by Cy Dunn", 1)})
	if f := findingsWith(ds, CodeIncumbentMismatch); len(f) != 1 || !strings.Contains(f[0].Message, "the page's prose names Cy Dunn") {
		t.Errorf("incumbent-mismatch findings = %+v", f)
	}
	// Agreeing with the list: no finding, and the list's holder is the
	// holder of now.
	ds = buildDocs(t, map[string]string{"g.txt": strings.Replace(doc, "Cy Dunn, who took office on 27 November 2025", "Bob Ray", 1)})
	if f := findingsWith(ds, CodeIncumbentMismatch); len(f) != 0 {
		t.Errorf("incumbent-mismatch findings = %+v, want none", f)
	}
	if len(ds.CurrentHolders) != 1 || ds.CurrentHolders[0].NameEN != "Bob Ray" {
		t.Errorf("current holders = %+v", ds.CurrentHolders)
	}
	// The infobox, where it names the holder (and the list agrees), is
	// what the page says; the prose's other name is told.
	withInfobox := strings.Replace(doc, "= Governor of Testland =\n", "= Governor of Testland =\n\nInfobox\n- Post: Governor\n- Incumbent: Bob Ray\n", 1)
	ds = buildDocs(t, map[string]string{"g.txt": withInfobox})
	if len(ds.CurrentHolders) != 1 || ds.CurrentHolders[0].NameEN != "Bob Ray" {
		t.Errorf("the prose overrode the infobox: current holders = %+v", ds.CurrentHolders)
	}
	if f := findingsWith(ds, CodeIncumbentMismatch); len(f) != 1 || f[0].Severity != SeverityInfo || !strings.Contains(f[0].Message, "kept the infobox's") {
		t.Errorf("incumbent-mismatch findings = %+v, want the infobox's holder kept", f)
	}
}

func FuzzReadProseHolders(f *testing.F) {
	for _, s := range []string{"The current governor is Wang Yubo, who took office on 25 November 2020.",
		"[1] Sheng Yuechun is the current secretary; he took office on 18 October 2025.",
		"The current chairman is Erkin Tuniyaz (艾尔肯·吐尼亚孜), since 2021.", "The current  is . is the current (", ") is the current mayor of (",
		"Republican Brian Kemp assumed office on January 14, 2019.", "A B has served since .",
		"x. As of 2024, the governor is Ann Lee.", "As of , the  is ", "The mayor, currently A B, is", "A B is the incumbent", "the incumbent,",
		"the 5th and current x", "The mayor is currently A B.", "Its current holder is A B.", "X's current mayor is A B.", "A B currently serves as mayor", "A B was elected mayor and took office on 1 May 2020",
		"A B became Chief Minister on 27 May 2019. C D became x in 2020.", " became  on ", "x became the in", "The government is headed by a governor, currently A B.",
		"A B was appointed acting governor on 25 December 2024.", "Since December 2024 the post has been held by A B.", "since 2020 since 2020",
		"Since 2020, since 2020 since 2020", "A B, appointed in 2024, is the current governor.", "The current acting governor is A B.",
		"In 2024, A B was appointed governor.", "On , A B became x", "A B succeeded C D as governor in 2024.", "A B succeeded as  in ", "A B took over as x on 2020", "A B replaced C as x on 2020",
		"A B is the x since 2020", "A B is the x, having taken office in 2024", "A B currently holds the post", "Incumbent x A B took office on 2020",
		"A B is the current and 2nd x", "A B was inaugurated as x on 2020", "Currently, the x is A B", "x. Presently, the y is A", "At present, x",
		"Incumbent A B took office on 2020", "The x since 2020 has been A B", "The x as of 2024 is A B", "The x is A B, since 2020",
		"In office since 2020, A B is the current x", "A B now holds the post", "The post is now held by A B", "The x is A B. He took office on 2020",
		"A B took up the post on 2020", "x. Today, the y is A B", "The is A", "Its x is A B, appointed on 2020", "The position of x has been held by A B since 2020",
		"The x, A B, has been in office since 2020", "A B, a c, has served as x since 2020", "The party chief of X is A B, who took over on 2020",
		"The current x is A B and the y is C D", "A B is the current x; C D is the current y", "The current x is A, while the ", "A has been x since 2020, and ",
		"x. Since 2020, A B of the C is the x.", "x. Since 2020, A B is serving as the x", "Since 2020, the incumbent has been A B", "A B, a member of the C, assumed office on 2020",
		"A B (R) assumed office on 2020", "A (", "A B took office on 2020. He resigned.", "A B, a , took office on 2020", "A B ()",
		"The office is vacant", "The office of x is vacant.", "The post has been vacant since 2020", "Currently, the seat remains vacant", "The office of is vacant",
		"The committee is currently headed by A B, who", "A B has led the government since 2020", "The x government has been led by A since 2020", "A, b, currently leads the committee"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		contains := func(v string) bool { return strings.Contains(s, v) }
		now, leadWord, becameWord := scanHolderWords(s)
		if want := slices.ContainsFunc(holderOfNowShapes, contains) || hasPrefixFold(s, "as of ") || slices.ContainsFunc(nowAdverbs, func(a string) bool { return hasPrefixFold(s, a) }); now != want {
			t.Fatalf("scanHolderWords(%q) now = %v, want %v", s, now, want)
		}
		if slices.ContainsFunc(leadVerbs, contains) && !leadWord && !now {
			t.Fatalf("scanHolderWords(%q) passes over a lead verb", s)
		}
		if slices.ContainsFunc(becameVerbs, contains) && !becameWord && !now {
			t.Fatalf("scanHolderWords(%q) passes over a verb of taking a post", s)
		}
		for _, h := range readProseHolders(s, true) {
			if h.name.IsZero() != h.vacant {
				t.Fatalf("readProseHolders(%q) read a holder without a name, or a vacancy with one: %+v", s, h)
			}
			if h.vacant {
				continue
			}
			pageWords := []string{"incumbent", "held by", "holder", "occupant", "holds the", "occupied by", "the post", "the office", "the position"}
			if h.post == "" && !h.bodyHead && !slices.ContainsFunc(pageWords, func(w string) bool { return strings.Contains(strings.ToLower(s), w) }) && !hasLeadVerb(s) {
				t.Fatalf("readProseHolders(%q) read the page's holder from no words for one: %+v", s, h)
			}
		}
	})
}

// TestProseOfAStub: a page about an office that lists no holder and has
// no infobox (a stub) names its holder of now in its prose; the office is
// the title's. A post of another office names none.
func TestProseOfAStub(t *testing.T) {
	doc := `= Mayor of Smalltown =

The Mayor of Smalltown is the head of the municipal government.

== History ==
The office was created in 1950. The current mayor is Maria Garcia, who took office on 1 July 2018.
`
	ds := buildDocs(t, map[string]string{"s.txt": doc})
	if len(ds.CurrentHolders) != 1 || ds.CurrentHolders[0].OfficeID != "mayor-of-smalltown" || ds.CurrentHolders[0].NameEN != "Maria Garcia" ||
		ds.CurrentHolders[0].Since.String() != "2018-07-01" {
		t.Errorf("current holders = %+v", ds.CurrentHolders)
	}
	ds = buildDocs(t, map[string]string{"s.txt": strings.Replace(doc, "The current mayor", "The current governor", 1)})
	if len(ds.CurrentHolders) != 0 {
		t.Errorf("another post's holder: current holders = %+v, want none", ds.CurrentHolders)
	}
}

// TestProseOfABody: a page about a body, with no infobox and no list,
// that names its head ("headed by a governor, currently Wang Yubo") gives
// that post of the body its holder of now.
func TestProseOfABody(t *testing.T) {
	doc := `= Testnan Provincial People's Government =

The Testnan Provincial People's Government is the local administrative agency of Testnan. The Provincial government is headed by a governor, currently Wang Yubo. Under the country's one-party system, the governor is subordinate to the secretary.
`
	ds := buildDocs(t, map[string]string{"s.txt": doc})
	if len(ds.CurrentHolders) != 1 || ds.CurrentHolders[0].OfficeID != "governor-of-testnan" || ds.CurrentHolders[0].NameEN != "Wang Yubo" {
		t.Errorf("current holders = %+v", ds.CurrentHolders)
	}
	// A page that is no body's names no post of one.
	ds = buildDocs(t, map[string]string{"s.txt": strings.Replace(doc, "= Testnan Provincial People's Government =", "= Testnan =", 1)})
	if len(ds.CurrentHolders) != 0 {
		t.Errorf("a place's page: current holders = %+v, want none", ds.CurrentHolders)
	}
}

// TestProseOfACommittee: a party committee's page names its secretary in
// the words for the post at the committee's place ("party secretary of
// Testhai", "party chief of Testhai"), the post alone ("secretary", "Its
// secretary") or the committee's ("secretary of the committee"): each is
// the Party Secretary of Testhai. A post of another place is not.
func TestProseOfACommittee(t *testing.T) {
	for _, s := range []string{
		"Chen Jining (陈吉宁) has been the party secretary of Testhai since 28 October 2022.",
		"The party chief of Testhai is Chen Jining, who took over on 28 October 2022.",
		"Its secretary is Chen Jining, appointed on 28 October 2022.",
		"The secretary, Chen Jining, has been in office since 28 October 2022.",
		"The secretary of the committee has been Chen Jining since 28 October 2022.",
		"The position of party secretary has been held by Chen Jining since 28 October 2022.",
		"Chen Jining took over as party secretary on 28 October 2022.",
		"Chen Jining became the party secretary of Testhai on 28 October 2022, succeeding Li Qiang.",
		"Chen Jining, a Politburo member, has served as secretary since 28 October 2022.",
		"The current secretary is Chen Jining, who assumed the post on 28 October 2022.",
		"The committee is currently headed by Chen Jining, who succeeded Li Qiang on 28 October 2022.",
		"Chen Jining has headed the committee since 28 October 2022.",
		"The municipal committee has been led by Chen Jining since 28 October 2022.",
	} {
		doc := "= Testhai Municipal Committee of the Chinese Communist Party =\n\nThe Testhai Municipal Committee of the Chinese Communist Party is the municipal committee of the party in Testhai.\n\n" + s + "\n"
		ds := buildDocs(t, map[string]string{"s.txt": doc})
		if len(ds.Offices) != 1 || ds.Offices[0].ID != "party-secretary-of-testhai" || ds.Offices[0].IncumbentPersonID != "chen-jining" ||
			ds.Offices[0].IncumbentSince.String() != "2022-10-28" {
			t.Errorf("%q: offices %+v, want Chen Jining Party Secretary of Testhai since 2022-10-28", s, ds.Offices)
		}
	}
	for _, s := range []string{
		"Chen Jining has been the party secretary of Otherhai since 28 October 2022.", // another place's post
		"The committee is headed by a secretary elected by its plenary session.",
		"The committee has been led by the Communist Party since 1949.",
		"Li Qiang has led the committee for five years.",
		"The committee was headed by Li Qiang from 2017 to 2022.",
	} {
		doc := "= Testhai Municipal Committee of the Chinese Communist Party =\n\n" + s + "\n"
		if ds := buildDocs(t, map[string]string{"s.txt": doc}); len(ds.Offices) != 0 {
			t.Errorf("%q: offices %+v, want none", s, ds.Offices)
		}
	}
	// A people's government is headed by its governor, mayor or chairman.
	doc := "= Testland Municipal People's Government =\n\nThe government has been headed by Yin Yong since 28 October 2022.\n"
	if ds := buildDocs(t, map[string]string{"s.txt": doc}); len(ds.Offices) != 1 || ds.Offices[0].ID != "mayor-of-testland" || ds.Offices[0].IncumbentPersonID != "yin-yong" {
		t.Errorf("a government's head: offices %+v, want Yin Yong Mayor of Testland", ds.Offices)
	}
	// On an office's page, a body's head is not named by these words.
	doc = "= Mayor of Testland =\n\nYin Yong has led the municipal government since October 2022.\n"
	if ds := buildDocs(t, map[string]string{"s.txt": doc}); len(ds.Offices) != 0 && ds.Offices[0].IncumbentPersonID != "" {
		t.Errorf("an office's page: offices %+v, want no holder", ds.Offices)
	}
}

// TestProseOfPolitics: a page about a place's politics that lists no
// holder names its posts' holders of now in its prose: the posts at the
// page's place, two in one sentence too. A post of another place is not.
func TestProseOfPolitics(t *testing.T) {
	for _, title := range []string{"Politics of Testjiang", "Testjiang - Politics"} {
		doc := "= " + title + " =\n\nThe politics of Testjiang is structured in a dual party-government system.\n\n" +
			"The current governor is Wang Hao and the party secretary is Yi Lianhong (易炼红), in office since December 2022. " +
			"The current mayor of Otherville is Ann Lee.\n"
		ds := buildDocs(t, map[string]string{"s.txt": doc})
		var got []string
		for _, o := range ds.Offices {
			got = append(got, o.ID+"|"+o.IncumbentPersonID+"|"+o.IncumbentSince.String())
		}
		want := []string{"governor-of-testjiang|wang-hao|", "party-secretary-of-testjiang|yi-lianhong|2022-12"}
		if !slices.Equal(got, want) {
			t.Errorf("%s: offices %q, want %q", title, got, want)
		}
	}
}

// TestProseVacancy: a lead that gives the office as vacant makes it so,
// since the day it says; where the list's row is still open, the row
// stays open, a warning says the two disagree, and the vacancy has no
// since of that row's holder.
func TestProseVacancy(t *testing.T) {
	stub := "= Governor of Teststub =\n\nThe office has been vacant since 3 May 2025, when Ann Lee resigned.\n"
	ds := buildDocs(t, map[string]string{"s.txt": stub})
	if len(ds.Offices) != 1 || ds.Offices[0].IncumbentStatus != "vacant" || ds.Offices[0].IncumbentSince.String() != "2025-05-03" || len(ds.CurrentHolders) != 0 {
		t.Errorf("stub: offices %+v, holders %+v; want vacant since 2025-05-03, no holder", ds.Offices, ds.CurrentHolders)
	}
	listed := "= Governor of Testvac =\n\nThe office of Governor of Testvac is currently vacant.\n\n== Governors ==\n" +
		"| No. | Name | Took office | Left office |\n| 1 | Bob Ray | 2010 | 2019 |\n| 2 | Ann Lee | 2019 | Incumbent |\n"
	ds = buildDocs(t, map[string]string{"s.txt": listed})
	o := ds.Offices[0]
	if o.IncumbentStatus != "vacant" || !o.IncumbentSince.IsZero() {
		t.Errorf("listed: status %q since %s, want vacant with no since", o.IncumbentStatus, o.IncumbentSince)
	}
	if tm, ok := findTerm(ds, "governor-of-testvac", "ann-lee"); !ok || !tm.Incumbent {
		t.Errorf("Ann Lee %+v, want her row open", tm)
	}
	if !slices.ContainsFunc(ds.Findings, func(f Finding) bool { return f.Code == CodeIncumbentMismatch }) {
		t.Errorf("no %s finding", CodeIncumbentMismatch)
	}
}

// A stale lead does not close the row a list leaves open, as an infobox
// naming another holder does.
func TestStaleProseKeepsTheListsOpenRow(t *testing.T) {
	doc := `= Party Secretary of Testcity =

The current secretary is Ann Lee, who took office on 3 May 2012.

| No. | Name | Took office | Left office |
| 1 | Ann Lee | May 2012 | July 2017 |
| 2 | Bob Ray | July 2017 | |
`
	ds := buildDocs(t, map[string]string{"s.txt": doc})
	if tm, ok := findTerm(ds, "party-secretary-of-testcity", "bob-ray"); !ok || !tm.Incumbent {
		t.Errorf("Bob Ray %+v, want his term open", tm)
	}
	withInfobox := strings.Replace(doc, "\n\nThe current", "\n\nInfobox\n- Post: Secretary\n- Incumbent: Ann Lee\n\nThe current", 1)
	ds = buildDocs(t, map[string]string{"s.txt": withInfobox})
	if tm, ok := findTerm(ds, "party-secretary-of-testcity", "bob-ray"); !ok || tm.Incumbent {
		t.Errorf("with an infobox naming another: Bob Ray %+v, want his term closed", tm)
	}
}

// A lead brought up to date before the infobox: the holder the prose
// names since a date after the infobox's wins, with a warning; a prose
// holder of an earlier date, or one the list contradicts, does not.
func TestProseNewerThanTheInfobox(t *testing.T) {
	doc := `= Governor of Testland =

Infobox
- Post: Governor
- Incumbent: Wang Hao
- Incumbentsince: 1 March 2021
- Formation: 1949

The governor of Testland heads the provincial government. The current governor is Liu Jie, who took office on 25 December 2024.

== List of governors ==
| No. | Name | Took office | Left office |
| 1 | Zhang San | 1949 | 1955 |
`
	for _, tt := range []struct {
		name, doc, holder, since string
		sev                      Severity
	}{
		{"the prose later", doc, "Liu Jie", "2024-12-25", SeverityWarning},
		{"the prose earlier", strings.Replace(doc, "25 December 2024", "25 December 2019", 1), "Wang Hao", "2021-03-01", SeverityInfo},
		{"the list's open row the infobox's", doc + "| 2 | Wang Hao | 1 March 2021 | Incumbent |\n", "Wang Hao", "2021-03-01", SeverityInfo},
		{"no date in the infobox", strings.Replace(doc, "- Incumbentsince: 1 March 2021\n", "", 1), "Wang Hao", "", SeverityInfo},
		{"a vacancy before", strings.Replace(strings.Replace(doc, "Incumbent: Wang Hao", "Incumbent: Vacant", 1), "1 March 2021", "3 May 2024", 1),
			"Liu Jie", "2024-12-25", SeverityWarning},
	} {
		ds := buildDocs(t, map[string]string{"g.txt": tt.doc})
		if len(ds.CurrentHolders) != 1 || ds.CurrentHolders[0].NameEN != tt.holder || ds.CurrentHolders[0].Since.String() != tt.since {
			t.Errorf("%s: current holders %+v, want %s since %q", tt.name, ds.CurrentHolders, tt.holder, tt.since)
		}
		var got []Finding
		for _, f := range ds.Findings {
			if f.Code == CodeIncumbentMismatch {
				got = append(got, f)
			}
		}
		if len(got) != 1 || got[0].Severity != tt.sev || !strings.Contains(got[0].Message, "Liu Jie") {
			t.Errorf("%s: incumbent-mismatch findings %+v, want one %s naming Liu Jie", tt.name, got, tt.sev)
		}
	}
}

// An infobox naming the holder without a date: the prose's date for the
// same holder is the incumbent's since.
func TestProseDatesTheInfoboxHolder(t *testing.T) {
	doc := `= Testland Provincial Committee of the Chinese Communist Party =

Testland Provincial Committee of the Chinese Communist Party
- Body: Highest decision-making organ when Testland Provincial Congress is not in session.
- Secretary: Wang Hao

The current secretary is Wang Hao, who succeeded Yi Lianhong on 28 October 2024.
`
	ds := buildDocs(t, map[string]string{"p.txt": doc})
	if len(ds.CurrentHolders) != 1 || ds.CurrentHolders[0].Since.String() != "2024-10-28" {
		t.Errorf("current holders %+v, want Wang Hao since 2024-10-28", ds.CurrentHolders)
	}
	other := strings.Replace(doc, "The current secretary is Wang Hao", "The current secretary is Li Si", 1)
	ds = buildDocs(t, map[string]string{"p.txt": other})
	if len(ds.CurrentHolders) != 1 || !ds.CurrentHolders[0].Since.IsZero() {
		t.Errorf("another holder's date was taken: %+v", ds.CurrentHolders)
	}
}

// TestTookThePostGivesWayToTheList: a lead's "became governor in 1990"
// is history where the page's list ends that term or opens another
// holder's since; where the list's open term is that holder's, it dates
// it.
func TestTookThePostGivesWayToTheList(t *testing.T) {
	const list = "\n\n| No. | Name | Took office | Left office |\n| 1 | Bob Ray | 1980 | 1990 |\n"
	for _, tc := range []struct{ name, lead, rows, want string }{
		{"history", "Ann Lee became governor in 1990, succeeding Bob Ray.", "| 2 | Ann Lee | 1990 | 2000 |\n| 3 | Cy Dunn | 2000 | Incumbent |\n", "cy-dunn 2000"},
		{"the holder of now", "Ann Lee became governor on 3 May 1990.", "| 2 | Ann Lee | 1990 | Incumbent |\n", "ann-lee 1990-05-03"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ds := buildDocs(t, map[string]string{"g.txt": "= Governor of Testland =\n\nThe governor of Testland heads its government. " + tc.lead + list + tc.rows})
			o := ds.Offices[0]
			if got := o.IncumbentPersonID + " " + o.IncumbentSince.String(); got != tc.want {
				t.Errorf("incumbent %q, want %q", got, tc.want)
			}
			if f := findingsWith(ds, CodeIncumbentMismatch); len(f) > 0 {
				t.Errorf("findings %+v: history is no mismatch", f)
			}
		})
	}
}
