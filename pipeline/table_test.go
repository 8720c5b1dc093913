package pipeline

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// row is a term as a test states it: "Name|native|start|end" with
// " acting" or " open" flags after the end.
func termLine(t Term) string {
	s := fmt.Sprintf("%s|%s|%s|%s", t.NameEN, t.NameNative, t.Start, t.End)
	if t.Acting {
		s += " acting"
	}
	if t.Incumbent {
		s += " open"
	}
	return s
}

// officeTermLines returns "office-id " and the termLine of every term of
// ds, in the dataset's order.
func officeTermLines(ds *Dataset) []string {
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, tm.OfficeID+" "+termLine(tm))
	}
	return got
}

// currentHolderLines returns "office-id person-id" for every current
// holder of ds.
func currentHolderLines(ds *Dataset) []string {
	var out []string
	for _, h := range ds.CurrentHolders {
		out = append(out, h.OfficeID+" "+h.PersonID)
	}
	return out
}

func TestTableShapes(t *testing.T) {
	tests := []struct {
		name    string
		doc     string
		office  string
		want    []string
		notes   []string // the terms' notes, where the case checks them
		skipped []int    // lines reported as skipped rows
		// consistent is set where rows are as wide as each other: none
		// may be reported as ragged or realigned.
		consistent bool
		noSkips    bool // no row may be reported as skipped
	}{
		{
			name: "two tenures in one cell, written on two lines of the page",
			doc: `= List of premiers of Testland =

| # | Name | Term | Party |
| 1 | Mary Bell | 1871–1874 1878–1882 | Liberal |
| 2 | Karl Cole | 1874–1878 | Conservative |
| 3 | Lena Dahl | 2 May 1882 – 3 June 1886 5 July 1890 – present | Liberal |
`,
			office:     "premier-of-testland",
			want:       []string{"Mary Bell||1871|1874", "Mary Bell||1878|1882", "Karl Cole||1874|1878", "Lena Dahl||1882-05-02|1886-06-03", "Lena Dahl||1890-07-05| open"},
			consistent: true,
		},
		{
			name: "several tenures in one cell, each labelled with its term's number",
			doc: `= Mayor of Testtown =

| No. | Name | Term |
| 1 | Ann Lee | 1st term: 1995–1998; 2nd term: 1998–2002 |
| 2 | Bob Ray | Term 3: 2002–2006 |
`,
			office:     "mayor-of-testtown",
			want:       []string{"Ann Lee||1995|1998", "Ann Lee||1998|2002", "Bob Ray||2002|2006"},
			notes:      []string{"1st term", "2nd term", "Term 3"},
			consistent: true,
		},
		{
			name: "rows of acting holders without a term number or portrait cell, the native name under its language's label",
			doc: `= Governor of Testjeolla Province =

The Governor of Testjeolla Province is elected.

| Term | Portrait | Name | Took office | Left office | Political party | Elected |
| 6th | | Lee Nak-yon Korean: 이낙연<br>李洛淵 | 1 July 2014 | 12 May 2017 | NPAD → Democratic | 2014 |
| | Kim Gap-seop Korean: 김갑섭<br>金甲燮 | 13 May 2017 | 11 September 2017 | Independent | — |
| | Korean: 송광운<br>宋光運 | 12 September 2017 | 30 June 2018 | Independent | — |
| 7th | | Kim Yung-rok Korean: 김영록<br>金瑛錄 | 1 July 2018 | Incumbent | Democratic | 2018 |
`,
			office: "governor-of-testjeolla",
			want: []string{"Lee Nak-yon|이낙연 李洛淵|2014-07-01|2017-05-12", "Kim Gap-seop|김갑섭 金甲燮|2017-05-13|2017-09-11",
				"|송광운 宋光運|2017-09-12|2018-06-30", "Kim Yung-rok|김영록 金瑛錄|2018-07-01| open"},
			consistent: true,
		},
		{
			name: "rows that lost the empty portrait cell before the name keep their party and term number in place",
			doc: `= List of county magistrates of Testlien =

| № | Portrait | Name (Birth–Death) | Term of Office | | Political Party | Term |
|---|---|---|---|---|---|---|
| 1 | Yang Chung-ching 楊仲鯨 (1898–1967) | 15 November 1950 | 2 June 1954 | China Democratic Socialist Party | 1 | |
| 2 | Lin Mao-sheng 林茂盛 | 2 June 1954 | 2 June 1957 | Kuomintang | 2 | |
| 3 | Portrait.jpg | Hu Tzu-ping 胡子萍 | 2 June 1957 | 2 June 1960 | Kuomintang | 3 |
`,
			office:     "magistrate-of-testlien",
			want:       []string{"Yang Chung-ching|楊仲鯨|1950-11-15|1954-06-02", "Lin Mao-sheng|林茂盛|1954-06-02|1957-06-02", "Hu Tzu-ping|胡子萍|1957-06-02|1960-06-02"},
			notes:      []string{"1898–1967; Political Party: China Democratic Socialist Party", "Political Party: Kuomintang", "Political Party: Kuomintang"},
			consistent: true,
		},
		{
			name: "two tenures in one cell written with to, on two lines of the page",
			doc: `= Chief Minister of Testland =

| No. | Name | Period | Party |
| 1. | Ann Lee | 11 February 1946 to 25 January 1950 26 January 1950 to 6 August 1950 | INC |
| 2. | Bob Ray | 9 August 1950 to 27 December 1957 | INC |
`,
			office:     "chief-minister-of-testland",
			want:       []string{"Ann Lee||1946-02-11|1950-01-25", "Ann Lee||1950-01-26|1950-08-06", "Bob Ray||1950-08-09|1957-12-27"},
			consistent: true,
		},
		{
			name: "a row of dates under a holder that says President's rule is a gap, not a further term",
			doc: `= Chief Minister of Testland =

| No. | Name | Took office | Left office | Party |
| 1 | Ann Lee | 20 December 1963 | 2 December 1966 | Congress |
| 3 December 1966 | 5 April 1967 | President's rule |
| 5 April 1967 | 12 August 1973 | Congress |
| 2 | Bob Ray | 12 August 1973 | 27 April 1979 | Congress |
`,
			office: "chief-minister-of-testland",
			want:   []string{"Ann Lee||1963-12-20|1966-12-02", "Ann Lee||1967-04-05|1973-08-12", "Bob Ray||1973-08-12|1979-04-27"},
		},
		{
			name: "dates after words: how the term ended, or a preposition",
			doc: `= List of mayors of Testland =

| No. | Mayor | Took office | Left office |
| 1 | Ann Lee | 1950 | died 4 March 1960 |
| 2 | Bob Ray | 1960 | Assassinated 22 November 1963 |
| 3 | Cy Dunn | 1963 | until 1970 |
| 4 | Di Fox | from 1970 | to 1975 |
| 5 | Ed Gray | 1975 | d. 1980 |
| 6 | Flo Hunt | 1980 | Present |
`,
			office:     "mayor-of-testland",
			want:       []string{"Ann Lee||1950|1960-03-04", "Bob Ray||1960|1963-11-22", "Cy Dunn||1963|1970", "Di Fox||1970|1975", "Ed Gray||1975|1980", "Flo Hunt||1980| open"},
			notes:      []string{"died", "Assassinated", "", "", "died", ""},
			consistent: true,
		},
		{
			name: "a holders' column headed with its life dates; an acting mark after the native name",
			doc: `= Chief Executive of Testport =

| No. | Portrait | Chief Executive (Birth–Death) | Took office | Left office | Party |
| 1 | | Tung Chee-hwa 董建華 (born 1937) | 1 July 1997 | 12 March 2005 | Independent |
| – | | Donald Tsang 曾蔭權 (born 1944) Acting | 12 March 2005 | 25 May 2005 | Independent |
| 2 | | Donald Tsang 曾蔭權 (born 1944) | 21 June 2005 | 30 June 2012 | Independent |
`,
			office:     "chief-executive-of-testport",
			want:       []string{"Tung Chee-hwa|董建華|1997-07-01|2005-03-12", "Donald Tsang|曾蔭權|2005-03-12|2005-05-25 acting", "Donald Tsang|曾蔭權|2005-06-21|2012-06-30"},
			consistent: true,
		},
		{
			name: "a portrait column empty in every row beside a term of office over two date cells",
			doc: `= Mayor of Testport =

| No. | Portrait | Name | Term of office | Political party |
| 10 | | Kai Lo 高玉 | 1 July 1967 | 10 June 1972 | Independent |
| 11 | | Chang Feng 張豐 | 10 June 1972 | 18 June 1976 | Kuomintang |
| 12 | | Lin Yang 林洋 | 18 June 1976 | Incumbent | Kuomintang |
`,
			office:     "mayor-of-testport",
			want:       []string{"Kai Lo|高玉|1967-07-01|1972-06-10", "Chang Feng|張豐|1972-06-10|1976-06-18", "Lin Yang|林洋|1976-06-18| open"},
			notes:      []string{"Political party: Independent", "Political party: Kuomintang", "Political party: Kuomintang"},
			consistent: true,
		},
		{
			name: "rows of wiki table markup, with its row separators and closing line",
			doc: `= Governor of Testland =

{| class="wikitable"
! No. !! Name !! Took office !! Left office
|-
| 1 || Zhou Chi (周持) || 1949 || 1952
|-
| 2 || Li Wen (栗文) || 1952 || 1954
|}
`,
			office:  "governor-of-testland",
			want:    []string{"Zhou Chi|周持|1949|1952", "Li Wen|栗文|1952|1954"},
			noSkips: true,
		},
		{
			name: "names in Chinese, with their pinyin in a column of its own",
			doc: `= List of mayors of Testland =

| No. | Name | Pinyin | Took office | Left office |
| 1 | 张三 | Zhang San | 1949 | 1954 |
| 2 | 李四 | Li Si | 1954 | 1960 |
`,
			office:     "mayor-of-testland",
			want:       []string{"Zhang San|张三|1949|1954", "Li Si|李四|1954|1960"},
			notes:      []string{"", ""},
			consistent: true,
		},
		{
			name: "a table rendered without its header row",
			doc: `= List of mayors of Testland =

| 7 | Gil Ives | 1980 | 1985 |
| 8 | Hal Jones | 1985 | 1990 |
| 9 | Ida Kerr (伊达) | 3 May 1990 | present |
`,
			office:     "mayor-of-testland",
			want:       []string{"Gil Ives||1980|1985", "Hal Jones||1985|1990", "Ida Kerr|伊达|1990-05-03| open"},
			consistent: true,
		},
		{
			name: "footnote markers on the number of a holder whose terms follow on rows of their own",
			doc: `= List of premiers of Testland =

| No. | Name | Took office | Left office |
| 1[4] | Zhou Enlai 周恩来 |
| 1 October 1949 | 15 September 1954[5] |
| 15 September 1954[6] | 18 April 1959 |
| 2[7] | Hua Guofeng 华国锋 | 2 February 1976 | 10 September 1980 |
`,
			office: "premier-of-testland",
			want:   []string{"Zhou Enlai|周恩来|1949-10-01|1954-09-15", "Zhou Enlai|周恩来|1954-09-15|1959-04-18", "Hua Guofeng|华国锋|1976-02-02|1980-09-10"},
		},
		{
			name: "a second header row whose labels carry footnote markers",
			doc: `= Governor of Testland =

| Portrait | Name (Birth–Death) Constituency |
| Term of office[42] | NPC | Cabinet | President | | | |
| 1 | Zhou Enlai 周恩来 (1898–1976) Beijing At-large |
| 1 October 1949 | 15 September 1954 | 26 years, 99 days | CP | Zhou I | Mao Zedong | |
| 15 September 1954 | 18 April 1959 | I | Zhou II | Mao Zedong | | | | |
`,
			office: "governor-of-testland",
			want:   []string{"Zhou Enlai|周恩来|1949-10-01|1954-09-15", "Zhou Enlai|周恩来|1954-09-15|1959-04-18"},
		},
		{
			name: "a header with one picture column too many over every row",
			doc: `= Governor of Testland =

| Image | Portrait | Name | Took office | Left office | Ref. |
| File:a.jpg | Ann Lee | 4 August 1949 | 24 August 1949 | [2] |
| File:b.jpg | Bob Ray | August 1949 | April 1950 | [3] |
`,
			office: "governor-of-testland",
			want:   []string{"Ann Lee||1949-08-04|1949-08-24", "Bob Ray||1949-08|1950-04"},
		},
		{
			name: "an era caption over the header",
			doc: `= Governor of Testland =

| Republic of China (1912–1949) |
| Name | Took office | Left office |
| Ann Lee | 1912 | 1915 |
| Bob Ray | 1915 | 1920 |
`,
			office:     "governor-of-testland",
			want:       []string{"Ann Lee||1912|1915", "Bob Ray||1915|1920"},
			consistent: true,
		},
		{
			name: "a mirror's notice and the post's caption over the labels",
			doc: `= Governor of Testland =

| This section needs additional citations for verification. (January 2025) |
| Chairperson of the Testland Provincial Government | | | | |
| № | Name (Birth–Death) | Term of Office | Political Party | |
| 1 | Ann Lee (1882–1934) | 1 May 1927 | 7 December 1932 | Kuomintang |
| — | Bob Ray (1878–1930) | 5 February 1929 | 6 January 1930 | Kuomintang |
`,
			office: "governor-of-testland",
			want:   []string{"Ann Lee||1927-05-01|1932-12-07", "Bob Ray||1929-02-05|1930-01-06"},
		},
		{
			name: "a date where the name belongs: someone's term, no one's name",
			doc: `= Governor of Testland =

| No. | Image | Name | Term start | Term end | Ref. |
| 16 | | Ann Lee (born 1963) | 3 January 2023 | 2 March 2026 | [17] |
| 17 | | 2 March 2026 | 2 March 2026 | Incumbent | [17] |
`,
			office: "governor-of-testland",
			want:   []string{"Ann Lee||2023-01-03|2026-03-02"},
		},
		{
			name: "a dash for the end of the first term of a table written newest first",
			doc: `= Governor of Testland =

| No. | Name | Took office | Left office |
| 3 | Cy Dunn | April 2019 | - |
| 2 | Bob Ray | April 2003 | April 2019 |
| 1 | Ann Lee | April 1995 | April 2003 |
`,
			office: "governor-of-testland",
			want:   []string{"Ann Lee||1995-04|2003-04", "Bob Ray||2003-04|2019-04", "Cy Dunn||2019-04| open"},
		},
		{
			name: "an era caption above rows without labels",
			doc: `= Governor of Testland =

| Republic of China (1912–1949) |
| 1 | Ann Lee | 1912 | 1915 |
| 2 | Bob Ray | 1915 | 1920 |
`,
			office: "governor-of-testland",
			want:   []string{"Ann Lee||1912|1915", "Bob Ray||1915|1920"},
		},
		{
			name: "a title naming the holders above the labels",
			doc: `= Governor of Testland =

| Governors of Testland |
| Name | Term |
| Ann Lee | 1912–1915 |
| Bob Ray | 1915–1920 |
`,
			office:     "governor-of-testland",
			want:       []string{"Ann Lee||1912|1915", "Bob Ray||1915|1920"},
			consistent: true,
		},
		{
			name: "an era caption spanning the header's width",
			doc: `= Mayor of Testland =

| Provisional Government (1912–1913) | | |
| No. | Name | Took office | Left office |
| 1 | Ann Lee | 1912 | 1915 |
| 2 | Bob Ray | 1915 | 1920 |
`,
			office:     "mayor-of-testland",
			want:       []string{"Ann Lee||1912|1915", "Bob Ray||1915|1920"},
			consistent: true,
		},
		{
			name: "a table without its header row whose names carry their dates",
			doc: `= List of mayors of Testland =

| 1 | Ann Lee (1950–1955) | Liberal |
| 2 | Bob Ray (1955–1961) | Labour |
`,
			office:     "mayor-of-testland",
			want:       []string{"Ann Lee||1950|1955", "Bob Ray||1955|1961"},
			consistent: true,
		},
		{
			name: "HTML left over from rendering: character references, line breaks, footnotes",
			doc: `= List of mayors of Testland =

| No. | Mayor | Term | Party |
| 1 | Ann&nbsp;Lee<ref name="a"/> | 1856&ndash;1860 | Whig |
| 2 | Bob Ray<br/><small>(acting)</small> | 1860 &#8211; 1864<ref>Gazette, p. 3</ref> | Whig |
| 3 | Cy O&#39;Dunn | 1864&#x2013;1870 | Tory &amp; Whig |
`,
			office:     "mayor-of-testland",
			want:       []string{"Ann Lee||1856|1860", "Bob Ray||1860|1864 acting", "Cy O'Dunn||1864|1870"},
			notes:      []string{"Party: Whig", "Party: Whig", "Party: Tory & Whig"},
			consistent: true,
		},
		{
			name: "sort keys rendered before dates; an end that says how, not when",
			doc: `= List of mayors of Testland =

| No. | Mayor | Took office | Left office | Notes |
| 1 | Ann Lee | 0000000001976-06-02-0000 2 June 1976 | 0000000001990-05-01-0000 1 May 1990 | |
| 2 | Bob Ray | 1990-05-01 1 May 1990 | Died in office | |
| 3 | Cy Dunn | June 2, 1994 (1994-06-02) | 1998 (resigned) | |
| 4 | Geary, John W.John W. Geary | 01850-05-01May 1, 1850 | 01851-05-04May 4, 1851 | |
`,
			office:     "mayor-of-testland",
			want:       []string{"Ann Lee||1976-06-02|1990-05-01", "Bob Ray||1990-05-01|", "Cy Dunn||1994-06-02|1998", "John W. Geary||1850-05-01|1851-05-04"},
			notes:      []string{"", "Died in office", "resigned", ""},
			consistent: true,
		},
		{
			name: "tenures in the holders' cells of a table with no date column",
			doc: `= List of governors of Testland =

| No. | Governor | Party |
| 1 | Ann Lee (1949–1952) | Liberal |
| 2 | Bob Ray (1952–1957, acting) | Labour |
| 3 | Cy Dunn (1957–present) | Labour |
`,
			office:     "governor-of-testland",
			want:       []string{"Ann Lee||1949|1952", "Bob Ray||1952|1957 acting", "Cy Dunn||1957| open"},
			notes:      []string{"Party: Liberal", "Party: Labour", "Party: Labour"},
			consistent: true,
		},
		{
			name: "born and died in columns of their own are labelled in the note",
			doc: `= List of chairmen of Testland =

| Name | Born | Died | Took office | Left office |
| Gus Ives | 1900 | 1980 | 1949 | 1952 |
| Hal Jones | 1910 | | 1952 | 1957 |
`,
			office:     "chairman-of-testland",
			want:       []string{"Gus Ives||1949|1952", "Hal Jones||1952|1957"},
			notes:      []string{"Born: 1900; Died: 1980", "Born: 1910"},
			consistent: true,
		},
		{
			name: "a start cell without the year of the end cell beside it",
			doc: `= List of mayors of Testland =

| No. | Mayor | Took office | Left office |
| 1 | Ann Lee | 2 March | 5 June 1990 |
| 2 | Bob Ray | 5 June 1990 | 1 May 1994 |
| 3 | Cy Dunn | 1 May 1994 | 2 June 1998 |
| 4 | Di Eck | December | February 1999 |
`,
			office:     "mayor-of-testland",
			want:       []string{"Ann Lee||1990-03-02|1990-06-05", "Bob Ray||1990-06-05|1994-05-01", "Cy Dunn||1994-05-01|1998-06-02", "Di Eck||1998-12|1999-02"},
			consistent: true,
		},
		{
			name: "a party cell spanned from the row above is left out of the rows under it",
			doc: `= Governor of Testland =

| No. | Name | Took office | Left office | Party |
| 1 | Ann Lee | 16 May 1947 | 5 January 1949 | Liberal |
| 2 | Bob Ray | 5 January 1949 | 21 December 1949 |
| 3 | Cy Dunn | 21 December 1949 | 16 April 1953 |
| 4 | Di Eck | 16 April 1953 | 1 June 1960 | Labour |
`,
			office:     "governor-of-testland",
			want:       []string{"Ann Lee||1947-05-16|1949-01-05", "Bob Ray||1949-01-05|1949-12-21", "Cy Dunn||1949-12-21|1953-04-16", "Di Eck||1953-04-16|1960-06-01"},
			notes:      []string{"Party: Liberal", "", "", "Party: Labour"},
			consistent: true,
		},
		{
			name: "a tenure left open by a dash is open only for the last holder",
			doc: `= Mayor of Testland =

| No. | Name | Term |
| 1 | Ann Lee | 1950 – 1955 |
| 2 | Bob Ray | 1 October 1955 – |
| 3 | Cy Dunn | 1962 – |
`,
			office:     "mayor-of-testland",
			want:       []string{"Ann Lee||1950|1955", "Bob Ray||1955-10-01|", "Cy Dunn||1962| open"},
			consistent: true,
		},
		{
			name: "wikitext's numbered items with their space lost, one with its name lost",
			doc: `= Governor of Testland =

== Governors ==

#Li Jingquan (李井泉): September 1952-January 1955
# : February 1993-February 1996
#Jiang Jufeng : January 2007-incumbent
`,
			office: "governor-of-testland",
			want:   []string{"Li Jingquan|李井泉|1952-09|1955-01", "Jiang Jufeng||2007-01| open"},
		},
		{
			name: "a list written newest first, each tenure left open by a dash",
			doc: `= Governor of Testland =

== Governors ==

- Cy Dunn, 2020–
- Bob Ray, 2015–
- Ann Lee (designate), 2027–
`,
			office: "governor-of-testland",
			want:   []string{"Cy Dunn||2020| open", "Bob Ray||2015|", "Ann Lee||2027|"},
		},
		{
			name: "a spanning label written once per column it spans, detailed by a second header row",
			doc: `= Mayor of Testland =

| No. | Officeholder | Term of office | Term of office |
| Took office | Left office |
| Governor of the Testtian Prefecture |
| 1 | Ding Naiyang | 1 January 1912 | 24 December 1912 |
| 2 | Zhang Guangjian | 24 December 1912 | 19 September 1913 |
`,
			office: "mayor-of-testland",
			want:   []string{"Ding Naiyang||1912-01-01|1912-12-24", "Zhang Guangjian||1912-12-24|1913-09-19"},
		},
		{
			name: "a name written in two columns under one label, told apart by a second header row",
			doc: `= Mayor of Testland =

| No. | Name | Name | Took office | Left office |
| English | Chinese |
| 1 | Ann Lee | 李安 | 1990 | 1995 |
| 2 | Bob Ray | 饶博 | 1995 | 2000 |
`,
			office: "mayor-of-testland",
			want:   []string{"Ann Lee|李安|1990|1995", "Bob Ray|饶博|1995|2000"},
		},
		{
			name: "a mirror's rows: two dates run together in one cell, a second time marked by a bare number",
			doc: `= Mayor of Testland =

| No. | Name | Term of office | |
| Took office | Left office |
| 1 | Sun Fo | 15 February 1921July 1922 |
| 2 | Wu Fei (吳飛) | July 1922 | December 1922 |
| 3 | Jin Zhang (金章) | December 19228 February 1923 |
| 4 | Sun Fo 2 | 26 February 1923 | September 1924 |
`,
			office: "mayor-of-testland",
			want:   []string{"Sun Fo||1921-02-15|1922-07", "Wu Fei|吳飛|1922-07|1922-12", "Jin Zhang|金章|1922-12|1923-02-08", "Sun Fo||1923-02-26|1924-09"},
			notes:  []string{"", "", "", "2"},
		},
		{
			name: "a party's name one column past its label, beside its blank colour cell, the election past that",
			doc: `= Governor of Testland =

| Term | Portrait | Name | Term of office | Political party | Elected | | | |
| Took office | Left office | Time in office | | | | | | |
| 1st | | Ann Lee | 1 July 1995 | 30 June 1998 | | | Independent | 1995 |
| 2nd | | Bob Ray | 1 July 1998 | 27 April 2004 | | | National Congress → Uri | 1998 |
`,
			office: "governor-of-testland",
			want:   []string{"Ann Lee||1995-07-01|1998-06-30", "Bob Ray||1998-07-01|2004-04-27"},
			notes:  []string{"Political party: Independent; Elected: 1995", "Political party: National Congress → Uri; Elected: 1998"},
		},
		{
			name: "a row of its own under a holder's, a sentence about the term: its note; a caption is not",
			doc: `= Governor of Testland =

| No. | Name | Took office | Left office |
| 1 | Ann Lee | 1911 | 1912 |
| Served as provincial military governor (dudu 都督) [1] | | | |
| Appointed governors | | | |
| 2 | Bob Ray | 1912 | 1916 |
| Also served as head of the civil government meanwhile | | | |
`,
			office:  "governor-of-testland",
			want:    []string{"Ann Lee||1911|1912", "Bob Ray||1912|1916"},
			notes:   []string{"Served as provincial military governor (dudu 都督)", "Also served as head of the civil government meanwhile"},
			skipped: []int{6},
		},
		{
			name: "a row that lost its party cell before its dates; a row that lost its holder, its party left in the name's place",
			doc: `= Premier of Testland =

| Premier | Party | Took office | Left office |
| Ann Lee | Labor | 29 December 1890 | 15 February 1901 |
| Bob Ray | 10 August 1904 | 25 August 1905 | |
| Cy Dunn | Nationalist | 17 April 1919 | 17 May 1919 |
| Nationalist | 17 May 1919 | 16 April 1924 | |
| Di Eck | Labor | 16 April 1924 | 24 April 1930 |
`,
			office: "premier-of-testland",
			want:   []string{"Ann Lee||1890-12-29|1901-02-15", "Bob Ray||1904-08-10|1905-08-25", "Cy Dunn||1919-04-17|1919-05-17", "Di Eck||1924-04-16|1930-04-24"},
		},
		{
			name: "a dagger after an end date, where the page's legend says it marks a death in office",
			doc: `= Mayor of Testland =

A dagger (†) indicates mayoralties cut short by death in office.

| # | Mayor | Term start | Term end |
| 37 | Ann Lee | January 8, 1976 | November 27, 1978† |
| 38 | Bob Ray | December 4, 1978 | January 8, 1988 |
`,
			office: "mayor-of-testland",
			want:   []string{"Ann Lee||1976-01-08|1978-11-27", "Bob Ray||1978-12-04|1988-01-08"},
			notes:  []string{"died in office", ""},
		},
		{
			name: "a dagger after an end date on a page with no legend for it: a footnote mark",
			doc: `= Mayor of Testland =

| # | Mayor | Term start | Term end |
| 37 | Ann Lee | January 8, 1976 | November 27, 1978† |
`,
			office: "mayor-of-testland",
			want:   []string{"Ann Lee||1976-01-08|1978-11-27"},
			notes:  []string{""},
		},
		{
			name: "a holder's re-elections on rows of their own, the holder's cells spanning them",
			doc: `= Governor of Testland =

| Term | Portrait | Name | Took office | Left office | Elected |
| 1st | | Ann Lee | 1 July 1995 | 30 June 2002 | 1995 |
| 2nd | 1998 | | | | |
| 3rd | | Bob Ray | 1 July 2002 | 30 June 2006 | 2002 |
`,
			office: "governor-of-testland",
			want:   []string{"Ann Lee||1995-07-01|2002-06-30", "Bob Ray||2002-07-01|2006-06-30"},
			notes:  []string{"Elected: 1995; Elected: 1998 (2nd)", "Elected: 2002"},
		},
		{
			name: "a note row that says the holder above acted",
			doc: `= Governor of Testland =

| No. | Name | Took office | Left office |
| 1 | Ann Lee | 1927 | 1932 |
| — | Bob Ray | 1929 | 1930 |
| As acting; head of Provincial Civil Affairs Department. | | | |
`,
			office: "governor-of-testland",
			want:   []string{"Ann Lee||1927|1932", "Bob Ray||1929|1930 acting"},
			notes:  []string{"", "As acting; head of Provincial Civil Affairs Department."},
		},
		{
			name: "a dash in a column of its own says nothing",
			doc: `= Governor of Testland =

| No. | Name | Took office | Left office | Party | Election |
| 7 | Ann Lee | 2014 | 2018 | Independent | 2014 |
| – | Bob Ray (acting) | 2018 | 2018 | — | — |
`,
			office:     "governor-of-testland",
			want:       []string{"Ann Lee||2014|2018", "Bob Ray||2018|2018 acting"},
			notes:      []string{"Party: Independent; Election: 2014", ""},
			consistent: true,
		},
		{
			name: "a note that the holder acted for part of the term only",
			doc: `= Mayor of Testland =

| No. | Name | Took office | Left office | Notes |
| 1 | Ann Lee | 1990 | 1994 | Acting |
| 2 | Bob Ray | 1994 | 1998 | Acting 1994–1995 |
| 3 | Cy Dunn | 1998 | 1999 | Acting; 1st term |
| 4 | Di Eck | 1999 | 2000 | Acting, until 1999 |
`,
			office:     "mayor-of-testland",
			want:       []string{"Ann Lee||1990|1994 acting", "Bob Ray||1994|1998", "Cy Dunn||1998|1999 acting", "Di Eck||1999|2000"},
			notes:      []string{"", "Acting 1994–1995", "Acting; 1st term", "Acting, until 1999"},
			consistent: true,
		},
		{
			name: "a table that starts again under wider labels, an Office column of tenures, a caption phrase",
			doc: `= Mayor of Testland =

| Japanese rule era[1] |
| # | Name | Office |
| 1 | Tasuke Iwamoto (岩本 多助) | 1924–1927 |
| 2 | Genjurō Saitō | 1927–1929 |
| Provincial city era |
| # | Name | Office | Political party | Term |
| 3 | Lien Mou (連謀) | 1945–1946 | Kuomintang | - |
| 4 | Hsieh Cheng-chiang | 1951–1957 | Kuomintang | 1 |
| 2 |
| # | Name | Office | Political party | Term |
| 5 | Wu Den-yih | 25 December 1994 – 25 December 1998 | Kuomintang | 1 |
`,
			office: "mayor-of-testland",
			want: []string{"Tasuke Iwamoto|岩本 多助|1924|1927", "Genjurō Saitō||1927|1929", "Lien Mou|連謀|1945|1946",
				"Hsieh Cheng-chiang||1951|1957", "Wu Den-yih||1994-12-25|1998-12-25"},
			notes:      []string{"", "", "Political party: Kuomintang", "Political party: Kuomintang", "Political party: Kuomintang"},
			consistent: true,
		},
		{
			name: "co-holders on one row are a term each",
			doc: `= Captain Regent of Testland =

| Term | Captains Regent |
| 1 April 1990 – 1 October 1990 | Ann Lee / Bob Ray |
| 1 October 1990 – 1 April 1991 | Cy Dunn and Di Eck |
`,
			office:     "captain-regent-of-testland",
			want:       []string{"Ann Lee||1990-04-01|1990-10-01", "Bob Ray||1990-04-01|1990-10-01", "Cy Dunn||1990-10-01|1991-04-01", "Di Eck||1990-10-01|1991-04-01"},
			consistent: true,
		},
		{
			name: "two columns of holders under one label; a third of other people",
			doc: `= Captain Regent of Testland =

| Term | Captain Regent | Captain Regent | Prefect |
| 1 April 1990 – 1 October 1990 | Ann Lee | Bob Ray | Jean Dupont |
| 1 October 1990 – 1 April 1991 | Cy Dunn | Di Eck | Jean Dupont |
`,
			office:     "captain-regent-of-testland",
			want:       []string{"Ann Lee||1990-04-01|1990-10-01", "Bob Ray||1990-04-01|1990-10-01", "Cy Dunn||1990-10-01|1991-04-01", "Di Eck||1990-10-01|1991-04-01"},
			notes:      []string{"Prefect: Jean Dupont", "Prefect: Jean Dupont", "Prefect: Jean Dupont", "Prefect: Jean Dupont"},
			consistent: true,
		},
		{
			name: "a holders' column headed by a word with another inside it",
			doc: `= Prefect of Testland =

| Prefect | Term |
| Jean Dupont | 1990 – 1994 |
| Paul Martin | 1994 – to date |
`,
			office:     "prefect-of-testland",
			want:       []string{"Jean Dupont||1990|1994", "Paul Martin||1994| open"},
			consistent: true,
		},
		{
			name: "second header row, caption and era rows",
			doc: `= Governor of Testland =

| No. | Officeholder | Term of office | Party |
| Took office | Left office |
| Governors of the Testland Provincial Government |
| 1 | Li Si | October 1949 | October 1951 | Party A |
| 2 | Wang Wu | October 1951 | August 1954 |
| Merged into Otherland from 1954 to 1958 |
| Testland Province (1958–present) | | | |
| 3 | Zhao Liu | 1958 | 1962 | Party A |
`,
			office:  "governor-of-testland",
			want:    []string{"Li Si||1949-10|1951-10", "Wang Wu||1951-10|1954-08", "Zhao Liu||1958|1962"},
			skipped: []int{5, 8, 9},
		},
		{
			name: "a spanning header written once per column, detailed in place",
			doc: `= List of mayors of Testville =

| No. | Portrait | Name | Term of office | Term of office | Party |
|---|---|---|---|---|---|
| | | | Took office | Left office | |
| 1 | | Jan Kowal (1850–1920) | 1 January 1900 | 31 December 1904 | Liberal |
| 2 | | Ana Lopez | 1 January 1905 | 1911 | Labour |
| 3 | | Hans Weber | 1911 | −present | Labour |
`,
			office: "mayor-of-testville",
			want:   []string{"Jan Kowal||1900-01-01|1904-12-31", "Ana Lopez||1905-01-01|1911", "Hans Weber||1911| open"},
		},
		{
			name: "a holder column headed by a role the header words do not know, and Incumbent as a note",
			doc: `= Speaker of the Assembly of Testland =

| No. | Speaker | Assumed office | Left office | Constituency | Notes |
|---|---|---|---|---|---|
| 1 | Kofi Mensah | 1 July 1960 | 30 June 1965 | Accra Central | |
| – | Vacant | 30 June 1965 | 1 July 1965 | | |
| 2 | Ama Owusu | 1 July 1965 | | Kumasi | Incumbent |
`,
			office: "speaker-of-the-assembly-of-testland",
			want:   []string{"Kofi Mensah||1960-07-01|1965-06-30", "Ama Owusu||1965-07-01| open"},
		},
		{
			name: "a spanning header followed by a blank cell, detailed by a shorter second row",
			doc: `= List of chancellors of Testmark =

| No. | Portrait | Name (Born–Died) | Term of office | | Party | Cabinet |
| Took office | Left office | Days |
| 1 | | Konrad Adler (1876–1967) | 15 September 1949 | 16 October 1963 | 5144 | CDU | Adler I, II |
| – | | Walter Scheel (1919–2016) Acting | 7 May 1974 | 16 May 1974 | 9 | FDP | Brandt II |
`,
			office: "chancellor-of-testmark",
			want:   []string{"Konrad Adler||1949-09-15|1963-10-16", "Walter Scheel||1974-05-07|1974-05-16 acting"},
			notes:  []string{"1876–1967; Days: 5144; Party: CDU; Cabinet: Adler I, II", "1919–2016; Days: 9; Party: FDP; Cabinet: Brandt II"},
		},
		{
			name: "end years of two digits",
			doc: `= Governor of Testland =

| Name | Term |
|---|---|
| Ahmad Bakri | 1990–94 |
| Siti Aminah | 1994–2001 |
| Lim Boon | 2001–09 |
| Li Si | 1998–03 |
`,
			office: "governor-of-testland",
			want:   []string{"Ahmad Bakri||1990|1994", "Siti Aminah||1994|2001", "Lim Boon||2001|2009", "Li Si||1998|2003"},
		},
		{
			name: "two dates in one date cell",
			doc: `= Governor of Testland =

| No. | Name | Took office | Left office | Party |
| 1 | Ann Hill | 1949–1954 | | Liberal |
| 2 | Bo Lind | 1954 | 1960–61 | Labour |
| 3 | Cy Moss | 1961 | 1970 | Labour |
| 4 | Di Ng | 2019–present | | Green |
`,
			office: "governor-of-testland",
			want:   []string{"Ann Hill||1949|1954", "Bo Lind||1954|1961", "Cy Moss||1961|1970", "Di Ng||2019| open"},
		},
		{
			name: "Hangul and Hanja columns",
			doc: `= Mayor of Testville =

| Term | Name | Hangul | Hanja | Term start | Term end |
| 1 | Yang Seong-bong | 양성봉 | 梁聖奉 | 15 August 1949 | 10 March 1951 |
| 2 | Kim Jung-yeol | 김중열 | | 10 March 1951 | 5 June 1952 |
`,
			office: "mayor-of-testville",
			want:   []string{"Yang Seong-bong|양성봉 梁聖奉|1949-08-15|1951-03-10", "Kim Jung-yeol|김중열|1951-03-10|1952-06-05"},
		},
		{
			name: "incumbent marked after the name",
			doc: `= Speaker of Testland =

| Speaker | Took office | Left office |
| Ann Bell | 2001 | 2006 |
| Eve Ford (incumbent) | 2006 | |
`,
			office: "speaker-of-testland",
			want:   []string{"Ann Bell||2001|2006", "Eve Ford||2006| open"},
		},
		{
			name: "second header row repeating the first's labels",
			doc: `= Chief Minister of Testland =

| # | Name | Constituency | Term of office | Term of office | Term of office | Party |
| # | Name | Constituency | Assumed office | Left office | Time in office | Party |
| 1 | Ravi Menon | Northpur | 15 August 1952 | 2 March 1957 | 4 years, 199 days | INC |
| 2 | Sita Rao | Eastpur | 10 April 1957 | 5 June 1962 | 5 years, 56 days | INC |
`,
			office: "chief-minister-of-testland",
			want:   []string{"Ravi Menon||1952-08-15|1957-03-02", "Sita Rao||1957-04-10|1962-06-05"},
			notes:  []string{"Constituency: Northpur; Time in office: 4 years, 199 days; Party: INC", "Constituency: Eastpur; Time in office: 5 years, 56 days; Party: INC"},
		},
		{
			// "(acting)" after another column's value marks the row.
			name: "acting in the bracket after a party",
			doc: `= Governor of Testoblast =

| # | Name | Took office | Left office | Party |
| 3 | Sergey Shoygu | 11 May 2012 | 6 November 2012 | United Russia |
| – | Andrey Vorobyov | 8 November 2012 | 8 September 2013 | United Russia (acting) |
| 4 | Andrey Vorobyov | 8 September 2013 | Incumbent | United Russia (1st term) |
`,
			office: "governor-of-testoblast",
			want:   []string{"Sergey Shoygu||2012-05-11|2012-11-06", "Andrey Vorobyov||2012-11-08|2013-09-08 acting", "Andrey Vorobyov||2013-09-08| open"},
			notes:  []string{"Party: United Russia", "Party: United Russia", "Party: United Russia (1st term)"},
		},
		{
			// A column naming another post's holder keeps their
			// qualifier: an acting president appointed the governor.
			name: "acting in the bracket after an appointer",
			doc: `= Governor of Testpradesh =

| # | Name | Took office | Left office | Appointed by | President | Deputy |
| 1 | Ravi Menon | 25 January 1971 | 16 February 1977 | V. V. Giri | V. V. Giri | Om Das |
| 2 | Amin Khan | 17 February 1977 | 25 August 1981 | B. D. Jatti (acting) | B. D. Jatti (acting) | Om Das |
| 3 | Sita Rao | 26 August 1981 | 15 April 1983 | Neelam Reddy | Neelam Reddy | Raj Pal (acting) |
`,
			office: "governor-of-testpradesh",
			want:   []string{"Ravi Menon||1971-01-25|1977-02-16", "Amin Khan||1977-02-17|1981-08-25", "Sita Rao||1981-08-26|1983-04-15"},
			notes: []string{"Appointed by: V. V. Giri; President: V. V. Giri; Deputy: Om Das", "Appointed by: B. D. Jatti (acting); President: B. D. Jatti (acting); Deputy: Om Das",
				"Appointed by: Neelam Reddy; President: Neelam Reddy; Deputy: Raj Pal (acting)"},
		},
		{
			// "()": the brackets a lost template left, an empty cell.
			name: "empty brackets of a lost template",
			doc: `= Chief Minister of Testland =

| No. | Name | Took office | Left office | Party |
| 1 | Ann Lee | 2001 | 2006 | () |
| 2 | Pema Khandu | 2006 | () | BJP |
`,
			office: "chief-minister-of-testland",
			want:   []string{"Ann Lee||2001|2006", "Pema Khandu||2006| open"},
			notes:  []string{"", "Party: BJP"},
		},
		{
			// The first label spans the blank portraits and the names,
			// the second the two dates its row below names, and a
			// references column is left empty.
			name: "first label over portraits and names, padded header",
			doc: `= Mayor of Testjin =

==== 1928–1937 ====
| Officeholder | Term of office | | | |
| Took office | Left office | | | |
| | Nan Guixin | June 1928 | September 1928 | |
| | Cui Tingxian | September 1928 | October 1930 | |
| | Zang Qifang | October 1930 | April 1931 | |
`,
			office: "mayor-of-testjin",
			want:   []string{"Nan Guixin||1928-06|1928-09", "Cui Tingxian||1928-09|1930-10", "Zang Qifang||1930-10|1931-04"},
		},
		{
			// A note that the holder acted, with an ordinal that is no
			// year, marks the term acting; one with a year gives part
			// of the term.
			name: "acting said in the notes",
			doc: `= Politics of Testxi =

== List of chairmen of Testxi People's Congress ==
| Chairmen | Chinese name | Term | Notes |
| Li Jianguo | 李建国 | 1998–2007 | Elected by the 9th Testxi People's Congress |
| Cui Lintao | 崔林涛 | 2007–2008 | Appointed as Acting Chairman by the 10th Testxi People's Congress |
| Zhao Leji | 赵乐际 | 2008–2012 | Acting until 2009, then elected |
`,
			office: "chairman-of-testxi-peoples-congress",
			want:   []string{"Li Jianguo|李建国|1998|2007", "Cui Lintao|崔林涛|2007|2008 acting", "Zhao Leji|赵乐际|2008|2012"},
		},
		{
			name: "several tenures in one range cell",
			doc: `= Governor of Testland =

| No. | Name | Term | Party |
| 1 | Al Ruiz | 1980–1984; 1988–1992 | Labour |
| 2 | Bea Cho | 1984–1988 | Green |
`,
			office: "governor-of-testland",
			want:   []string{"Al Ruiz||1980|1984", "Al Ruiz||1988|1992", "Bea Cho||1984|1988"},
		},
		{
			name: "several tenures in one range cell, each with its own qualifier",
			doc: `= Governor of Testland =

| No. | Name | Term | Party |
| 1 | Al Ruiz | 1980–1984 (acting); 1988–1992 (2nd time) | Labour |
| 2 | Bea Cho | 1984–1988 | Green |
`,
			office: "governor-of-testland",
			want:   []string{"Al Ruiz||1980|1984 acting", "Al Ruiz||1988|1992", "Bea Cho||1984|1988"},
			notes:  []string{"Party: Labour", "Party: Labour; 2nd time", "Party: Green"},
		},
		{
			name: "a holder's tenures in the name cell, acting after them",
			doc: `= Governor of Testland =

| No. | Name | Party |
| 1 | Al Ruiz (1980–1984; 1988–1992), acting | Labour |
| 2 | Bea Cho (1984–1988) | Green |
`,
			office: "governor-of-testland",
			want:   []string{"Al Ruiz||1980|1984 acting", "Al Ruiz||1988|1992 acting", "Bea Cho||1984|1988"},
		},
		{
			name: "holder rows apart from their term rows",
			doc: `= List of premiers of Testland =

| Portrait | Name |
| Term of office | Cabinet | President |
| 1 | Zhou Yi 周一 (1898–1976) |
| 1 October 1949 | 15 September 1954 | Zhou I | Mao Ze |
| 15 September 1954 | 18 April 1959 | Zhou II | Mao Ze |
| Summary of the premiership: Foreign Minister (1949–1958) | | |
| 2 | Hua Er 华二 |
| 2 February 1976 | 7 April 1976 | (acting) | Mao Ze |
| 7 April 1976 | 5 March 1978† | Hua I | Mao Ze |
`,
			office: "premier-of-testland",
			want: []string{"Zhou Yi|周一|1949-10-01|1954-09-15", "Zhou Yi|周一|1954-09-15|1959-04-18",
				"Hua Er|华二|1976-02-02|1976-04-07 acting", "Hua Er|华二|1976-04-07|1978-03-05"},
			skipped: []int{8},
		},
		{
			name: "a spanning term header over two dates, gaps and totals",
			doc: `= List of Chief Ministers of Testland =

| No | Name | Term | Party | Tenure |
| 1 | Kazi Dorje | 16 May 1975 | 18 August 1979 | Congress | 1555 Days |
| (President's rule) | 18 August 1979 | 18 October 1979 | N/A |
| 2 | Nar Bhandari MLA for Soreong | 18 October 1979 | 11 May 1984 | Janata | 1668 Days |
| (2) | Nar Bhandari MLA for Soreong | 8 March 1985 | 17 June 1994 | Sangram | 3389 Days |
| [Total 5057 Days] |
| 3 | Pawan Chamling | 12 December 1994 | Incumbent | Front | 8622 Days |
`,
			office: "chief-minister-of-testland",
			want: []string{"Kazi Dorje||1975-05-16|1979-08-18", "Nar Bhandari||1979-10-18|1984-05-11",
				"Nar Bhandari||1985-03-08|1994-06-17", "Pawan Chamling||1994-12-12| open"},
			skipped: []int{8},
		},
		{
			name: "rows of governor rule and of the place's absorption into another are no holders",
			doc: `= List of Chief Ministers of Testjab =

| Name of Chief Minister | Entered Office | Left Office | Political Party/Notes |
| Ann Lee | August 15, 1947 | January 25, 1949 | Muslim League |
| Governor Rule (Bob Ray) | January 25, 1949 | April 5, 1951 | |
| Cy Dunn | April 15, 1951 | October 14, 1955 | Muslim League |
| Part of West Testjab province | October 14, 1955 | June 30, 1970 | |
| Merged into Testland | June 30, 1970 | May 2, 1972 | |
| Dee Fox | May 2, 1972 | present | Peoples Party |
`,
			office: "chief-minister-of-testjab",
			want:   []string{"Ann Lee||1947-08-15|1949-01-25", "Cy Dunn||1951-04-15|1955-10-14", "Dee Fox||1972-05-02| open"},
		},
		{
			name: "a notes cell that says how a term ended beside an empty end",
			doc: `= Mayor of Testnotes =

| No. | Name | Took office | Left office | Notes |
| 1 | Ann Lee | 1990 | 1994 | Re-elected in 1992 |
| 2 | Bob Ray | 1994 | | Died in office |
`,
			office: "mayor-of-testnotes",
			want:   []string{"Ann Lee||1990|1994", "Bob Ray||1994|"},
		},
		{
			name: "life dates that give a death beside an empty end",
			doc: `= Mayor of Testlife =

| No. | Name | Took office | Left office |
| 1 | Ann Lee (born 1950) | 1990 | 1994 |
| 2 | Bob Ray (1940–2024) | 2019 | |
`,
			office: "mayor-of-testlife",
			want:   []string{"Ann Lee||1990|1994", "Bob Ray||2019|"},
		},
		{
			name: "continuation rows, a repeated header, a dash for the current end",
			doc: `= Chairman of Testland =

| | | Term | Took office | Left office |
| 1 | Liu Yi 刘一 | 1 | September 15, 1954 | April 28, 1959 |
| 2 | Zhu Er 朱二 | 2 | April 28, 1959 | January 4, 1965 |
| 3 | January 4, 1965 | January 17, 1975 |
| Song San 宋三 | July 6, 1976 (acting) | March 5, 1978 |
| | | Term | Took office | Left office |
| 3 | Ye Si 叶四 | 5 | March 5, 1978 | 29 September 2021 |
| 4 | Wu Wu 吴五 | 6 | 30 September 2021 (acting) 27 January 2022 | - |
`,
			office: "chairman-of-testland",
			// Acting from a first date, in full from the second: not
			// acting for the whole term.
			want: []string{"Liu Yi|刘一|1954-09-15|1959-04-28", "Zhu Er|朱二|1959-04-28|1965-01-04", "Zhu Er|朱二|1965-01-04|1975-01-17",
				"Song San|宋三|1976-07-06|1978-03-05 acting", "Ye Si|叶四|1978-03-05|2021-09-29", "Wu Wu|吴五|2021-09-30| open"},
			skipped: []int{8},
		},
		{
			name: "rows shifted by a missing cell, names only in Hangul and Hanja",
			doc: `= Governor of Testdo =

| Term | Portrait | Name | Term of office | Party | Elected |
| Took office | Left office | Time in office |
| 1st | | ' 신구범 愼久範 | 1 July 1995 | 30 June 1998 | | Independent | 1995 |
| 2nd | 2002 | | | | |
| | Kwon Young-chul 권영철 權寧喆 | 28 April 2004 | 5 June 2004 | | Independent | — |
`,
			office: "governor-of-testdo",
			want:   []string{"|신구범 愼久範|1995-07-01|1998-06-30", "Kwon Young-chul|권영철 權寧喆|2004-04-28|2004-06-05"},
			notes:  []string{"Party: Independent; Elected: 1995; Elected: 2002 (2nd)", "Party: Independent"},
		},
		{
			name: "a table of the post's titles is not a list of holders",
			doc: `= Mayor of Testcity =

| Date | English | Characters |
| Oct 1920–Oct 1940 | Mayor of Old Testcity | 臺中市市尹 |

| No. | Portrait | Name | Term of office | Party | Term |
| 5 | Yang Yi 楊一 Yáng Yī (Mandarin) (1903–1961) | 1 February 1951 | 2 June 1954 [1] | Independent | 1 |
| 2 June 1954 | 2 June 1957 | 2 | | | |
| –– | Luo Er [3] 羅二 | 6 December 1966 | 1 September 1967 | Kuomintang | |
`,
			office: "mayor-of-testcity",
			want:   []string{"Yang Yi|楊一|1951-02-01|1954-06-02", "Yang Yi|楊一|1954-06-02|1957-06-02", "Luo Er|羅二|1966-12-06|1967-09-01"},
		},
		{
			name: "header cells over a blank portrait and party colour column",
			doc: `= List of governors of Testmark =

| No. | Governor | Term in office | Party | Lt. Governor |
| 1 | | John Sevier (1745–1815) [16] | March 30, 1796 – September 23, 1801 (term-limited) | | Democratic | Office did not exist |
| 2 | | Bill Lee (born 1959) | January 19, 2019 – Incumbent | | Republican | Randy McNally |
`,
			office: "governor-of-testmark",
			want:   []string{"John Sevier||1796-03-30|1801-09-23", "Bill Lee||2019-01-19| open"},
			notes: []string{"1745–1815; Party: Democratic; Lt. Governor: Office did not exist; term-limited",
				"born 1959; Party: Republican; Lt. Governor: Randy McNally"},
			consistent: true,
		},
		{
			name: "a party cell spanned from the row above, a column of durations",
			doc: `= Chief Minister of Testkim =

| No | Name | Term | Party | Tenure |
| 1 | Kazi Dorje | 16 May 1975 | 18 August 1979 | Congress | 1555 Days |
| 2 | Sana Limbu | 17 June 1994 | 12 December 1994 | 179 Days |
`,
			office: "chief-minister-of-testkim",
			want:   []string{"Kazi Dorje||1975-05-16|1979-08-18", "Sana Limbu||1994-06-17|1994-12-12"},
			notes:  []string{"Party: Congress", ""},
		},
		{
			name: "a column of term numbers beside the holders' numbers",
			doc: `= Mayor of Testchung =

| No. | Name | Term of office | Political party | Term |
| 6 | Lin Chin-piao | 2 June 1954 | 2 June 1957 | Kuomintang | 2 |
| 2 June 1957 | 2 June 1960 | 3 |
| 7 | Chiou Chin-chou | 2 June 1960 | 2 June 1964 | Kuomintang | 4 |
`,
			office: "mayor-of-testchung",
			want:   []string{"Lin Chin-piao||1954-06-02|1957-06-02", "Lin Chin-piao||1957-06-02|1960-06-02", "Chiou Chin-chou||1960-06-02|1964-06-02"},
			notes:  []string{"Political party: Kuomintang", "", "Political party: Kuomintang"},
		},
		{
			name: "Roman numerals for numbers",
			doc: `= List of presidents of Testria =

| No. | President | Took office | Left office |
| IV | Karl Brun | 1990 | 1994 |
| XIV | Marta Veil | 1994 | Incumbent |
`,
			office: "president-of-testria",
			want:   []string{"Karl Brun||1990|1994", "Marta Veil||1994| open"},
		},
		{
			name: "rows that lost their empty portrait cell stand one place left, the native name a script error",
			doc: `= Governor of Testland =

| Portrait | Name (English) | Name (Chinese) | Term start | Term end | Ref. |
| File:Ann Lee.jpg | Ann Lee | Script error: No such module "Lang". | December 1949 | December 1954 | [2] |
| Bob Ray | Script error: No such module "Lang". | December 1954 | July 1965 | [3] | |
| Cy Dunn | Script error: No such module "Lang". | July 1965 | February 1967 | [4] | |
| Di Fox | Script error: No such module "Lang". | February 1967 | May 1971 | [5] | |
| File:Ed Gray.jpg | Ed Gray | Script error: No such module "Lang". | 24 November 2020 | Incumbent | [6] |
`,
			office: "governor-of-testland",
			want: []string{"Ann Lee||1949-12|1954-12", "Bob Ray||1954-12|1965-07", "Cy Dunn||1965-07|1967-02",
				"Di Fox||1967-02|1971-05", "Ed Gray||2020-11-24| open"},
		},
		{
			name: "rows that lost the empty image cell after their number, every one of them",
			doc: `= Party Secretary of Testland =

| No. | Image | Name | Term start | Term end | Ref. |
| 4 | Ann Lee (1913–2000) | 1974 | 1980 | [3][2] | |
| 5 | Bob Ray (1918–1997) | 1980 | March 1986 | [3][2][4] | |
| 6 | Cy Dunn (born 1933) | March 1986 | December 1993 | [3][2] | |
`,
			office: "party-secretary-of-testland",
			want:   []string{"Ann Lee||1974|1980", "Bob Ray||1980|1986-03", "Cy Dunn||1986-03|1993-12"},
		},
		{
			name: "a Duration column of ranges is the time in office, not its length",
			doc: `= List of chief ministers of Testland =

| Name of the CM | Duration | Party |
| Ann Lee | 14-08-1947 – 22-10-1947 | Independent |
| Bob Ray (Second Term) | 27-10-1947 – 20-09-1948 | Congress |
| Cy Dunn | 25-05-2016 – Present | Congress |
`,
			office: "chief-minister-of-testland",
			want:   []string{"Ann Lee||1947-08-14|1947-10-22", "Bob Ray||1947-10-27|1948-09-20", "Cy Dunn||2016-05-25| open"},
		},
		{
			name: "a mirror's leftover cell attributes and unexpanded templates; a blank label after Term of Office",
			doc: `= Mayor of Testpei =

| № | Portrait | Name (Birth–Death) | Term of Office | | Political Party |
| style="background:Template:Party color; color:white;" | 1 | | Ann Lee (1897–1972) | 1 November 1945 | 1 February 1950 | Kuomintang |
| style="background:Template:Party color; color:white;" | 2 | | Template:Interlanguage link | 1 February 1950 | 2 June 1954 | Independent |
| style="background:#ccc" rowspan=2 | 3 | | Bob Ray (1913–2005) | 2 June 1954 | 2 June 1957 | Independent |
| style="background:#ccc" | 4 | | Template:Interlanguage link[4] | 2 June 1957 | 2 June 1960 | Independent |
`,
			office:  "mayor-of-testpei",
			want:    []string{"Ann Lee||1945-11-01|1950-02-01", "Bob Ray||1954-06-02|1957-06-02"},
			notes:   []string{"1897–1972; Political Party: Kuomintang", "1913–2005; Political Party: Independent"},
			skipped: nil,
		},
		{
			name: "a place column named by an adjective and a kind of place, in a list of a country's heads of its subjects",
			doc: `= List of current heads of federal subjects of Russia =

| No. | Federal subject | Federal district | Head | Party | Since |
| 1 | Testgea | Southern | Ann Lee | United Russia | 12.01.2017 |
| 2 | Testatia | Far Eastern | Bob Ray | United Russia | 07.02.2017 |
`,
			office: "head-of-testgea",
			want:   []string{"Ann Lee||2017-01-12| open"},
			notes:  []string{"Federal district: Southern; Party: United Russia"},
		},
		{
			name: "a place column after the holders' in a list of a country's posts; two terms' dates in each date cell",
			doc: `= List of living former United States governors =

| Rank | Governor | Term began | Term ended | State | Party |
| 1 | Ann Testnigh | January 6, 1963 January 3, 1979 | January 14, 1963 January 12, 1987 | Oklahoma | Democratic |
| 2 | Bob Ray | January 11, 1965 | January 12, 1977 | Washington | Republican |
`,
			office: "governor-of-oklahoma",
			want:   []string{"Ann Testnigh||1963-01-06|1963-01-14", "Ann Testnigh||1979-01-03|1987-01-12"},
			notes:  []string{"Rank: 1; Party: Democratic", "Rank: 1; Party: Democratic"},
		},
		{
			name: "a place column after the holders' in one place's list is where each holder comes from",
			doc: `= List of governors of Testland =

| No. | Governor | Term began | Term ended | County |
| 1 | Ann Lee | 1963 | 1967 | Testshire |
| 2 | Bob Ray | 1967 | 1971 | Otherford |
`,
			office: "governor-of-testland",
			want:   []string{"Ann Lee||1963|1967", "Bob Ray||1967|1971"},
			notes:  []string{"County: Testshire", "County: Otherford"},
		},
		{
			name: "a Country column in a table of the holders of now gives each row its country's post",
			doc: `= List of current foreign ministers =

| Country | Foreign minister | Since |
| Testistan | Ann Testqi | 7 September 2021 |
| Testania | Bob Ray | 12 September 2024 |
`,
			office: "minister-of-foreign-affairs-of-testistan", // the Minister of Foreign Affairs of Testistan
			want:   []string{"Ann Testqi||2021-09-07| open"},
			notes:  []string{""},
		},
		{
			name: "a Country column elsewhere is where the holder is from",
			doc: `= Secretary-General of the Testland Union =

| No. | Name | Country | Took office | Left office |
| 1 | Ann Lee | Testistan | 1946 | 1953 |
| 2 | Bob Ray | Testania | 1953 | 1961 |
`,
			office: "secretary-general-of-the-testland-union",
			want:   []string{"Ann Lee||1946|1953", "Bob Ray||1953|1961"},
			notes:  []string{"Country: Testistan", "Country: Testania"},
		},
		{
			name: "a table of each row's post on a page whose lead says it lists the holders of now: Term ends is a note",
			doc: `= List of mayors of the largest cities in Testland =

This is a list of the current mayors of the largest cities in Testland.

| Rank | City | Mayor | Took office | Term ends |
| 1 | Testburg | Ann Lee | January 1, 2026 | 2029 |
| 2 | Otherford | Bob Ray | December 12, 2022 | 2026 |
`,
			office: "mayor-of-testburg",
			want:   []string{"Ann Lee||2026-01-01| open"},
			notes:  []string{"Rank: 1; Term ends: 2029"},
		},
		{
			name: "a first label spanning the holders' numbers and names, the header padded at its end",
			doc: `= Governor of Testmaras =

| Governor[1] | Term | |
| 1 | Ann Lee | 1966-1984 |
| 2 | Bob Ray | 1984-1986 |
| (1) | Ann Lee | 1986-1992 |
`,
			office: "governor-of-testmaras",
			want:   []string{"Ann Lee||1966|1984", "Bob Ray||1984|1986", "Ann Lee||1986|1992"},
			notes:  []string{"", "", ""},
		},
		{
			name: "a party column before the holders' in a table of the holders of now gives each party's post",
			doc: `= Political parties in Testland =

== Current party leaders ==

| Party | Leader | Since |
| Testland Labour Party | Ann Lee | 4 April 2020 |
| Liberal Democrats | Bob Ray | 27 August 2020 |
`,
			office: "leader-of-the-testland-labour-party",
			want:   []string{"Ann Lee||2020-04-04| open"},
			notes:  []string{""},
		},
		{
			name: "a party column before the holders' in a list of one office is the holder's party",
			doc: `= List of governors of Testland =

| Party | Governor | Took office | Left office |
| Liberal | Ann Lee | 1990 | 1994 |
| Labour | Bob Ray | 1994 | 1998 |
`,
			office: "governor-of-testland",
			want:   []string{"Ann Lee||1990|1994", "Bob Ray||1994|1998"},
			notes:  []string{"Party: Liberal", "Party: Labour"},
		},
		{
			name: "a holder who never took office holds no term",
			doc: `= Governor of Testland =

| No. | Officeholder | Took office | Left office | |
| 1 | Ann Lee (1879–1936) | 14 June 1913 | 14 June 1913 | |
| 2 | Bob Ray (1867–1914) | Never took office | | |
| 3 | Cy Dunn (1878–1933) | 14 June 1913 | 3 August 1913 | |
`,
			office:  "governor-of-testland",
			want:    []string{"Ann Lee||1913-06-14|1913-06-14", "Cy Dunn||1913-06-14|1913-08-03"},
			skipped: []int{5},
		},
		{
			name: "a holder who never took office holds no term, with the row's cells matched by their shape",
			doc: `= Governor of Testland =

| No. | Officeholder | Term of office | |
| Took office | Left office |
| 1 | Ann Lee (1879–1936) | 14 June 1913 | 14 June 1913 | |
| 2 | Bob Ray (1867–1914) | Never took office | |
| 3 | Cy Dunn (1878–1933) | 14 June 1913 | 3 August 1913 | |
`,
			office:  "governor-of-testland",
			want:    []string{"Ann Lee||1913-06-14|1913-06-14", "Cy Dunn||1913-06-14|1913-08-03"},
			skipped: []int{6},
		},
		{
			name: "wiki bold left around labels and names, under a header of blank labels",
			doc: "= Chairman of Testland =\n\n| | | '''Term''' | '''Took office''' | '''Left office''' |\n" +
				"| 1 | '''Ann Lee 李安''' | 1 | September 15, 1954 | April 28, 1959 |\n" +
				"| 2 | '''Bob Ray 王博''' | 2 | April 28, 1959 | January 4, 1965 |\n",
			office: "chairman-of-testland",
			want:   []string{"Ann Lee|李安|1954-09-15|1959-04-28", "Bob Ray|王博|1959-04-28|1965-01-04"},
		},
		{
			name: "a header row of blank cells",
			doc: `= Mayor of Testburg =

| | | | |
| 1 | Per Lie | 1990 | 1994 |
| 2 | Ann Roe | 1994 | present |
`,
			office: "mayor-of-testburg",
			want:   []string{"Per Lie||1990|1994", "Ann Roe||1994| open"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := buildDocs(t, map[string]string{"t.txt": tt.doc})
			if tt.consistent {
				if f := append(findingsWith(ds, CodeRaggedRow), findingsWith(ds, CodeRealignedRow)...); len(f) != 0 {
					t.Errorf("rows of a consistent width reported: %+v", f)
				}
			}
			var got []string
			for _, tm := range termsOf(ds, tt.office) {
				got = append(got, termLine(tm))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				var offices []string
				for _, o := range ds.Offices {
					offices = append(offices, o.ID)
				}
				t.Errorf("terms of %s:\n%s\nwant:\n%s\n(offices %v)", tt.office, strings.Join(got, "\n"), strings.Join(tt.want, "\n"), offices)
			}
			if tt.notes != nil {
				var notes []string
				for _, tm := range termsOf(ds, tt.office) {
					notes = append(notes, tm.Note)
				}
				if !slices.Equal(notes, tt.notes) {
					t.Errorf("notes of %s:\n%q\nwant:\n%q", tt.office, notes, tt.notes)
				}
			}
			if f := findingsWith(ds, CodeSkippedRow); tt.noSkips && len(f) != 0 {
				t.Errorf("rows reported as skipped: %+v", f)
			}
			for _, line := range tt.skipped {
				if !hasFinding(ds, CodeSkippedRow, line) {
					t.Errorf("line %d not reported as a skipped row: %+v", line, findingsWith(ds, CodeSkippedRow))
				}
			}
		})
	}
}

// TestUnreadDateColumnIsReported: a column headed as dates whose values
// are not loses no text: the values go to the notes, with a warning.
func TestUnreadDateColumnIsReported(t *testing.T) {
	doc := "= List of mayors of Testcity =\n\n| No. | Mayor | Took office | Left office |\n" +
		"| 1 | Ann Lee | 1950 | sometime in 1960 |\n| 2 | Bob Ray | 1960 | after the war |\n| 3 | Cy Dunn | 1963 | the end of 1970 |\n"
	ds := buildDocs(t, map[string]string{"t.txt": doc})
	var notes []string
	for _, tm := range termsOf(ds, "mayor-of-testcity") {
		notes = append(notes, tm.Note)
	}
	if want := []string{"Left office: sometime in 1960", "Left office: after the war", "Left office: the end of 1970"}; !slices.Equal(notes, want) {
		t.Errorf("notes %q, want %q", notes, want)
	}
	if f := findingsWith(ds, CodeUnparsedDate); len(f) != 1 || f[0].Line != 4 || f[0].Severity != SeverityWarning {
		t.Errorf("want one unparsed-date warning on line 4, got %+v", f)
	}
	// A Term column of spelled ordinals says which of the holder's terms
	// the row is: noted, and no date is lost.
	doc = "= List of mayors of Testcity =\n\n| No. | Mayor | Term | Took office |\n" +
		"| 1 | Ann Lee | Fourth[1] | 1950 |\n| 2 | Bob Ray | Second | 1960 |\n"
	ds = buildDocs(t, map[string]string{"t.txt": doc})
	notes = nil
	for _, tm := range termsOf(ds, "mayor-of-testcity") {
		notes = append(notes, tm.Note)
	}
	if want := []string{"Term: Fourth", "Term: Second"}; !slices.Equal(notes, want) {
		t.Errorf("notes %q, want %q", notes, want)
	}
	if f := findingsWith(ds, CodeUnparsedDate); len(f) != 0 {
		t.Errorf("a column of spelled ordinals reported as unread dates: %+v", f)
	}
}

// TestDaysUnderAMergedNumberLabel: a table whose "Portrait" label spans
// the holders' numbers and portraits, so that each row is a cell wider
// than the labels, gives each holder's days in office as bare numbers,
// some of four digits: a count under "Days", not a year, and the party
// after it is the party.
func TestDaysUnderAMergedNumberLabel(t *testing.T) {
	doc := `= List of minister-presidents of Zembla =

| Portrait | Name (Birth–Death) | Term of office | Political party | | | |
| Took office | Left office | Days | | | | |
| 1 | | Kurt Eisner (1867–1919) | 8 November 1918 | 21 February 1919 | 105 | Independent Social Democratic Party |
| 2 | | Heinrich Held (1868–1938) | 2 July 1924 | 9 March 1933 | 3172 | Bavarian People's Party |
| 3 | | Markus Söder (born 1967) | 16 March 2018 | Incumbent | 3187 | Christian Social Union |
`
	ds := buildDocs(t, map[string]string{"z.txt": doc})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, termLine(tm)+" "+tm.Note)
	}
	want := []string{
		"Kurt Eisner||1918-11-08|1919-02-21 1867–1919; Days: 105; Political party: Independent Social Democratic Party",
		"Heinrich Held||1924-07-02|1933-03-09 1868–1938; Days: 3172; Political party: Bavarian People's Party",
		"Markus Söder||2018-03-16| open born 1967; Days: 3187; Political party: Christian Social Union",
	}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	if f := findingsWith(ds, CodeRealignedRow); len(f) != 0 {
		t.Errorf("realigned-row findings %+v", f)
	}
}

// TestDaysColumnIsNoDates: a "Days" column of bare counts ("1480",
// "8,766") beside the dates is how long each term lasted, not a year
// that starts or ends it.
func TestDaysColumnIsNoDates(t *testing.T) {
	for _, label := range []string{"Days", "Days in office", "Tenure (days)"} {
		doc := "= Governor of Testland =\n\n| No. | Name | Took office | Left office | " + label + " | Party |\n" +
			"| 1 | Ann Lee | 12 April 1947 | 1 May 1951 | 1480 | Independent |\n" +
			"| 2 | Bob Ray | 1 May 1951 | 1 May 1975 | 8,766 | LDP |\n" +
			"| 3 | Cy Dunn | 1 May 1975 | Incumbent | 1900 | LDP |\n"
		ds := buildDocs(t, map[string]string{"t.txt": doc})
		var got []string
		for _, tm := range termsOf(ds, "governor-of-testland") {
			got = append(got, tm.NameEN+"|"+tm.Start.String()+"|"+tm.End.String()+"|"+tm.Note)
		}
		want := []string{"Ann Lee|1947-04-12|1951-05-01|" + label + ": 1480; Party: Independent",
			"Bob Ray|1951-05-01|1975-05-01|" + label + ": 8,766; Party: LDP", "Cy Dunn|1975-05-01||" + label + ": 1900; Party: LDP"}
		if !slices.Equal(got, want) {
			t.Errorf("%s: terms\n%q\nwant\n%q", label, got, want)
		}
		for _, code := range []string{CodeUnparsedDate, CodeSingleDateTerm} {
			if f := findingsWith(ds, code); len(f) != 0 {
				t.Errorf("%s: %s findings %+v", label, code, f)
			}
		}
	}
}

func TestTitleTableIsReported(t *testing.T) {
	doc := "= Mayor of Testcity =\n\n| Date | English | Characters |\n| Oct 1920–Oct 1940 | Mayor of Old Testcity | 臺中市市尹 |\n"
	ds := buildDocs(t, map[string]string{"t.txt": doc})
	if len(ds.Terms) != 0 {
		t.Errorf("terms = %+v", ds.Terms)
	}
	if !hasFinding(ds, CodeUnreadBlock, 3) {
		t.Errorf("the unread table is not reported: %+v", ds.Findings)
	}
}

// TestNewestFirstList: a list written from the latest holder to the first
// is kept in time order, so predecessors and successors are right.
func TestNewestFirstList(t *testing.T) {
	doc := "= Mayor of X =\n\n| Name | Term start | Term end |\n| Zhao Liu | 2009 | Incumbent |\n| Wang Wu | 2005 | 2009 |\n| Li Si | 2001 | 2005 |\n"
	ds := buildDocs(t, map[string]string{"x.txt": doc})
	terms := termsOf(ds, "mayor-of-x")
	if len(terms) != 3 || terms[0].NameEN != "Li Si" || terms[2].NameEN != "Zhao Liu" || terms[2].Ordinal != 3 ||
		terms[1].PredecessorPersonID != "li-si" || terms[1].SuccessorPersonID != "zhao-liu" {
		t.Errorf("terms = %+v", terms)
	}
	if len(findingsWith(ds, CodeOverlappingTerms)) != 0 || len(findingsWith(ds, CodeVacancy)) != 0 {
		t.Errorf("findings = %+v", ds.Findings)
	}
}

// TestHolderWithoutDatesIsKept: a holder row with no dates and no term
// rows after it is kept as a term without dates, not lost.
func TestHolderWithoutDatesIsKept(t *testing.T) {
	doc := "= Mayor of X =\n\n| No. | Name | Term start | Term end |\n| 1 | Li Si | 1990 | 1995 |\n| 2 | Wang Wu | | |\n| 3 | Zhao Liu | 2000 | 2005 |\n"
	ds := buildDocs(t, map[string]string{"x.txt": doc})
	var got []string
	for _, tm := range termsOf(ds, "mayor-of-x") {
		got = append(got, termLine(tm))
	}
	want := []string{"Li Si||1990|1995", "Wang Wu|||", "Zhao Liu||2000|2005"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("terms:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestUndatedHoldersOfANumberedList: a numbered list of holders whose
// first items give no dates ("1. Zhang Ding (张丁)") keeps them, undated,
// as a table keeps its rows without dates; an item that is no name alone
// is still skipped.
func TestUndatedHoldersOfANumberedList(t *testing.T) {
	doc := `= Politics of Testjian =

== List of Governors ==
1. Zhang Ding (张丁)
2. Ye Fei (叶飞)
3. Wang Zhao (王钊): 1987-1990
4. Jia Qing (贾庆): 1990-1994
5. Governor's deputy serves in the absence of the Governor
6. Yu Wei (于伟): 2015-present
`
	ds := buildDocs(t, map[string]string{"p.txt": doc})
	var got []string
	for _, tm := range termsOf(ds, "governor-of-testjian") {
		got = append(got, termLine(tm))
	}
	want := []string{"Zhang Ding|张丁||", "Ye Fei|叶飞||", "Wang Zhao|王钊|1987|1990", "Jia Qing|贾庆|1990|1994", "Yu Wei|于伟|2015| open"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("terms:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if f := findingsWith(ds, CodeUnparsedListItem); len(f) != 1 || f[0].Line != 8 {
		t.Errorf("unparsed items %+v, want line 8's", f)
	}
}

// TestFirstHolderAndUnderscoreNumbers: an infobox's "First holder" is
// the inaugural holder, and an underscore in the numbers' column is a
// holder with no number, not a note.
func TestFirstHolderAndUnderscoreNumbers(t *testing.T) {
	doc := `= Premier of Testland =

Infobox
- Post: Premier of Testland
- First Holder: Robert Herbert

| Name | Took Office | Affiliation | |
| 1st | Robert Herbert | 10 December 1859 | Conservative |
| 2nd | Arthur Macalister | 1 February 1866 | Conservative |
| _ | Robert Herbert (second time) | 20 July 1866 | Conservative |
`
	ds := buildDocs(t, map[string]string{"p.txt": doc})
	if o := ds.Offices[0]; o.InauguralPersonID != "robert-herbert" {
		t.Errorf("inaugural %q, want robert-herbert", o.InauguralPersonID)
	}
	tm := termsOf(ds, "premier-of-testland")
	if len(tm) != 3 || tm[2].Ordinal != 0 || strings.Contains(tm[2].Note, "_") {
		t.Errorf("terms %+v, want the third unnumbered, with no underscore in its note", tm)
	}
}

// TestListsOfOneOfficeKeepDocumentOrder: an office listed in several
// tables and lists of one page ("Appointed mayors", then "Elected
// mayors") has its terms in the page's order, each the successor of the
// one before, and an unnumbered list goes on counting.
func TestListsOfOneOfficeKeepDocumentOrder(t *testing.T) {
	doc := `= Mayor of Testville =

== Appointed mayors ==
| Name | Term start | Term end |
| Yang Bo | 1949 | 1951 |
| Kim Jun | 1951 | 1952 |
== Early mayors ==
- Park Ha 1952–1960
- Lee Su 1960–1995
== Elected mayors ==
| Term | Name | Term start | Term end |
| 26 | Moon Su | 1995 | 1998 |
| 27–29 | Ahn Sang | 1998 | 2004 |
`
	ds := buildDocs(t, map[string]string{"t.txt": doc})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, fmt.Sprintf("%d %s after %s", tm.Ordinal, tm.NameEN, tm.PredecessorPersonID))
	}
	want := []string{"1 Yang Bo after ", "2 Kim Jun after yang-bo", "3 Park Ha after kim-jun", "4 Lee Su after park-ha",
		"26 Moon Su after lee-su", "27 Ahn Sang after moon-su"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
}

func TestClassifyHeader(t *testing.T) {
	for h, want := range map[string]colKind{
		"No.": colOrdinal, "Portrait": colImage, "Name": colName, "Chinese": colNameZH, "Name (English)": colNameEN,
		"Took office": colStart, "Left office": colEnd, "Term of office": colRange, "Reign": colRange,
		"Lifetime": colLife, "Lifespan": colLife, "Born–Died": colLife, "Gender": colOther, "Time in office": colDuration,
		"Candidate": colOther, "Votes": colOther, "Notes": colNotes, "Ref.": colRef, "Governor": colName, "Party": colOther,
		// Words inside longer words are not those words.
		"Prefect": colOther, "Prefecture": colOther, "Superintendent": colOther, "Intendant": colOther,
		"Foreign Minister": colName, "Sovereign": colOther, "Term end": colEnd, "End of term": colEnd, "References": colRef,
		"Image": colImage, "Age at death": colOther, "Relinquished office": colEnd, "Date of departure": colEnd,
		// Serial numbers, as Indian and other pages label them.
		"S. No.": colOrdinal, "Sl. No": colOrdinal, "Sr. no.": colOrdinal, "S/N": colOrdinal, "Serial": colOrdinal,
		"Serial no.": colOrdinal, "Snow": colOther, "Slogan": colOther,
		// A birth date is no term's date.
		"Birthdate": colLife, "Date of birth": colLife, "DOB": colLife, "Birth date": colLife,
		// The ruler each holder served under, with the ruler's reign.
		"Emperor (reign)": colOther, "Monarch (reign)": colOther,
		"Office": colOffice, "Position": colOffice, "Portfolio": colOffice, "In office": colRange, "Since": colStart,
		// Life dates beside the holders' names.
		"Governor (Birth–Death)": colName, "Chief Executive (Birth–Death)": colName, "Lifespan (years)": colLife,
		"Prime Minister (Birth–Death) Constituency": colName,
		// When the term began, then how long it has lasted.
		"Took office (tenure length)": colStart, "Assumed office (time in office)": colStart, "Tenure length": colDuration,
		// Envoys' and presiding officers' tables.
		"Ambassador": colName, "Speaker": colName, "Presented credentials": colStart, "Terminated mission": colEnd,
		"Commissioner": colName, "Regent": colName, "Pontificate": colRange,
		"Pinyin": colNameEN, "Romanization": colNameEN, "Revised Romanization": colNameEN, "Hepburn": colNameEN,
		// The people a term relates to, not its dates.
		"Appointed by": colOther, "Nominated by": colOther, "Served under": colOther, "President(s) served under": colOther,
		"Governor(s) served under": colOther, "Successor": colOther, "Appointed": colStart, "Under-secretary": colName,
		// The words pages use for a term's start and end.
		"Sworn in": colStart, "Inaugurated": colStart, "Date of appointment": colStart, "Commenced": colStart,
		"Dismissed": colEnd, "Removed": colEnd, "Date of removal": colEnd, "Resigned": colEnd, "Term expired": colEnd,
		"Exited office": colEnd, "Relieved": colEnd, "Removed by": colOther,
		// When the term is to end: a current holder's, not an end.
		"Term expires": colOther, "Office expires": colOther, "Scheduled end": colOther,
		// When the holder was chosen, not the term.
		"Election date": colOther, "Election": colOther, "Elected": colOther, "Year elected": colOther,
		"Electoral mandates (Assembly)": colOther, "Electoral mandate": colOther, "Mandate": colRange,
		// Where the holder comes from.
		"Native place": colOther, "Birthplace": colOther, "Place of birth": colOther,
	} {
		if got := classifyHeader(h); got != want {
			t.Errorf("classifyHeader(%q) = %s, want %s", h, colKindNames[got], colKindNames[want])
		}
	}
}

func TestRomanOrdinals(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": `= List of presidents of Testria =

| No. | President | Took office | Left office |
| IV | Karl Brun | 1990 | 1994 |
| XIV | Marta Veil | 1994 | Incumbent |
`})
	var got []int
	for _, tm := range termsOf(ds, "president-of-testria") {
		got = append(got, tm.Ordinal)
	}
	if !slices.Equal(got, []int{4, 14}) {
		t.Errorf("ordinals %v, want [4 14]", got)
	}
}

// TestMarkedNumbers: numbers written with a mark ("1.", "#2", "No. 3",
// "№ 4") are the holders' numbers.
func TestMarkedNumbers(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": `= List of presidents of Testria =

| No. | President | Took office | Left office |
| 1. | Ann Lee | 1912 | 1915 |
| #2 | Bob Ray | 1915 | 1920 |
| No. 3 | Cy Dunn | 1920 | 1925 |
| № 4 | Di Fox | 1925 | Incumbent |
`})
	var got []int
	for _, tm := range termsOf(ds, "president-of-testria") {
		got = append(got, tm.Ordinal)
	}
	if !slices.Equal(got, []int{1, 2, 3, 4}) {
		t.Errorf("ordinals %v, want [1 2 3 4]", got)
	}
}

// TestRowCutShortAtTheEnd: a stored copy cut in the middle of its last
// row loses the row when the cut falls in a name or a date, and keeps it
// when it falls in a note.
func TestRowCutShortAtTheEnd(t *testing.T) {
	const head = "| No. | Name | Took office | Left office | Notes |\n| 1 | Ann Fell | 1990 | 1994 | |\n"
	ds := buildDocs(t, map[string]string{
		"a.txt": "= Governor of Cutland =\n\n" + head + "| 2 | Bob Hale | 1994 | Incum",
		"b.txt": "= Governor of Cutmark =\n\n" + head + "| 2 | Bob Hale | 1994 | Incumbent | Later Minister of Comm\n",
		"c.txt": "= Governor of Wholeland =\n\n" + head + "| 2 | Bob Hale | 1994 | Incumbent |\n",
		// A table whose rows never close: its last row is whole.
		"d.txt": "= Governor of Openland =\n\n| No. | Name | Took office | Left office |\n| 1 | Ann Fell | 1990 | 1994\n| 2 | Bob Hale | 1994 | 1998\n",
	})
	for office, want := range map[string]int{"governor-of-cutland": 1, "governor-of-cutmark": 2, "governor-of-wholeland": 2, "governor-of-openland": 2} {
		if got := termsOf(ds, office); len(got) != want {
			t.Errorf("%s: %d terms, want %d: %+v", office, len(got), want, got)
		}
	}
	if f := findingsWith(ds, CodeCutShort); len(f) != 1 || f[0].SourceID != "governor-of-cutland" {
		t.Errorf("cut rows %+v", f)
	}
	if terms := termsOf(ds, "governor-of-cutmark"); len(terms) == 2 && !terms[1].Incumbent {
		t.Errorf("a row cut in its note: %+v", terms[1])
	}
	// Cut right after a whole cell, before the dates; in the dates of the
	// holder on the row above; after the one date a spanning label's
	// column holds: each row's term is lost with its dates.
	ds = buildDocs(t, map[string]string{
		"e.txt": "= Governor of Edgeland =\n\n" + head + "| 2 | Bob Hale |",
		"f.txt": "= Premier of Spanland =\n\n| No. | Name | Took office | Left office |\n| 1 | Ann Fell | 1990 | 1994 |\n| 2 | Bob Hale |\n| 1994 | 19",
		"g.txt": "= Premier of Rangeland =\n\n| No. | Name | Term of office | Party |\n| 1 | Ann Fell | 1990 | 1994 | Liberal |\n| 2 | Bob Hale | 1 October 1994 | 15 Sep",
		// A row that lost its image cell, its start whole: no term from a
		// start alone.
		"h.txt": "= Governor of Imageland =\n\n| Image | Name | Name (Chinese) | Term start | Term end | Ref. |\n| | Ann Fell | 安 | 1990 | 1994 | [1] |\n| Bob Hale | 鲍 | June 1994 | J",
		// The part of a year ("20" of "2017") says nothing of its column.
		"i.txt": "= Governor of Partland =\n\n| No. | Name | Took office | Left office |\n| 14 | Bob Hale | 2013 | 20",
	})
	for _, office := range []string{"governor-of-edgeland", "premier-of-spanland", "premier-of-rangeland", "governor-of-imageland", "governor-of-partland"} {
		for _, tm := range termsOf(ds, office) {
			if tm.NameEN != "Ann Fell" {
				t.Errorf("%s: a term read from a row cut short: %+v", office, tm)
			}
		}
	}
	if f := findingsWith(ds, CodeCutShort); len(f) != 5 {
		t.Errorf("cut rows %+v, want 5", f)
	}
	// The holder's further dates whole, cut in a cell past the columns:
	// the term is read.
	ds = buildDocs(t, map[string]string{"j.txt": "= Premier of Wideland =\n\n| Portrait | Name | Took office | Left office | Party |\n" +
		"| | Ann Fell | 1990 | 1994 | Liberal |\n| 2 | Bob Hale (1898–1976) |\n| 1 October 1994 | 15 September 1998 | 4 years | CP | Zhou I | Mao Z"})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, termLine(tm))
	}
	if want := []string{"Ann Fell||1990|1994", "Bob Hale||1994-10-01|1998-09-15"}; !slices.Equal(got, want) {
		t.Errorf("terms %q, want %q", got, want)
	}
}

func TestIsDurationText(t *testing.T) {
	for s, want := range map[string]bool{"1555 Days": true, "4 years, 219 days": true, "2 years and 3 months": true,
		"26 years, 99 days": true, "1555": false, "Days": false, "3 May 2019": false, "1st term": false} {
		if got := isDurationText(s); got != want {
			t.Errorf("isDurationText(%q) = %t", s, got)
		}
	}
}

// TestCoHolders: people named together on one row (co-mayors, captains
// regent) are a term each, with the row's dates; they do not overlap each
// other, are not each other's predecessor or successor, and are the
// office's current holders together.
func TestCoHolders(t *testing.T) {
	doc := `= Mayor of Eastport =

Infobox
- Incumbent: Hans Nord and Greta Moss

== Mayors ==
* 1909–1913: Carl Ives
* 1913–1917: Dora Jent and Edgar Kell (co-mayors)
* 1917–1921: Felix Lund
* 1921–present: Greta Moss & Hans Nord
`
	ds := buildDocs(t, map[string]string{"e.txt": doc})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, fmt.Sprintf("%d %s %s<%s>%s", tm.Ordinal, termLine(tm), tm.PredecessorPersonID, tm.SuccessorPersonID, tm.Note))
	}
	want := []string{
		"1 Carl Ives||1909|1913 <dora-jent>",
		"2 Dora Jent||1913|1917 carl-ives<felix-lund>co-mayors",
		"2 Edgar Kell||1913|1917 carl-ives<felix-lund>co-mayors",
		"3 Felix Lund||1917|1921 edgar-kell<greta-moss>",
		"4 Greta Moss||1921| open felix-lund<>",
		"4 Hans Nord||1921| open felix-lund<>",
	}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	var holders []string
	for _, h := range ds.CurrentHolders {
		holders = append(holders, h.PersonID)
	}
	if want := []string{"hans-nord", "greta-moss"}; !slices.Equal(holders, want) {
		t.Errorf("current holders %q, want %q (the infobox's first, then the others)", holders, want)
	}
	if len(ds.Persons) != 6 {
		t.Errorf("%d persons, want 6: the infobox's two names are not a third", len(ds.Persons))
	}
	for _, code := range []string{CodeOverlappingTerms, CodeMultipleOpenTerms, CodeUnparsedListItem, CodeIncumbentMismatch} {
		if f := findingsWith(ds, code); len(f) > 0 {
			t.Errorf("co-holders reported as %s: %v", code, f)
		}
	}
}

// TestCoHoldersNotSplit: names that only look like two (one word a side,
// a native name) stay whole.
func TestCoHoldersNotSplit(t *testing.T) {
	for _, s := range []string{"Smith and Wesson", "Ann Lee", "Ann Lee / 李安", "Lee & Ray", "Ann Lee and the Council"} {
		if got := ParseName(s).coHolders(); got != nil {
			t.Errorf("%q split into %v", s, got)
		}
	}
}

// TestTableOfPosts: a table whose rows are of different posts ("Office |
// Name | Since": a page's current leaders) gives each row to its own
// office, and a "Since" column with no end gives holders of now, a
// blank "Since" too. The
// governor's row, which the page's list repeats, is kept once with what
// the list adds (the number, the native name), in the list's place.
func TestTableOfPosts(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": `= Politics of Testsu =

The politics of Testsu.

== Current leaders ==
| Office | Name | Since |
|---|---|---|
| Party Secretary | Xin Changxing | 2023 |
| Governor | Li Wu | 2024 |
| CPPCC Chairman | Zhang Yizhen | 2023 |
| Congress Chairman | Xin Changxing | |

== List of governors ==
1. Tan Zhenlin (谭震林): 1952–1955
2. Xu Kunlin (许昆林): 2021–2024
3. Li Wu (李武): 2024–present
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, fmt.Sprintf("%s %d %s", tm.OfficeID, tm.Ordinal, termLine(tm)))
	}
	want := []string{
		"chairman-of-cppcc-testsu-committee 0 Zhang Yizhen||2023| open",
		"congress-chairman-of-testsu 0 Xin Changxing||| open", // the date not given, the holder still named
		"governor-of-testsu 1 Tan Zhenlin|谭震林|1952|1955",
		"governor-of-testsu 2 Xu Kunlin|许昆林|2021|2024",
		"governor-of-testsu 3 Li Wu|李武|2024| open",
		"party-secretary-of-testsu 0 Xin Changxing||2023| open",
	}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	for _, tm := range termsOf(ds, "governor-of-testsu") {
		if tm.NameEN == "Li Wu" && tm.PredecessorPersonID != "xu-kunlin" || tm.NameEN == "Tan Zhenlin" && tm.PredecessorPersonID != "" {
			t.Errorf("%s's predecessor is %q: the kept row must stand where the list has it", tm.NameEN, tm.PredecessorPersonID)
		}
	}
	if f := findingsWith(ds, CodeDuplicateRow); len(f) != 1 || f[0].Severity != SeverityInfo {
		t.Errorf("the governor given in the leaders' table and the list: %+v, want one info finding", f)
	}
	var ids []string
	for _, o := range ds.Offices {
		ids = append(ids, o.ID)
	}
	if want := []string{"chairman-of-cppcc-testsu-committee", "congress-chairman-of-testsu", "governor-of-testsu", "party-secretary-of-testsu"}; !slices.Equal(ids, want) {
		t.Errorf("offices %q, want %q", ids, want)
	}
}

// TestCurrentPostsList: a list of posts and their holders of now, with
// no dates, under a heading that says so, gives each post an open term
// whose start is not known; the governor the page's list also gives is
// one term. Under another heading, or on a page that names no place, such
// a list is not read.
func TestCurrentPostsList(t *testing.T) {
	const list = `- Party Secretary: Hu Changsheng (胡昌升)
- Governor: Ren Zhenhe (任振鹤)
- CPPCC Chairman: Vacant
`
	ds := buildDocs(t, map[string]string{"t.txt": "= Politics of Testsu =\n\nThe politics of Testsu.\n\n== Current leaders ==\n\n" + list +
		"\n== List of governors ==\n\n1. Deng Baoshan (邓宝珊): 1950–1967\n2. Ren Zhenhe (任振鹤): 2021–present\n"})
	got := officeTermLines(ds)
	want := []string{
		"governor-of-testsu Deng Baoshan|邓宝珊|1950|1967",
		"governor-of-testsu Ren Zhenhe|任振鹤|2021| open",
		"party-secretary-of-testsu Hu Changsheng|胡昌升|| open",
	}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	if holders, want := currentHolderLines(ds), []string{"governor-of-testsu ren-zhenhe", "party-secretary-of-testsu hu-changsheng"}; !slices.Equal(holders, want) {
		t.Errorf("current holders %q, want %q", holders, want)
	}
	for name, doc := range map[string]string{
		"another heading": "= Politics of Testsu =\n\n== Notable people ==\n\n" + list,
		"no place":        "= Testsu People =\n\n== Current leaders ==\n\n" + list,
		"a navigation box": "= Politics of Testsu =\n\n== Leaders of Testsu ==\n\n- Party Secretaries: Li Xiannian · Wang Renzhong\n" +
			"- Governors: Li Xiannian, Liu Zihou\n- Chairman: Han Ningfu and Wang Qun\n",
	} {
		if ds := buildDocs(t, map[string]string{"t.txt": doc}); len(ds.Terms) != 0 {
			t.Errorf("%s: %d terms read from the list", name, len(ds.Terms))
		}
	}
}

// TestListOfPosts: a list whose items each name their post ("Governor:
// Xu Kunlin (2021–present)") gives each item to its own office.
func TestListOfPosts(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": `= Politics of Testsu =

The politics of Testsu.

== Leaders ==
* Party Secretary: Xin Changxing (2023–present)
* Governor: Xu Kunlin (许昆林): 2021–present
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, fmt.Sprintf("%s %d %s", tm.OfficeID, tm.Ordinal, termLine(tm)))
	}
	want := []string{"governor-of-testsu 0 Xu Kunlin|许昆林|2021| open", "party-secretary-of-testsu 0 Xin Changxing||2023| open"}
	if !slices.Equal(got, want) || len(ds.Offices) != 2 {
		t.Errorf("terms:\n got %q\nwant %q\n(%d offices)", got, want, len(ds.Offices))
	}
}

// TestCurrentLeaderAboveAStaleList: a table of current leaders above the
// list names a holder the list lacks: the row goes after the list's
// holders, whose successor it is.
func TestCurrentLeaderAboveAStaleList(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": `= Politics of Testsu =

The politics of Testsu.

== Current leaders ==
| Office | Name | Since |
|---|---|---|
| Governor | Li Wu | 2024 |

== List of governors ==
1. Tan Zhenlin (谭震林): 1952–1955
2. Xu Kunlin (许昆林): 2021–2024
`})
	var got []string
	for _, tm := range termsOf(ds, "governor-of-testsu") {
		got = append(got, tm.NameEN+" after "+tm.PredecessorPersonID)
	}
	if want := []string{"Tan Zhenlin after ", "Xu Kunlin after tan-zhenlin", "Li Wu after xu-kunlin"}; !slices.Equal(got, want) {
		t.Errorf("governors:\n got %q\nwant %q", got, want)
	}
}

// TestIsActingCell: a cell that says only that the holder acted, in any
// case and in brackets, and none that says more or something else.
func TestIsActingCell(t *testing.T) {
	for _, s := range []string{"Acting", "acting", "(acting)", "Interim", "CARETAKER", "Provisional", "temporary", "ad interim", "(Ad interim)"} {
		if !isActingCell(s) {
			t.Errorf("isActingCell(%q) = false", s)
		}
	}
	for _, s := range []string{"", "Act", "1 March 1990", "Acting Governor", "Independent", "Conservative", "(Labour)", "Tom Acting"} {
		if isActingCell(s) {
			t.Errorf("isActingCell(%q) = true", s)
		}
	}
}

// TestMayBeActingCell: every cell that cleans into an acting cell is
// one mayBeActingCell lets through, whatever surrounds the word.
func TestMayBeActingCell(t *testing.T) {
	for _, w := range actingWords {
		for _, raw := range []string{w, " " + strings.ToUpper(w) + " ", "(" + w + ")", "[1]" + w, w + "[a]", "（" + w + "）", "\u00a0" + w, "\t" + w} {
			if isActingCell(cleanCell(raw)) && !mayBeActingCell(raw) {
				t.Errorf("%q cleans into an acting cell but mayBeActingCell says not", raw)
			}
		}
	}
	for _, raw := range []string{"1 March 1990", "Bob Ray", "1949–1954", "", "  "} {
		if mayBeActingCell(raw) {
			t.Errorf("mayBeActingCell(%q) = true", raw)
		}
	}
}

// FuzzMayBeActingCell: no cell that cleans into an acting cell is passed
// over.
func FuzzMayBeActingCell(f *testing.F) {
	for _, s := range []string{"Acting", "[1]acting", "（interim）", "\u00a0caretaker", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		if isActingCell(cleanCell(raw)) && !mayBeActingCell(raw) {
			t.Fatalf("%q cleans into an acting cell but mayBeActingCell says not", raw)
		}
	})
}

// TestColumnsOfOtherPeople: columns naming the people a term relates to
// ("Appointed by", "President(s) served under") are notes, read without
// a warning that they hold no dates, and do not take the dates' place.
func TestColumnsOfOtherPeople(t *testing.T) {
	doc := `= Minister of Finance =

| No. | Name | Appointed by | Took office | Left office | President(s) served under |
|---|---|---|---|---|---|
| 1 | Karel Dvorak | Josef Hrad | 1 July 1991 | 3 March 1994 | Hrad |
| 2 | Jana Horak | Josef Hrad | 3 March 1994 | 30 June 1996 | Hrad, Velká |
`
	ds := buildDocs(t, map[string]string{"m.txt": doc})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, termLine(tm)+" "+tm.Note)
	}
	want := []string{
		"Karel Dvorak||1991-07-01|1994-03-03 Appointed by: Josef Hrad; President(s) served under: Hrad",
		"Jana Horak||1994-03-03|1996-06-30 Appointed by: Josef Hrad; President(s) served under: Hrad, Velká",
	}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	noWarnings(t, ds)
}

// TestTableBeforeTheCommonEra: terms in years BC, with the era written
// once for a range ("246–208 BC") or on each side ("8 BC – AD 23"), are
// read in ISO 8601's astronomical years, in order and without findings
// of dates that cannot be read.
func TestTableBeforeTheCommonEra(t *testing.T) {
	doc := `= Chancellor of the Qin dynasty =

| Name | Chinese | Term |
|---|---|---|
| Lü Buwei | 呂不韋 | 250 BC – 237 BC |
| Li Si | 李斯 | 237–208 B.C. |
| Wang Mang | 王莽 | 8 BC – AD 23 |
`
	ds := buildDocs(t, map[string]string{"q.txt": doc})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, termLine(tm))
	}
	want := []string{"Lü Buwei|呂不韋|-0249|-0236", "Li Si|李斯|-0236|-0207", "Wang Mang|王莽|-0007|0023"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	noWarnings(t, ds)
}

// TestStartAndEndHeaderWords: the words pages head their date columns
// with ("Sworn in", "Dismissed", "Term expired") give each term its start
// and end, and a "Native place" column is where the holder comes from,
// not a native name.
func TestStartAndEndHeaderWords(t *testing.T) {
	doc := `= Governor of Syldavia =

| Governor | Sworn in | Term expired | Native place |
|---|---|---|---|
| Anna Muskar | 1 May 1950 | 3 June 1955 | Klow |
| Otto Klek | 3 June 1955 | incumbent | Szohod |
`
	ds := buildDocs(t, map[string]string{"s.txt": doc})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, termLine(tm)+" "+tm.Note)
	}
	want := []string{"Anna Muskar||1950-05-01|1955-06-03 Native place: Klow", "Otto Klek||1955-06-03| open Native place: Szohod"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	if len(ds.Findings) > 0 {
		t.Errorf("findings: %+v", ds.Findings)
	}
}

// noWarnings fails the test for each finding above info.
func noWarnings(t *testing.T, ds *Dataset) {
	t.Helper()
	for _, f := range ds.Findings {
		if f.Severity != SeverityInfo {
			t.Errorf("finding %s: %s", f.Code, f.Message)
		}
	}
}

// TestHoldersHeadedByTheOffice: in a list of vice presidents whose first
// column of names is the president each served under, the holders are
// the column headed by the office's own post; on the presidents' page the
// same table gives the presidents.
func TestHoldersHeadedByTheOffice(t *testing.T) {
	table := `
| No. | President | Vice President | Took office | Left office |
|---|---|---|---|---|
| 1 | Karl Zemb | Olga Ruts | 1 May 1950 | 1 May 1958 |
| 2 | Nina Paul | Ivo Mark | 1 May 1958 | present |
`
	for title, want := range map[string][]string{
		"Vice President of Zembla": {"Olga Ruts||1950-05-01|1958-05-01 President: Karl Zemb", "Ivo Mark||1958-05-01| open President: Nina Paul"},
		"President of Zembla":      {"Karl Zemb||1950-05-01|1958-05-01 Vice President: Olga Ruts", "Nina Paul||1958-05-01| open Vice President: Ivo Mark"},
	} {
		ds := buildDocs(t, map[string]string{"z.txt": "= " + title + " =\n" + table})
		var got []string
		for _, tm := range ds.Terms {
			got = append(got, termLine(tm)+" "+tm.Note)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s:\n got %q\nwant %q", title, got, want)
		}
	}
}

// TestHoldersHeadedByAPostOfNoHoldersWord: a column headed by the whole
// post the title names, a word tenure does not know for a holder
// ("Viceroy"), holds the holders beside a column of other people ("Chief
// Secretary"); a column headed by the title's first word alone ("Party"
// of "Party Secretary of …") does not.
func TestHoldersHeadedByAPostOfNoHoldersWord(t *testing.T) {
	for _, tt := range []struct{ title, header, want string }{
		{"Viceroy of Zembla", "| No. | Viceroy | Took office | Left office | Secretary |", "Karl Zemb"},
		{"Chief Executive of Zembla", "| No. | Chief Executive | Took office | Left office | Chief Secretary |", "Karl Zemb"},
		{"Party Secretary of Zembla", "| No. | Party | Took office | Left office | Secretary |", "Olga Ruts"},
	} {
		doc := "= " + tt.title + " =\n\n" + tt.header + "\n| 1 | Karl Zemb | 1 May 1950 | 1 May 1958 | Olga Ruts |\n"
		ds := buildDocs(t, map[string]string{"z.txt": doc})
		if len(ds.Terms) != 1 || ds.Terms[0].NameEN != tt.want {
			t.Errorf("%s: terms %+v, want %s's", tt.title, ds.Terms, tt.want)
		}
	}
}

// TestNativeColumnLanguage: characters that Chinese, Japanese and Korean
// all write take the language their column's label names; a label that
// names none leaves it to the document.
func TestNativeColumnLanguage(t *testing.T) {
	for label, want := range map[string]string{
		"Japanese":    "ja",
		"Kanji":       "ja",
		"Hanja":       "ko",
		"Chinese":     "zh",
		"Native name": "zh", // the document has no other sign
	} {
		doc := "= Governor of Testland =\n\n| No. | Name | " + label + " | Term start | Term end |\n" +
			"| 1 | Ann Ito | 田中一郎 | 1947 | 1959 |\n"
		ds := buildDocs(t, map[string]string{"t.txt": doc})
		if len(ds.Terms) != 1 || ds.Terms[0].NameNative != "田中一郎" || ds.Terms[0].NameNativeLang != want {
			t.Errorf("column %q: terms %+v, want 田中一郎 in %s", label, ds.Terms, want)
		}
	}
	// Kana say Japanese whatever the label.
	ds := buildDocs(t, map[string]string{"t.txt": "= Governor of Testland =\n\n| No. | Name | Chinese | Term start | Term end |\n" +
		"| 1 | Ann Ito | たなか | 1947 | 1959 |\n"})
	if len(ds.Terms) != 1 || ds.Terms[0].NameNativeLang != "ja" {
		t.Errorf("kana under a Chinese label: terms %+v, want ja", ds.Terms)
	}
	// In a list, the label before the name.
	ds = buildDocs(t, map[string]string{"t.txt": "= Governor of Testland =\n\n* Tanaka Ichiro (Japanese: 田中一郎), 1947–1959\n* Wang Fu (王福), 1959–1965\n"})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, tm.NameNative+" "+tm.NameNativeLang)
	}
	if want := []string{"田中一郎 ja", "王福 zh"}; !slices.Equal(got, want) {
		t.Errorf("list with a language label: %q, want %q", got, want)
	}
}

// TestRankingTableIsNoList: a table ranking holders by their total time
// in office, with a "Terms" column of counts, gives no terms and no
// unreadable dates; the list above it is read.
func TestRankingTableIsNoList(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": `= List of secretaries of the Testland Party =

| N° | Name | Term of office | |
| 1 | Ann Lee | 14 October 2007 | 21 February 2009 |
| 2 | Bob Ray | 21 February 2009 | Incumbent |

== Time in office ==

| Rank | Secretary | Total time in office | Terms |
| 1 | Bob Ray | 4 years, 10 days | 2 |
| 2 | Ann Lee | 1 year, 130 days | 1 |
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, termLine(tm))
	}
	if want := []string{"Ann Lee||2007-10-14|2009-02-21", "Bob Ray||2009-02-21| open"}; !slices.Equal(got, want) {
		t.Errorf("terms %q, want %q", got, want)
	}
	if f := findingsWith(ds, CodeUnparsedDate); len(f) != 0 {
		t.Errorf("counts read as dates: %+v", f)
	}
}

// TestScriptLanguageColumn: a column labelled with a language written in
// a script of its own ("Tibetan", "Name (Mongolian)") gives the native
// names, whole (Tibetan syllable marks, Devanagari vowel signs), in that
// language; beside a Chinese column it is a note.
func TestScriptLanguageColumn(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": `= Chairman of Testregion =

| No. | Name | Tibetan | Took office | Left office |
| 1 | Ann Lee | པདྨ་འཕྲིན་ལས། | 2010 | 2013 |
| 2 | Bob Ray | नरेन्द्र मोदी | 2013 | 2017 |
`, "u.txt": `= Chairman of Otherregion =

| No. | Name | Name (Uyghur) | Name (Chinese) | Took office | Left office |
| 1 | Nur Bekri | نۇر بەكرى | 努尔·白克力 | 2007 | 2014 |
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, tm.NameNative+" "+tm.NameNativeLang+" "+tm.Note)
	}
	want := []string{"努尔·白克力 zh Name (Uyghur): نۇر بەكرى", "པདྨ་འཕྲིན་ལས bo ", "नरेन्द्र मोदी hi "}
	if !slices.Equal(got, want) {
		t.Errorf("native names %q, want %q", got, want)
	}
}

// TestOfficesSideBySide: a table listing two offices' holders side by
// side, each with its own dates, gives each office its own terms; a later
// column of people without dates of their own stays a note.
func TestOfficesSideBySide(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want map[string][]string // office → terms
	}{
		{
			name: "two posts, a term column each",
			doc: `= Politics of Testland =

Testland is run under a dual party-government system.

== Party Secretaries and Governors ==

| Party Secretary | Term | Governor | Term |
| Ann Lee 李安 | 1950–1952 | Bob Ray | 1950–1955 |
| Cy Dunn | 1952–1959 | Di Eck 狄克 | 1955–1958 |
| Ed Fox | 2020– | Flo Gray | 2020–present |
`,
			want: map[string][]string{
				"party-secretary-of-testland": {"Ann Lee|李安|1950|1952", "Cy Dunn||1952|1959", "Ed Fox||2020| open"},
				"governor-of-testland":        {"Bob Ray||1950|1955", "Di Eck|狄克|1955|1958", "Flo Gray||2020| open"},
			},
		},
		{
			name: "a shared number column, start and end columns each",
			doc: `= Politics of Testland =

== Leaders ==

| No. | Mayor | Took office | Left office | Party Secretary | Took office | Left office |
| 1 | Ann Lee | 1950 | 1952 | Bob Ray | 1949 | 1954 |
| 2 | Cy Dunn | 1952 | 1960 | Di Eck | 1954 | 1961 |
`,
			want: map[string][]string{
				"mayor-of-testland":           {"Ann Lee||1950|1952", "Cy Dunn||1952|1960"},
				"party-secretary-of-testland": {"Bob Ray||1949|1954", "Di Eck||1954|1961"},
			},
		},
		{
			name: "a place column before the holders: each row the post of its place",
			doc: `= List of current provincial leaders of Testland =

== Provinces ==

| Province | Party Secretary | Took office | Governor | Took office |
| Anhui | Ann Lee 李安 | 2024 | Bob Ray | 2021 |
| Fujian Province | Cy Dunn | 2022 | Di Eck | 2021 |
`,
			want: map[string][]string{
				"party-secretary-of-anhui":  {"Ann Lee|李安|2024| open"},
				"party-secretary-of-fujian": {"Cy Dunn||2022| open"},
				"governor-of-anhui":         {"Bob Ray||2021| open"},
				"governor-of-fujian":        {"Di Eck||2021| open"},
			},
		},
		{
			name: "a list of current holders: each place's, since when, to when the term is due to end",
			doc: `= List of current governors of Testland =

| Prefecture | Picture | Current governor | Former party | Term | Took office | Office expires |
| Aichi (list) | | Hideaki Omura | Independent[a] | Fourth[1] | February 15, 2011 | February 11, 2027 |
| Akita | | Norihisa Satake | Independent[b] | Fourth | April 20, 2009 | April 19, 2025 |
`,
			want: map[string][]string{
				"governor-of-aichi": {"Hideaki Omura||2011-02-15| open"},
				"governor-of-akita": {"Norihisa Satake||2009-04-20| open"},
			},
		},
		{
			name: "a list of current holders whose place column notes where its past holders are listed",
			doc: `= List of current Indian chief ministers =

In the Republic of India, a chief minister is the elected head of government of each state.

| State (past chief ministers) | Name | Portrait | Party (Alliance) | Assumed office (tenure length) | Deputy |
| Andhra Pradesh (list) | N. Chandrababu Naidu | | TDP (NDA) | 12 June 2024 (2 years, 179 days) | Pawan Kalyan |
| Assam (list) | Himanta Biswa Sarma | | BJP (NDA) | 10 May 2021 (5 years, 212 days) | Vacant |
`,
			want: map[string][]string{
				"chief-minister-of-andhra-pradesh": {"N. Chandrababu Naidu||2024-06-12| open"},
				"chief-minister-of-assam":          {"Himanta Biswa Sarma||2021-05-10| open"},
			},
		},
		{
			name: "a place column with whole terms",
			doc: `= List of governors of the prefectures of Testland =

| Prefecture | Governor | Took office | Left office |
| Aomori | Ann Lee | 1990 | 1994 |
| Akita | Bob Ray | 1991 | 1995 |
`,
			want: map[string][]string{
				"governor-of-aomori": {"Ann Lee||1990|1994"},
				"governor-of-akita":  {"Bob Ray||1991|1995"},
			},
		},
		{
			name: "a province after the holder, a country before: where they come from",
			doc: `= Secretary-General of Testland =

| Country | Secretary-General | Took office | Left office | Province |
| Norland | Ann Lee | 1990 | 1994 | Anhui |
| Southland | Bob Ray | 1994 | 1998 | Fujian |
`,
			want: map[string][]string{
				"secretary-general-of-testland": {"Ann Lee||1990|1994", "Bob Ray||1994|1998"},
			},
		},
		{
			name: "a column of people with no dates of their own",
			doc: `= Governor of Testland =

| # | Governor | Took office | Left office | Lt. Governor |
| 1 | Ann Lee | 1959 | 1962 | Bob Ray |
| 2 | Cy Dunn | 1962 | 1974 | Di Eck |
`,
			want: map[string][]string{
				"governor-of-testland": {"Ann Lee||1959|1962", "Cy Dunn||1962|1974"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := buildDocs(t, map[string]string{"t.txt": tt.doc})
			var offices []string
			for _, o := range ds.Offices {
				offices = append(offices, o.ID)
			}
			if len(offices) != len(tt.want) {
				t.Errorf("offices %v, want %d", offices, len(tt.want))
			}
			for office, want := range tt.want {
				var got []string
				for _, tm := range termsOf(ds, office) {
					got = append(got, termLine(tm))
				}
				if !slices.Equal(got, want) {
					t.Errorf("terms of %s:\n%s\nwant:\n%s\n(offices %v)", office, strings.Join(got, "\n"), strings.Join(want, "\n"), offices)
				}
			}
			if f := append(findingsWith(ds, CodeRaggedRow), findingsWith(ds, CodeRealignedRow)...); len(f) != 0 {
				t.Errorf("rows reported as ragged or realigned: %+v", f)
			}
		})
	}
}

// TestPairedTenures: start and end cells that each hold several terms'
// dates, their line breaks lost, give a term for each pair, or nothing
// when they do not pair up in order.
func TestPairedTenures(t *testing.T) {
	for _, tc := range []struct{ start, end, want string }{
		{"January 6, 1963 January 3, 1979", "January 14, 1963 January 12, 1987", "1963-01-06 – 1963-01-14|1979-01-03 – 1987-01-12"},
		{"1990 1998", "1994 present", "1990 – 1994|1998 – present"},
		{"1 May 1990 2 June 1994", "2 June 1994 2 June 1998", "1990-05-01 – 1994-06-02|1994-06-02 – 1998-06-02"},
		{"January 6, 1963", "January 14, 1963", ""}, // one term: read as always
		{"1963 1979", "1987 1990", ""},                  // the second starts before the first ends
		{"1963 1979 1990", "1970 1985", ""},             // a start without its end
		{"January 6, 1963 January 3, 1979", "1987", ""}, // ends do not pair
		{"1979 1963", "1987 1970", ""},                  // out of order
		{"January 6, 1963 January 3, 1979[2]", "January 14, 1963 January 12, 1987[1]", "1963-01-06 – 1963-01-14|1979-01-03 – 1987-01-12"},
	} {
		got := strings.Join(pairedTenures(tc.start, tc.end), "|")
		if got != tc.want {
			t.Errorf("pairedTenures(%q, %q) = %q, want %q", tc.start, tc.end, got, tc.want)
		}
		for _, r := range pairedTenures(tc.start, tc.end) {
			if _, err := ParseTenure(r); err != nil {
				t.Errorf("pairedTenures(%q, %q) gave %q, which does not read: %v", tc.start, tc.end, r, err)
			}
		}
	}
}

func TestIsPlaceLabel(t *testing.T) {
	for l, want := range map[string]bool{
		"Province": true, "Prefecture": true, "States": true, "Region (capital)": true, "Province/Region": true,
		"Cities": true, "Federal subject": true, "Autonomous communities": true, "Federal district (capital)": true,
		"Special administrative area": true, "Special administrative regions": true, "Local government area (LGA)": true,
		"Area": false, "Area (km²)": false, "Special envoy": false, "Local government": false,
		"Federal government": false, "Place of birth": false, "Local party": false, "Country": false, "State Councillor": false, "Party": false, "Name": false, "Constituency": false,
	} {
		if got := isPlaceLabel(l); got != want {
			t.Errorf("isPlaceLabel(%q) = %v, want %v", l, got, want)
		}
	}
}

// TestNonEmptyShortcuts: joinNotes and nonEmptyEqual, which spare a
// slice for the common rows, agree with the plain forms.
func TestNonEmptyShortcuts(t *testing.T) {
	rows := [][]string{nil, {}, {""}, {"a"}, {"", "a", ""}, {"a", "b"}, {"a", "", "b"}, {"b", "a"}, {"a", "b", "c"}}
	for _, r := range rows {
		if got, want := joinNotes(r), strings.Join(nonEmpty(r), "; "); got != want {
			t.Errorf("joinNotes(%q) = %q, want %q", r, got, want)
		}
		for _, h := range rows {
			if got, want := nonEmptyEqual(r, h), slices.Equal(nonEmpty(r), nonEmpty(h)) && len(h) == len(nonEmpty(h)); got != want {
				t.Errorf("nonEmptyEqual(%q, %q) = %v, want %v", r, h, got, want)
			}
		}
	}
}

// TestRepeatHolderOrdinal: "7 (2)" numbers the 7th holding, by the
// holder numbered 2 before; the term is the 7th.
func TestRepeatHolderOrdinal(t *testing.T) {
	for c, want := range map[string]shape{"7 (2)": shOrdinal, "(2)": shOrdinal, "7 (acting)": shText} {
		if got := classifyCell(c); got != want {
			t.Errorf("classifyCell(%q) = %d, want %d", c, got, want)
		}
	}
	ds := buildDocs(t, map[string]string{"pm.txt": `= Prime Minister of Testland =

| No. | Name | Took office | Left office |
| 6 | Ho Test | 15 June 1960 | 18 August 1960 |
| 7 (2) | Chang Test | 19 August 1960 | 17 May 1961 |
`})
	if tm, ok := findTerm(ds, "prime-minister-of-testland", "chang-test"); !ok || tm.Ordinal != 7 {
		t.Errorf("Chang Test's term %+v, want the 7th", tm)
	}
}

// TestNumbersUnderPortrait: the holders' numbers written under
// "Portrait" (a mirror that dropped the number's blank label) are their
// ordinals, captions across the table and acting holders' dashes
// between them; a "Term" column of election numbers beside them is not.
func TestNumbersUnderPortrait(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": `= Mayor of Testnan =

| Portrait | Name (Birth–Death) | Term of Office | | Term | Political Party |
| 3 | Yeh Testkuei 葉廷珪 (1905-1977) | 1 February 1951 | 2 June 1954 | 1 | Independent |
| 4 | Chen Testtsung 陳華宗 (1904-1966) | 2 June 1954 | 2 June 1957 | 2 | Kuomintang |
| 5 | Yeh Testkuei 葉廷珪 (1905-1977) | 2 June 1957 | 2 June 1960 | 3 | Independent |
`})
	var got []int
	for _, tm := range ds.Terms {
		got = append(got, tm.Ordinal)
	}
	if want := []int{3, 4, 5}; !slices.Equal(got, want) {
		t.Errorf("ordinals %v, want %v", got, want)
	}
	// So too with a caption across the table and an acting holder's dash
	// in that column.
	ds = buildDocs(t, map[string]string{"t.txt": `= List of mayors of Testberg =

| Portrait | Name (Birth–Death) | Term of office | Political party | | | |
| Took office | Left office | Days | | | | |
| Kingdom of Testland (until 1867) | | | | | | |
| 1 | Leopold Test (1757–1813) | 6 July 1809 | 8 June 1813 | 1433 | Non-partisan | |
| 2 | Wilhelm Test (1797–1882) | 6 October 1834 | 20 March 1848 | 4914 | Non-partisan | |
| – | Franz Test (1799–1860) Acting | 20 March 1848 | 23 January 1851 | 1039 | Non-partisan | |
| (2) | Wilhelm Test (1797–1882) | 23 January 1851 | 30 December 1862 | 4359 | Non-partisan | |
| 3 | Karl Test (1812–1873) | 12 January 1863 | 18 January 1871 | 1492 | Non-partisan | |
`})
	got = got[:0]
	for _, tm := range ds.Terms {
		got = append(got, tm.Ordinal)
	}
	if want := []int{1, 2, 0, 2, 3}; !slices.Equal(got, want) {
		t.Errorf("ordinals with a caption and a dash %v, want %v", got, want)
	}
	ds = buildDocs(t, map[string]string{"t.txt": `= Mayor of Testnan =

| Portrait | Name | Took office | Left office |
| Yeh.jpg | Yeh Testkuei | 1951 | 1954 |
| Chen.jpg | Chen Testtsung | 1954 | 1957 |
`})
	for _, tm := range ds.Terms {
		if tm.Ordinal > 2 || strings.Contains(tm.NameEN, ".jpg") {
			t.Errorf("term %+v read from a portrait column", tm)
		}
	}
}

// TestPortraitColumnLostFromEveryRow: a mirror that drops the portrait's
// cell from every row ("| Aichi | Hideaki Omura | Independent | … |" under
// "Prefecture | Picture | Current governor | Former party | …") shifts
// each row one place left; the holder is the name under the portrait, the
// name after it the party, and the dates are read under their own labels.
// A table whose rows keep their width is read at its positions.
func TestPortraitColumnLostFromEveryRow(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": `= List of current Testland governors =

| Prefecture | Picture | Current governor | Former party | Term | Took office | Office expires |
| Aichi (list) | Hideaki Testmura | Independent [a] | Fourth [1] | February 15, 2011 | February 11, 2027 |
| Akita | Norihisa Testake | Independent [b] | Fourth | April 20, 2009 | April 19, 2025 |
| Hiroshima | Hidehiko Testaki | LDP | Fourth | November 29, 2009 | November 28, 2025 |
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, fmt.Sprintf("%s %s %s–%s", tm.OfficeID, tm.PersonID, tm.Start, tm.End))
	}
	want := []string{"governor-of-aichi hideaki-testmura 2011-02-15–", "governor-of-akita norihisa-testake 2009-04-20–",
		"governor-of-hiroshima hidehiko-testaki 2009-11-29–"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	if f := findingsWith(ds, CodeEndBeforeStart); len(f) != 0 {
		t.Errorf("dates read under the wrong labels: %+v", f)
	}
	ds = buildDocs(t, map[string]string{"t.txt": `= Governor of Testprov =

| No. | Portrait | Name | Party | Took office | Left office |
| 1 | Ann Lee | Liberal | 1990 | 1995 |
| 2 | | Bob Ray | Labour | 1995 | 2000 |
`})
	got = got[:0]
	for _, tm := range ds.Terms {
		got = append(got, tm.PersonID+" "+tm.Start.String())
	}
	if want := []string{"ann-lee 1990", "bob-ray 1995"}; !slices.Equal(got, want) {
		t.Errorf("terms %q, want %q", got, want)
	}
}

// TestFirstCellSpannedFromAbove: rows that lost their first cell to one
// spanning them from the row above ("| List | Fob James | … |", then "|
// Jim Folsom Jr. | Democratic | … |") are read with their cells under
// their own labels, not left of them; a row that lost a cell further
// right keeps its first cell where it is.
func TestFirstCellSpannedFromAbove(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": `= Governor of Testbama =

| List | Governor | Party | Date of birth | Term(s) | Age (Years/Days) | Notes |
| List | Fob Testes | Democratic, Republican | September 15, 1934 | 1979–1983, 1995–1999 | 86 years, 358 days | A Democrat first. |
| Jim Testsom Jr. | Democratic | May 14, 1949 | 1993–1995 | 72 years, 117 days | Became governor after a resignation. |
| Don Testelman | Democratic | February 24, 1946 | 1999–2003 | 74 years, 278 days | |
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, fmt.Sprintf("%s %s–%s", tm.PersonID, tm.Start, tm.End))
	}
	want := []string{"fob-testes 1979–1983", "fob-testes 1995–1999", "jim-testsom-jr 1993–1995", "don-testelman 1999–2003"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	for _, code := range []string{CodeRaggedRow, CodeRealignedRow, CodeUnreadBlock} {
		if f := findingsWith(ds, code); len(f) != 0 {
			t.Errorf("%s findings %+v, want none", code, f)
		}
	}
	ds = buildDocs(t, map[string]string{"t.txt": `= Governor of Testprov =

| No. | Portrait | Name | Took office | Left office |
| 1 | | Ann Lee | 1990 | 1995 |
| 2 | Bob Ray | 1995 | 2000 |
`})
	got = got[:0]
	for _, tm := range ds.Terms {
		got = append(got, fmt.Sprintf("%d %s %s", tm.Ordinal, tm.PersonID, tm.Start))
	}
	if want := []string{"1 ann-lee 1990", "2 bob-ray 1995"}; !slices.Equal(got, want) {
		t.Errorf("terms %q, want %q", got, want)
	}
}

// TestPlacesOfARolesHolders: a table of each place's holder of the post
// its heading names, the holders under a plain "Name" ("| Provinces |
// Name | Birthdate | Took office |" under "Communist Party
// Secretaries"), gives each place's office; a place column on a page of
// one place's office is only where the holder comes from.
func TestPlacesOfARolesHolders(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": `= List of current Testland provincial leaders =

== Communist Party Secretaries ==

| Provinces | Name | Birthdate | Prior public experience | Took office |
| Hebei | Zhao Testzhi | November 1953 (age 63) | Party Secretary of Guizhou | 2015.07.31 |
| Shanxi | Luo Testning | October 1954 (age 62) | Party Secretary of Qinghai | 2016.06.30 |
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, fmt.Sprintf("%s %s %s–%s open=%v", tm.OfficeID, tm.PersonID, tm.Start, tm.End, tm.Incumbent))
	}
	want := []string{"party-secretary-of-hebei zhao-testzhi 2015-07-31– open=true", "party-secretary-of-shanxi luo-testning 2016-06-30– open=true"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	if f := findingsWith(ds, CodeEndBeforeStart); len(f) != 0 {
		t.Errorf("birth dates read as terms' ends: %+v", f)
	}
	ds = buildDocs(t, map[string]string{"t.txt": `= Governor of Testprov =

| Province | Name | Took office | Left office |
| Hebei | Zhao Testzhi | 2015 | 2017 |
| Shanxi | Luo Testning | 2017 | 2019 |
`})
	if len(ds.Offices) != 1 || len(termsOf(ds, "governor-of-testprov")) != 2 {
		t.Errorf("offices %+v, want the page's one, with both terms", ds.Offices)
	}
}

// TestCaptionsOfParallelPosts: caption rows that name posts held side by
// side over the same years ("Military Governor", then "Civilian
// Governor", each numbered from 1) keep the page's office, as the page
// lists them; each term notes its post, its neighbours are those of its
// group, and the groups do not overlap each other. Captions of one post's
// successive titles, one after the other, are noted on no term.
func TestCaptionsOfParallelPosts(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": `= Governor of Testsu =

The governor of Testsu is the head of the Testsu government.

| No. | Officeholder | Took office | Left office |
|---|---|---|---|
| Military Governor | | | |
| 1 | Cheng Dequan (1860–1930) | 5 November 1911 | 1 January 1912 |
| 2 | Zhang Xun (1854–1923) | 1 January 1912 | 16 December 1913 |
| 3 | Feng Guozhang (1859–1919) | 16 December 1913 | 1 August 1917 |
| Civilian Governor | | | |
| 1 | Ying Dehong (1876–1919) | 19 November 1912 | 6 September 1913 |
| 2 | Han Guojun (1857–1942) | 9 September 1913 | 15 July 1914 |
| 3 | Qi Yaolin (1863–1949) | 15 July 1914 | 10 October 1920 |
`, "u.txt": `= Mayor of Testville =

The mayor of Testville heads its government.

| No. | Name | Took office | Left office |
|---|---|---|---|
| Governor of the Testville Prefecture | | | |
| 1 | Ann Lee | 1912 | 1918 |
| 2 | Bob Ray | 1918 | 1925 |
| Mayor of Testville | | | |
| 3 | Cai Wen | 1925 | 1931 |
| 4 | Dan Hu | 1931 | 1937 |
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, fmt.Sprintf("%s %d %s %s→%s %s", tm.OfficeID, tm.Ordinal, tm.NameEN, tm.PredecessorPersonID, tm.SuccessorPersonID, tm.Note))
	}
	want := []string{
		"governor-of-testsu 1 Cheng Dequan →zhang-xun Post: Military Governor; 1860–1930",
		"governor-of-testsu 2 Zhang Xun cheng-dequan→feng-guozhang Post: Military Governor; 1854–1923",
		"governor-of-testsu 3 Feng Guozhang zhang-xun→ Post: Military Governor; 1859–1919",
		"governor-of-testsu 1 Ying Dehong →han-guojun Post: Civilian Governor; 1876–1919",
		"governor-of-testsu 2 Han Guojun ying-dehong→qi-yaolin Post: Civilian Governor; 1857–1942",
		"governor-of-testsu 3 Qi Yaolin han-guojun→ Post: Civilian Governor; 1863–1949",
		"mayor-of-testville 1 Ann Lee →bob-ray ",
		"mayor-of-testville 2 Bob Ray ann-lee→cai-wen ",
		"mayor-of-testville 3 Cai Wen bob-ray→dan-hu ",
		"mayor-of-testville 4 Dan Hu cai-wen→ ",
	}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	if f := findingsWith(ds, CodeOverlappingTerms); len(f) > 0 {
		t.Errorf("parallel posts overlap no one: %+v", f)
	}
}

// TestBlankEndCell: a table row whose end cell is empty (or holds only a
// footnote) is the holder of now when no later holder follows, and a
// term whose end the page does not give when one does.
func TestBlankEndCell(t *testing.T) {
	ds := buildDocs(t, map[string]string{"s.txt": `= Politics of Testzhen =

The politics of Testzhen.

== List of Mayors of Testzhen ==

| No. | English name | Chinese name | Took office | Left office | Notes |
|---|---|---|---|---|---|
| 1 | Li Hao | 李灏 | 12 August 1986 | | |
| 2 | Xu Qin | 许勤 | June 2010 | April 2017 | |
| 3 | Chen Rugui | 陈如桂 | July 2017 | | [1] |
`})
	var got []string
	for _, tm := range termsOf(ds, "mayor-of-testzhen") {
		got = append(got, fmt.Sprintf("%s %s–%s", tm.NameEN, tm.Start, endText(tm.End, tm.Incumbent)))
	}
	want := []string{"Li Hao 1986-08-12–unknown", "Xu Qin 2010-06–2017-04", "Chen Rugui 2017-07–present"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	// The finding names the holder who follows, not the latest one.
	if f := findingsWith(ds, CodeUndatedEnd); len(f) != 1 || !strings.Contains(f[0].Message, "(Xu Qin (许勤), from 2010-06)") {
		t.Errorf("undated-end findings: %+v, want one for Li Hao, followed by Xu Qin", f)
	}
}

// TestCurrentPostsTable: a table of posts and who holds each now, with no
// dates, on a page whose lead says it lists the current holders, gives
// each post an open term whose start is not known; the same table on a
// page that does not say so is not read.
func TestCurrentPostsTable(t *testing.T) {
	table := `
| Office and division (past officeholders) | Name | Portrait | Date of birth (Age) | Party |
|---|---|---|---|---|
| Mayor of Testpei City (list) | Hou You-yi | | 7 June 1957 (66 years, 142 days) | Kuomintang |
| Magistrate of Testlien County (list) | Hsu Chen-wei | | 3 November 1964 (58 years, 358 days) | Kuomintang |
`
	for lead, read := range map[string]bool{
		"This article lists the current magistrates and mayors of Testland.": true,
		"This article lists magistrates and mayors of Testland.":             false,
	} {
		ds := buildDocs(t, map[string]string{"t.txt": "= List of magistrates and mayors in Testland =\n\n" + lead + "\n" + table})
		var got []string
		for _, tm := range ds.Terms {
			got = append(got, fmt.Sprintf("%s %s %t", tm.OfficeID, tm.NameEN, tm.Incumbent))
		}
		want := []string{"magistrate-of-testlien Hsu Chen-wei true", "mayor-of-testpei Hou You-yi true"}
		if !read {
			want = nil
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: terms %q, want %q", lead, got, want)
		}
	}
}

// A header padded at its end to the rows' width, one of its labels over
// two columns (the party's colour, blank, and its name): the rows are
// read under the labels they belong to, and a row whose holder's cell is
// blank names no one (not its place).
func TestPaddedHeaderOverPartyColour(t *testing.T) {
	doc := `= List of current Testland governors =

| Prefecture | Picture | Current governor | Former party | Term | Took office | Office expires | |
| Aichi (list) | | Hideaki Omura | | Independent | 4th | February 15, 2011 | February 11, 2027 |
| Akita | | Kenta Suzuki | | Independent | 1st | April 20, 2025 | April 19, 2029 |
| Gifu | | | | Independent | 1st | February 6, 2025 | February 5, 2029 |
| Ishikawa (list) | | Hiroshi Hase | | LDP | 1st | March 27, 2022 | March 26, 2026 |
`
	ds := buildDocs(t, map[string]string{"g.txt": doc})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, fmt.Sprintf("%s %s %s–%s open=%v %s", tm.OfficeID, tm.NameEN, tm.Start, tm.End, tm.Incumbent, tm.Note))
		if tm.Ordinal != 0 {
			t.Errorf("%s: ordinal %d, from the count of the holder's terms", tm.NameEN, tm.Ordinal)
		}
	}
	want := []string{
		"governor-of-aichi Hideaki Omura 2011-02-15– open=true Term: 4th; Former party: Independent; Office expires: February 11, 2027",
		"governor-of-akita Kenta Suzuki 2025-04-20– open=true Term: 1st; Former party: Independent; Office expires: April 19, 2029",
		"governor-of-ishikawa Hiroshi Hase 2022-03-27– open=true Term: 1st; Former party: LDP; Office expires: March 26, 2026",
	}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	for _, f := range ds.Findings {
		if f.Severity != SeverityInfo {
			t.Errorf("unexpected finding %+v", f)
		}
	}
}

// In a table of the holders of now, as the title or heading says, each
// row its own place's post, "End of term" is when the term is due to end:
// the holder is in office. Under a heading of former holders it is an end.
func TestEndOfTermOfHoldersOfNow(t *testing.T) {
	table := `| State | Governor | Party | Inauguration | End of term |
| Alabama | Kay Ivey | Republican | April 10, 2017 | 2027 (term limits) |
| Alaska | Mike Dunleavy | Republican | December 3, 2018 | 2026 |
`
	for _, tt := range []struct {
		name, doc string
		open      bool
	}{
		{"a title of now", "= List of current Testland governors =\n\n== State governors ==\n\n" + table, true},
		{"a heading of now", "= Testland governors =\n\n== Current governors ==\n\n" + table, true},
		{"a heading of former holders", "= List of current Testland governors =\n\n== Former governors ==\n\n" + table, false},
		{"no word of now", "= Testland governors =\n\n" + table, false},
	} {
		ds := buildDocs(t, map[string]string{"g.txt": tt.doc})
		tm, ok := findTerm(ds, "governor-of-alabama", "kay-ivey")
		if !ok || tm.Incumbent != tt.open || tt.open && !tm.End.IsZero() || !tt.open && tm.End.String() != "2027" {
			t.Errorf("%s: Kay Ivey %+v, want open %v", tt.name, tm, tt.open)
		}
		if tt.open && !strings.Contains(tm.Note, "End of term: 2027 (term limits)") {
			t.Errorf("%s: note %q", tt.name, tm.Note)
		}
	}
}

// "Took office (tenure length)" in a table of each state's holder of
// now: the date the term began, then in brackets how long it has lasted;
// the term is open, not one day long.
func TestTookOfficeWithTenureLength(t *testing.T) {
	ds := buildDocs(t, map[string]string{"cm.txt": `= List of current Indian chief ministers =

== List of chief ministers ==
| State/UT | Portrait | Name [3] | Took office (tenure length) | Party [b] | Ref |
| Assam | | Ann Lee | 12 June 2024 (184 days) | People's Party | [4] |
| Bihar | | Bob Ray | 17 July 2016 (8 years, 120 days) | Farmers' Party | [5] |
`})
	for _, tt := range []struct{ office, person, start string }{
		{"chief-minister-of-assam", "ann-lee", "2024-06-12"},
		{"chief-minister-of-bihar", "bob-ray", "2016-07-17"},
	} {
		tm, ok := findTerm(ds, tt.office, tt.person)
		if !ok || tm.Start.String() != tt.start || !tm.Incumbent || !tm.End.IsZero() {
			t.Errorf("%s: %+v, want open since %s", tt.person, tm, tt.start)
		}
		if strings.Contains(tm.Note, "days") {
			t.Errorf("%s: note %q keeps the tenure's length, which changes every day", tt.person, tm.Note)
		}
	}
}

func FuzzPairedTenures(f *testing.F) {
	f.Add("January 6, 1963 January 3, 1979", "January 14, 1963 January 12, 1987")
	f.Add("1990 1998", "1994 present")
	f.Add("1 May 1990 2 June 1994", "2 June 1994 ?")
	f.Fuzz(func(t *testing.T, start, end string) {
		ts := pairedTenures(start, end)
		if ts != nil && len(ts) < 2 {
			t.Fatalf("pairedTenures(%q, %q) = %q, one term", start, end, ts)
		}
		for _, r := range ts {
			if tn, err := ParseTenure(r); err != nil || tn.Start.IsZero() {
				t.Fatalf("pairedTenures(%q, %q) gave %q, which does not read: %v", start, end, r, err)
			}
		}
	})
}

// TestLabelSpanningNumbers: "| Governor | Term | |" over "| 1 | Ann Lee |
// 1966-1984 |": the label spans the numbers and the names, so the rows
// keep their numbers (a returning holder's "(1)" too) and are read by
// the header, neither realigned nor reported as holding no dates.
func TestLabelSpanningNumbers(t *testing.T) {
	ds := buildDocs(t, map[string]string{"g.txt": `= Governor of Testmaras =

| Governor[1] | Term | |
| 1 | Ann Lee | 1966-1984 |
| 2 | Bob Ray | 1984-1986 |
| (1) | Ann Lee | 1986-1992 |
`})
	var got []int
	for _, tm := range ds.Terms {
		got = append(got, tm.Ordinal)
	}
	if !slices.Equal(got, []int{1, 2, 1}) {
		t.Errorf("ordinals %v, want [1 2 1]", got)
	}
	for _, code := range []string{CodeRealignedRow, CodeUnparsedDate} {
		if f := findingsWith(ds, code); len(f) != 0 {
			t.Errorf("%s findings %+v", code, f)
		}
	}
}

// TestTermNumbersColumn: a "Term" column numbering each holder's terms
// ("1st–2nd", "7th, 9th") holds no dates to report: its values are noted.
func TestTermNumbersColumn(t *testing.T) {
	ds := buildDocs(t, map[string]string{"m.txt": `= Mayor of Testshima =

| Term | Name | Took office | Left office |
| 1st–2nd | Ann Lee | 1 May 1947 | 30 April 1955 |
| 3rd | Bob Ray | 1 May 1955 | 30 April 1959 |
| 4th, 6th | Cy Dunn | 1 May 1959 | 30 April 1963 |
`})
	if f := findingsWith(ds, CodeUnparsedDate); len(f) != 0 {
		t.Errorf("unparsed-date findings %+v", f)
	}
	if len(ds.Terms) != 3 || ds.Terms[0].Note != "Term: 1st–2nd" {
		t.Errorf("terms %+v", ds.Terms)
	}
	for _, c := range []struct {
		in   string
		want bool
	}{{"1st–2nd", true}, {"7th, 9th", true}, {"Fourth", true}, {"3rd and 5th", true}, {"Acting", false}, {"sometime in 1960", false}, {"", false}} {
		if got := isTermNumbers(c.in); got != c.want {
			t.Errorf("isTermNumbers(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestSpeakersOfABody: a table of one body's presiding officers whose
// label ("Speaker") the header words do not know, with a row for a
// speaker pro tempore and a State column: the holders are the Speaker
// column's, the pro tempore holder is acting, and the state is where each
// holder comes from, not a post of its own.
func TestSpeakersOfABody(t *testing.T) {
	doc := `= List of speakers of the Zemblan House of Representatives =

| No. | Portrait | Speaker | Party | State | Term of service |
|---|---|---|---|---|---|
| 1 | | Ann Lee (1750–1801) | Federalist | Ostia | April 1, 1789 – March 4, 1791 |
| 2 | | Bob Ray (1740–1809) | Federalist | Nordia | October 24, 1791 – March 4, 1793 |
| – | | Cy Dunn (born 1975) Speaker pro tempore | Federalist | Ostia | March 4, 1793 – April 1, 1793 |
| 3 | | Di Eck (born 1972) | Republican | Sudia | April 1, 1793 – Incumbent |
`
	ds := buildDocs(t, map[string]string{"s.txt": doc})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, tm.OfficeID+" "+termLine(tm))
	}
	const office = "speaker-of-the-zemblan-house-of-representatives"
	want := []string{
		office + " Ann Lee||1789-04-01|1791-03-04",
		office + " Bob Ray||1791-10-24|1793-03-04",
		office + " Cy Dunn||1793-03-04|1793-04-01 acting",
		office + " Di Eck||1793-04-01| open",
	}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
}

// TestLabelOverBothDateColumns: "| Term of office | Term of office |", the
// label of a spanning cell written over each of its columns, is a start
// and an end column; the holders' label with life dates and a
// constituency after them is the holders'.
func TestLabelOverBothDateColumns(t *testing.T) {
	doc := `= List of prime ministers of Zembla =

| Portrait | Prime Minister (Birth–Death) Constituency | Term of office | Term of office | Party | Monarch (Reign) |
|---|---|---|---|---|---|
| | Ann Lee (1676–1745) MP for Ostia | 3 April 1721 | 11 February 1742 | Whig | Karl I (1714–1727) |
| | Bob Ray (1673–1743) | 16 February 1742 | 2 July 1743 | Tory | Karl II (1727–1760) |
`
	ds := buildDocs(t, map[string]string{"p.txt": doc})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, termLine(tm))
	}
	want := []string{"Ann Lee||1721-04-03|1742-02-11", "Bob Ray||1742-02-16|1743-07-02"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	for _, f := range ds.Findings {
		if f.Code == "realigned-row" {
			t.Errorf("unexpected finding: %s", f.Message)
		}
	}
}

// TestMarkedNumberAndRoman: the numbers a mark sets off, and Roman
// numerals, read by their first bytes.
func TestMarkedNumberAndRoman(t *testing.T) {
	for c, want := range map[string]string{"1.": "1", "#2": "2", "No. 3": "3", "No 12": "12", "no. 7": "7", "№ 4": "4", "Nº 5": "5",
		"12": "", "No. 1234": "", "Ann": "", "": "", "N": "", "#": "", "1.5": ""} {
		if got, _ := markedNumber(c); got != want {
			t.Errorf("markedNumber(%q) = %q, want %q", c, got, want)
		}
	}
	for c, want := range map[string]bool{"IV": true, "XIV": true, "VIII": true, "IIII": false, "VV": false, "IVX": true, "Ivan": false,
		"": false, "XXXVIII": false, "1": false} {
		if got := isRoman(c); got != want {
			t.Errorf("isRoman(%q) = %v, want %v", c, got, want)
		}
	}
}

// TestEnvoysTable: a list of ambassadors whose holders' label the header
// words know, whose term starts when the envoy presented credentials (the
// appointment a note beside it) and ends with how the mission ended and
// when ("Left post, May 4, 1954").
func TestEnvoysTable(t *testing.T) {
	doc := `= List of ambassadors of Zembla to Ostia =

| # | Ambassador | Title | Appointed | Presented credentials | Terminated mission |
|---|---|---|---|---|---|
| 1 | Ann Lee | Envoy Extraordinary and Minister Plenipotentiary | March 2, 1950 | April 12, 1950 | Left post, May 4, 1954 |
| 2 | Bob Ray | Ambassador Extraordinary and Plenipotentiary | June 1, 1954 | June 20, 1954 | Superseded, July 1, 1958 |
| 3 | Cy Dunn | Ambassador Extraordinary and Plenipotentiary | August 20, 1958 | September 3, 1958 | |
`
	ds := buildDocs(t, map[string]string{"a.txt": doc})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, termLine(tm)+" "+tm.Note)
	}
	want := []string{
		"Ann Lee||1950-04-12|1954-05-04 Title: Envoy Extraordinary and Minister Plenipotentiary; Appointed: March 2, 1950; Left post",
		"Bob Ray||1954-06-20|1958-07-01 Title: Ambassador Extraordinary and Plenipotentiary; Appointed: June 1, 1954; Superseded",
		"Cy Dunn||1958-09-03| open Title: Ambassador Extraordinary and Plenipotentiary; Appointed: August 20, 1958",
	}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	for _, f := range ds.Findings {
		if f.Severity != SeverityInfo {
			t.Errorf("unexpected finding: %s %s", f.Code, f.Message)
		}
	}
}

// TestListOfAnUnknownRole: a list page titled with a role the role words
// do not know ("List of doges of Testia") is of that role's holders, the
// Doge of Testia's; a Pontificate column holds their tenures.
func TestListOfAnUnknownRole(t *testing.T) {
	ds := buildDocs(t, map[string]string{"d.txt": `= List of doges of Testia =

| No. | Pontificate | Regnal name | Personal name |
|---|---|---|---|
| 1 | 4 August 1903 – 20 August 1914 | Pius X | Giuseppe Sarto |
| 2 | 3 September 1914 – present | Benedict XV | Giacomo della Chiesa |
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, tm.OfficeID+" "+termLine(tm))
	}
	want := []string{"doge-of-testia Pius X||1903-08-04|1914-08-20", "doge-of-testia Benedict XV||1914-09-03| open"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
}

// TestNativeLabelledColumn: a column labelled in the script of its values
// ("姓名" over Chinese names) gives the holders' native names.
func TestNativeLabelledColumn(t *testing.T) {
	ds := buildDocs(t, map[string]string{"n.txt": `= Governor of Testzhou =

| No. | 姓名 | Name | Term |
|---|---|---|---|
| 1 | 赵六 | Zhao Liu | 1949–1955 |
| 2 | 钱七 | Qian Qi | 1955–1960 |
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, termLine(tm))
	}
	want := []string{"Zhao Liu|赵六|1949|1955", "Qian Qi|钱七|1955|1960"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
}

// TestEraDatesInCells: a cell's date in a reign's era with the calendar's
// date in brackets after it is that date, alone or in a range; a date
// with its era after it keeps the era as a note.
func TestEraDatesInCells(t *testing.T) {
	ds := buildDocs(t, map[string]string{"v.txt": `= Viceroy of Testguang =

| No. | Name | Took office | Left office |
|---|---|---|---|
| 1 | Lin Zexu 林則徐 | 26 January 1840 (Daoguang 19) | 3 October 1840 |
| 2 | Zhang Zhidong 張之洞 | Guangxu 10 (1884) | Guangxu 15 (1889) |

| No. | Name | Term |
|---|---|---|
| 3 | Ann Lee | Meiji 5 (1872) – Meiji 10 (1877) |
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, termLine(tm)+" "+tm.Note)
	}
	want := []string{"Lin Zexu|林則徐|1840-01-26|1840-10-03 Daoguang 19", "Zhang Zhidong|張之洞|1884|1889 ", "Ann Lee||1872|1877 "}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	if f := findingsWith(ds, CodeUnparsedDate); len(f) != 0 {
		t.Errorf("unparsed-date findings: %+v", f)
	}
}

// TestActingTitleColumn: a column of the titles the holders held marks
// one whose title is acting ("Acting Chairman") as acting; a column of
// who appointed them does not.
func TestActingTitleColumn(t *testing.T) {
	ds := buildDocs(t, map[string]string{"h.txt": "= List of heads of state of Testland =\n\n" +
		"| No. | Name | Title | Appointed by | Took office | Left office |\n" +
		"| 1 | Ann Lee | Chairman | Congress | 1949 | 1959 |\n" +
		"| — | Bob Ray | Acting Chairman | Congress | 1959 | 1960 |\n" +
		"| 2 | Cy Dunn | President | Acting President Bob Ray | 1960 | 1965 |\n"})
	for _, tc := range []struct {
		person string
		acting bool
	}{{"ann-lee", false}, {"bob-ray", true}, {"cy-dunn", false}} {
		if tm, ok := findTerm(ds, "head-of-state-of-testland", tc.person); !ok || tm.Acting != tc.acting {
			t.Errorf("%s: %+v, want acting %v", tc.person, tm, tc.acting)
		}
	}
}

// TestContinuationRowKeepsItsTermColumn: a further term's row gives its
// own election, not the party spanned over the holder's rows.
func TestContinuationRowKeepsItsTermColumn(t *testing.T) {
	ds := buildDocs(t, map[string]string{"cm.txt": "= List of chief ministers of Testoram =\n\n" +
		"| No | Name | Term | | Assembly (Election) | Party |\n" +
		"| 4 | Laldenga | 21 August 1986 | 19 February 1987 | 4th | Mizo National Front |\n" +
		"| 20 February 1987 | 7 September 1988 | 5th (1987 election) |\n"})
	terms := termsOf(ds, "chief-minister-of-testoram")
	if len(terms) != 2 || terms[1].Note != "Assembly (Election): 5th (1987 election)" {
		t.Errorf("terms %+v", terms)
	}
}

// TestRunningMateRowIsNoHolder: a row as wide as the header whose
// holder's cell is empty and that gives no dates, only a name under
// "Vice President" (a second term's running mate), is no term of that
// name; a row cut short that starts with its number and names its holder
// is still read, with the dates on the rows under it.
func TestRunningMateRowIsNoHolder(t *testing.T) {
	ds := buildDocs(t, map[string]string{"p.txt": "= President of Testland =\n\n== List of presidents ==\n\n" +
		"| No. | President | Term of office | | Vice President | Party |\n" +
		"| | | Took office | Left office | | |\n" +
		"| 13 | Dan Moss |\n" +
		"| 20 May 2008 | 20 May 2016 |\n" +
		"| 14 | Ann Lee 李安 | 20 May 2016 | 20 May 2024 | Cy Dunn 鄧賽 | Unity |\n" +
		"| 15 | | | | Bob Ray 雷波 | |\n" +
		"| 16 | Bob Ray 雷波 | 20 May 2024 | Incumbent | Eve Ford | Unity |\n"})
	got := officeTermLines(ds)
	want := []string{
		"president-of-testland Dan Moss||2008-05-20|2016-05-20",
		"president-of-testland Ann Lee|李安|2016-05-20|2024-05-20",
		"president-of-testland Bob Ray|雷波|2024-05-20| open",
	}
	if !slices.Equal(got, want) {
		t.Errorf("terms\n got %q\nwant %q", got, want)
	}
}

// TestCurrentGovernorsByElection: a country's list of its governors of
// now, the holders' column first and the place after it, gives each row
// its place's office; with no column of starts but the election's, whose
// cells are days, that column gives when each term began, and the term
// runs on ("Office expires" says when it is to end, not when it did).
func TestCurrentGovernorsByElection(t *testing.T) {
	doc := `= List of governors of Japan =

This is a list of the current (as of October 2007) governors of Japan.

| Current Governor | Prefecture | Elected | Office expires |
| Masa Kanda | Aichi | February 15, 1999 | February 14, 2011 |
| Suke Terata | Akita | April 20, 1997 | April 19, 2009 |
`
	ds := buildDocs(t, map[string]string{"t.txt": doc})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, fmt.Sprintf("%s %s %s-%s %t", tm.OfficeID, tm.NameEN, tm.Start, tm.End, tm.Incumbent))
	}
	want := []string{"governor-of-aichi Masa Kanda 1999-02-15- true", "governor-of-akita Suke Terata 1997-04-20- true"}
	if !slices.Equal(got, want) {
		t.Errorf("terms %q, want %q", got, want)
	}
}

// TestElectionYearsAreNoStarts: an Elected column of years alone is when
// the holders were chosen, a note, and gives no term a start.
func TestElectionYearsAreNoStarts(t *testing.T) {
	doc := "= List of governors of Japan =\n\nThis is a list of the current governors of Japan.\n\n| Current Governor | Prefecture | Elected |\n| Masa Kanda | Aichi | 1999 |\n| Suke Terata | Akita | 1997 |\n"
	ds := buildDocs(t, map[string]string{"t.txt": doc})
	for _, tm := range ds.Terms {
		if !tm.Start.IsZero() {
			t.Errorf("term %s %s starts %s, want no start", tm.OfficeID, tm.NameEN, tm.Start)
		}
	}
}

// TestActingInNotes: a notes cell that says the holder acted ("OIC
// Governor", the Philippines' officer in charge; "Acting governor";
// "Officer-in-charge") marks the term acting; one that says otherwise
// ("Elected"), or acting for part of the term ("Acting 1994–1995"), does
// not.
func TestActingInNotes(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": `= Governor of Testprov =

| No. | Name | Term | Note(s) |
| 1 | Ann Lee | 1980 - 1983 | OIC Governor[3] |
| 2 | Bob Ray | 1983 - 1986 | Acting governor |
| 3 | Cy Dunn | 1986 - 1988 | Elected |
| 4 | Di Eck | 1988 - 1992 | Officer-in-charge |
| 5 | Ed Fox | 1992 - 1996 | Acting 1992–1993 |
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, fmt.Sprintf("%s %v", tm.PersonID, tm.Acting))
	}
	want := []string{"ann-lee true", "bob-ray true", "cy-dunn false", "di-eck true", "ed-fox false"}
	if !slices.Equal(got, want) {
		t.Errorf("acting:\n got %q\nwant %q", got, want)
	}
}

// TestNameLostToTemplate: a row whose holder's name a mirror left as a
// template's name ("| Template:Ill | … | January 1993 | April 1996 |") is
// the term of someone unnamed, not a further term of the holder above:
// skipped with a missing-name warning, no vacancy reported over it, the
// holders on either side no neighbours of each other, and its place in
// an unnumbered list kept. So is a row whose holder the list gives as
// unknown ("?").
func TestNameLostToTemplate(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": `= Governor of Testzhou =

| Portrait | Name (English) | Name (Chinese) | Term start | Term end | Ref. |
| | Wang Testwen | 王测文 | January 1983 | January 1993 | [10] |
| | Template:Ill | Script error: No such module "Lang". | January 1993 | April 1996 | [11] |
| | Wu Testxia | 吴测霞 | April 1996 | December 1998 | [12] |
`, "u.txt": `= Governor of Testhua =

| No. | Name | Term |
| 1 | Ann Lee | 11 August 1823 – 19 November 1823 |
| 2 | Bob Ray | 19 November 1823 – 3 April 1824 |
| 3 | ? | 3 April 1824 – 17 May 1824 |
| 4 | Bob Ray | 17 May 1824 – 8 September 1824 |
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, fmt.Sprintf("%d %s %s–%s %s>%s", tm.Ordinal, tm.PersonID, tm.Start, tm.End, tm.PredecessorPersonID, tm.SuccessorPersonID))
	}
	want := []string{
		"1 ann-lee 1823-08-11–1823-11-19 >bob-ray", "2 bob-ray 1823-11-19–1824-04-03 ann-lee>", "4 bob-ray 1824-05-17–1824-09-08 >",
		"1 wang-testwen 1983-01–1993-01 >", "3 wu-testxia 1996-04–1998-12 >",
	}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	if f := findingsWith(ds, CodeMissingName); len(f) != 1 || f[0].Line != 5 {
		t.Errorf("missing-name findings %+v, want one, line 5", f)
	}
	if f := findingsWith(ds, CodeVacancy); len(f) != 0 {
		t.Errorf("vacancies over an unnamed holder's term: %+v", f)
	}
}

// TestListItemNameLost: a list item whose holder's name a copy lost
// before its colon ("# : February 1993-February 1996") is someone's
// term: a missing-name warning, no vacancy over it, and its place in
// the numbering kept.
func TestListItemNameLost(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": `= Politics of Testchuan =

== List of Governors of Testchuan ==

#Wang Testwen : January 1988-February 1993
# : February 1993-February 1996
#Song Testrui : February 1996-June 1999
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, fmt.Sprintf("%d %s %s–%s %s>%s", tm.Ordinal, tm.PersonID, tm.Start, tm.End, tm.PredecessorPersonID, tm.SuccessorPersonID))
	}
	want := []string{"1 wang-testwen 1988-01–1993-02 >", "3 song-testrui 1996-02–1999-06 >"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	if f := findingsWith(ds, CodeMissingName); len(f) != 1 || f[0].Line != 6 {
		t.Errorf("missing-name findings %+v, want one, line 6", f)
	}
	for _, code := range []string{CodeVacancy, CodeUnparsedListItem} {
		if f := findingsWith(ds, code); len(f) != 0 {
			t.Errorf("%s findings over an unnamed holder's term: %+v", code, f)
		}
	}
}

// TestUnnamedFirstHolders: a list whose first rows lost their holders'
// names to a template ("| 1 | | 1 September 1920 | 23 December 1924 |",
// Taipei's Japanese-era mayors) still begins when the infobox's
// formation says; its first named holder is not the first holder, so
// the infobox's inaugural holder is no mismatch.
func TestUnnamedFirstHolders(t *testing.T) {
	doc := `= Mayor of Testpei =

Infobox
- Incumbent: Chiang Wan-an
- Formation: 1920
- Inaugural: Mutō Shingorō

== List of Mayors ==

=== Prefectural city era ===
| № | Name | Term of Office | |
| 1 | | 1 September 1920 | 23 December 1924 |
| 2 | | 23 December 1924 | 31 October 1945 |

=== Provincial city era ===
| № | Name | Term of Office | | Political Party |
| 1 | Huang Chao-chin 黃朝琴 | 1 November 1945 | 15 February 1950 | Kuomintang |
| 17 | Chiang Wan-an 蔣萬安 | 25 December 2022 | Incumbent | Kuomintang |
`
	ds := buildDocs(t, map[string]string{"t.txt": doc})
	for _, code := range []string{CodeInauguralMismatch, CodeFormationMismatch} {
		if f := findingsWith(ds, code); len(f) != 0 {
			t.Errorf("%s: %+v", code, f)
		}
	}
	if f := findingsWith(ds, CodeMissingName); len(f) != 2 {
		t.Errorf("missing-name findings %+v, want two", f)
	}
	// Named from the start, the list is checked as before.
	ds = buildDocs(t, map[string]string{"t.txt": strings.NewReplacer("| 1 | | 1 September", "| 1 | Ann Lee | 1 September", "| 2 | | 23 December", "| 2 | Bob Ray | 23 December").Replace(doc)})
	if f := findingsWith(ds, CodeInauguralMismatch); len(f) != 1 {
		t.Errorf("inaugural-mismatch findings %+v, want one: Ann Lee is not Mutō Shingorō", f)
	}
}

// TestEarlierEraListBeforeTheOffice: a page that lists an earlier era's
// holders (Seoul's mayors of Gyeongseong, a province's governors under
// the Republic of China) before the list that begins with the infobox's
// inaugural holder on its formation day: no mismatch. A page whose only
// list begins elsewhere is still checked.
func TestEarlierEraListBeforeTheOffice(t *testing.T) {
	doc := `= Mayor of Testul =

Infobox
- Incumbent: Oh Se-hoon
- Inaugural: Kim Hyongmin
- Formation: 28 September 1946

== List of mayors ==

=== Mayors of Gyeongseong ===

| Mayor | Took office | Left office |
| Kim Jangyeong | August 15, 1945 | September 11, 1945 |
| Kim Hyongmin | May 10, 1946 | September 27, 1946 |

=== Appointed mayors ===

| Mayor | Took Office | Left Office |
| Kim Hyongmin | September 28, 1946 | December 15, 1948 |
| Oh Se-hoon | April 8, 2021 | Incumbent |
`
	ds := buildDocs(t, map[string]string{"t.txt": doc})
	for _, code := range []string{CodeInauguralMismatch, CodeFormationMismatch} {
		if f := findingsWith(ds, code); len(f) != 0 {
			t.Errorf("%s: %+v", code, f)
		}
	}
	ds = buildDocs(t, map[string]string{"t.txt": strings.Replace(doc, "| Kim Hyongmin | September 28, 1946 | December 15, 1948 |", "| Yun Bo-seon | December 15, 1948 | June 6, 1949 |", 1)})
	for _, code := range []string{CodeInauguralMismatch, CodeFormationMismatch} {
		if f := findingsWith(ds, code); len(f) != 1 {
			t.Errorf("%s findings %+v, want one: no list begins with Kim Hyongmin, on 28 September 1946", code, f)
		}
	}
}

// TestElectoralMandatesAndNoteRows: a premiers' list as mirrors render
// it. "Electoral mandates (Assembly)" holds "date" in "mandates" but
// gives the elections won, not the term: an open term's row must not
// read it as its tenure. "(caretaker government)" there says what the
// government was, not that the premier acted. A short sentence on the
// row below a term ("Resigned over a scandal.") opens with an end's
// label but is a note on that term, not a repeated header.
func TestElectoralMandatesAndNoteRows(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": `= List of premiers of Testprov =

| No. | Portrait | Name (Birth–Death) | Term of office | Electoral mandates (Assembly) | Political party | Riding |
| 1 | Ann Lee (1820–1890) | 15 July 1867 | 25 February 1873 | Title created (caretaker government) | Conservative | MLA for Testville |
| Resigned to accept appointment to the Senate. | | | | | | |
| 2 | Bob Ray (1823–1905) | 27 February 1873 | 22 September 1874 | Appointment (2nd Leg.) | Conservative | MLA for Testburg |
| Resigned over a scandal. | | | | | | |
| 3 | Cy Dunn (born 1957) | 18 October 2018 | Incumbent | 2018 election (42nd Leg.) | Testland Party | MNA for Testham |
`})
	got := termSummaries(ds)
	want := []string{
		"ann-lee 1867-07-15–1873-02-25 open=false acting=false 1820–1890; Electoral mandates (Assembly): Title created (caretaker government); Political party: Conservative; Riding: MLA for Testville; Resigned to accept appointment to the Senate.",
		"bob-ray 1873-02-27–1874-09-22 open=false acting=false 1823–1905; Electoral mandates (Assembly): Appointment (2nd Leg.); Political party: Conservative; Riding: MLA for Testburg; Resigned over a scandal.",
		"cy-dunn 2018-10-18– open=true acting=false born 1957; Electoral mandates (Assembly): 2018 election (42nd Leg.); Political party: Testland Party; Riding: MNA for Testham",
	}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	for _, f := range ds.Findings {
		if f.Code == CodeUnparsedDate || f.Code == CodeSkippedRow {
			t.Errorf("finding %s: %s", f.Code, f.Message)
		}
	}
}

// TestTermNumbersAfterSpanningTermOfOffice: "Term of Office" over two date
// cells, then "Term" of the holder's term numbers (Taiwan's county
// magistrates): the numbers are no tenures, and the continuation rows of
// a further term keep their dates. A party's emblem before its name is
// no part of the note.
func TestTermNumbersAfterSpanningTermOfOffice(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": `= List of county magistrates of Testhua =

| Term | Name | Political party | Term of office | Notes |
| 1 | Chen Hsi-ching | Emblem of the Kuomintang.svg Kuomintang | 21 December 1950 | 7 February 1951 | |
| acting | Chiang Chi-wu | Emblem of the Kuomintang.svg Kuomintang | 7 February 1951 | 1 June 1951 | |

| | Portrait | Name (Birth–Death) | Term of Office | Term | Political Party |
| 1 | Chen Xi Qing .jpg | Chen Hsi-ching 陳錫卿 (1907-1985) | 1 June 1951 | 2 June 1954 | 1 | Kuomintang |
| 2 June 1954 | 2 June 1957 | 2 | | | | |
| 2 | Lu Shi Ming .jpg | Lu Shih-ming 呂世明 (1901-1992) | 2 June 1960 | 2 June 1964 [1] | 4 | Kuomintang |
| 10 | | Wang Huei-mei 王惠美 (born 1968) | 25 December 2018 | Incumbent | 19 | Kuomintang |
`})
	got := termSummaries(ds)
	want := []string{
		"chen-hsi-ching 1950-12-21–1951-02-07 open=false acting=false Political party: Kuomintang",
		"chiang-chi-wu 1951-02-07–1951-06-01 open=false acting=true Political party: Kuomintang",
		"chen-hsi-ching 1951-06-01–1954-06-02 open=false acting=false 1907-1985; Political Party: Kuomintang",
		"chen-hsi-ching 1954-06-02–1957-06-02 open=false acting=false ",
		"lu-shih-ming 1960-06-02–1964-06-02 open=false acting=false 1901-1992; Political Party: Kuomintang",
		"wang-huei-mei 2018-12-25– open=true acting=false born 1968; Political Party: Kuomintang",
	}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	for _, f := range ds.Findings {
		if f.Code == CodeUnparsedDate {
			t.Errorf("finding %s: %s", f.Code, f.Message)
		}
	}
}

// TestLivedColumnAndThePlace: a "Lived" column gives the holders' life
// dates, in brackets or not; a heading's post on a page titled after a
// place written with its article ("… of the Testland Islands") is that
// post of "the Testland Islands", the one the holders' biographies name.
func TestLivedColumnAndThePlace(t *testing.T) {
	ds := buildDocs(t, map[string]string{"list.txt": `= List of governors of the Testland Islands =

== Governors ==
| No. | Officeholder | Took office | Left office | Party |
| 1 | Carlos Testcho | January 9, 1978 | January 11, 1982 | Democratic |

== Lieutenant governors ==
| Lieutenant Governor | Lived | Party | Years |
| Francisco Castro Ada | (1934–2010) | Democratic | January 9, 1978 – January 11, 1982 |
| Pedro A. Tenorio | (b. 1941) | Republican | January 11, 1982 – January 8, 1990 |
`, "bio.txt": `= Pedro A. Tenorio =

Pedro A. Tenorio
- Office: Lieutenant Governor of the Testland Islands
- Term Start: January 11, 1982
- Term End: January 8, 1990

Pedro A. Tenorio is a politician.
`})
	var got []string
	for _, o := range ds.Offices {
		got = append(got, o.ID+" "+o.Title)
	}
	want := []string{"governor-of-the-testland-islands Governor of the Testland Islands",
		"lieutenant-governor-of-the-testland-islands Lieutenant Governor of the Testland Islands"}
	if !slices.Equal(got, want) {
		t.Errorf("offices:\n got %q\nwant %q", got, want)
	}
	births := map[string]string{}
	for _, p := range ds.Persons {
		births[p.ID] = p.Birth.String() + "/" + p.Death.String()
	}
	if births["francisco-castro-ada"] != "1934/2010" || births["pedro-a-tenorio"] != "1941/" {
		t.Errorf("births and deaths %v, want Ada 1934/2010 and Tenorio 1941/", births)
	}
	for _, tm := range ds.Terms {
		if tm.PersonID == "francisco-castro-ada" && !strings.HasPrefix(tm.Note, "1934–2010;") {
			t.Errorf("Ada's note %q, want the life dates first, without brackets", tm.Note)
		}
	}
}

// termSummaries writes each term of ds on one line, as the table tests
// compare them: person, dates, open and acting marks, note.
func termSummaries(ds *Dataset) []string {
	var out []string
	for _, tm := range ds.Terms {
		out = append(out, fmt.Sprintf("%s %s–%s open=%v acting=%v %s", tm.PersonID, tm.Start, tm.End, tm.Incumbent, tm.Acting, tm.Note))
	}
	return out
}

// TestIndividualAndTermNumbers: "| I# | T# |" number the individuals and
// their terms; a row of a further term gives its term's number and
// dates alone, the holder above's.
func TestIndividualAndTermNumbers(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": `= Chairman of the Testland Conference =

| I# | T# | Chairperson | Took office | Left office |
| 01 | 01 | Mao Testdong 毛泽东(毛澤東) | October 1949 | December 1954 |
| 02 | 02 | Zhou Testlai 周恩来 | December 1954 | April 1959 |
| 03 | April 1959 | January 1965 | | |
| 03 | 04 | Deng Testping 邓小平 | March 1978 | Incumbent |
`})
	got := termSummaries(ds)
	want := []string{
		"mao-testdong 1949-10–1954-12 open=false acting=false 毛澤東",
		"zhou-testlai 1954-12–1959-04 open=false acting=false ",
		"zhou-testlai 1959-04–1965-01 open=false acting=false ",
		"deng-testping 1978-03– open=true acting=false ",
	}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	var ords []int
	for _, tm := range ds.Terms {
		ords = append(ords, tm.Ordinal)
	}
	if want := []int{1, 2, 2, 3}; !slices.Equal(ords, want) {
		t.Errorf("ordinals %v, want the individuals' %v", ords, want)
	}
}

// TestSpelledOrdinals: a number column that spells its ordinals in words
// numbers the holders, and its words are no note.
func TestSpelledOrdinals(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": `= Governor of Testland =

| No. | Name | Took office | Left office |
| First | Ann Lee | 1990 | 1995 |
| Second | Bob Ray | 1995 | 2000 |
| Twelfth | Cy Dunn | 2000 | Incumbent |
`})
	var got []string
	for _, tm := range termsOf(ds, "governor-of-testland") {
		got = append(got, fmt.Sprintf("%d %s %q", tm.Ordinal, tm.NameEN, tm.Note))
	}
	want := []string{`1 Ann Lee ""`, `2 Bob Ray ""`, `12 Cy Dunn ""`}
	if !slices.Equal(got, want) {
		t.Errorf("terms %q, want %q", got, want)
	}
}

// TestGovernmentsOfAHolder: a list of prime ministers whose government
// column numbers each holder's governments ("Phahon I") renders the
// further governments as rows of their own, the holder's cells spanned
// from above ("| 1933 | Phahon II |", "| — | Phahon III |"): they are no
// holders. A dash in the mandate column, labelled as a tenure, leaves the
// dates under their own labels.
func TestGovernmentsOfAHolder(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": `= List of prime ministers of Testland =

| No. | Portrait | Prime minister | Term of office | Mandate | Party | Government | Monarch | | |
| Start | End | Duration | | | | | | | |
| 1 | | Ann Testakorn | 1932 | 1933 | | — | | Independent | Testakorn I |
| Testakorn II | | | | | | | | | |
| 2 | | Bob Testhon | 1933 | 1938 | | — | | Khana Test | Testhon I |
| 1933 | Testhon II | | | | | | | | |
| — | Testhon III | | | | | | | | |
| 3 | | Henry VIII | 1938 | 1944 | | 1938 | | Independent | Testhon IV |
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, termLine(tm))
	}
	want := []string{"Ann Testakorn||1932|1933", "Bob Testhon||1933|1938", "Henry VIII||1938|1944"}
	if !slices.Equal(got, want) {
		t.Errorf("terms %q, want %q", got, want)
	}
}

// TestCaptionWithAFootnoteMark: a caption row across the table keeps
// being a caption when a footnote's mark stands in another of its cells.
func TestCaptionWithAFootnoteMark(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": `= List of ministers of Testland =

| Portrait | Name | Term of office | Note | | | | Ref. |
| Took office | Left office | Time in office | | | | | |
| Electorate of Testland (until 1805) | | | | | | | [1] |
| 1 | | Maximilian von Test | 1745 | 18 November 1777 | c. 32 years | | [2] |
| Kingdom of Testland (from 1806) | | | | | | | [3] |
| 2 | | Matthäus von Test | 18 November 1777 | 21 February 1799 | c. 21 years | | [4] |
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, termLine(tm))
	}
	want := []string{"Maximilian von Test||1745|1777-11-18", "Matthäus von Test||1777-11-18|1799-02-21"}
	if !slices.Equal(got, want) {
		t.Errorf("terms %q, want %q", got, want)
	}
}

// TestHeaderRepeatedWithMoreLabels: a mirror's table whose first header
// leaves the party column unlabelled repeats it further down with the
// label: the rows after it note their party under it.
func TestHeaderRepeatedWithMoreLabels(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": `= Mayor of Testhsiung =

| Japanese rule era | | | | |
| # | Name | Office | | |
| 1 | Tasuke Testmoto | 1924–1927 | | |
| Provincial city era | | | | |
| # | Name | Office | Political party | Term |
| 10 | Lien Test | 1945–1946 | Kuomintang | - |
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, tm.NameEN+": "+tm.Note)
	}
	want := []string{"Tasuke Testmoto: ", "Lien Test: Political party: Kuomintang"}
	if !slices.Equal(got, want) {
		t.Errorf("notes %q, want %q", got, want)
	}
}

// TestFurtherTermWithCellsOfItsOwn: a holder's second term on a row of
// its own whose number and name span it from the holder's row, with a
// party and a seat of its own before its dates ("| Ministerial | Testbane
// North (1888–1893) | 12 August 1890 | …"), is the holder's, its cells
// noted under their labels; a holder's row without a number of its own
// keeps its holder, and so does a table without numbers.
func TestFurtherTermWithCellsOfItsOwn(t *testing.T) {
	ds := buildDocs(t, map[string]string{
		"rank.txt": `= List of premiers of Testland by time in office =

| Rank | No. | Officeholder | Party | District | Assumed office | Left office | Time in office |
| 1. | 9th | Sir Samuel Testith (1845–1920) GCMG | Liberalism | North Testbane (1878–1888) | 13 November 1883 | 13 June 1888 | 4 years, 213 days |
| Ministerial | Testbane North (1888–1893) | 12 August 1890 | 27 March 1893 | 2 years, 227 days |
| 2. | 1st | Sir Robert Testbert (1831–1905) GCB | No Party Alignment | Leichhardt (1860–1863) | 10 December 1859 | 1 February 1866 | 6 years, 53 days |
| West Testeton (1863–1866) | 20 July 1866 | 7 August 1866 | 18 days |
| 3. | 2nd | Arthur Testley | Labor | Testford | 1 March 1866 | 20 July 1866 | 141 days |
| Cy Dunn 邓三 | 7 August 1866 | 1 May 1867 | 267 days |
`,
		"plain.txt": `= List of premiers of Testaustralia =

| Premier | Party | Took office | Left office |
| Ann Lee | Labor | 1 August 1904 | 10 August 1904 |
| Henry Testlish | 10 August 1904 | 25 August 1905 |
`,
	})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, termLine(tm)+" "+tm.Note)
	}
	slices.Sort(got)
	want := []string{
		"Ann Lee||1904-08-01|1904-08-10 Party: Labor",
		"Arthur Testley||1866-03-01|1866-07-20 Rank: 3.; Party: Labor; District: Testford; Time in office: 141 days",
		"Cy Dunn|邓三|1866-08-07|1867-05-01 Time in office: 267 days",
		"Henry Testlish||1904-08-10|1905-08-25 ",
		"Sir Robert Testbert||1859-12-10|1866-02-01 GCB; 1831–1905; Rank: 2.; Party: No Party Alignment; District: Leichhardt (1860–1863); Time in office: 6 years, 53 days",
		"Sir Robert Testbert||1866-07-20|1866-08-07 District: West Testeton (1863–1866); Time in office: 18 days",
		"Sir Samuel Testith||1883-11-13|1888-06-13 GCMG; 1845–1920; Rank: 1.; Party: Liberalism; District: North Testbane (1878–1888); Time in office: 4 years, 213 days",
		"Sir Samuel Testith||1890-08-12|1893-03-27 Party: Ministerial; District: Testbane North (1888–1893); Time in office: 2 years, 227 days",
	}
	if !slices.Equal(got, want) {
		t.Errorf("terms\n%q\nwant\n%q", got, want)
	}
}

// TestFurtherTermCutShort: a copy cut short in the last cell of a
// holder's further term, whose number and name span it from the holder's
// row, reads the term as the holder's, not as a holder named by its seat.
func TestFurtherTermCutShort(t *testing.T) {
	ds := buildDocs(t, map[string]string{"cut.txt": `= List of premiers of Testland by time in office =

| Rank | No. | Officeholder | Party | District | Assumed office | Left office | Time in office |
| 1. | 1st | Sir Robert Testbert (1831–1905) GCB | No Party Alignment | Leichhardt (1860–1863) | 10 December 1859 | 1 February 1866 | 6 years, 53 days |
| West Testeton (1863–1866) | 20 July 1866 | 7 August 1866 | 18 da`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, termLine(tm))
	}
	want := []string{"Sir Robert Testbert||1859-12-10|1866-02-01", "Sir Robert Testbert||1866-07-20|1866-08-07"}
	if !slices.Equal(got, want) {
		t.Errorf("terms %q, want %q", got, want)
	}
}

// TestRankedListHasNoNeighbours: a list of holders ranked by their time in
// office, in no order of time, names no one's predecessor or successor,
// and its gaps are no vacancies; a list in time order with a row out of
// place keeps its neighbours.
func TestRankedListHasNoNeighbours(t *testing.T) {
	ds := buildDocs(t, map[string]string{
		"rank.txt": `= List of premiers of Testland by time in office =

| Rank | No. | Officeholder | Assumed office | Left office |
| 1. | 31st | Joh Testke | 8 August 1968 | 1 December 1987 |
| 2. | 28th | Frank Testlin | 12 August 1957 | 17 January 1968 |
| 3. | 24th | William Testh | 17 June 1932 | 16 September 1942 |
| 4. | 36th | Peter Testie | 20 June 1998 | 13 September 2007 |
| 5. | 39th | Anna Testczuk | 14 February 2015 | 15 December 2023 |
| 6. | 9th | Samuel Testith | 13 November 1883 | 13 June 1888 |
`,
		"time.txt": `= List of mayors of Testville =

| No. | Mayor | Took office | Left office |
| 1 | Ann Lee | 1950 | 1955 |
| 2 | Bob Ray | 1955 | 1960 |
| 4 | Dan Fox | 1965 | 1970 |
| 3 | Cy Dunn | 1960 | 1965 |
| 5 | Eve Ng | 1970 | 1975 |
`,
	})
	for _, tm := range ds.Terms {
		if tm.OfficeID == "premier-of-testland" && (tm.PredecessorPersonID != "" || tm.SuccessorPersonID != "") {
			t.Errorf("%s: predecessor %q, successor %q in a ranking", tm.NameEN, tm.PredecessorPersonID, tm.SuccessorPersonID)
		}
	}
	if v := findingsWith(ds, CodeVacancy); len(v) != 0 {
		t.Errorf("vacancies in a ranking: %+v", v)
	}
	if tm := termsOf(ds, "mayor-of-testville"); len(tm) != 5 || tm[1].SuccessorPersonID == "" || tm[4].PredecessorPersonID == "" {
		t.Errorf("a list in time order lost its neighbours: %+v", tm)
	}
}

// TestMalaysianTunIsAStyle: on a Malaysian page "Tun" before a name is
// the highest federal title, not part of the name, so the list's holder
// is the infobox's; elsewhere it may begin a Burmese name ("Tun Tin").
func TestMalaysianTunIsAStyle(t *testing.T) {
	const table = `| # | Name (Birth–Death) Constituency | Took office | Left office | Party |
| 1 | Tun Fuad Stephens (1920–1976) | 16 September 1963 | 31 December 1964 | UNKO |
| 2 | Peter Lo Sui Yin (1923–2020) | 1 January 1965 | 12 May 1967 | SCA |
| 3 | Tun Datu Mustapha Datu Harun (1918–1995) MLA for Usukan | 12 May 1967 | 1 November 1975 | USNO |
| 4 | Datuk Seri Panglima Joseph Pairin Kitingan (born 1940) MLA for Tambunan | 22 April 1985 | 17 March 1994 | PBS |
| 5 | Tun Datuk Patinggi Abdul Rahman Ya'kub | 7 July 1970 | 26 March 1981 | BUMIPUTERA |
`
	for _, tc := range []struct {
		lead string
		want []string
	}{
		{"The chief minister of Sabah is the head of government of Sabah, Malaysia.", []string{
			"Fuad Stephens|Tun; 1920–1976", "Peter Lo Sui Yin|1923–2020", "Mustapha Datu Harun|MLA for Usukan; Tun Datu; 1918–1995",
			"Joseph Pairin Kitingan|MLA for Tambunan; Datuk Seri Panglima; born 1940", "Abdul Rahman Ya'kub|Tun Datuk Patinggi"}},
		{"The chief minister of Sabah is the head of government of Sabah.", []string{
			"Tun Fuad Stephens|1920–1976", "Peter Lo Sui Yin|1923–2020", "Mustapha Datu Harun|MLA for Usukan; Tun Datu; 1918–1995",
			"Joseph Pairin Kitingan|MLA for Tambunan; Datuk Seri Panglima; born 1940", "Tun Datuk Patinggi Abdul Rahman Ya'kub|"}},
	} {
		doc := "= Chief Minister of Sabah =\n\nInfobox\n- Post: Chief Minister of Sabah\n- Inaugural: Fuad Stephens\n\n" +
			tc.lead + "\n\n== List ==\n\n" + table
		ds := buildDocs(t, map[string]string{"s.txt": doc})
		var got []string
		for _, tm := range ds.Terms {
			note, _, _ := strings.Cut(tm.Note, "Party: ")
			got = append(got, tm.NameEN+"|"+strings.TrimSuffix(note, "; "))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s\n got %q\nwant %q", tc.lead, got, tc.want)
		}
	}
}
