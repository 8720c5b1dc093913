package pipeline

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestReadListLine(t *testing.T) {
	tests := []struct {
		in           string
		name, tenure string
		after        []string
		more         []string // further tenures
		number       int      // the holder's number before the line
		post         string   // the post before the line
		ok           bool
	}{
		{in: "Cheng Zihua (程子华): 1949–1954", name: "Cheng Zihua (程子华)", tenure: "1949–1954", ok: true},
		{in: "Wang Shouting (王寿亭): 2007–2008 (acting)", name: "Wang Shouting (王寿亭)", tenure: "2007–2008 (acting)", ok: true},
		{in: "Li Ganjie(李干杰): 2021-present", name: "Li Ganjie(李干杰)", tenure: "2021-present", ok: true},
		{in: "Hui Yuyu 1979", name: "Hui Yuyu", tenure: "1979", ok: true},
		// A note in brackets of its own inside the tenure's.
		{in: "Al Bo (2007–2009 (resigned))", name: "Al Bo", tenure: "2007–2009", after: []string{"resigned"}, ok: true},
		{in: "Al Bo (2007–2009 (acting))", name: "Al Bo", tenure: "2007–2009", after: []string{"acting"}, ok: true},
		{in: "Al Bo (born 1950 (in Testville))", ok: false},
		{in: "Henry Glass 1901–1905", name: "Henry Glass", tenure: "1901–1905", ok: true},
		{in: "Henry Glass – 1901 – 1905", name: "Henry Glass", tenure: "1901 – 1905", ok: true},
		{in: "1901–1905: Zhang San (张三; acting)", name: "Zhang San (张三; acting)", tenure: "1901–1905", ok: true},
		{in: "1898 – 1898 Henry Glass", name: "Henry Glass", tenure: "1898 – 1898", ok: true},
		{in: "1899 – 1900 William Edwin Safford – acting for Leary", name: "William Edwin Safford – acting for Leary", tenure: "1899 – 1900", ok: true},
		// A name with a long note before two dates: the tenure is
		// looked for in the last twelve words, not only in lines of twelve.
		{in: "Takemori Nijima (acting for Taira to November 23, 1978) July 21, 1978 December 13, 1978", name: "Takemori Nijima (acting for Taira to November 23, 1978)", tenure: "July 21, 1978 December 13, 1978", ok: true},
		// A table's row rendered as text: the holder's number first,
		// with no separator, when the line does not read otherwise.
		// A birth beside the tenure in the bracket is the holder's.
		{in: "Ann Lee (born 1950; in office 1990–1994)", name: "Ann Lee (born 1950)", tenure: "1990–1994", ok: true},
		{in: "1 Thomas Delahunty 1933 1940", name: "Thomas Delahunty", tenure: "1933 1940", number: 1, ok: true},
		// What the holder was besides, after a comma: a post of a place,
		// noted; a title of nobility stays in the name. An item indented
		// under numbered ones (": Name") is read without its colon.
		{in: "Berenguer de Cruïlles, Bishop of Girona (1359–1366)", name: "Berenguer de Cruïlles", tenure: "1359–1366", after: []string{"Bishop of Girona"}, ok: true},
		{in: "Guillem de Guimerà i d'Abella, Grand Prior of the Hospitaller Order of St. John of Jerusalem (1376–1377)", name: "Guillem de Guimerà i d'Abella", tenure: "1376–1377", after: []string{"Grand Prior of the Hospitaller Order of St. John of Jerusalem"}, ok: true},
		{in: "Bernat Vallès, canon of Barcelona (1365–1367)", name: "Bernat Vallès", tenure: "1365–1367", after: []string{"canon of Barcelona"}, ok: true},
		{in: "Arthur Testley, Duke of Testington (1828–1830)", name: "Arthur Testley, Duke of Testington", tenure: "1828–1830", ok: true},
		{in: ": Romeu Sescomes, Bishop of Lleida (1375–1376)", name: "Romeu Sescomes", tenure: "1375–1376", after: []string{"Bishop of Lleida"}, ok: true},
		{in: ": February 1993 – February 1996", ok: false},
		{in: "9 Malika Chadhar 2008 Incumbent", name: "Malika Chadhar", tenure: "2008 Incumbent", number: 9, ok: true},
		// More of the row's cells after its term: the appointer, a
		// footnote, a party. The term gives both ends, or no cell is cut.
		{in: "1 Sanford B. Dole June 14, 1900 November 23, 1903 William McKinley [a]", name: "Sanford B. Dole", tenure: "June 14, 1900 November 23, 1903", after: []string{"William McKinley"}, number: 1, ok: true},
		{in: "2 George R. Carter November 23, 1903[2] August 15, 1907 Theodore Roosevelt", name: "George R. Carter", tenure: "November 23, 1903 August 15, 1907", after: []string{"Theodore Roosevelt"}, number: 2, ok: true},
		{in: "8 Josh Green December 5, 2022 Incumbent Democratic", name: "Josh Green", tenure: "December 5, 2022 Incumbent", after: []string{"Democratic"}, number: 8, ok: true},
		{in: "3 Walter Frear 1907 Theodore Roosevelt"},
		// The post a comma sets after the name, and notes after it: a
		// table of terms first rendered as text.
		{in: "27 November 1901 to 16 December 1902 Uriel Sebree, Commandant", name: "Uriel Sebree, Commandant", tenure: "27 November 1901 to 16 December 1902", ok: true},
		{in: "5 May 1903 to 30 January 1905 Edmund Underwood, Commandant 16 July 1904: Manu'a ceded to United States", name: "Edmund Underwood",
			tenure: "5 May 1903 to 30 January 1905", after: []string{"Commandant", "16 July 1904: Manu'a ceded to United States"}, ok: true},
		{in: "1901 to 1902 Uriel Sebree, who served twice"},
		{in: "960 – 976 Song Taizu", name: "Song Taizu", tenure: "960 – 976", ok: true},
		{in: "Nabeshima Miki (Nov 13, 1871 - Oct 29, 1880)", name: "Nabeshima Miki", tenure: "Nov 13, 1871 - Oct 29, 1880", ok: true},
		{in: "Ōtsuka Isei (June 13, 1924 - Sept 28, 1926)", name: "Ōtsuka Isei", tenure: "June 13, 1924 - Sept 28, 1926", ok: true},
		{in: "14th Dalai Lama: April 1956 – March 1959", name: "14th Dalai Lama", tenure: "April 1956 – March 1959", ok: true},
		{in: "Zhang San 1949 – 1954, acting", name: "Zhang San", tenure: "1949 – 1954", after: []string{"acting"}, ok: true},
		{in: "Zhang San: 1949 .– 1954.", name: "Zhang San", tenure: "1949 .– 1954.", ok: true},
		{in: "신구범: 1995–1998", name: "신구범", tenure: "1995–1998", ok: true},
		{in: "Harald Fairhair (c. 872 – c. 932)", name: "Harald Fairhair", tenure: "c. 872 – c. 932", ok: true},
		{in: "Song Taizu: 960–976", name: "Song Taizu", tenure: "960–976", ok: true},
		{in: "Zhang San: 1949–1952 (张三)", name: "Zhang San (张三)", tenure: "1949–1952", ok: true},
		{in: "Zhang San 1949–1952 (张三)", name: "Zhang San (张三)", tenure: "1949–1952", ok: true},
		{in: "1st: Zhang San (1949–1952)", name: "Zhang San", tenure: "1949–1952", number: 1, ok: true},
		{in: "Party Secretary: Xin Changxing (2023–present)", name: "Xin Changxing", tenure: "2023–present", post: "Party Secretary", ok: true},
		{in: "Governor: Xu Kunlin (许昆林): 2021–present", name: "Xu Kunlin (许昆林)", tenure: "2021–present", post: "Governor", ok: true},
		{in: "2nd – Bob Ray, 1952–1957", name: "Bob Ray", tenure: "1952–1957", number: 2, ok: true},
		{in: "No. 3 Cy Dunn 1957–1960", name: "Cy Dunn", tenure: "1957–1960", number: 3, ok: true},
		{in: "3rd Duke of Kent: 1900–1910", name: "3rd Duke of Kent", tenure: "1900–1910", ok: true},
		{in: "Zhang San, 1st term: 1949–1952", name: "Zhang San, 1st term", tenure: "1949–1952", ok: true},                 // the name reads the term number as a note
		{in: "2000–01: Sir David Howard, 1st Baronet", name: "Sir David Howard, 1st Baronet", tenure: "2000–01", ok: true}, // an ordinal before a title of nobility
		{in: "Ann Lee, 1st Testword: 1949–1952", ok: false},
		{in: "Zhang San (1949–1952) – resigned", name: "Zhang San", tenure: "1949–1952", after: []string{"resigned"}, ok: true},
		{in: "Zhang San (1949–1952) – Liberal", name: "Zhang San", tenure: "1949–1952", after: []string{"Liberal"}, ok: true},
		// A note after a tenure in brackets, however it is set off.
		{in: "Mary Beck (1905–1911), died in office", name: "Mary Beck", tenure: "1905–1911", after: []string{"died in office"}, ok: true},
		{in: "Mary Beck (1905–1911); died in office", name: "Mary Beck", tenure: "1905–1911", after: []string{"died in office"}, ok: true},
		{in: "Mary Beck (1905–1911) died in office", name: "Mary Beck", tenure: "1905–1911", after: []string{"died in office"}, ok: true},
		{in: "Mary Beck (1905–1911) resigned", name: "Mary Beck", tenure: "1905–1911", after: []string{"resigned"}, ok: true},
		{in: "Mary Beck (1905–1911) (acting)", name: "Mary Beck", tenure: "1905–1911", after: []string{"acting"}, ok: true},
		{in: "Mary Beck (1905–1911), Liberal", name: "Mary Beck", tenure: "1905–1911", after: []string{"Liberal"}, ok: true},
		{in: "Mary Beck (1905–1911) Liberal", ok: false},
		// An open end after a spaced dash ends the range; it is no note.
		{in: "Park Heong-joon (박형준), 7 April 2021 – present", name: "Park Heong-joon (박형준)", tenure: "7 April 2021 – present", ok: true},
		{in: "Ann Lee, 1990 – incumbent", name: "Ann Lee", tenure: "1990 – incumbent", ok: true},
		{in: "Bob Ray, 1964 – unknown", name: "Bob Ray", tenure: "1964 – unknown", ok: true},
		// How the term ended, after the range's dash, is its end.
		{in: "Cy Dunn: 1990 – died in office", name: "Cy Dunn", tenure: "1990 – died in office", ok: true},
		{in: "Cy Dunn: 1990 – (died in office)", name: "Cy Dunn", tenure: "1990 – (died in office)", ok: true},
		{in: "Cy Dunn: 1990 – (resigned 1994)", name: "Cy Dunn", tenure: "1990 – (resigned 1994)", ok: true},
		{in: "1899 – 1900 William Edwin Safford – acting for Leary", name: "William Edwin Safford – acting for Leary", tenure: "1899 – 1900", ok: true},
		{in: "王一平：1949年10月－1952年11月", name: "王一平", tenure: "1949年10月-1952年11月", ok: true},
		{in: "鈴木茂 1933年～1934年", name: "鈴木茂", tenure: "1933年~1934年", ok: true},
		{in: "Ivan Petrov: 10.1949 ― 11.1952", name: "Ivan Petrov", tenure: "10.1949 – 11.1952", ok: true},
		{in: "1123–1136, William de Corbeil", name: "William de Corbeil", tenure: "1123–1136", ok: true},
		{in: "Zhang San (张三) 1949–1954", name: "Zhang San (张三)", tenure: "1949–1954", ok: true},
		{in: "John Smith (Labour) 1958–1962", name: "John Smith (Labour)", tenure: "1958–1962", ok: true},
		{in: "Robert Brown, 1954 – 1962, acting", name: "Robert Brown", tenure: "1954 – 1962", after: []string{"acting"}, ok: true},
		{in: "Karl Schmidt: 01.02.1990 – 15.06.1994", name: "Karl Schmidt", tenure: "01.02.1990 – 15.06.1994", ok: true},
		{in: "Harold Finch (Labour, 1990–1994)", name: "Harold Finch", tenure: "1990–1994", after: []string{"Labour"}, ok: true},
		{in: "(1988–1989) Liang Xiang", name: "Liang Xiang", tenure: "1988–1989", ok: true},
		// A dash glued to the year, then the name: a range left open; a
		// spaced dash parts a single year from the name.
		{in: "1966– Zhao Dawei", name: "Zhao Dawei", tenure: "1966 – present", ok: true},
		{in: "1966 – Zhao Dawei", name: "Zhao Dawei", tenure: "1966", ok: true},
		{in: "1949–1952 – Wang Anming", name: "Wang Anming", tenure: "1949–1952", ok: true},
		// A spaced dash between the name and a single year parts them: the
		// year alone, not a tenure up to it.
		{in: "Hui Yuyu (惠浴宇) – 1979", name: "Hui Yuyu (惠浴宇)", tenure: "1979", ok: true},
		{in: "Hui Yuyu – 1979–1983", name: "Hui Yuyu", tenure: "1979–1983", ok: true},
		{in: "Liang Xiang (梁湘, 1988–1989)", name: "Liang Xiang (梁湘)", tenure: "1988–1989", ok: true},
		{in: "Liang Xiang (梁湘; 1988–1989; acting)", name: "Liang Xiang (梁湘)", tenure: "1988–1989", after: []string{"acting"}, ok: true},
		{in: "John Smith (first term: 1990–1994)", name: "John Smith", tenure: "1990–1994", after: []string{"first term"}, ok: true},
		{in: "Ann Lee (in office 1928–1932)", name: "Ann Lee", tenure: "1928–1932", ok: true},
		{in: "Ed Gray (served 1944–1946)", name: "Ed Gray", tenure: "1944–1946", ok: true},
		{in: "Ida Kerr (term: 1955–1960)", name: "Ida Kerr", tenure: "1955–1960", ok: true},
		{in: "Ida Kerr (Tenure, 1955–1960)", name: "Ida Kerr", tenure: "1955–1960", ok: true},
		{in: "Hal Jones (Chinese: 琼斯; pinyin: Qióngsī; 1950–1955)", name: "Hal Jones (Chinese: 琼斯)", tenure: "1950–1955", after: []string{"pinyin: Qióngsī"}, ok: true},
		{in: "John Smith (1920–2001), served 1990–1994", name: "John Smith (1920–2001)", tenure: "1990–1994", ok: true},
		{in: "Zheng Qi (郑七) November 1954 – 1958; acting until April 1955", name: "Zheng Qi (郑七)", tenure: "November 1954 – 1958", after: []string{"acting until April 1955"}, ok: true},
		{in: "Ray Holt, 1950–1955 (resigned 3 May 1955)", name: "Ray Holt", tenure: "1950–1955", after: []string{"resigned 3 May 1955"}, ok: true},
		{in: "Tom Reyes (2003 – present; acting)", name: "Tom Reyes", tenure: "2003 – present", after: []string{"acting"}, ok: true},
		{in: "Grace Wu (Liberal, Nov 13, 1871 - Oct 29, 1880)", name: "Grace Wu", tenure: "Nov 13, 1871 - Oct 29, 1880", after: []string{"Liberal"}, ok: true},
		{in: "Al Ruiz 1980 – 1984; 1988 – 1992", name: "Al Ruiz", tenure: "1980 – 1984", more: []string{"1988 – 1992"}, ok: true},
		{in: "Grover Cleveland, 1885–1889, 1893–1897", name: "Grover Cleveland", tenure: "1885–1889", more: []string{"1893–1897"}, ok: true},
		{in: "1885–1889 and 1893–1897: Grover Cleveland", name: "Grover Cleveland", tenure: "1885–1889", more: []string{"1893–1897"}, ok: true},
		{in: "Ken Lee (1910–1990), mayor 1958–1962", name: "Ken Lee (1910–1990)", tenure: "1958–1962", after: []string{"mayor"}, ok: true},
		// Not holders with a tenure.
		{in: "Merged into Gansu from 1954 to 1958"},
		{in: "Ren Rong"},
		{in: "A house in Qufu decorated with lanterns"},
		{in: "Chairman of the Government: 1949–1954"},
		{in: ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := readListLine(tt.in)
			if ok != tt.ok || ok && (got.name != tt.name || got.tenure != tt.tenure || !slices.Equal(got.after, tt.after) || !slices.Equal(got.more, tt.more) || got.number != tt.number || got.post != tt.post) {
				t.Errorf("readListLine(%q) = %+v, %v; want name %q tenure %q more %q after %q, %v", tt.in, got, ok, tt.name, tt.tenure, tt.more, tt.after, tt.ok)
			}
		})
	}
}

func TestPlausibleName(t *testing.T) {
	for _, s := range []string{"Zhang San", "F. H. Schofield", "Charles de Gaulle", "de Gaulle", "Omar al-Bashir",
		"Valéry Giscard d'Estaing", "14th Dalai Lama", "Ōtsuka Isei", "Francisco Portusach Martínez",
		// A ruler's style: title, name, realm.
		"Emperor Wu of Han", "Emperor Gaozu of Han", "Sultan Ahmad Tajuddin of Brunei",
		// A role word as a given name, before a patronymic.
		"Sultan bin Abdulaziz", "Prince Sultan bin Salman", "Sultan Qaboos bin Said"} {
		if !plausibleName(s) {
			t.Errorf("plausibleName(%q) = false", s)
		}
	}
	for _, s := range []string{"Merged into Gansu from", "Chairman of the Government", "Other Vice-Premiers: Lin Biao",
		"1954 to 1958", "the list continues here with more", "",
		"Governor General of Canada", "Chief Minister of Sikkim", "Emperor of the Han dynasty", "Governor of Guam", "Emperor Regent of Han"} {
		if plausibleName(s) {
			t.Errorf("plausibleName(%q) = true", s)
		}
	}
}

func FuzzReadListLine(f *testing.F) {
	for _, s := range []string{"1 Sanford B. Dole June 14, 1900 November 23, 1903 William McKinley [a]", "8 A B 2022 Incumbent C", "Cheng Zihua (程子华): 1949–1954", "Zhang Zhidong (張之洞): Guangxu 10 (1884) – Guangxu 15 (1889)", "1898 – 1898 Henry Glass – acting", "1123–1136, William de Corbeil", "Zhang San (张三) 1949–1954", "Al Bo (2007–2009 (resigned))",
		"Nabeshima Miki (Nov 13, 1871 - Oct 29, 1880)", "1901–1905: Zhang San (张三; acting)", "((((: 1949", "x: :: 1–", "1898 – 1898 Henry Glass, acting", "1949–1954 张三 1960, acting", "Al Ruiz 1980 – 1984; 1988 – 1992",
		"1917–1921: Felix Lund / Greta Moss", "Gus Hale: 1988–1990 1992–1994", "Lena Dahl 2 May 1882 – 3 June 1886 5 July 1890 – present", "1966– Zhao Dawei", "1– A B"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ll, ok := readListLine(s)
		if ok && (ll.tenure == "" || !isTenureText(ll.tenure)) {
			t.Errorf("readListLine(%q) accepted tenure %q", s, ll.tenure)
		}
		for _, m := range ll.more {
			if !isTenureText(m) {
				t.Errorf("readListLine(%q) accepted a further tenure %q", s, m)
			}
		}
		// The name kept from judging the line is the name's own parse.
		if want := ParseName(ll.name); ok && !reflect.DeepEqual(ll.holder, want) {
			t.Errorf("readListLine(%q) holder %+v, ParseName(%q) = %+v", s, ll.holder, ll.name, want)
		}
	})
}

// TestListLineTerms: a list line with several tenures is one term for
// each, under the item's one number, and a post written before the
// tenure goes to the note.
func TestListLineTerms(t *testing.T) {
	doc := `= Mayor of Hillcrest =

== Mayors ==
- Jo Kim, 1975–1980
- Al Ruiz 1980 – 1984; 1988 – 1992
- Bea Cho (1930–2001), mayor 1984–1988
- Gus Hale: 1988–1990 1992–1994
- Eve Ford (incumbent): 1994
`
	ds := buildDocs(t, map[string]string{"h.txt": doc})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, fmt.Sprintf("%d %s %s", tm.Ordinal, termLine(tm), tm.Note))
	}
	want := []string{"1 Jo Kim||1975|1980 ", "2 Al Ruiz||1980|1984 ", "2 Al Ruiz||1988|1992 ", "3 Bea Cho||1984|1988 1930–2001; mayor", "4 Gus Hale||1988|1990 ", "4 Gus Hale||1992|1994 ", "5 Eve Ford||1994| open "}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
}

// TestListLineNumbers: a holder's number written before the line ("1st:",
// "No. 3") is the term's ordinal; notes after a dash or a comma are kept.
func TestListLineNumbers(t *testing.T) {
	doc := `= Mayor of Hillcrest =

== Mayors ==
- 1st: Jo Kim (1975–1980)
- 2nd – Al Ruiz, 1980–1984
- No. 4 Bea Cho (1984–1988) – resigned
- 5th: Gus Hale, 2nd term: 1988–1990
`
	ds := buildDocs(t, map[string]string{"h.txt": doc})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, fmt.Sprintf("%d %s %s", tm.Ordinal, termLine(tm), tm.Note))
	}
	want := []string{"1 Jo Kim||1975|1980 ", "2 Al Ruiz||1980|1984 ", "4 Bea Cho||1984|1988 resigned", "5 Gus Hale||1988|1990 2nd term"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
}

// TestActingPostInAList: in a list of one office, an item that names the
// post as acting before the holder marks the holder acting.
func TestActingPostInAList(t *testing.T) {
	ds := buildDocs(t, map[string]string{"h.txt": `= Mayor of Hillcrest =

== Mayors ==
- Jo Kim: 1975–1980
- Acting Mayor: Al Ruiz (1980)
- Bea Cho: 1980–1984
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, termLine(tm))
	}
	want := []string{"Jo Kim||1975|1980", "Al Ruiz||1980|1980 acting", "Bea Cho||1980|1984"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
}

// TestWesternYears: a date in a reign's era, the calendar's date in
// brackets after it, is that date.
func TestWesternYears(t *testing.T) {
	for in, want := range map[string]string{
		"Guangxu 10 (1884) – Guangxu 15 (1889)": "1884 – 1889",
		"Meiji 5 (1872)":         "1872",
		"Shōwa 20 (1945) – 1950": "1945 – 1950",
		"Zhang Zhidong (張之洞): Guangxu 10 (1884) – Guangxu 15 (1889)": "Zhang Zhidong (張之洞): 1884 – 1889",
		"26 January 1840 (Daoguang 19)":                              "26 January 1840 (Daoguang 19)", // the era after the date: a note
		"Ann Lee (1950–1955)":                                        "Ann Lee (1950–1955)",
		"Term 2 (2019–2023)":                                         "Term 2 (2019–2023)", // a range: no era's year
		"ann 10 (1884)":                                              "ann 10 (1884)",
		"Guangxu 100 (1884)":                                         "Guangxu 100 (1884)",
		"(1884)":                                                     "(1884)",
	} {
		if got := westernYears(in); got != want {
			t.Errorf("westernYears(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLooksCut: how the last line of a copy cut short ends tells whether
// the cut fell inside it; a name, or a whole date, cannot tell.
func TestLooksCut(t *testing.T) {
	for s, want := range map[string]bool{
		"Huang Chuping(黄楚平): January 2022 – present":        false,
		"Zhang San: 1990–1995":                              false,
		"Ann Lee (1990–1995)":                               false,
		"Ann Lee: 1990–1995 (died in office)":               false,
		"Li Si, 2010 – 2015, acting":                        false,
		"Li Si: 2010–2015[3]":                               false,
		"Wang Zhaoguo (王兆国): 19871990":                      false,
		"Yu Weiguo (于伟国): 2015present":                      false,
		"Shi Kehui (施克辉): 2018–20":                          false, // 2018–2020, as written whole
		"1990–1995: Ann Le":                                 false, // a name cannot tell
		"Wang W":                                            false,
		"22 October 2007":                                   false,
		"Nuremberg-East":                                    false,
		"Yu Weiguo (于伟国): 201":                              true,
		"Huang Chuping(黄楚平): January 2022 – pr":             true,
		"K. C. Wu (May 20, 1946 – ":                         true,
		"Ann Lee: 1990 –":                                   true,
		"Cy Dunn: 30 Ma":                                    true,
		"Cy Dunn: May 20":                                   true,
		"Li Si: 2010–2015[":                                 true,
		"Akihito, Naruhito,":                                true,
		"Cheng Zihua (程子华): 1949–19":                        true, // no 70 years
		"Zhang Chunxian (张春贤): 2005-2":                      true,
		"Li Peng: 1998–02":                                  false,
		"Hirokazu Nakaima December 10, 2006 Dec":            true,
		"Liu Zihou : April 16, 1958 – J":                    true, // the end's month, its year to come
		"Bai Keming : January 18, 2003 – June":              true,
		"Ann Lee: 1990 – Maybe":                             false,
		"Yang Xiufeng : August 8, 1949 – November 15, 1":    true,
		"Yang Xiufeng : August 8, 1949 – November 15, 1952": false,
	} {
		if got := looksCut(s); got != want {
			t.Errorf("looksCut(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCopyCutShortInAListOrInfobox: a copy cut short at a number of
// characters ends in the middle of its last line. A list's last item the
// cut shows in (a part of a number, of a month, no date at all, a space
// last) is not read; nor is an infobox's last entry, and a biography's
// block the cut falls in keeps only what is whole: a block cut before its
// dates gives no term, one cut after its start a term whose end is not
// known (not one still running). A document whose last line shows no cut,
// with or without a line break after it, loses nothing.
func TestCopyCutShortInAListOrInfobox(t *testing.T) {
	const list = "= Politics of Cutland =\n\n== Governors ==\n1. Ann Lee (李安): 1990–1995\n2. Bob Ray (雷波): 1995–2005\n"
	const bio = "= Cy Dunn =\n\nCy Dunn\n- Office: Governor of Cutmark\n- Term Start: 1 May 2015\n- Predecessor: Di Eck\n" +
		"- Office1: Mayor of Cutville\n- Term Start1: 2 June 2010\n"
	for _, tc := range []struct {
		name, doc string
		want      []string // office person start end (open)
		cut       int      // cut-short findings
	}{
		{"list item cut in its dates", list + "3. Cy Dunn (邓赛): 2005–201", []string{"ann-lee 1990 1995", "bob-ray 1995 2005"}, 1},
		{"list item cut in its name", list + "3. Cy D", []string{"ann-lee 1990 1995", "bob-ray 1995 2005"}, 1},
		{"list item whole without a line break", list + "3. Cy Dunn (邓赛): 2005–present", []string{"ann-lee 1990 1995", "bob-ray 1995 2005", "cy-dunn 2005  open"}, 0},
		{"infobox cut in an end", bio + "- Term End1: 30 Ma", []string{"cy-dunn 2015-05-01  open", "cy-dunn 2010-06-02 "}, 1},
		{"infobox cut in the key after a start", bio + "- Ter", []string{"cy-dunn 2015-05-01  open", "cy-dunn 2010-06-02 "}, 1},
		{"infobox cut in a start", bio[:len(bio)-len("1 June 2010\n")] + "2 Ju", []string{"cy-dunn 2015-05-01  open"}, 1},
		{"infobox cut after a predecessor", bio[:strings.Index(bio, "- Office1")] + "- Successor: Ed F", []string{"cy-dunn 2015-05-01  open"}, 0},
		{"infobox whole", bio, []string{"cy-dunn 2015-05-01  open", "cy-dunn 2010-06-02  open"}, 0},
		{"infobox cut in a key written after the dates", bio + "- Predecessor", []string{"cy-dunn 2015-05-01  open", "cy-dunn 2010-06-02  open"}, 0},
		{"infobox cut in the end's key", bio + "- Term End1", []string{"cy-dunn 2015-05-01  open", "cy-dunn 2010-06-02 "}, 1},
		{"infobox cut before a block's dates", bio[:strings.Index(bio, "- Term Start1")] + "- Monarch1: Akihito (Heis", []string{"cy-dunn 2015-05-01  open"}, 1},
		{"infobox whole without a line break", bio[:len(bio)-1], []string{"cy-dunn 2015-05-01  open", "cy-dunn 2010-06-02  open"}, 0},
		{"infobox ending in an office", bio[:strings.Index(bio, "- Term Start1")] + "- Monarch1: Akihito", []string{"cy-dunn 2015-05-01  open"}, 1},
		{"infobox cut after a whole start, a space after it", bio[:len(bio)-1] + " ", []string{"cy-dunn 2015-05-01  open"}, 1},
		{"list item cut after a word", list + "3. Cy Dunn (邓赛): 2005 ", []string{"ann-lee 1990 1995", "bob-ray 1995 2005"}, 1},
		{"a mirror's lines all ending in a space", strings.ReplaceAll(list, "\n", " \n") + "3. Cy Dunn (邓赛): 2005–present ",
			[]string{"ann-lee 1990 1995", "bob-ray 1995 2005", "cy-dunn 2005  open"}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ds := buildDocs(t, map[string]string{"d.txt": tc.doc})
			var got []string
			for _, tm := range ds.Terms {
				s := tm.PersonID + " " + tm.Start.String() + " " + tm.End.String()
				if tm.Incumbent {
					s += " open"
				}
				got = append(got, s)
			}
			slices.Sort(got)
			want := slices.Sorted(slices.Values(tc.want))
			if !slices.Equal(got, want) {
				t.Errorf("terms %q, want %q", got, want)
			}
			if f := findingsWith(ds, CodeCutShort); len(f) != tc.cut {
				t.Errorf("cut-short findings %+v, want %d", f, tc.cut)
			}
		})
	}
}

// TestUnbulletedListLines: a list rendered without bullets under an edit
// links line ("[edit]") keeps each item's own line.
func TestUnbulletedListLines(t *testing.T) {
	doc, err := Parse("t.txt", []byte("= List of governors of Testland =\n\nList of Governors (1879–1945)\n[edit]\nName Period\n"+
		"Ann Lee April 4, 1879 – May 18, 1881\nBob Ray May 18, 1881 – April 22, 1883\n"))
	if err != nil {
		t.Fatal(err)
	}
	var lines []int
	for _, b := range doc.Blocks {
		if b.List != nil {
			for _, it := range b.List.Items {
				lines = append(lines, it.Line)
			}
		}
	}
	if want := []int{6, 7}; !slices.Equal(lines, want) {
		t.Errorf("item lines %v, want %v", lines, want)
	}
}

// TestCopyCutShortInProse: a copy cut short in the lead loses the
// sentence it cuts, not those before it.
func TestCopyCutShortInProse(t *testing.T) {
	const lead = "= Governor of Testland =\n\nThe Governor of Testland heads its government. "
	for doc, want := range map[string]string{
		lead + "The current governor is Wang Wu, since 3 Ma":             "",
		lead + "The current governor is Wang Wu. He took office on 3 Ma": "wang-wu",
		lead + "The current governor is Wang Wu.":                        "wang-wu",
		lead + "The current governor is Wang Wu.\n":                      "wang-wu",
	} {
		ds := buildDocs(t, map[string]string{"t.txt": doc})
		got := ""
		for _, h := range ds.CurrentHolders {
			got = h.PersonID
		}
		if got != want {
			t.Errorf("%q: holder of now %q, want %q", doc[len(lead):], got, want)
		}
	}
}

// TestActingUntilASecondDate: a start giving two dates, the first acting
// and the second with a word of its own ("January 2008 (acting) 15 March
// 2008 (full)"), is a term from the first, acting until the second: not
// acting throughout.
func TestActingUntilASecondDate(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": "= Ann Testova =\n\nAnn Testova\n- Office: Governor of Testland\n" +
		"- Term Start: January 2008 (acting) 15 March 2008 (full)\n- Term End: 1 May 2011\n"})
	if len(ds.Terms) != 1 {
		t.Fatalf("terms %+v", ds.Terms)
	}
	tm := ds.Terms[0]
	if tm.Acting || tm.Start.String() != "2008-01" || tm.Note != "acting until 15 March 2008" {
		t.Errorf("term %+v: want from 2008-01, not acting, noted acting until 15 March 2008", tm)
	}
}

// TestIndentedListItems: a list of holders, each with what they were
// besides after a comma, where a holder's further term is an item
// indented under the numbered ones (rendered "5. : Romeu Testcomes"):
// every item is a term, the indented one without a number, and the
// items after it numbered as the page numbers them, not by the
// renderer's count.
func TestIndentedListItems(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": `= List of presidents of the Government of Testalonia =

== Fourteenth century ==
1. Berenguer de Testilles, Bishop of Girona (1359–1362)
2. Romeu Testcomes, Bishop of Lleida (1363–1364)
3. Ramon Testner (1364–1365)
4. : Romeu Testcomes, Bishop of Lleida (1375–1376)
5. Joan I d'Testúries (1376)
6. Guillem de Testerà i d'Abella, Grand Prior of the Order of St. John of Jerusalem (1376–1377)
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, fmt.Sprintf("%d %s %s", tm.Ordinal, termLine(tm), tm.Note))
	}
	want := []string{
		"1 Berenguer de Testilles||1359|1362 Bishop of Girona",
		"2 Romeu Testcomes||1363|1364 Bishop of Lleida",
		"3 Ramon Testner||1364|1365 ",
		"0 Romeu Testcomes||1375|1376 Bishop of Lleida",
		"4 Joan I d'Testúries||1376|1376 ",
		"5 Guillem de Testerà i d'Abella||1376|1377 Grand Prior of the Order of St. John of Jerusalem",
	}
	if !slices.Equal(got, want) {
		t.Errorf("terms\n%q\nwant\n%q", got, want)
	}
}

// TestNumberedRowsAsText: a numbered list whose items are a table's rows
// rendered as text, the party after the term ("2. Edward Testblake 1871
// 1872 Liberal", "26.Doug Testford 2018 now Progressive Conservative"),
// gives a term each, the party noted; a numbered item of prose does not.
func TestNumberedRowsAsText(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": `= Premier of Testario =

Here is a list of people who have been Premier of Testario since 1867:

1.John Sandfield Testdonald 1867 1871 Liberal-Conservative Coalition
2. Edward Testblake 1871 1872 Liberal
18.William (Bill) Testdavis 1971 1985 Progressive Conservative
26.Doug Testford 2018 now Progressive Conservative

== Notes ==
1. The office was created in 1867 and renamed in 1972.
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, fmt.Sprintf("%d %s %s", tm.Ordinal, termLine(tm), tm.Note))
	}
	want := []string{
		"1 John Sandfield Testdonald||1867|1871 Liberal-Conservative Coalition",
		"2 Edward Testblake||1871|1872 Liberal",
		"18 William Testdavis||1971|1985 Bill; Progressive Conservative",
		"26 Doug Testford||2018| open Progressive Conservative",
	}
	if !slices.Equal(got, want) {
		t.Errorf("terms\n%q\nwant\n%q", got, want)
	}
}
