package pipeline

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseTolerance(t *testing.T) {
	doc := "\ufeff= Party Secretary of Testland =\r\n" +
		"\r\n" +
		"infobox\r\n" +
		"- incumbent: Li\u00a0Si\r\n" +
		"- INCUMBENTSINCE:\t2 March 2020\r\n" +
		"\r\n" +
		"Some prose.\r\n" +
		"\r\n" +
		"==  List of secretaries  ==\r\n" +
		"| Name | Term start | Term end |   |\r\n" +
		"|---|---|---|---|\r\n" +
		"|\tZhang San（张三） | 1949 | 1950\r\n" +
		"| Li Si (李四) | 2 March 2020\u200f | Incum\u00adbent\u200e | | extra |\r\n"
	d, err := Parse("x.txt", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Party Secretary of Testland" || d.TitleLine != 1 {
		t.Errorf("title = %q at %d", d.Title, d.TitleLine)
	}
	if d.Infobox == nil || len(d.Infobox.Entries) != 2 {
		t.Fatalf("infobox = %+v", d.Infobox)
	}
	if v, line := d.Infobox.Get("incumbentsince"); v != "2 March 2020" || line != 5 {
		t.Errorf("incumbentsince = %q at line %d", v, line)
	}
	if v, _ := d.Infobox.Get("incumbent"); v != "Li Si" {
		t.Errorf("incumbent = %q (non-breaking space not normalised)", v)
	}
	var table *Table
	for _, b := range d.Blocks {
		if b.Kind == HeadingBlock && (b.Text != "List of secretaries" || b.Level != 2 || b.Line != 9) {
			t.Errorf("heading = %+v", b)
		}
		if b.Kind == TableBlock {
			table = b.Table
		}
	}
	if table == nil {
		t.Fatal("no table")
	}
	if len(table.Rows) != 2 || table.Rows[0].Line != 12 || table.Rows[1].Line != 13 {
		t.Fatalf("rows = %+v", table.Rows)
	}
	if got := table.Rows[0].Cells; len(got) != 3 || got[0] != "Zhang San（张三）" {
		t.Errorf("row without trailing pipe = %q", got)
	}

	ds := buildDocs(t, map[string]string{"x.txt": doc})
	if len(ds.Terms) != 2 {
		t.Fatalf("terms = %d, want 2", len(ds.Terms))
	}
	if ds.Terms[0].NameNative != "张三" || ds.Terms[1].NameNative != "李四" || !ds.Terms[1].Incumbent {
		t.Errorf("terms = %+v", ds.Terms)
	}
	// Row 12 stops before the blank last column: whole, as a rendering
	// drops a cell spanned from above. Row 13 has a cell too many.
	if hasFinding(ds, CodeRaggedRow, 12) || !hasFinding(ds, CodeRaggedRow, 13) {
		t.Errorf("ragged rows: want line 13 alone reported: %+v", ds.Findings)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		line int
		err  error
	}{
		{"empty", "", 1, ErrEmpty},
		{"blank", "\n \n\t\n", 1, ErrEmpty},
		{"binary", "= T =\nabc\x00def", 2, ErrBinary},
		{"no title", "\n\nJust prose.\n= Late =\n", 3, ErrNoTitle},
		{"heading first", "== Section ==\n", 1, ErrNoTitle},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("bad.txt", []byte(tt.in))
			var pe *ParseError
			if !errors.As(err, &pe) || !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want a ParseError wrapping %v", err, tt.err)
			}
			if pe.Line != tt.line || pe.Path != "bad.txt" {
				t.Errorf("error at %s:%d, want bad.txt:%d", pe.Path, pe.Line, tt.line)
			}
			if !strings.HasPrefix(err.Error(), "bad.txt:") {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
}

func TestParseInvalidUTF8(t *testing.T) {
	d, err := Parse("x.txt", []byte("= T =\nok\nbad \xff here\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Problems) != 1 || d.Problems[0].Line != 3 || d.Problems[0].Code != CodeInvalidUTF8 {
		t.Errorf("problems = %+v", d.Problems)
	}
}

// TestFlattenedWikitext: a line into which a scrape ran a page's
// headings and numbered items is read as them, its prose kept as prose
// and a mirror's credit line after the last item dropped from it.
func TestFlattenedWikitext(t *testing.T) {
	doc := "= Politics of Testchuan =\n\nThe politics of Testchuan is structured in a dual party-government system. " +
		"==List of the CPC Testchuan Committee Secretaries== #Li Jingquan (李井泉): July 1952-February 1965 " +
		"#Liao Zhigao (廖志高): February 1965 – 1966 ==List of Governors of Testchuan== #Li Dazhang (李大章): 1955-1965 " +
		"#Wei Hong (魏宏): 2016-incumbent 抄文引用元・出典: フリー百科事典\n"
	d, err := Parse("t.txt", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, b := range d.Blocks {
		k := fmt.Sprint(b.Kind)
		switch b.Kind {
		case ListBlock:
			k = fmt.Sprintf("list %d", len(b.List.Items))
		case HeadingBlock:
			k = "heading " + b.Text
		case ParagraphBlock:
			k = "paragraph"
		}
		kinds = append(kinds, fmt.Sprintf("%d %s", b.Line, k))
	}
	want := []string{"3 paragraph", "3 heading List of the CPC Testchuan Committee Secretaries", "3 list 2",
		"3 heading List of Governors of Testchuan", "3 list 2"}
	if !slices.Equal(kinds, want) {
		t.Errorf("blocks %q, want %q", kinds, want)
	}
	ds := buildDocs(t, map[string]string{"t.txt": doc})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, tm.OfficeID+"|"+tm.NameEN+"|"+tm.Start.String()+"|"+tm.End.String())
	}
	wantTerms := []string{"governor-of-testchuan|Li Dazhang|1955|1965", "governor-of-testchuan|Wei Hong|2016|",
		"party-secretary-of-testchuan|Li Jingquan|1952-07|1965-02", "party-secretary-of-testchuan|Liao Zhigao|1965-02|1966"}
	if !slices.Equal(got, wantTerms) {
		t.Errorf("terms %q, want %q", got, wantTerms)
	}
	// Bullets run together as the numbers are.
	ds = buildDocs(t, map[string]string{"b.txt": "= Politics of Testnan =\n\nThe politics of Testnan is structured in a dual party-government system. " +
		"==List of governors== *Wu Zhipu: 1949–1962 *Wen Minsheng: 1962–1967\n"})
	got = nil
	for _, tm := range ds.Terms {
		got = append(got, tm.OfficeID+"|"+tm.NameEN+"|"+tm.Start.String()+"|"+tm.End.String())
	}
	if want := []string{"governor-of-testnan|Wu Zhipu|1949|1962", "governor-of-testnan|Wen Minsheng|1962|1967"}; !slices.Equal(got, want) {
		t.Errorf("bullets: terms %q, want %q", got, want)
	}
	// Prose that only mentions a number sign stays prose.
	d, err = Parse("t.txt", []byte("= T =\n\nThe governor is ranked #3 in the country, and the mayor #5 of the cities in 2020.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Blocks) != 1 || d.Blocks[0].Kind != ParagraphBlock {
		t.Errorf("prose with number signs read as %+v", d.Blocks)
	}
}

// TestInfoboxRenderedAsTable: an infobox a mirror rendered as a table of
// labels and values above the lead is read as the infobox: the title
// over it is the post, "Incumbent" takes the name on the row below, and
// "since …" is the incumbent's start. A table of holders is no infobox.
func TestInfoboxRenderedAsTable(t *testing.T) {
	doc := `= Governor of Testnan =

| Governor of the Testnan Provincial People's Government | |
| 测南省人民政府省长 | |
| Incumbent | |
| Wang Yubo | |
| since 25 November 2020 | |
| Type | Governor |
| Inaugural holder | Lu Han |
| Formation | 9 December 1949 |

The governor of Testnan is the head of Testnan Province.
`
	d, err := Parse("t.txt", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	if d.Infobox != nil {
		for _, e := range d.Infobox.Entries {
			got = append(got, fmt.Sprintf("%d %s: %s", e.Line, e.Key, e.Value))
		}
	}
	want := []string{"3 Post: Governor of the Testnan Provincial People's Government", "4 Native Name: 测南省人民政府省长",
		"6 Incumbent: Wang Yubo", "7 Incumbentsince: 25 November 2020", "8 Type: Governor", "9 Inaugural: Lu Han", "10 Formation: 9 December 1949"}
	if !slices.Equal(got, want) {
		t.Errorf("infobox %q, want %q", got, want)
	}
	ds := buildDocs(t, map[string]string{"t.txt": doc})
	if len(ds.Offices) != 1 || ds.Offices[0].IncumbentPersonID != "wang-yubo" || ds.Offices[0].InauguralPersonID != "lu-han" ||
		ds.Offices[0].Formation.String() != "1949-12-09" || ds.Offices[0].IncumbentSince.String() != "2020-11-25" {
		t.Errorf("offices = %+v", ds.Offices)
	}
	for _, tbl := range []string{
		"| Name | Term |\n| Ann Lee | 1990–1994 |\n| Bob Ray | 1994–1998 |\n",
		"| Party Secretary | Governor |\n| Shen Xiaoming | Mao Weiming |\n",
	} {
		d, err := Parse("t.txt", []byte("= Governor of Testnan =\n\n"+tbl))
		if err != nil {
			t.Fatal(err)
		}
		if d.Infobox != nil || len(d.Blocks) != 1 || d.Blocks[0].Kind != TableBlock {
			t.Errorf("%q read as an infobox: %+v", tbl, d.Infobox)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("= T =\n| A B of C | |\n| Incumbent | |\n| D E | |\n| since 2020 | |\n| Inaugural holder | F |\n| Formation | 1949 |\n"))
	f.Add([]byte("= T =\nThe office was made in 1949. ==List of Xs== #A (甲): July 1952-February 1965 #B C: 1965 – 1966 ==Ys== #D: 1990-incumbent x: y\n"))
	f.Add([]byte("= T =\nInfobox\n- Incumbent: A\n== L ==\n| Name | Term |\n| A (甲) | 1949–1950 |\n"))
	f.Add([]byte("= T =\n1. A (甲): 1949–1950\n2. B: 1950–present\n"))
	f.Add([]byte("= T =\n| No. | Name | Took office | Left office | Days | Party |\n| 1 | A B | 1947 | 1951 | 1480 | C |\n| 2 | D | 1951 | x | 8,766 | |\n"))
	f.Add([]byte("= G =\n\nInfobox\n- Abolished: 5 May 1954\n- Last: A B\n\n| No. | Name | Took office | Left office |\n| 1 | A B | 1953 | |\n| 2 | C | 1960 | Office abolished 1 May 1961 |\n"))
	f.Add([]byte("= A B =\n\nA B\n- Office: Governor of X\n- Term Start: 2019\n- Succeeding: C D\n- Office1: Mayor of Y\n- Term Start1: 2011\n- Successor1: E (acting)\n- Death Date: 2026\n"))
	f.Add([]byte("= T =\n== L ==\n- A B\n1949–1962\n- C\nMay 1983\n- D: 1990\n1991\n"))
	f.Add([]byte("= T =\n== L ==\n3. A B\n\nAugust 1954 – January 1967\n\n1. C\n\n1977\nx\n- D\n\n1990–1993"))
	f.Add([]byte("= T =\n| This section needs additional citations. |\n| Chairperson of X | | |\n| № | Name | Term of Office |\n| 1 | A | 1927 | 1932 |\n"))
	f.Add([]byte("= Politics of P =\n| Party Secretary | Governor |\n| A B | C D |\n| Mayor | Mayor |\n| E | 1990 |\n"))
	f.Add([]byte("= P =\n\nP\n- Leader Title: Governor\n- Leader Name: A B (acting)\n- Leader Title1: Congress Chairman\n- Leader Name1: C\n- Governor: D E (D)\n- Leader Title2: x\n"))
	f.Add([]byte("= T =\n\nList of Xs (1879–1945)\n[edit]\nName Period\nA B (acting [for C to May 1, 1978]) July 21, 1978 December 13, 1978\nD E May 15, 1972 Present\n"))
	f.Add([]byte("= T =\nNo. | Image | Name | Term |\n---|---|---|---|\n1 | ![]() |\nA B\n(1910–2000) |\n1949–1954 |\nC | |\n"))
	f.Add([]byte("= W =\n\nW\n- Office: Governor of X\n- Term Start: 1 May 2001\n- Term End1: 2002\n"))
	f.Add([]byte("= G =\n\nInfobox\n- Incumbent: A\n\n- Formation: 1949\n\n\n- Inaugural: B\n\n- C: 1949–1955\n"))
	f.Add([]byte("\ufeff= T =\r\n| | Image | Name | Term start | Term end |\r\n| 1 | | A | x | y |"))
	f.Add([]byte("= T =\n| No. | Officeholder | Term of office |\n| Took office | Left office |\n| Caption row |\n| 1 | A 甲 | 1949 | - |\n| 1950 | 1951 |\n"))
	f.Add([]byte("= List of Xs of Y =\n== Era (1898–1941) ==\n; Directors\n- 1898 – 1898 A B – acting\n# C (Nov 13, 1871 - Oct 29, 1880)\n"))
	f.Add([]byte("= L =\n| No. | Governor | Term | Party |\n| 1 | | Gen. A B | early 1901 – 1920s | | C |\n| – | Unknown | ? | 1935 |\n| 2 | D E (elect) | 12 March [O.S. 1 March] 1917 | |\n"))
	f.Add([]byte("= W =\n\nW X\n伊藤博\n- Office: Acting Governor of X\n- Term Start: 2001\n* A B, 1950–1955; acting until 1951\n"))
	f.Add([]byte("= Politics of X =\n| Office | Name | Since |\n| Governor | A B | 2021 |\n| Party Secretary | C D | 0000000002023-01-01-0000 1 January 2023 |\n* Governor: A B (甲): 2021–present\n1. 1st: E F (2019–2021) – resigned\n"))
	f.Add([]byte("= L =\n| No. | Name | Born | Died | Took office | Left office |\n| 1 | G H (872–932) | 1900 | | 2 March | Died in office |\n| 2 | I J (1949–1952) | | | 1 May 1990 | 5 June 1990 |\n"))
	f.Add([]byte("= Politics of W =\n| Office | Name | Since |\n| Governor | Li Hua | 2023 |\n== Governors ==\n- Qian Wu: 2012–2018\n- Li Hua: 2018–present\n| Governor | Sworn in | Term expired |\n| Ann Lee 1st term | 250 BC | 8 BC – AD 23 |\n- Emperor Wu of Han (141–87 BC), died in office\n"))
	f.Add([]byte("= L =\n| 1 | Ann Lee (1950–1955) | Liberal |\n| Portrait | Name |\n| Term of office[42] | NPC |\n| 2[3] | Kim Il (Korean: 金一) |\n| 1 October 1949 | unknown |\n| Name | Japanese | Term |\n| A B | 田中 | Unknown – 1994 |\n* Park (박), 7 April 2021 – present\n"))
	f.Add([]byte("= P =\n\nLead.\n\n- Incumbent: A B\n- Formation: April 1949\n- X Y: 1950\n{|\n! No. !! Name\n|-\n| 1 || A B || 1949 || 1952\n|}\n- Status2: Acting\n- Office2: Mayor of Z\n"))
	f.Add([]byte("= Politics of X =\n== A and B ==\n| No. | Party Secretary | Term | Governor | Took office | Left office |\n| 1 | A 甲 | 1950–1952 | B | 1950 |\n| 2 | C | 1952– | D |\n| Mayor | Term | Mayor |\n"))
	f.Add([]byte("= Z =\n\nZ\n- Office3: Governor of X\n- Term Start3: 2006\n- Status3: Acting until 2007\n- 1blankname3: Party Secretary\n- 1namedata3: Y\n- 2namedata: W\n- Office4: First Secretary of the Communist Youth League\n- Term Start4: 1998\n"))
	f.Add([]byte("= List of current leaders of X =\n| Province | Party Secretary | Took office | Governor | Took office |\n| A | B 乙 | 2024 | C | 2021 |\n| | D | 2022 |\n| Prefecture | Governor | Took office | Left office |\n| E | F G | 1990 | 1994 |\n"))
	f.Add([]byte("= Politics of X =\n== Current leaders ==\n- Party Secretary: A B (甲)\n- Governor: Vacant\n- Acting Mayor: C D\n- Chairman: E: F\n"))
	f.Add([]byte("= Politics of X =\n\nIn 1949 the Mayor of X heads the government.\n\n== Communist Party ==\n| Order | CPC Party Secretary | Term |\n| 1 | A B | 1949—1950 |\n"))
	f.Add([]byte("= Politics of X =\nInfobox\n- Secretary: A B\n- Mayor: C D\n- Mayor2: E\n- Court President: Vacant\n\n== Communist Party ==\n| Order | CPC Party Secretary | Term |\n| 1 | A B | 2022— |\n== Mayors ==\n- C D: 2020–\n"))
	f.Add([]byte("= Politics of X =\nInfobox\n- Party: X Committee of the Chinese Communist Party\n- Leader Title: Secretary\n- Leader Name: A B\n- Ruler Title: Governor\n- Ruler Name: Vacant\n- Speaker Title1: x\n- Speakername1: C\n\n| No. | Name | Took office | Left office |\n| 1 | D | 1990 | 2000 |\n| — | Vacant | 2000 | Incumbent |\n| — | Office abolished | 2001 | |\n"))
	f.Add([]byte("= Mayor of X =\n| Japanese rule era[1] |\n| # | Name | Office |\n| 1 | A 甲 | 1924–1927 |\n| Era |\n| # | Name | Office | Party | Term |\n| Took office | Left office |\n| 2 | B | 1945–1946 | K | - |\n| # | Name |\n"))
	f.Add([]byte("= Governor of X =\n== Governors ==\n#A B (甲): September 1952-January 1955\n# : February 1993-February 1996\n#C D : January 2007-incumbent\n#2 x\n#\n"))
	f.Add([]byte("= T =\n| | A | B |\n---|---|---|\n1 | x | 1990 |\n"))
	f.Add([]byte("= T =\n| A | B |\nC | D |\n|---|---|\n| 1 |\nE | 1990 |\nF |\n"))
	f.Add([]byte("= X Province, Republic of Y =\n== Governors ==\n- A (1926) (acting)\n| Portrait | Name (English) | Name (Chinese) | Term start | Term end | Ref. |\n| B | Script error: No such module \"Lang\". | 1954 | 1965 | [3] | |\n| 2 | C (1867–1914) | Never took office | | |\n"))
	f.Add([]byte("= L =\n| List | Governor | Party | Born | Term(s) |\n| List | A B | D | May 1, 1934 | 1979–1983, 1995–1999 |\n| C D | R | 1949 | 1993–1995 |\n| E | F | G |\n| Prefecture | Picture | Current governor | Party | Took office |\n| A (list) | B C | D | May 1, 2011 |\n| E | F G | H | 2009 |\n"))
	f.Add([]byte("= Politics of X =\n== Chinese People's Political Consultative Conference ==\n1. A (甲): 1955–1960\n| Name of the CM | Duration | Party |\n| B | 14-08-1947 – 22-10-1947 | C |\n| No. | Name | Tibetan | Took office |\n| 1 | D | པདྨ་འཕྲིན་ལས། | 2010 |\n"))
	f.Add([]byte("= Governor of X =\n| № | Portrait | Name | Term of Office | | Party | Term |\n| Military Governor | | |\n| 1 | A B 甲 | 1911 | 1915 | K | 1 | |\n| Civil Governor |\n| 1 | C D | 1912 | | [1] |\n| -- | E F [lower-alpha 3] | 1913 | 1914 |\n"))
	f.Add([]byte("= Governor of X =\n| Term | Portrait | Name | Took office | Left office |\n| | Korean: 송광운<br>宋光運 | 2017 | 2018 |\n| | A B Korean: 김갑섭 | 2018 | |\n| | : 金 | Hanja: | |\n"))
	f.Add([]byte("= Mayor of X =\n| # | Mayor | Term start | Term end |\n| 1 | Geary, John W.John W. Geary | 01850-05-01May 1, 1850 | 01851-05-04May 4, 1851 |\n| 2 | B | 0185 | 01851-13-99x |\n"))
	f.Add([]byte("= List of current X governors =\nThe current governor is Democrat A B, who took office on December 5, 2022.\n| Prefecture | Picture | Current governor | Former party | Term | Took office | End of term | |\n| Aichi (list) | | A B | | Independent | 4th | February 15, 2011 | 2027 (term limits) |\n| Gifu | | | | Independent | 1st | 2025 | 2029 |\n"))
	f.Add([]byte("= Governor of X =\n== Directly elected governors (1995–present) ==\n| Term | Portrait | Name | Term of office | Political party | Elected | | | |\n| Took office | Left office | Time in office | | | | | | |\n| 1st | | A B | 1 July 1995 | 30 June 1998 | | | Independent | 1995 |\n| Served as military governor of X meanwhile | |\n| Nationalist | 17 May 1919 | 16 April 1924 | |\n| C D | 10 August 1904 | - November 23, 1905 | |\n"))
	f.Add([]byte("= Mayor of X =\n== Prefectural city era (appointed mayors) ==\n| № | Portrait | Name | Term of Office | | Party |\n| style=\"background:#ccc\" | 1 | | Template:Interlanguage link | 1920 | 1924 | K |\n| style= | rowspan=2 | 2 | | A [ citation needed ] | 1924 | 1927 |\n"))
	f.Add([]byte("= Doge of X =\nI. A B (697–717)\n\nII. C D (717–726)\nXIV. E F (829–836)\nI. G\nIV.\n"))
	f.Add([]byte("= L =\nNo. | Name | Term |\n---|---|---|\n1 | A B | 1950–1954 |\n:-|\n|\n-|x\n"))
	f.Add([]byte("= Mayor of X =\nAn asterisk (*) denotes an acting mayor. † Died in office; ‡ Acting\n| No. | Name | Took office | Left office |\n| * Acting |\n| – | A B* | 1954 | 1955† |\n1. C D‡: 1950–1954\n"))
	// Shapes of real pages read since: a title's disambiguator, a
	// numbered list's undated holders and notes in nested brackets, an
	// Elected column, the lead's holder of now in more words.
	f.Add([]byte("= List of chief ministers of X (Y) =\n\nShehbaz Sharif took the office on March 30, 2009. Since 1 May 2020, the governor has been A B.\n\n| Name of Chief Minister | Entered Office | Left Office |\n| Governor Rule (C) | 1949 | 1951 |\n| Part of Z province | 1955 | 1970 |\n| Shahbaz Sharif | March 30, 2009 | |\n"))
	f.Add([]byte("= X - Politics =\n\n== List of Governors ==\n1. Zhang Ding (张丁)\n2. A B: 19871990\n3. C D: 2015present\n- E F (2007–2009 (resigned))\n"))
	f.Add([]byte("= List of governors of Japan =\n\nThe current governor, A B, was elected in 2022. A B is the governor since 2020. C D, the incumbent, took office for the third time on 8 April 2021 after a by-election.\n\n| Current Governor | Prefecture | Elected | Office expires |\n| A B | Aichi | February 15, 1999 | February 14, 2011 |\n"))
	f.Add([]byte("= President of X =\n| No. | President | Term of office | | Vice President | Party |\n| | | Took office | Left office | | |\n| 14 | A 甲 | 2016 | 2024 | B 乙 | K |\n| 15 | | | | B 乙 | |\n| 16 | B | 2024 | Incumbent | | |\n| 17 | |\n"))
	f.Add([]byte("= Mayor of X =\n\nInfobox\n- Incumbent: A B since 2 March 2025 (acting)\n- Incumbentsince: 25 December 2024 (Acting) (\n- Incumbent1: C since (acting)\n"))
	f.Add([]byte("= Inner X Autonomous Regional Committee of the Chinese Communist Party =\n\nInner X Autonomous Regional Committee of the Chinese Communist Party\n- Secretary: A B\n\nThe current secretary is A B, a member of C, who succeeded D on 1 May 2020.\n\n== CPC Inner X Committee Secretaries ==\n- E (甲): 1947–1966\n"))
	f.Add([]byte("= People's Government of the X Uygur Autonomous Region =\n\nX\n- Leader1: A\n- Leader1 Type: Chairman\n- Election1: 2022\n"))
	f.Add([]byte("= X Province =\n\nInfobox\n- Common Name: x\n- Title Leader: Governor (\n- Title Deputy: A (Military Governor)\n- Leader1: B\n- Year Leader1: 1912–\n- Leader0: C\n- Year Leader2: 1933\n- Deputy3: Vacant\n- Year Deputy3: 1940\n"))
	f.Add([]byte("= People's Government of the X Autonomous Region =\n\nX\n- Chief1 Name: A B\n- Chief1 Position: Chairman\n- Minister1 Pfo: Minister of\n- Minister1 Name: Vacant\n"))
	f.Add([]byte("= X =\n\n- 1994年3月至1999年7月:孫文盛(代省長)\n- 2012年12月至今:李(代)\n- A (代理市长, B): 1990–1995\n"))
	// The session's shapes: electoral mandates and note rows, a post of
	// two role words, kinds of post over kinds of place, several titles
	// of one post, dates lost in rendering.
	f.Add([]byte("= List of premiers of P =\n| No. | Name (Birth–Death) | Term of office | Electoral mandates (Assembly) | Party |\n| 1 | A (1820–1890) | 15 July 1867 | 25 February 1873 | Title created (caretaker government) | C |\n| Resigned over a scandal. | | | | |\n| 2 | B | 1 May 2018 | Incumbent | 2018 election | D |\n"))
	f.Add([]byte("= List of minister-presidents of B =\n== Ministers of foreign affairs ==\n| No. | Name | Took office | Left office |\n| 1 | A | 1745 | 1777 |\n=== Mayors/Governors of B (1991–present) ===\n| No. | Mayor/Governor | Took office |\n| 1 | C | 1991 |\n"))
	f.Add([]byte("= List of current X leaders =\n==Legislature speakers==\n| Municipality | Incumbent | Took office |\n| B | A 甲 | |\n==Government chiefs==\n| SAR | Incumbent |\n| Hong Kong | C |\n| Autonomous Region | Incumbent |\n| G | D |\n"))
	f.Add([]byte("= Premier of the Republic of China =\n\nInfobox\n- Formation: (x), (y), (current form)\n- Abolished: (Mainland China)\n- Inaugural: A.P.T. B\n- First: Aji P T B\n"))
	f.Add([]byte("= G =\n\nInfobox\n- Incumbent: A B-c\n- Incumbentsince: 1 July 2022\n\n| Term | Name | Term of office | Political party | Elected | | |\n| Took office | Left office | | | | | |\n| 8th | ' 김태흠 金泰欽 | 1 July 2022 | Incumbent | | D ('08) → E | 2022 |\n"))
	f.Add([]byte("= M =\n| Term | Name | Party | Term of office |\n| acting | A | E.svg K | 1951 | 1952 |\n\n| | Portrait | Name | Term of Office | Term | Party |\n| 1 | C .jpg | B 陳 | 1 June 1951 | 2 June 1954 | 1 | K |\n| 2 June 1954 | 2 June 1957 | 2 | | | |\n"))
	f.Add([]byte("= List of governors of the A Islands =\n== Lieutenant governors ==\n| Lieutenant Governor | Lived | Years |\n| B C | (1934–2010) | 1978 – 1982 |\n| D | (b. 1941) | 1982 – |\n"))
	f.Add([]byte("= C =\n| I# | T# | Chairperson | Took office | Left office |\n| 01 | 01 | A B 毛泽东(毛澤東) | 1949 | 1954 |\n| 02 | April 1959 | 1965 | | |\n"))
	f.Add([]byte("= P =\n\nInfobox\n- Incumbent: A B\n- Last: C D (Mainland China)\n- Abolished: 1 October 1949 (Mainland China)\n"))
	f.Add([]byte("= V =\n\nInfobox\n- Incumbent: A B, C D\n- Incumbentsince: 2022\n\n| No. | Name | Took office | Left office |\n| 1 | A B | 2017 | Incumbent |\n| 2 | C D | 2025 | Incumbent |\n"))
	f.Add([]byte("= G =\n| # | Name | Took office | Left office | Appointed by |\n| 2 | A B | 1977 | 1981 | C D (acting) |\n| – | E (additional charge) | 1986 | 1986 | F |\n"))
	f.Add([]byte("= Politics of S =\n== List of Governors of S ==\n#A : January 1988-February 1993\n# : February 1993-February 1996\n() : 1996\n#B : 1996-incumbent\n"))
	f.Add([]byte("= M W =\n\nM W\n- Office: Governor of H\n- Term Start: 29 January 2021\n- Office2: Acting Governor of H\n- Term Start2: 27 November 2020\n- Term End2: 29 January 2021\n"))
	f.Add([]byte("= Minister of Foreign Affairs (China) =\n| No. | Name | Took office | Left office |\n| 1 | A\u2011B | 1\u2003May\u20092020\u200e | Incum\u00adbent |\n* C: 1990\u20121995\n"))
	f.Add([]byte("= A =\n\nA\n- Office: B of C\n- Term Start: 1 May 2015\n- Office1: D\n- Monarch1: E, F\n- Term Start1: 2 Ju"))
	f.Add([]byte("= A =\n\nA\n- Office: B of C\n- Term Start: 1 May 2015\n- Term End"))
	f.Add([]byte("= A =\n\nA\n- Office: B of C\n- Term Start: 1 May 2015 "))
	f.Add([]byte("= L =\n\n== X ==\n1. A (甲): 1990–1995\n2. B (乙): 2005–20"))
	f.Add([]byte("= G =\n\nThe G of T heads it. The current governor is Wang W"))
	f.Add([]byte("= L =\n| Portrait | Name | Term of office | Note | | Ref. |\n| Took office | Left office | Time | | | |\n| A of B (until 1805) | | | | | [1] |\n| 1 | | C | 1745 | 1777 | [2] |\n"))
	f.Add([]byte("= L =\n| No. | P | PM | Term of office | Mandate | Party | Government | |\n| Start | End | Duration | | | |\n| 1 | | A B | 1932 | 1933 | | — | | C | A I |\n| A II | | |\n| 1933 | A III |\n| — | A IV |\n"))
	f.Add([]byte("= L =\n\nList (1879–1945)\n[edit]\nName Period\nA April 4, 1879 – May 18, 1881\nB April 22, 188"))
	f.Add([]byte("= L =\n\n| Image | Name | Term start | Term end |\n| | A | 1990 | 1994 |\n| B | June 1994 | J"))
	f.Add([]byte("= L =\n\n| No. | Name | Took office | Left office |\n| 1 | A |\n| 1 October 1994 | 15 Sep"))
	f.Add([]byte("= A B =\n\nA B\n- Office: General Secretary of the, Christian Social Union\n- Term Start: 2003\n- Office1: Member of the, Landtag of X, for Y, (Z; 1994–2018)\n- Term Start1: 1994\n- Office2: ,  , of the,\n"))
	f.Add([]byte("= L =\nA | B (1 – 2) | C | D | |||\n---|---|---|---|---|\nE | F | 1433 | ||||\nG (until 1867) | ||||||\n1 | H (1757–1813) | 6 July 1809 | 1813 | 1433 | I | |\n– | J Acting | 1848 | 1851 | 1 | |\n(4) | H | 1851 | 1862 | 4359 |\n"))
	f.Add([]byte("= L =\n| Portrait | Name (Birth–Death) | Term of office | Party | | | |\n| Took office | Left office | Days | | | | |\n| 1 | | A B (1867–1919) C | 8 November 1918 | 1919 | 3172 | D |\n"))
	f.Add([]byte("= L =\nNo. | Name (Birth–Death) |\nTerm of office | Party | |\n---|---|---|---|---|\n1 | A B (1812–1872) |\n15 July 1867 |\n1871 |\nC | |\nD | |||\n"))
	f.Add([]byte("= List of Xs of Y =\n== C ==\n1. A B, Bishop of C (1359–1366)\n2. D, canon of E (1363)\n3. : A B, Bishop of C (1375–1376)\n4. : 1380\n5. F i d'G (1376)\n| Term | Name |\n| 1542–1912 | NA |\n"))
	f.Add([]byte("= A B =\n\nA B | |\n---|---|\n甲 | |\nGovernor of X | |\nIncumbent | |\nAssumed office 1 August 2016 | |\nPreceded by | C |\nY | |\nIn office 2007 – |\nPersonal details | |\nBorn | Z | 1952\n"))
	f.Add([]byte("= P =\n\nA list:\n\n1.A B 1867 1871 C-D E\n2. F G 1871 now H\n"))
	f.Add([]byte("= L =\n| Rank | No. | Officeholder | Party | District | Assumed office | Left office |\n| 1. | 9th | A B | C | D (1878–1888) | 1883 | 1888 |\n| E | F (1888–1893) | 12 August 1890 | 1893 |\n| G 甲 | 1893 | 1894 |\n| Premier | Party | Took office |\n| H | I | 1904 |\n| J | 10 August 1904 |\n"))
	f.Add([]byte("= A B =\n\nA B\n- Office: Chairman of the People's Government of Tibet Autonomous Region\n- Term Start: 1 May 2001\n- Office1: Osaka Prefectural Governor\n- Office2: Member of the Landtag of Bavaria for C-D\n- Office3: Mayor of E Special Municipality\n\n| No. | Name | Took office | Left office |\n| 1 | Lieutenant Commander F G | 1 May 2001 | Incumbent |\n| – | H I (acting) | 2025 | Incumbent |\n"))
	f.Add([]byte("= S =\n\nS, Malaysia.\n\n| # | Name | Took office |\n| 1 | Tun A B (1920–1976) | 1963 |\n| 2 | Tun C | 1965 |\n| 3 | Datuk Seri Panglima Haji D E | 1967 |\n| 4 | Tun | 1970 |\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Parse("fuzz.txt", data)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Line < 1 || pe.Path != "fuzz.txt" {
				t.Fatalf("error %v does not name a line", err)
			}
			return
		}
		for _, b := range doc.Blocks {
			if b.Line < 1 || b.Line > doc.Lines {
				t.Fatalf("block at line %d of %d", b.Line, doc.Lines)
			}
		}
		// The whole pipeline must not panic either.
		ds, err := Build(t.Context(), []Input{{Path: "fuzz.txt", Data: data}})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range ds.Findings {
			if f.SourceID != "" && f.Line < 0 {
				t.Fatalf("finding without a line: %+v", f)
			}
		}
	})
}

// TestOversizedLineIsCut: a line far longer than any cell keeps memory
// bounded: it is cut, with a finding naming its line.
func TestOversizedLineIsCut(t *testing.T) {
	doc := "= Mayor of X =\n\n| Name | Term start | Term end |\n| " + strings.Repeat("名", MaxLineBytes) + " | 1990 | 1995 |\n"
	d, err := Parse("x.txt", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range d.Problems {
		if p.Code == CodeOversizedLine && p.Line == 4 {
			found = true
		}
	}
	for _, b := range d.Blocks {
		if b.Kind == TableBlock {
			for _, r := range b.Table.Rows {
				for _, c := range r.Cells {
					if len(c) > MaxLineBytes || !utf8.ValidString(c) {
						t.Errorf("a cell of %d bytes (valid UTF-8: %v)", len(c), utf8.ValidString(c))
					}
				}
			}
		}
	}
	if !found {
		t.Errorf("no oversized-line problem: %+v", d.Problems)
	}
}

func TestIsSentence(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Wu Xiaojun", false},
		{"Robert P. Cruz", false},
		{"Carl T. C. Gutierrez Jr.", false},
		{"Francisco Martínez Portusach", false},
		{"He is a politician.", true},
		{"Born 1950; died 2001", true},
		{"Governor of Guam. he served", true},
	} {
		if got := isSentence(tc.in); got != tc.want {
			t.Errorf("isSentence(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// FuzzNeedsSpaceFix: a line needsSpaceFix passes over is one the space
// replacer leaves as it is.
func FuzzNeedsSpaceFix(f *testing.F) {
	for _, s := range []string{"", "a\tb", "习近平", "a\u00a0b", "\u2007", "x\u202fy", "\ufeffTitle", "Li\u200bPeng",
		"\u2003", "\xc2", "\xe2\x80", "\xef\xbb", "Incumbent\u200e", "soft\u00adhyphen", "\u2066x\u2069"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !needsSpaceFix(s) && spaceReplacer.Replace(s) != s {
			t.Errorf("needsSpaceFix(%q) = false, but the replacer makes %q", s, spaceReplacer.Replace(s))
		}
	})
}

func TestHeaderIsData(t *testing.T) {
	for _, tt := range []struct {
		cells []string
		want  bool
	}{
		{[]string{"7", "Gil Ives", "1980", "1985"}, true},
		{[]string{"Ida Kerr (伊达)", "3 May 1990 – present"}, true},
		{[]string{"No.", "Name", "Took office", "Left office"}, false},
		{[]string{"", "", "Term", "Took office", "Left office"}, false},
		{[]string{"Party", "1950", "1955", "1960"}, false}, // election years as labels
		{[]string{"Governors of Testland (1949–present)"}, false},
		{[]string{"Prime Minister", "1950", "1955"}, false},
		{[]string{"1", "Ulanhu", "1947", "1966"}, false}, // one word: maybe a label
		{[]string{"1", "乌兰夫", "1947", "1966"}, true},
		{[]string{"1", "Ann Lee (1950–1955)", "Liberal"}, true}, // the dates beside the name
		{[]string{"No.", "Name (Birth–Death)", "Party"}, false},
		{[]string{"Republic of China (1912–1949)"}, false}, // an era caption over the header
		{[]string{"Provisional Government (1912–1913)", "", ""}, false},
	} {
		if got := headerIsData(tt.cells); got != tt.want {
			t.Errorf("headerIsData(%q) = %v, want %v", tt.cells, got, tt.want)
		}
	}
}

// listItems parses doc and returns the text of every item of its lists,
// after the item's line number when lines is set.
func listItems(t *testing.T, doc string, lines bool) []string {
	t.Helper()
	d, err := Parse("t.txt", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	var items []string
	for _, b := range d.Blocks {
		if b.Kind != ListBlock {
			continue
		}
		for _, it := range b.List.Items {
			if lines {
				items = append(items, fmt.Sprintf("%d %s", it.Line, it.Text))
			} else {
				items = append(items, it.Text)
			}
		}
	}
	return items
}

// TestListBullets: the bullets text renderings write for list items all
// start items of one list.
func TestListBullets(t *testing.T) {
	doc := "= Governor of Testland =\n\n== Governors ==\n\n* Ann Lee (1949–1952)\n- Bob Ray (1952–1955)\n• Cy Dunn (1955–1958)\n" +
		"· Di Fox (1958–1960)\n◦ Ed Gray (1960–1962)\n▪ Flo Hunt (1962–1964)\n– Gil Ives (1964–1966)\n: Hal Jones (1966–1970)\n" +
		"#Ida Kim (1970–1972)\n" // wikitext's numbered item, its space lost
	items := listItems(t, doc, false)
	want := []string{"Ann Lee (1949–1952)", "Bob Ray (1952–1955)", "Cy Dunn (1955–1958)", "Di Fox (1958–1960)",
		"Ed Gray (1960–1962)", "Flo Hunt (1962–1964)", "Gil Ives (1964–1966)", "Hal Jones (1966–1970)", "Ida Kim (1970–1972)"}
	if !slices.Equal(items, want) {
		t.Errorf("list items %q, want %q", items, want)
	}
}

// TestUnbulletedList: lines that each give a holder and a tenure, with no
// bullets, are a list; prose is not, nor are the caption lines above an
// infobox.
func TestUnbulletedList(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // the blocks read: "list 3" is a list of three items
	}{
		{"Zhang San (张三): 1949–1952\nLi Si (李四): 1952–1955\nWang Wu: 1955–present", "list 3"},
		{"1949–1952 Zhang San\n1952–1955 Li Si", "list 2"},
		{"Zhang San (born 1950) is a politician who served 1990–1995.\nHe retired in 2000.", "paragraph"},
		{"Zhang San (张三): 1949–1952", "paragraph"}, // one line: a paragraph
		{"Ito Hiroshi\n伊藤博", "paragraph"},
		{"The office was created in 1949.\nIt was abolished in 1967.", "paragraph"},
		// A table rendered as text: its column labels go, its caption
		// stays as the list's prose, and a heading's edit link on a
		// line of its own is nothing.
		{"Name Period\nChobyo Yara May 15, 1972 June 24, 1976\nKoichi Taira June 25, 1976 – November 23, 1978", "list 2"},
		{"[edit]\nName Took office Left office\nChobyo Yara May 15, 1972 June 24, 1976\nKoichi Taira June 25, 1976 – November 23, 1978", "list 2"},
		{"List of Governors (1879–1945)\n[edit]\nName Period\nChobyo Yara May 15, 1972 June 24, 1976\nKoichi Taira June 25, 1976 – November 23, 1978", "paragraph list 2"},
		{"List of Governors (1879–1945)\nChobyo Yara May 15, 1972 June 24, 1976\nKoichi Taira June 25, 1976 – November 23, 1978", "paragraph list 2"},
		{"No. Name Assumed office Left office\n1 Thomas Delahunty 1933 1940\n2 Allan Johnson 1940 1944", "list 2"},
		{"No. Governor Took office Left office Appointed by\n1 Sanford B. Dole June 14, 1900 November 23, 1903 William McKinley [a]\n2 George R. Carter November 23, 1903[2] August 15, 1907 Theodore Roosevelt", "list 2"},
		{"The governors since 1972 are these.\nChobyo Yara May 15, 1972 June 24, 1976\nKoichi Taira 1976–1978", "paragraph"},
	} {
		d, err := Parse("t.txt", []byte("= Governor of Testland =\n\n"+tc.text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, b := range d.Blocks {
			switch b.Kind {
			case ListBlock:
				got = append(got, fmt.Sprintf("list %d", len(b.List.Items)))
			case ParagraphBlock:
				got = append(got, "paragraph")
			default:
				got = append(got, fmt.Sprint(b.Kind))
			}
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%q read as %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestCleanHeading: the edit links a rendering leaves in a heading are
// not part of it.
func TestCleanHeading(t *testing.T) {
	for in, want := range map[string]string{
		"Chief Ministers of Sikkim[edit]":     "Chief Ministers of Sikkim",
		"Governors[edit source]":              "Governors",
		"Governors[edit][edit]":               "Governors",
		"Mayors [ edit | edit source ]":       "Mayors",
		"List of governorsEdit":               "List of governors",
		"Governors [1949–1955]":               "Governors [1949–1955]",
		"Secretaries [source needed]":         "Secretaries [source needed]",
		"Party secretaries [ edit ]":          "Party secretaries",
		"Governors of Testland (1990–)[edit]": "Governors of Testland (1990–)",
	} {
		if got := cleanHeading(in); got != want {
			t.Errorf("cleanHeading(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKeyValue(t *testing.T) {
	tests := []struct {
		line, key string
		ok        bool
	}{
		{"- Term Start2: 1 May 2001", "Term Start2", true},
		{"- 1blankname3: Party Secretary", "1blankname3", true},
		{"- 2namedata: Zhang Chunxian", "2namedata", true},
		{"- 1949: Ye Jianying", "", false},            // a year
		{"- 1st: Ann Lee (1949–1952)", "", false},     // an ordinal
		{"- 1949s: x", "", false},                     // a word too short to be a parameter
		{"- 1blank name: x", "", false},               // a space
		{"- Cheng Zihua (程子华): 1949–1950", "", false}, // brackets
	}
	for _, tt := range tests {
		key, _, ok := keyValue(tt.line)
		if ok != tt.ok || key != tt.key {
			t.Errorf("keyValue(%q) = %q, %v; want %q, %v", tt.line, key, ok, tt.key, tt.ok)
		}
	}
}

// TestInfoboxLabels: a label that is no plain key ("Lt. Governor",
// "Premier(s)", "Département") does not end an infobox: the offices and
// details after it are read. A holder's line ("Ann Lee (acting):
// 1949–1952") does end it.
func TestInfoboxLabels(t *testing.T) {
	doc := `= Ann Lee =

Ann Lee
- Office: Governor of Testprov
- Term Start: 2010
- Lt. Governor: Bob Ray
- Premier(s): Cy Dunn
- Département: Nord
- Office2: Mayor of Testcity
- Term Start2: 2005
- Ann Lee (acting): 1949–1952
`
	d, err := Parse("a.txt", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, e := range d.Infobox.Entries {
		keys = append(keys, e.Key)
	}
	want := []string{"Office", "Term Start", "Lt. Governor", "Premier(s)", "Département", "Office2", "Term Start2"}
	if !slices.Equal(keys, want) {
		t.Errorf("infobox keys %q, want %q", keys, want)
	}
	ds := buildDocs(t, map[string]string{"a.txt": doc})
	if got := termsOf(ds, "mayor-of-testcity"); len(got) != 1 {
		t.Errorf("terms of the office after the labels: %+v", got)
	}
}

// TestInfoboxAfterABlankLine: fields after a blank line, all of them an
// infobox's, go on with the infobox (a field left empty rendered as
// nothing); a list of holders after it does not.
func TestInfoboxAfterABlankLine(t *testing.T) {
	doc := `= Governor of Testland =

Infobox
- Post: Governor
- Incumbent: Wang Hao

- Formation: 1949
- Inaugural: Zhang San

- Zhang San: 1949–1955
- Li Si: 1955–1962

The governor heads the provincial government.
`
	d, err := Parse("g.txt", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, e := range d.Infobox.Entries {
		keys = append(keys, e.Key)
	}
	if want := []string{"Post", "Incumbent", "Formation", "Inaugural"}; !slices.Equal(keys, want) {
		t.Errorf("infobox keys %q, want %q", keys, want)
	}
	ds := buildDocs(t, map[string]string{"g.txt": doc})
	var names []string
	for _, tm := range ds.Terms {
		names = append(names, tm.NameEN)
	}
	if want := []string{"Zhang San", "Li Si"}; !slices.Equal(names, want) {
		t.Errorf("holders %q, want %q", names, want)
	}
}

// TestHashLines: a line of wikitext's numbered list whose space was lost
// is a list item when it holds a holder's dates; a redirect or a
// hashtag is not.
func TestHashLines(t *testing.T) {
	for line, want := range map[string]bool{
		"#Li Jingquan (李井泉): July 1952-February 1965": true,
		"# Li Jingquan: 1952–1965":                    true,
		"#REDIRECT [[Qinghai Provincial Committee]]":  false,
		"#REDIRECT [[Qinghai 2024]]":                  false,
		"#MeToo":                                      false,
		"#2 Ann Lee 1990–1994":                        false, // a number, read by the holder's line
	} {
		if got := isListItem(line); got != want {
			t.Errorf("isListItem(%q) = %v, want %v", line, got, want)
		}
	}
}

// FuzzNormKey: the ASCII fast path of normKey gives what the general one
// gives.
func FuzzNormKey(f *testing.F) {
	for _, s := range []string{"Term Start1", "office", "Incumbent_since", "Birth-Date", "Término", "A\u00a0B", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normKey(s), normKeyUnicode(s); got != want {
			t.Fatalf("normKey(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestBareTables: a table written without leading pipes, over a
// separator line, is a table, as its mirror's Markdown means; a line with
// pipes in prose is not.
func TestBareTables(t *testing.T) {
	doc, err := Parse("bare.txt", []byte(`= Mayor of Testburg =

Ann Lee | Bob Ray are named below.

No. | Name | Took office | Left office |
---|---|---|---|
1 | Ann Lee | 1950 | 1954 |
| – | Cy Dunn (acting) | 1954 | 1954 |
2 | Bob Ray | 1954 | 1958 |

The end | of the page.
`))
	if err != nil {
		t.Fatal(err)
	}
	var kinds []BlockKind
	for _, b := range doc.Blocks {
		kinds = append(kinds, b.Kind)
	}
	if want := []BlockKind{ParagraphBlock, TableBlock, ParagraphBlock}; !slices.Equal(kinds, want) {
		t.Fatalf("blocks %v, want %v", kinds, want)
	}
	tb := doc.Blocks[1].Table
	if got := strings.Join(tb.Header.Cells, "/"); got != "No./Name/Took office/Left office" {
		t.Errorf("header %q", got)
	}
	if len(tb.Rows) != 3 || tb.Rows[2].Line != 9 || tb.Rows[2].Cells[1] != "Bob Ray" || tb.Rows[1].Cells[1] != "Cy Dunn (acting)" {
		t.Errorf("rows %+v", tb.Rows)
	}
}

// TestBareTableOfEmptyFirstHeaderCell: a table written without leading
// pipes whose header's first cell is empty starts its header with a pipe
// ("| | Term | Took office |"); it is that table's header all the same,
// as wide as the separator under it.
func TestBareTableOfEmptyFirstHeaderCell(t *testing.T) {
	doc, err := Parse("bare.txt", []byte(`= Chairman of Testland =

| | Term | Took office | Left office |
---|---|---|---|---|
1 | Ann Lee | 1 | 1954 | 1959 |
2 | Bob Ray | 2 | 1959 | 1965 |
`))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Blocks) != 1 || doc.Blocks[0].Kind != TableBlock {
		t.Fatalf("blocks %+v, want one table", doc.Blocks)
	}
	tb := doc.Blocks[0].Table
	if got := strings.Join(tb.Header.Cells, "/"); got != "//Term/Took office/Left office" {
		t.Errorf("header %q", got)
	}
	if len(tb.Rows) != 2 || strings.Join(tb.Rows[1].Cells, "/") != "2/Bob Ray/2/1959/1965" {
		t.Errorf("rows %+v", tb.Rows)
	}
}

// TestBrokenBareRows: a mirror that renders tables without leading pipes
// breaks a row where a cell held a picture or a line break; the lines
// that together make a row as wide as the header are that row, on its
// first line, and every other line keeps its number. Lines that do not
// make one row (a short caption row before a full one), or that each end
// a row (a second header row, a caption, a short row), stay as written.
func TestBrokenBareRows(t *testing.T) {
	doc, err := Parse("broken.txt", []byte(`= Party Secretary of Testsu =

No. | Image | Name | Term start | Term end |
---|---|---|---|---|
1 | ![]() |
Zhang Desheng
(1910–2000) |
August 1949 | October 1954 |
Interregnum | 1967 | 1971 | ||
2 | Ye Fei | 1971 | 1974 | |
Short caption |
3 | ![]() | Han Xianchu | 1974 | 1980 |
4 | Liao Zhigao
(1913–2000) |
1980 | 1985 | |
Took office | Left office |
Caption row |
5 | Xiang Nan |
Republic of
China (1949–) | | | | |
6 | Ann Lee | 1990 | 1995 | |
Notes on the table
No. | Name |
---|---|
1 | Bob Ray |

After the table.
`))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Blocks) != 4 || doc.Blocks[0].Kind != TableBlock || doc.Blocks[1].Kind != ParagraphBlock ||
		doc.Blocks[2].Kind != TableBlock || doc.Blocks[3].Kind != ParagraphBlock {
		t.Fatalf("blocks %+v", doc.Blocks)
	}
	var got []string
	for _, r := range doc.Blocks[0].Table.Rows {
		got = append(got, fmt.Sprintf("%d:%s", r.Line, strings.Join(r.Cells, "/")))
	}
	want := []string{
		"5:1/![]()/Zhang Desheng (1910–2000)/August 1949/October 1954",
		"9:Interregnum/1967/1971//",
		"10:2/Ye Fei/1971/1974/",
		"11:Short caption",
		"12:3/![]()/Han Xianchu/1974/1980",
		"13:4/Liao Zhigao (1913–2000)/1980/1985/",
		"16:Took office/Left office",
		"17:Caption row",
		"18:5/Xiang Nan",
		"19:Republic of China (1949–)////",
		"21:6/Ann Lee/1990/1995/",
	}
	if !slices.Equal(got, want) {
		t.Errorf("rows:\n got %q\nwant %q", got, want)
	}
	if doc.Blocks[1].Line != 22 || doc.Blocks[3].Line != 27 {
		t.Errorf("paragraphs on lines %d and %d, want 22 and 27", doc.Blocks[1].Line, doc.Blocks[3].Line)
	}
}

// TestBrokenPipedRows: a mirror that writes tables with leading pipes
// breaks a row where a cell held a line break, its lines after the first
// without a pipe of their own: each is joined into the row above it, the
// header's too, and every line keeps its number.
func TestBrokenPipedRows(t *testing.T) {
	doc, err := Parse("broken.txt", []byte(`= Mayor of Testnan =

| № | Portrait | Name (Birth–Death) |
Term of Office | Political Party | |
|---|---|---|---|---|---|
| 1 | | Ann Lee (?-?) |
26 November 1945 | 26 August 1946 | Kuomintang |
| 2 | | Bob Ray (?-?) | 26 August 1946 | 1 February 1951 | Kuomintang |
After the table, a line | with a pipe.
`))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Blocks) != 2 || doc.Blocks[0].Kind != TableBlock || doc.Blocks[1].Kind != ParagraphBlock {
		t.Fatalf("blocks %+v", doc.Blocks)
	}
	tb := doc.Blocks[0].Table
	if got := strings.Join(tb.Header.Cells, "/"); got != "№/Portrait/Name (Birth–Death)/Term of Office/Political Party/" {
		t.Errorf("header %q", got)
	}
	var got []string
	for _, r := range tb.Rows {
		got = append(got, fmt.Sprintf("%d:%s", r.Line, strings.Join(r.Cells, "/")))
	}
	want := []string{
		"6:1//Ann Lee (?-?)/26 November 1945/26 August 1946/Kuomintang",
		"8:2//Bob Ray (?-?)/26 August 1946/1 February 1951/Kuomintang",
	}
	if !slices.Equal(got, want) {
		t.Errorf("rows:\n got %q\nwant %q", got, want)
	}
	if doc.Blocks[1].Line != 9 {
		t.Errorf("paragraph on line %d, want 9", doc.Blocks[1].Line)
	}
}

// TestBrokenRowsEndingInPipes: a mirror that ends every line of a broken
// row with its cell's pipe ("1 | Ann Lee (1812–1872) |", "15 July 1867
// |", "20 December 1871 |") breaks the header too, above a separator as
// wide as both of its lines: the header is one row, and so are the lines
// that make a row as wide with the holder's dates after the holder's
// line. Short undated lines ("Took office |", "Caption |") stay rows.
func TestBrokenRowsEndingInPipes(t *testing.T) {
	doc, err := Parse("broken.txt", []byte(`= List of premiers of Testario =

No. | Portrait | Name (Birth–Death) |
Term of office | Political party | |
---|---|---|---|---|---|
1 | Ann Lee (1812–1872) MLA for Testwall |
15 July 1867 |
20 December 1871 |
Liberal-Conservative Party | |
Ann Lee led a coalition | |||||
Took office | Left office |
Caption | |||
2 | Bob Ray | 1871 | 1872 | Liberal | |
`))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Blocks) != 1 || doc.Blocks[0].Kind != TableBlock {
		t.Fatalf("blocks %+v", doc.Blocks)
	}
	tb := doc.Blocks[0].Table
	got := []string{fmt.Sprintf("%d:%s", tb.Header.Line, strings.Join(tb.Header.Cells, "/"))}
	for _, r := range tb.Rows {
		got = append(got, fmt.Sprintf("%d:%s", r.Line, strings.Join(r.Cells, "/")))
	}
	want := []string{
		"3:No./Portrait/Name (Birth–Death)/Term of office/Political party/",
		"6:1/Ann Lee (1812–1872) MLA for Testwall/15 July 1867/20 December 1871/Liberal-Conservative Party/",
		"10:Ann Lee led a coalition/////",
		"11:Took office/Left office",
		"12:Caption///",
		"13:2/Bob Ray/1871/1872/Liberal/",
	}
	if !slices.Equal(got, want) {
		t.Errorf("rows:\n got %q\nwant %q", got, want)
	}
}

// TestRomanItems: lines numbered with rising Roman numbers are a numbered
// list; a line alone, or numbers that do not rise, are left as written
// ("I. Ivanov" is an initial too).
func TestRomanItems(t *testing.T) {
	for _, tc := range []struct{ in, want []string }{
		{[]string{"I. Paolo Anafesto (697–717)", "II. Marcello Tegalliano (717–726)", "", "XIV. Giovanni Partecipazio (829–836)"},
			[]string{"1. Paolo Anafesto (697–717)", "2. Marcello Tegalliano (717–726)", "", "14. Giovanni Partecipazio (829–836)"}},
		{[]string{"I. Ivanov was governor.", "He was followed by others."}, nil},
		{[]string{"V. Putin", "I. Ivanov"}, nil},
		{[]string{"II. Bob", "I. Ann"}, nil},
		{[]string{"I. ann lee", "II. bob ray"}, nil},
		{[]string{"IIII. Ann Lee", "V. Bob Ray"}, nil},
	} {
		lines := slices.Clone(tc.in)
		numberRomanItems(lines)
		want := tc.want
		if want == nil {
			want = tc.in
		}
		if !slices.Equal(lines, want) {
			t.Errorf("numberRomanItems(%q) = %q, want %q", tc.in, lines, want)
		}
	}
}

// TestItemBrokenBeforeItsTenure: an item whose tenure a rendering put on
// the line below it ("- Wu Zhipu", "1949–1962") is one item; a line below
// an item that has its tenure already, or that is prose, is not joined.
func TestItemBrokenBeforeItsTenure(t *testing.T) {
	doc := "= Governor of Testland =\n\n== Governors ==\n- Wu Zhipu\n1949–1962\n- Dai Suli (acting): 1981–1982\n- He Zhukang\nMay 1983 – June 1987\n" +
		"- Li Peng: 1987–1990\n1990–1993\n\n== Note ==\n- Ann Lee\nwas governor twice.\n"
	items := listItems(t, doc, true)
	want := []string{"4 Wu Zhipu: 1949–1962", "6 Dai Suli (acting): 1981–1982", "7 He Zhukang: May 1983 – June 1987", "9 Li Peng: 1987–1990", "13 Ann Lee"}
	if !slices.Equal(items, want) {
		t.Errorf("list items %q, want %q", items, want)
	}
	// A tenure set off as a paragraph of its own, between blank lines, is
	// the item's; a tenure paragraph followed by prose, or under an item
	// that has its dates, is not.
	doc = "= Governor of Testland =\n\n== Governors ==\n1. Tan Qilong: 1952–1954\n2. Jiang Hua\n\nAugust 1954 – January 1967\n\n" +
		"1. Nan Ping: 1968–1973\n2. Tie Ying\n\n1977–1983\nwas governor.\n\n== Later ==\n- Xue Ju: 1987–1988\n\n1990–1993\n"
	items = listItems(t, doc, true)
	want = []string{"4 Tan Qilong: 1952–1954", "5 Jiang Hua: August 1954 – January 1967", "9 Nan Ping: 1968–1973", "10 Tie Ying", "16 Xue Ju: 1987–1988"}
	if !slices.Equal(items, want) {
		t.Errorf("list items %q, want %q", items, want)
	}
}

// TestRareSpacesAndDashes: the rarer Unicode spaces, hyphens and dashes a
// copy may hold read as the common ones, in dates, ranges and names.
func TestRareSpacesAndDashes(t *testing.T) {
	doc := "= Politics of Testland =\n\n== List of governors ==\n" +
		"1. Ann Lee (李安): 1990\u20121995\n" +
		"2. Bob Ray (雷波): 1995\u20111999\n" +
		"3. Cy Dunn (邓赛): 1999 \ufe58 2003\n" +
		"4. Jean\u2011Pierre Eck: 2003\u2010present\n" +
		"\n== List of mayors ==\n\n| Name | Took office | Left office |\n" +
		"| Ed Fox | 27\u2003November\u20092020 | 3\u2002May\u205f2021 |\n"
	ds := buildDocs(t, map[string]string{"t.txt": doc})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, termLine(tm))
	}
	want := []string{"Ann Lee|李安|1990|1995", "Bob Ray|雷波|1995|1999", "Cy Dunn|邓赛|1999|2003", "Jean-Pierre Eck||2003| open",
		"Ed Fox||2020-11-27|2021-05-03"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	if len(ds.Findings) > 0 {
		for _, f := range ds.Findings {
			if f.Severity != SeverityInfo {
				t.Errorf("finding %+v", f)
			}
		}
	}
}

// TestBrokenRowsCutShort: a copy cut short in a mirror's broken row keeps
// no holder whose dates it cut, and reads one whose dates it gave whole.
func TestBrokenRowsCutShort(t *testing.T) {
	const table = `= List of mayors of Testico City =

No. | Portrait | Name (Birth–Death) |
Term of office | Political Party | ||
---|---|---|---|---|---|---|
1 | Ann Lee (born 1934) |
5 December 1997 | 28 September 1999 | Party of the Test Revolution | ||
2 | Bob Ray (born 1956) |
`
	for _, tc := range []struct{ end, want string }{
		{"29 September 1999 | 4 Decem", ""}, // cut in the end date
		{"29 Sept", ""},                     // cut in the start date
		{"2", ""},                           // cut before the dates
		{"29 September 1999 | 4 December 2000 |", "Bob Ray 1999-09-29–2000-12-04"}, // the dates whole
	} {
		ds := buildDocs(t, map[string]string{"t.txt": table + tc.end})
		var got []string
		for _, tm := range ds.Terms {
			got = append(got, fmt.Sprintf("%s %s–%s", tm.NameEN, tm.Start, tm.End))
		}
		want := []string{"Ann Lee 1997-12-05–1999-09-28"}
		if tc.want != "" {
			want = append(want, tc.want)
		}
		if !slices.Equal(got, want) {
			t.Errorf("cut at %q: terms %q, want %q", tc.end, got, want)
		}
	}
}
