package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

func buildDocs(t testing.TB, docs map[string]string) *Dataset {
	t.Helper()
	var in []Input
	for p, d := range docs {
		in = append(in, Input{Path: p, Data: []byte(d)})
	}
	slices.SortFunc(in, func(a, b Input) int { return strings.Compare(a.Path, b.Path) })
	ds, err := Build(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func buildDir(t testing.TB, dir string) *Dataset {
	t.Helper()
	in, err := Load(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	for i := range in {
		in[i].Path = filepath.Base(in[i].Path) // stable across checkouts
	}
	ds, err := Build(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func hasFinding(ds *Dataset, code string, line int) bool {
	for _, f := range ds.Findings {
		if f.Code == code && f.Line == line {
			return true
		}
	}
	return false
}

func findingsWith(ds *Dataset, code string) []Finding {
	var out []Finding
	for _, f := range ds.Findings {
		if f.Code == code {
			out = append(out, f)
		}
	}
	return out
}

func termsOf(ds *Dataset, office string) []Term {
	var out []Term
	for _, t := range ds.Terms {
		if t.OfficeID == office {
			out = append(out, t)
		}
	}
	return out
}

func termByID(t *testing.T, ds *Dataset, id string) Term {
	t.Helper()
	for _, tm := range ds.Terms {
		if tm.ID == id {
			return tm
		}
	}
	t.Fatalf("no term %s", id)
	return Term{}
}

func findTerm(ds *Dataset, office, person string) (Term, bool) {
	for _, t := range ds.Terms {
		if t.OfficeID == office && t.PersonID == person {
			return t, true
		}
	}
	return Term{}, false
}

const seedsDir = "../seeds"

func TestSeeds(t *testing.T) {
	ds := buildDir(t, seedsDir)
	for office, want := range map[string]int{
		"party-secretary-of-qinghai":      20,
		"party-secretary-of-heilongjiang": 18,
		"party-secretary-of-chongqing":    24,
	} {
		if got := len(termsOf(ds, office)); got != want {
			t.Errorf("%s: %d terms, want %d", office, got, want)
		}
	}
	check := func(tm Term, start, startPrec, end, endPrec string) {
		t.Helper()
		if tm.Start.String() != start || tm.Start.Precision.String() != startPrec || tm.End.String() != end || tm.End.Precision.String() != endPrec {
			t.Errorf("%s: %s (%s) to %s (%s), want %s (%s) to %s (%s)", tm.ID, tm.Start, tm.Start.Precision, tm.End, tm.End.Precision, start, startPrec, end, endPrec)
		}
	}
	zhao, ok := findTerm(ds, "party-secretary-of-qinghai", "zhao-leji")
	if !ok {
		t.Fatal("no Zhao Leji term in Qinghai")
	}
	check(zhao, "2003-08-19", "day", "2007-03-26", "day")
	zhang, _ := findTerm(ds, "party-secretary-of-heilongjiang", "zhang-qilong")
	check(zhang, "1949-05", "month", "1950-03", "month")
	if zhang.NameNative != "张启龙" {
		t.Errorf("Zhang Qilong's Chinese name = %q", zhang.NameNative)
	}
	if e, l := zhang.Start.Earliest().Format("2006-01-02"), zhang.Start.Latest().Format("2006-01-02"); e != "1949-05-01" || l != "1949-05-31" {
		t.Errorf("May 1949 bounds = %s..%s", e, l)
	}
	chen, _ := findTerm(ds, "party-secretary-of-chongqing", "chen-xilian")
	check(chen, "1949", "year", "1950", "year")

	wu := termByID(t, ds, "party-secretary-of-qinghai/20")
	if wu.PersonID != "wu-xiaojun" || !wu.Incumbent || !wu.End.IsZero() || wu.Start.String() != "2024-12-31" {
		t.Errorf("Qinghai/20 = %+v", wu)
	}
	if !slices.Equal(wu.CorroboratedBy, []string{"wu-xiaojun"}) {
		t.Errorf("Wu Xiaojun's Qinghai term corroborated by %q, want his biography", wu.CorroboratedBy)
	}
	if wu.PredecessorPersonID != "chen-gang" {
		t.Errorf("predecessor = %q", wu.PredecessorPersonID)
	}
	var holder *CurrentHolder
	for i, h := range ds.CurrentHolders {
		if h.OfficeID == "party-secretary-of-qinghai" {
			holder = &ds.CurrentHolders[i]
		}
	}
	if holder == nil || holder.PersonID != "wu-xiaojun" || holder.Since.String() != "2024-12-31" {
		t.Errorf("current holder of Qinghai = %+v", holder)
	}

	gov, ok := findTerm(ds, "governor-of-qinghai", "wu-xiaojun")
	if !ok {
		t.Fatal("no Governor of Qinghai term from the biography")
	}
	check(gov, "2022-03-31", "day", "2025-01-04", "day")
	if gov.PredecessorPersonID != "xin-changxing" || gov.SuccessorPersonID != "luo-dongchuan" || gov.SourceID != "wu-xiaojun" {
		t.Errorf("Governor term = %+v", gov)
	}
	var offices []string
	for _, o := range ds.Offices {
		offices = append(offices, o.ID)
	}
	if !slices.Contains(offices, "governor-of-qinghai") {
		t.Errorf("offices = %q, want Governor of Qinghai from the biography", offices)
	}

	since := findingsWith(ds, CodeIncumbentSince)
	if len(since) != 1 || since[0].SubjectID != "party-secretary-of-chongqing" || since[0].Line != 13 ||
		!strings.Contains(since[0].Message, "2022-12-09") || !strings.Contains(since[0].Message, "2022-12-08") {
		t.Errorf("incumbent-since findings = %+v", since)
	}
	// Heilongjiang's "18 October 2021" agrees with the list's "October 2021".
	for _, f := range ds.Findings {
		if f.SourceID == "party-secretary-of-heilongjiang" && f.Code == CodeIncumbentSince {
			t.Errorf("unexpected finding %+v", f)
		}
	}
	for _, s := range ds.Sources {
		want := KindOffice
		if s.ID == "wu-xiaojun" {
			want = KindBiography
		}
		if s.Kind != want {
			t.Errorf("source %s kind %q, want %q", s.ID, s.Kind, want)
		}
	}
	var wuPerson Person
	for _, p := range ds.Persons {
		if p.ID == "wu-xiaojun" {
			wuPerson = p
		}
	}
	if wuPerson.NameNative != "吴晓军" || wuPerson.Birth.String() != "1966-01" || wuPerson.BirthPlace != "Taihe County, Jiangxi, China" || wuPerson.SourceID != "wu-xiaojun" {
		t.Errorf("Wu Xiaojun = %+v", wuPerson)
	}
	if e, _, _ := ds.FindingCounts(); e != 0 {
		t.Errorf("%d error findings on the seeds: %+v", e, ds.Findings)
	}
}

// TestSeedsGolden compares the whole record set of the seeds with
// testdata/seeds.golden.json (go test ./pipeline -update rewrites it).
func TestSeedsGolden(t *testing.T) {
	golden(t, buildDir(t, seedsDir), "testdata/seeds.golden.json")
}

// TestSamplesGolden does the same for the real pages in testdata/samples.
func TestSamplesGolden(t *testing.T) {
	golden(t, buildDir(t, "testdata/samples"), "testdata/samples.golden.json")
}

func golden(t *testing.T, ds *Dataset, path string) {
	t.Helper()
	got, err := json.MarshalIndent(ds, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./pipeline -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the records built now; if the change is intended, run go test ./pipeline -update and review the diff", path)
	}
}

func TestSamples(t *testing.T) {
	ds := buildDir(t, "testdata/samples")
	// Hunan (newer): rows without an image are realigned, not misread.
	liYuan, ok := findTerm(ds, "governor-of-hunan", "li-yuan")
	if !ok || liYuan.Start.String() != "1968-04" || liYuan.End.String() != "1970-05" {
		t.Errorf("Li Yuan = %+v", liYuan)
	}
	// Fujian: life dates are not Chinese names; the interregnum is no holder.
	fujian := termsOf(ds, "party-secretary-of-fujian")
	if len(fujian) != 11 {
		t.Errorf("Fujian: %d terms, want 11", len(fujian))
	}
	for _, tm := range fujian {
		if tm.NameNative != "" || strings.Contains(tm.NameEN, "(") || strings.Contains(strings.ToLower(tm.NameEN), "interregnum") {
			t.Errorf("Fujian term %s named %q / %q", tm.ID, tm.NameEN, tm.NameNative)
		}
	}
	if tm := termByID(t, ds, "party-secretary-of-fujian/4"); tm.NameEN != "Liao Zhigao" || tm.Start.String() != "1974" || tm.End.String() != "1980" || tm.Note != "1913–2000" {
		t.Errorf("Fujian/4 = %+v", tm)
	}
	if len(findingsWith(ds, CodeVacancyRow)) != 1 || len(findingsWith(ds, CodeIncumbentUnknown)) != 1 {
		t.Error("Fujian's interregnum row and missing incumbent are not reported")
	}
	// Shanxi: lists, not tables; "1952 (acting)"; "1952.12–1965".
	xie, _ := findTerm(ds, "party-secretary-of-shanxi", "xie-xuegong")
	if !xie.Acting || xie.Start.String() != "1952" || xie.End.String() != "1952" {
		t.Errorf("Xie Xuegong = %+v", xie)
	}
	tao, _ := findTerm(ds, "party-secretary-of-shanxi", "tao-lujia")
	if tao.Start.String() != "1952-12" || tao.Start.Precision != PrecisionMonth {
		t.Errorf("Tao Lujia = %+v", tao)
	}
	if len(findingsWith(ds, CodeSharedChineseName)) != 2 {
		t.Errorf("shared Chinese names (骆惠宁, 王朝文) = %+v", findingsWith(ds, CodeSharedChineseName))
	}
	over := findingsWith(ds, CodeOverlappingTerms)
	found := false
	for _, f := range over {
		if f.SubjectID == "governor-of-shanxi/2" {
			found = true
		}
	}
	if !found {
		t.Errorf("Cheng Zihua / Pei Lisheng overlap not reported: %+v", over)
	}
	// Guizhou: offices named from their headings, one per list.
	for _, id := range []string{"governor-of-guizhou", "party-secretary-of-guizhou", "chairman-of-guizhou-peoples-congress", "chairman-of-cppcc-guizhou-committee"} {
		if len(termsOf(ds, id)) == 0 {
			t.Errorf("no terms for %s", id)
		}
	}
	// No holder is read from the non-term bullet lists.
	for _, p := range ds.Persons {
		if strings.Contains(p.NameEN, "member since") {
			t.Errorf("person %q read from a prose list", p.NameEN)
		}
	}
}

func TestShapes(t *testing.T) {
	doc := `= Mayor of Sampletown =

Infobox
- Incumbent: Zhou Ba
- Incumbentsince: 2021

== Mayors ==
| No. | Name | Tenure | Notes | Ref. |
| 1 | Zhao Yi (赵一) | 1949–1954 | | [1] |
| – | Qian Er (钱二) | 1954 | Acting | [2] |
| 2 | Sun San | March 2007 – present | | [3] |

== Deputy mayors ==
| # | Officeholder | Term |
| 1 | Li Si (李四) | 1950–1960 |
| 2 | Zhou Wu | 2021– |

== Party secretaries of Sampletown ==
- Wu Liu (吴六): 1949–1965
- Zheng Qi: 1965 – 1970
- not a holder line
`
	ds := buildDocs(t, map[string]string{"town.txt": doc})
	mayor := termsOf(ds, "mayor-of-sampletown")
	if len(mayor) != 3 {
		t.Fatalf("mayor terms = %+v", mayor)
	}
	if mayor[1].Ordinal != 0 || !mayor[1].Acting || mayor[1].NameNative != "钱二" {
		t.Errorf("acting row = %+v", mayor[1])
	}
	if mayor[2].Ordinal != 2 || !mayor[2].Incumbent || mayor[2].Start.String() != "2007-03" {
		t.Errorf("open row = %+v", mayor[2])
	}
	if mayor[0].Note != "" {
		t.Errorf("reference markers leaked into the note: %q", mayor[0].Note)
	}
	deputy := termsOf(ds, "deputy-mayor-of-sampletown")
	if len(deputy) != 2 || !deputy[1].Incumbent || deputy[1].Start.String() != "2021" {
		t.Errorf("deputy terms = %+v", deputy)
	}
	ps := termsOf(ds, "party-secretary-of-sampletown")
	if len(ps) != 2 || ps[0].NameNative != "吴六" || ps[1].End.String() != "1970" {
		t.Errorf("party secretary terms = %+v", ps)
	}
	if !hasFinding(ds, CodeUnparsedListItem, 21) {
		t.Errorf("unparsed list item not reported: %+v", ds.Findings)
	}
	if len(findingsWith(ds, CodeIncumbentMismatch)) != 1 {
		t.Errorf("infobox incumbent Zhou Ba vs open term of Sun San not reported: %+v", ds.Findings)
	}
}

func TestValidation(t *testing.T) {
	doc := `= Governor of Checkland =

== List ==
| Name | Term start | Term end |
| A One | 2001 | 1999 |
| B Two | 1 May 2000 | 1 June 2005 |
| C Three | 1 March 2005 | 1 May 2006 |
| D Four | 1 May 2006 | Incumbent |
| E Five | 2010 | Incumbent |
| B Two | 1 May 2000 | 1 June 2005 |
| F Six | Smarch 2011 | 2012 |
| G Seven | c. 1950 | 1951 |
`
	ds := buildDocs(t, map[string]string{"g.txt": doc})
	for _, want := range []struct {
		code string
		line int
	}{
		{CodeEndBeforeStart, 5},
		{CodeOverlappingTerms, 7},
		{CodeMultipleOpenTerms, 9},
		{CodeDuplicateRow, 10},
		{CodeUnparsedDate, 11},
		{CodeApproximateDate, 12},
	} {
		if !hasFinding(ds, want.code, want.line) {
			t.Errorf("no %s finding at line %d; findings: %+v", want.code, want.line, ds.Findings)
		}
	}
	// A same-day handover (D Four starts the day C Three ends) is no overlap.
	if hasFinding(ds, CodeOverlappingTerms, 8) {
		t.Error("same-day handover reported as an overlap")
	}
	if n := len(termsOf(ds, "governor-of-checkland")); n != 7 {
		t.Errorf("%d terms, want 7 (the duplicate row kept once)", n)
	}
	for _, f := range findingsWith(ds, CodeUnparsedDate) {
		if !strings.Contains(f.Message, "Smarch 2011") {
			t.Errorf("unparsed-date finding does not quote the raw text: %q", f.Message)
		}
	}
}

func TestPersonIdentity(t *testing.T) {
	a := `= Governor of A =

== Governors ==
| Name | Term start | Term end |
| Li Li (李力) | 1950 | 1960 |
| Wang Fang (王芳) | 1960 | 1970 |
| Zhang Pinghua (張平化) | 1970 | 1980 |
| Burhan Shahidi 包爾漢 بۇرھان شەھىدى | 1980 | 1981 |
| Kim Chul-soo (김철수 金哲洙) | 1981 | 1982 |
| Che Dalha ཆེ་དར་ལྷ་ (车达拉; born 1958) | 1982 | 1983 |
`
	b := `= Governor of B =

== Governors ==
| Name | Term start | Term end |
| Li Li (李立) | 1955 | 1965 |
| Wang Fang | 1965 | 1975 |
| Zhang Pinghua (张平化) | 1975 | 1985 |
| Burhan Shahidi بۇرھان شەھىدى | 1985 | 1986 |
| Kim Chul-soo (김철수 金哲秀) | 1986 | 1987 |
| Che Dalha ཆེ་དར་ལྷ | 1987 | 1988 |
`
	ds := buildDocs(t, map[string]string{"a.txt": a, "b.txt": b})
	ids := map[string]string{}
	for _, tm := range ds.Terms {
		ids[tm.OfficeID+" "+tm.NameEN] = tm.PersonID
	}
	if ids["governor-of-a Li Li"] == ids["governor-of-b Li Li"] {
		t.Error("Li Li (李力) and Li Li (李立) share a person ID")
	}
	if ids["governor-of-a Wang Fang"] != ids["governor-of-b Wang Fang"] || ids["governor-of-a Wang Fang"] != "wang-fang" {
		t.Errorf("Wang Fang with and without Chinese name are two people: %v", ids)
	}
	if ids["governor-of-a Zhang Pinghua"] != ids["governor-of-b Zhang Pinghua"] {
		t.Errorf("張平化 and 张平化, one name in two scripts, are two people: %v", ids)
	}
	// A native name with and without its form in a second script is one
	// person's; two complete names that differ in one are two people's.
	if ids["governor-of-a Burhan Shahidi"] != ids["governor-of-b Burhan Shahidi"] {
		t.Errorf("包爾漢 بۇرھان شەھىدى and بۇرھان شەھىدى are two people: %v", ids)
	}
	if ids["governor-of-a Che Dalha"] != ids["governor-of-b Che Dalha"] {
		t.Errorf("ཆེ་དར་ལྷ་ and ཆེ་དར་ལྷ, with and without the last syllable mark, are two people: %v", ids)
	}
	if ids["governor-of-a Kim Chul-soo"] == ids["governor-of-b Kim Chul-soo"] {
		t.Errorf("김철수 金哲洙 and 김철수 金哲秀 share a person ID: %v", ids)
	}
	if ids["governor-of-a Li Li"] != "li-li" || ids["governor-of-b Li Li"] != "li-li-2" {
		t.Errorf("Li Li IDs = %q, %q", ids["governor-of-a Li Li"], ids["governor-of-b Li Li"])
	}
}

func TestPersonInAnotherWordOrder(t *testing.T) {
	list := `= List of governors of Testisle =

| No. | Name | Took office | Left office |
| 1 | Francisco Portusach Martínez | 1898 | 1898 |
| 2 | Suzuki Naomichi (鈴木直道) | 2019 | present |
| 3 | Peng Li | 1890 | 1895 |
| 4 | Sir Arthur Penn | 1870 | 1875 |
| 5 | John "Jack" Hale | 1860 | 1865 |
| 6 | Viscount Kōno Togama | 1900 | 1905 |
`
	bio := `= Francisco Martínez Portusach =

Francisco Martínez Portusach
- Order: Governor of Testisle
- Term Start: June 22, 1898
- Term End: December 12, 1898
`
	other := `= Mayor of Yubari =

| No. | Name | Took office | Left office |
| 1 | Naomichi Suzuki (鈴木直道) | 2011 | 2019 |
| 2 | Li Peng | 1880 | 1890 |
| 3 | Arthur Penn | 1875 | 1880 |
| 4 | John Hale | 1865 | 1870 |
| 5 | Kōno Togama | 1905 | 1910 |
`
	ds := buildDocs(t, map[string]string{"list.txt": list, "bio.txt": bio, "other.txt": other})
	ids := map[string]string{}
	for _, tm := range ds.Terms {
		ids[tm.NameEN] = tm.PersonID
	}
	if ids["Francisco Portusach Martínez"] != "francisco-martinez-portusach" {
		t.Errorf("three words in another order: %v", ids)
	}
	if f := findingsWith(ds, CodeSharedChineseName); ids["Suzuki Naomichi"] != ids["Naomichi Suzuki"] || len(f) != 1 || f[0].Severity != SeverityInfo || !strings.Contains(f[0].Message, "鈴木直道") {
		t.Errorf("family name first, same native name: %v; %+v", ids, findingsWith(ds, CodeSharedChineseName))
	}
	if ids["Sir Arthur Penn"] != ids["Arthur Penn"] || ids["Arthur Penn"] != "arthur-penn" {
		t.Errorf("a knight named with and without Sir: %v", ids)
	}
	if ids["Viscount Kōno Togama"] != "kono-togama" || ids["Kōno Togama"] != "kono-togama" {
		t.Errorf("a peer named with and without his title: %v", ids)
	}
	if ids[`John "Jack" Hale`] != "john-hale" || ids["John Hale"] != "john-hale" {
		t.Errorf("a nickname in quotes: %v", ids)
	}
	if ids["Peng Li"] == ids["Li Peng"] {
		t.Errorf("two words without a native name are two people: %v", ids)
	}
	got := termsOf(ds, "governor-of-testisle")
	i := slices.IndexFunc(got, func(tm Term) bool { return tm.PersonID == "francisco-martinez-portusach" })
	if len(got) != 6 || i < 0 || got[i].Start.String() != "1898-06-22" || len(got[i].CorroboratedBy) == 0 {
		t.Errorf("the biography's term does not meet the list's: %+v", got)
	}
}

func TestBiographyDisagreement(t *testing.T) {
	office := `= Mayor of Z =

== Mayors ==
| Name | Term start | Term end |
| Hu Yi (胡一) | March 2001 | May 2005 |
| Ma Er | May 2005 | Incumbent |
`
	bio := `= Hu Yi =

Hu Yi
- Office: Mayor of Z
- Term Start: 12 March 2001
- Term End: 2009
- Successor: Ma Er
- Office1: Governor of Y
- Term Start1: 2010
`
	ds := buildDocs(t, map[string]string{"office.txt": office, "bio.txt": bio})
	hu, _ := findTerm(ds, "mayor-of-z", "hu-yi")
	if hu.Start.String() != "2001-03-12" {
		t.Errorf("finer start not kept: %s", hu.Start)
	}
	if hu.End.String() != "2005-05" {
		t.Errorf("list end overwritten: %s", hu.End)
	}
	if !slices.Equal(hu.CorroboratedBy, []string{"hu-yi"}) {
		t.Errorf("corroborated by %q", hu.CorroboratedBy)
	}
	dis := findingsWith(ds, CodeSourceDisagreement)
	if len(dis) != 1 || !strings.Contains(dis[0].Message, "2009") {
		t.Errorf("end disagreement = %+v", dis)
	}
	if _, ok := findTerm(ds, "governor-of-y", "hu-yi"); !ok {
		t.Error("office known only from the biography is missing")
	}
}

func TestInputOrderDoesNotMatter(t *testing.T) {
	in, err := Load(context.Background(), []string{seedsDir})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := Build(context.Background(), in)
	slices.Reverse(in)
	b, _ := Build(context.Background(), in)
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if !bytes.Equal(ja, jb) {
		t.Error("the dataset depends on the order of the inputs")
	}
}

func TestBadInputsAreFindings(t *testing.T) {
	in := []Input{
		{Path: "good.txt", Data: []byte("= Governor of G =\n\n| Name | Term |\n| A | 1949–1950 |\n")},
		{Path: "empty.txt", Data: nil},
		{Path: "binary.bin", Data: []byte{0x89, 'P', 'N', 'G', 0, 0}},
		{Path: "missing.txt", Err: os.ErrNotExist},
	}
	ds, err := Build(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Terms) != 1 {
		t.Errorf("the good document was not processed: %+v", ds.Terms)
	}
	var msgs []string
	for _, f := range ds.Findings {
		if f.Severity == SeverityError {
			msgs = append(msgs, f.Message)
		}
	}
	joined := strings.Join(msgs, "\n")
	for _, name := range []string{"empty.txt:1", "binary.bin:1", "missing.txt"} {
		if !strings.Contains(joined, name) {
			t.Errorf("no error naming %s in:\n%s", name, joined)
		}
	}
}

// TestParallelBuildMatchesSerial: documents parsed and read, and offices
// reconciled and finished, on every core
// give the very dataset a serial build gives.
func TestParallelBuildMatchesSerial(t *testing.T) {
	inputs, err := Load(context.Background(), []string{filepath.Join(corpusDir, "docs"), "testdata/samples"})
	if err != nil {
		t.Fatal(err)
	}
	inputs = append(inputs, corpusInputs(300, 10, 3)...)
	build := func(procs int) []byte {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		ds, err := Build(context.Background(), inputs)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(ds)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	serial, par := build(1), build(4)
	if !bytes.Equal(serial, par) {
		t.Error("the parallel build differs from the serial one")
	}
}

// TestSourceIDsGiven: documents are read before their source IDs are
// known; every claim and finding ends up with its document's real ID,
// and the placeholder they were read with is nowhere in the dataset.
func TestSourceIDsGiven(t *testing.T) {
	inputs, err := Load(context.Background(), []string{filepath.Join(corpusDir, "docs"), "testdata/samples"})
	if err != nil {
		t.Fatal(err)
	}
	varied, _ := variedInputs(200, 25, 5)
	inputs = append(inputs, varied...)
	// Problems of the parse (invalid UTF-8, a tab) and two revisions of
	// one page, whose IDs carry a hash.
	page := "= Mayor of Testville =\n\n== List ==\n| No. | Name | Term start | Term end |\n|---|---|---|---|\n| 1 | Ann Lee\xff | 1990 | 1994 |\n| 2 | Bo\tKim | 1994 | present |\n"
	inputs = append(inputs, Input{Path: "a.txt", Data: []byte(page)}, Input{Path: "b.txt", Data: []byte(page + "\n")})
	ds, err := Build(context.Background(), inputs)
	if err != nil {
		t.Fatal(err)
	}
	js, err := json.Marshal(ds)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(js, []byte("provisional-source-id")) {
		t.Error("a provisional source ID is left in the dataset")
	}
	ids := map[string]bool{}
	for _, s := range ds.Sources {
		ids[s.ID] = true
	}
	for _, tm := range ds.Terms {
		if !ids[tm.SourceID] {
			t.Fatalf("term %s has source %q, not a source of the dataset", tm.ID, tm.SourceID)
		}
	}
	for _, f := range ds.Findings {
		if f.SourceID != "" && !ids[f.SourceID] {
			t.Fatalf("finding %s %q has source %q, not a source of the dataset", f.Code, f.Message, f.SourceID)
		}
	}
	hashed := 0
	for id := range ids {
		if strings.HasPrefix(id, "mayor-of-testville-") {
			hashed++
		}
	}
	if hashed != 2 {
		t.Errorf("%d sources for the two revisions of one page, want 2 with hashed IDs", hashed)
	}
}

// TestCurrentHolderFromInfobox: where no term is open, the incumbent the
// infobox names is the current holder (a page about an office without a
// list of its holders), unless the list shows that person's term ended.
func TestCurrentHolderFromInfobox(t *testing.T) {
	ds := buildDocs(t, map[string]string{
		"smallville.txt": `= Mayor of Smallville =

Infobox
- Post: Mayor of Smallville
- Incumbent: Lana Lang
- Incumbentsince: 3 January 2022

The mayor of Smallville is the head of the city government.
`,
		"stale.txt": `= Governor of Staleland =

Infobox
- Incumbent: Wang Wu
- Incumbentsince: 2010

| No. | Name | Took office | Left office |
| 1 | Li Si | 2005 | 2010 |
| 2 | Wang Wu | 2010 | 2015 |
`,
	})
	var got []string
	for _, h := range ds.CurrentHolders {
		got = append(got, h.OfficeID+" "+h.NameEN+" "+h.Since.String())
	}
	if want := []string{"mayor-of-smallville Lana Lang 2022-01-03"}; !slices.Equal(got, want) {
		t.Errorf("current holders %q, want %q", got, want)
	}
}

// An infobox that gives the office as vacant names no incumbent: "Vacant"
// is not a person (since when it says is the vacancy's), and a list whose
// last term is still open is flagged.
func TestVacantInfobox(t *testing.T) {
	ds := buildDocs(t, map[string]string{
		"vacant.txt": `= Mayor of Vacantville =

Infobox
- Post: Mayor of Vacantville
- Incumbent: Vacant since 12 March 2027
- Incumbentsince: 3 May 2019

| No. | Name | Took office | Left office |
| 1 | Helen Carter | 3 May 2019 | 12 March 2027 |
`,
		"stale.txt": `= Governor of Staleland =

Infobox
- Incumbent: Vacant

| No. | Name | Took office | Left office |
| 1 | Li Si | 2005 | 2010 |
| 2 | Wang Wu | 2010 | present |
`,
	})
	for _, p := range ds.Persons {
		if strings.Contains(p.NameEN, "acant") {
			t.Errorf("person %q read from a vacant infobox", p.NameEN)
		}
	}
	var holders []string
	for _, h := range ds.CurrentHolders {
		holders = append(holders, h.OfficeID+" "+h.NameEN)
	}
	if want := []string{"governor-of-staleland Wang Wu"}; !slices.Equal(holders, want) {
		t.Errorf("current holders %q, want %q", holders, want)
	}
	var codes []string
	for _, f := range ds.Findings {
		if f.Code == CodeIncumbentMismatch || f.Code == CodeIncumbentUnknown {
			codes = append(codes, f.SubjectID+" "+f.Code)
		}
	}
	if want := []string{"governor-of-staleland " + CodeIncumbentMismatch}; !slices.Equal(codes, want) {
		t.Errorf("findings %q, want %q", codes, want)
	}
	// "Vacant since 12 March 2027" says since when, over the holder's
	// Incumbentsince left beside it.
	for _, o := range ds.Offices {
		if o.ID == "mayor-of-vacantville" && (o.IncumbentStatus != "vacant" || o.IncumbentSince.String() != "2027-03-12") {
			t.Errorf("office %s %s since %s, want vacant since 2027-03-12", o.ID, o.IncumbentStatus, o.IncumbentSince)
		}
	}
}

func TestNobodyValue(t *testing.T) {
	for v, want := range map[string]bool{
		"Vacant": true, "vacant[1]": true, "Vacant since 12 March 2027": true, "None": true, "–": true,
		"Position abolished": true, "Office vacant": true, "TBD": true, "(vacant)": true, "(none)": true,
		"To be determined": true, "Post vacant": true, "Title created": true, "Constituency established": true,
		"New seat": true, "Ministry abolished": true, "Interregnum": true, "Position established": true, "Office created": true,
		"Helen Carter": false, "Noneth Smith": false, "Vacanti Rossi": false, "Raj Patel (acting)": false,
		"New Ho": false, "Seat Lee": false, "Office Created Smith": false,
		"Multi-member district": true, "At-large seat": true, "Proportional representation": true, "Party list": true,
		"National Lister": false, "Party Smith": false,
		"Incumbent": true, "Present": true, "(current)": true, "Current holder": true, "Incumbent Lee": false, "Presenta Diaz": false,
	} {
		if got := nobodyValue(v); got != want {
			t.Errorf("nobodyValue(%q) = %v, want %v", v, got, want)
		}
	}
}

// TestBiographyOwnTermIsNoPredecessor: a biography's two blocks of one
// office, end to end, do not make the holder their own predecessor where
// the biography names one ("Predecessor2: Fay Hill"), nor their own
// successor where it names one.
func TestBiographyOwnTermIsNoPredecessor(t *testing.T) {
	doc := `= Cy Testkim =

Cy Testkim
- Office: Governor of Testgyeong
- Term Start: 1 July 2014
- Term End: 30 June 2018
- Predecessor: Fay Hill
- Successor: Gus Ives
- Term Start1: 1 July 2010
- Term End1: 30 June 2014
- Successor1: Incumbent
`
	ds := buildDocs(t, map[string]string{"b.txt": doc})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, tm.Start.String()+" "+tm.PredecessorPersonID+" "+tm.SuccessorPersonID)
	}
	if want := []string{"2010-07-01  cy-testkim", "2014-07-01 fay-hill gus-ives"}; !slices.Equal(got, want) {
		t.Errorf("terms %q, want %q", got, want)
	}
	for _, p := range ds.Persons {
		if p.ID == "incumbent" {
			t.Errorf("a person %+v from Successor1: Incumbent", p)
		}
	}
}

// TestBiographyTenureInStart: a Term Start that holds the whole tenure
// ("1 July 2010 – 2013") ends the term; a start with words between its
// dates ("19 October 2021 (acting) 17 January 2022") stays a start.
func TestBiographyTenureInStart(t *testing.T) {
	doc := `= Dee Testwu =

Dee Testwu
- Office: Governor of Testsu
- Term Start: 19 October 2021 (acting) 17 January 2022
- Office1: Vice Governor of Testsu
- Term Start1: 1 July 2010 – 2013
`
	ds := buildDocs(t, map[string]string{"b.txt": doc})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, fmt.Sprintf("%s %s %s %v", tm.OfficeID, tm.Start, tm.End, tm.Incumbent))
	}
	if want := []string{"governor-of-testsu 2021-10-19  true", "vice-governor-of-testsu 2010-07-01 2013 false"}; !slices.Equal(got, want) {
		t.Errorf("terms %q, want %q", got, want)
	}
}

// TestBiographyKeyForms: the other names infoboxes give a term's fields
// ("Assumed Office", "In Office1: 2016 – 2022") and a Born value with the
// place after the date are read as Term Start, a tenure and a birth.
func TestBiographyKeyForms(t *testing.T) {
	ds := buildDocs(t, map[string]string{"omar.txt": `= Omar Haddad =

Omar Haddad
- Office: Mayor of Eastport
- Assumed Office: 1 June 2022
- Predecessor: Rita Moss
- Office1: Deputy Mayor of Eastport
- In Office1: 2016 – 2022
- Succeeded by1: Lena Park
- Office2: Member of the Eastport Council
- Took Office2: 2010
- Left Office2: 2016
- Constituency2: Eastport North
- Deputy 2: Rita Moss
- Office3: Eastport Harbour Commissioner
- Minister3: Ivo Stahl
- Term3: 2004–2008
- Office4: Eastport Fire Warden
- Term4: 2nd
- Born: Omar Haddad 3 May 1972 (age 54) Northvale, Eastland
- Political party: Labour
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, tm.OfficeID+" "+termLine(tm))
	}
	slices.Sort(got)
	want := []string{"commissioner-of-eastport-harbour Omar Haddad||2004|2008", "deputy-mayor-of-eastport Omar Haddad||2016|2022",
		"eastport-fire-warden Omar Haddad|||", "mayor-of-eastport Omar Haddad||2022-06-01| open",
		"member-of-the-eastport-council Omar Haddad||2010|2016"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	if len(ds.Persons) == 0 {
		t.Fatal("no persons")
	}
	for _, p := range ds.Persons {
		if p.ID == "omar-haddad" && (p.Birth.String() != "1972-05-03" || p.BirthPlace != "Northvale, Eastland" || p.Party != "Labour") {
			t.Errorf("birth %s in %q, party %q; want 1972-05-03 in Northvale, Eastland, Labour", p.Birth, p.BirthPlace, p.Party)
		}
	}
	for _, tm := range termsOf(ds, "member-of-the-eastport-council") {
		if want := "Deputy: Rita Moss; Constituency: Eastport North"; tm.Note != want {
			t.Errorf("note %q, want %q (labelled without the block's number)", tm.Note, want)
		}
	}
	for _, tm := range termsOf(ds, "commissioner-of-eastport-harbour") {
		if want := "Minister: Ivo Stahl"; tm.Note != want {
			t.Errorf("note %q, want %q (the minister the term was served under)", tm.Note, want)
		}
	}
	for _, tm := range termsOf(ds, "deputy-mayor-of-eastport") {
		if tm.SuccessorPersonID != "lena-park" {
			t.Errorf("Succeeded by1 not read: successor %q", tm.SuccessorPersonID)
		}
	}
}

// TestBiographyNameModule: an infobox's embedded Chinese or Korean name
// module ("C: 孙政才", "S:", "T:"; "Hangul:", "Hanja:") gives the
// subject's native name where no Native Name does; the simplified before
// the traditional, and a Native Name before either; Hangul, then Hanja.
func TestBiographyNameModule(t *testing.T) {
	const head = "= Sun Testcai =\n\nSun Testcai\n- Office: Party Secretary of Testqing\n- Term Start: 2012\n"
	for _, tc := range []struct{ name, keys, want string }{
		{"C", "- C: 孙政才\n- P: Sūn Zhèngcái\n", "孙政才"},
		{"T then S", "- T: 孫政才\n- S: 孙政才\n", "孙政才"},
		{"T alone", "- T: 孫政才\n", "孫政才"},
		{"Native Name first", "- Native Name: 孙正才\n- S: 孙政才\n", "孙正才"},
		{"a Latin value", "- S: Sun Zhengcai\n", ""},
		{"labels written out", "- Traditional Chinese: 孫政才\n- Simplified Chinese: 孙政才\n", "孙政才"},
		{"Hangul and Hanja", "- Hangul: 오세훈\n- Hanja: 吳世勳\n- Rr: O Sehun\n", "오세훈 吳世勳"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ds := buildDocs(t, map[string]string{"sun.txt": head + tc.keys + "\nSun Testcai is a politician.\n"})
			for _, p := range ds.Persons {
				if p.ID == "sun-testcai" && p.NameNative != tc.want {
					t.Errorf("native name %q, want %q", p.NameNative, tc.want)
				}
			}
		})
	}
}

// TestBiographyNumberedParameters: the officeholder infobox's numbered
// parameters ("1blankname3: Party Secretary", "1namedata3: Zhang
// Chunxian") are noted under their label and end nothing: the offices
// and personal details after them are read. A status that is acting for
// part of the term only is a note; a youth league's secretary is no
// party secretary of a place.
func TestBiographyNumberedParameters(t *testing.T) {
	ds := buildDocs(t, map[string]string{"zhou.txt": `= Zhou Qiang =

Zhou Qiang
周强
- Office: President of the Supreme People's Court
- Term Start: 15 March 2013
- Term End: 11 March 2023
- Office3: Governor of Hunan
- Term Start3: 30 September 2006
- Term End3: 2 April 2010
- Chairman3: Xi Jinping
- Status3: Acting until 2007
- 1blankname3: Party Secretary
- 1namedata3: Zhang Chunxian
- Predecessor3: Zhou Bohua
- Office4: First Secretary of the Communist Youth League
- Term Start4: 1998
- Term End4: 2006
- Office5: Mayor of Testcity
- Term Start5: 1995
- Term End5: 1998
- Party Secretary5: Li Yi
- Party: Chinese Communist Party
`})
	got := blockTermLines(ds)
	want := []string{
		"first-secretary-of-the-communist-youth-league Zhou Qiang|周强|1998|2006  ",
		"governor-of-hunan Zhou Qiang|周强|2006-09-30|2010-04-02 zhou-bohua Status: Acting until 2007; Chairman: Xi Jinping; Party Secretary: Zhang Chunxian",
		"mayor-of-testcity Zhou Qiang|周强|1995|1998  Party Secretary: Li Yi", // a party secretary beside the term, written as a field
		"president-of-the-supreme-peoples-court Zhou Qiang|周强|2013-03-15|2023-03-11  ",
	}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	for _, p := range ds.Persons {
		if p.ID == "zhou-qiang" && p.Party != "Chinese Communist Party" {
			t.Errorf("party %q: the keys after the numbered parameters were not read", p.Party)
		}
	}
}

// TestBiographyStateChamberSeat: a block that names a seat in a state's
// chamber by the state alone ("State Senate2: Hawaii", as the
// officeholder infobox writes it) is a term in that seat, not a further
// term of the office above it.
func TestBiographyStateChamberSeat(t *testing.T) {
	ds := buildDocs(t, map[string]string{"green.txt": `= Josh Testgreen =

Infobox
- Office1: Lieutenant Governor of Hawaii
- Term Start1: December 7, 2018
- Term End1: December 5, 2022
- Predecessor1: Doug Chin
- State Senate2: Hawaii
- District2: 3rd
- Term Start2: January 2009
- Term End2: December 7, 2018
- Predecessor2: Paul Whalen
- State House3: Hawaii
- Term Start3: 2004
- Term End3: 2009
- Parliament4: United Kingdom
- Constituency MP4: Leeds North
- Term Start4: 1990
- Term End4: 1997
- Constituency MP5: Leeds South
- Term Start5: 1987
- Term End5: 1990
- Birth Date: February 11, 1970
`})
	got := blockTermLines(ds)
	want := []string{
		"lieutenant-governor-of-hawaii Josh Testgreen||2018-12-07|2022-12-05 doug-chin ",
		"member-of-parliament-for-leeds-north Josh Testgreen||1990|1997  ",
		"member-of-parliament-for-leeds-south Josh Testgreen||1987|1990  ",
		"member-of-the-hawaii-house-of-representatives Josh Testgreen||2004|2009  ",
		"member-of-the-hawaii-senate Josh Testgreen||2009-01|2018-12-07 paul-whalen District: 3rd",
	}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
}

// blockTermLines returns each term as a biography test states it:
// "office-id Name|native|start|end predecessor-id note", sorted.
func blockTermLines(ds *Dataset) []string {
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, tm.OfficeID+" "+termLine(tm)+" "+tm.PredecessorPersonID+" "+tm.Note)
	}
	slices.Sort(got)
	return got
}

// TestBiographyRepeatedKeys: an infobox that writes "Office" again
// without a number has one block per office; a start written again is a
// further term of the office above; an alias of a key already given
// ("Assumed office" after "Term Start") is not.
func TestBiographyRepeatedKeys(t *testing.T) {
	ds := buildDocs(t, map[string]string{"li.txt": `= Li Ming =

Li Ming
- Office: Governor of Testsu
- Term Start: 2021
- Predecessor: Wang Wu
- Office: Mayor of Testcity
- Term Start: 2012
- Term End: 2014
- Term Start: 2016
- Term End: 2021
- Successor: Qian Qi
- Assumed office: 2099
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, tm.OfficeID+" "+termLine(tm)+" "+tm.PredecessorPersonID+">"+tm.SuccessorPersonID)
	}
	slices.Sort(got)
	want := []string{"governor-of-testsu Li Ming||2021| open wang-wu>", "mayor-of-testcity Li Ming||2012|2014 >li-ming",
		"mayor-of-testcity Li Ming||2016|2021 li-ming>qian-qi"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
}

func TestBiographyActingOfficeAndNativeCaption(t *testing.T) {
	ds := buildDocs(t, map[string]string{"ito.txt": `= Ito Hiroshi =

Ito Hiroshi
伊藤博
- Office: Acting Governor of Nagara
- Term Start: 23 April 2003
- Term End: 22 April 2004
- Office2: Governor of Nagara (acting)
- Term Start2: 2005
- Term End2: 2006
- Office3: Member of the House of Councillors
- Term Start3: 1995
- Term End3: 2003
- Status4: Acting
- Office4: Mayor of Kawabe
- Term Start4: 1990
- Term End4: 1991
- Status5: Elected
- Office5: Mayor of Kawabe
- Term Start5: 1991
- Term End5: 1995
- Term Start6: 1996
- Term End6: 1997
- Term Label6: Acting
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, fmt.Sprintf("%s %s acting=%t %s", tm.OfficeID, tm.Start, tm.Acting, tm.Note))
	}
	slices.Sort(got)
	want := []string{"governor-of-nagara 2003-04-23 acting=true ", "governor-of-nagara 2005 acting=true ",
		"mayor-of-kawabe 1990 acting=true ", "mayor-of-kawabe 1991 acting=false Status: Elected",
		"mayor-of-kawabe 1996 acting=true ", // "Term Label6: Acting", the office above's
		"member-of-the-house-of-councillors 1995 acting=false "}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	if len(ds.Persons) != 1 || ds.Persons[0].NameNative != "伊藤博" {
		t.Errorf("persons = %+v, want Ito Hiroshi with the native name of the caption's second line", ds.Persons)
	}
}

func TestUnknownHolderIsNotAPerson(t *testing.T) {
	ds := buildDocs(t, map[string]string{"dunmore.txt": `= List of mayors of Dunmore =

| No. | Mayor | Took office | Left office |
| 1 | Gen. Ann Fell | early 1901 | mid-1903 |
| 2 | Unknown | ? | 1905 |
| 3 | Abu al-Hasan bin Yusuf | 12 March [O.S. 1 March] 1917 | 1920s |
| | NA | 1921 | 1930 |
| | N/A | 1930 | 1931 |

== Deputy mayors ==
* Ray Holt, 1901–1905
* Unknown, 1905–1910
* Ida Moss, 1910–1915
* Zed Cole, 1915–1920; acting until 1916
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, fmt.Sprintf("%s %d %s %s–%s", tm.OfficeID, tm.Ordinal, tm.NameEN, tm.Start, tm.End))
	}
	want := []string{"deputy-mayor-of-dunmore 1 Ray Holt 1901–1905", "deputy-mayor-of-dunmore 3 Ida Moss 1910–1915",
		"deputy-mayor-of-dunmore 4 Zed Cole 1915–1920",
		"mayor-of-dunmore 1 Ann Fell 1901–1903", "mayor-of-dunmore 3 Abu al-Hasan bin Yusuf 1917-03-12–1920"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	if zed := termsOf(ds, "deputy-mayor-of-dunmore"); len(zed) != 3 || zed[2].Acting || zed[2].Note != "acting until 1916" {
		t.Errorf("a term acting only in part: %+v", zed)
	}
	for _, p := range ds.Persons {
		if strings.EqualFold(p.NameEN, "unknown") || strings.EqualFold(p.NameEN, "NA") || p.NameEN == "N/A" {
			t.Errorf("a person called %q", p.NameEN)
		}
	}
	if n := len(findingsWith(ds, CodeUnparsedDate)); n != 0 {
		t.Errorf("%d unparsed dates: %+v", n, findingsWith(ds, CodeUnparsedDate))
	}
	// The deputy mayor's post was held, by someone unknown, from 1905 to
	// 1910: no vacancy then.
	for _, f := range findingsWith(ds, CodeVacancy) {
		if f.SubjectID == "deputy-mayor-of-dunmore" {
			t.Errorf("a vacancy over a row of an unknown holder: %+v", f)
		}
	}
}

func TestIncomingHolderIsNotInOffice(t *testing.T) {
	ds := buildDocs(t, map[string]string{"town.txt": `= Mayor of Elmtown =

| No. | Name | Took office | Left office |
| 1 | Ann Fell | 2015 | 2019 |
| 2 | Helen Carter | 2019 | Incumbent |
| – | David Nguyen (elect) | 7 May 2027 | |

== Deputy mayors ==
* Ray Holt, 2019–
* Ida Moss (designate), 2027–
`})
	for _, tm := range ds.Terms {
		incoming := tm.PersonID == "david-nguyen" || tm.PersonID == "ida-moss"
		if tm.Incoming() != incoming || incoming && tm.Incumbent {
			t.Errorf("%s: incoming %t, incumbent %t", tm.NameEN, tm.Incoming(), tm.Incumbent)
		}
	}
	if holders, want := currentHolderLines(ds), []string{"deputy-mayor-of-elmtown ray-holt", "mayor-of-elmtown helen-carter"}; !slices.Equal(holders, want) {
		t.Errorf("current holders %q, want %q", holders, want)
	}
	if f := findingsWith(ds, CodeVacancy); len(f) != 0 {
		t.Errorf("a gap reported after a holder still in office: %+v", f)
	}
}

func TestUnnumberedListAfterNumberedOnes(t *testing.T) {
	ds := buildDocs(t, map[string]string{"m.txt": `= List of governors of Marland =

| No. | Governor | Took office | Left office |
| 61 | Robert Ehrlic | 2003 | 2007 |
| 62 | Larry Hogun | 2015 | 2023 |

== Living former governors ==
| Governor | Term of office |
| Martin Omally | 2007–2015 |
`})
	var order []string
	for _, tm := range termsOf(ds, "governor-of-marland") {
		order = append(order, tm.NameEN)
		if tm.NameEN == "Martin Omally" && (tm.Ordinal != 0 || tm.PredecessorPersonID != "robert-ehrlic" || tm.SuccessorPersonID != "larry-hogun") {
			t.Errorf("a holder of an unnumbered list after numbered ones: %+v", tm)
		}
	}
	if want := []string{"Robert Ehrlic", "Martin Omally", "Larry Hogun"}; !slices.Equal(order, want) {
		t.Errorf("order %q, want %q", order, want)
	}
}

func TestHoldersListedTwiceOnOnePage(t *testing.T) {
	ds := buildDocs(t, map[string]string{"town.txt": `= Mayor of Elmtown =

| No. | Name | Took office | Left office |
| 1 | Thomas Reed | 12 January 1898 | 9 January 1902 |
| 2 | Ann Fell | 9 January 1902 | 1906 |
| 3 | Thomas Reed | 1906 | 1910 |

== Former mayors ==
* Thomas Reed, 1898–1902
* Ann Fell, 1902–May 1906
`})
	var got []string
	for _, tm := range termsOf(ds, "mayor-of-elmtown") {
		got = append(got, termLine(tm))
	}
	want := []string{"Thomas Reed||1898-01-12|1902-01-09", "Ann Fell||1902-01-09|1906-05", "Thomas Reed||1906|1910"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	if n := len(findingsWith(ds, CodeDuplicateRow)); n != 2 {
		t.Errorf("%d duplicate-row findings, want 2", n)
	}
}

func TestNestedListItems(t *testing.T) {
	ds := buildDocs(t, map[string]string{"nordia.txt": `= Governor of Nordia =

== List of governors ==

* Ole Berg, 1950–1958, Labour
** Per Lie (acting), 1954
** Deputy: Ann Lee
* Kari Moe, 1958–1966 (Centre)
** Siv Holm, acting 1970
* Anne Vik, since 1970
`})
	var got []string
	for _, tm := range termsOf(ds, "governor-of-nordia") {
		got = append(got, fmt.Sprintf("%d %s %s–%s acting=%t", tm.Ordinal, tm.NameEN, tm.Start, tm.End, tm.Acting))
	}
	want := []string{"1 Ole Berg 1950–1958 acting=false", "0 Per Lie 1954–1954 acting=true",
		"2 Kari Moe 1958–1966 acting=false", "0 Siv Holm 1970–1970 acting=true", "3 Anne Vik 1970– acting=false"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	if f := findingsWith(ds, CodeUnparsedListItem); len(f) != 0 {
		t.Errorf("a note nested under an item reported: %+v", f)
	}
}

func TestBackMatterIsNotRead(t *testing.T) {
	ds := buildDocs(t, map[string]string{"nordia.txt": `= Governor of Nordia =

== List of governors ==
* Ole Berg, 1950–1958
* Kari Moe, 1958–1966

== External links ==
* Official website
* Nordia Archive (1950–2020)

=== Archives ===
| Name | Years |
| State Archive | 1950–2020 |

== Deputy governors ==
* Per Lie, 1950–1960
`})
	if got := len(termsOf(ds, "governor-of-nordia")); got != 2 {
		t.Errorf("%d governors, want 2: %+v", got, termsOf(ds, "governor-of-nordia"))
	}
	if got := len(termsOf(ds, "deputy-governor-of-nordia")); got != 1 {
		t.Errorf("a section after the links is not read: %d deputy governors", got)
	}
	if len(findingsWith(ds, CodeUnreadBlock)) != 2 {
		t.Errorf("dated blocks of the back matter not reported: %+v", findingsWith(ds, CodeUnreadBlock))
	}
}

func TestElectionResultsAreNotTerms(t *testing.T) {
	ds := buildDocs(t, map[string]string{"kellport.txt": `= Mayor of Kellport =

== List of mayors ==
* Walter Price, 1950–1955
* Joan Gale, 1955–1961

== Elections ==
=== 2021 ===
| Candidate | Party | Votes | % |
| Joan Gale | Labour | 12,345 | 55.1 |

== Results by year ==
| Year | Winner | Party |
| 2017 | Joan Gale | Labour |

== Deputy mayors ==
* Per Lie, 1950–1960
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, tm.OfficeID+" "+tm.NameEN)
	}
	want := []string{"deputy-mayor-of-kellport Per Lie", "mayor-of-kellport Walter Price", "mayor-of-kellport Joan Gale"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
}

func TestIsVoteHeader(t *testing.T) {
	for h, want := range map[string]bool{"Candidate": true, "Votes": true, "%": true, "Runner-up": true, "Term start": false,
		"Date": false, "Party": false, "Election": false} {
		if got := isVoteHeader(strings.ToLower(h)); got != want {
			t.Errorf("isVoteHeader(%q) = %t", h, got)
		}
	}
	if classifyHeader("Candidate") == colRange {
		t.Error("Candidate read as a date column")
	}
}

func TestBlankEndOfTheIncumbent(t *testing.T) {
	page := func(incumbent string) string {
		return `= Mayor of Elmtown =

Infobox
- Incumbent: ` + incumbent + `

| No. | Name | Took office | Left office |
| 1 | Ann Fell | 2015 | 2022 |
| 2 | Dana Whitlow | January 1, 2022 | |
`
	}
	for incumbent, open := range map[string]bool{"Dana Whitlow": true, "Omar Fitch": false, "Vacant": false} {
		ds := buildDocs(t, map[string]string{"town.txt": page(incumbent)})
		terms := termsOf(ds, "mayor-of-elmtown")
		if len(terms) != 2 || terms[1].Incumbent != open {
			t.Errorf("incumbent %s: last term %+v, want open %t", incumbent, terms, open)
		}
	}
	// A list whose last line gives the incumbent a single year: the start.
	ds := buildDocs(t, map[string]string{"list.txt": `= Mayor of Elmtown =

Infobox
- Incumbent: Dana Whitlow

== Mayors ==
* Ann Fell, 2015–2022
* Dana Whitlow, 2022
`})
	if terms := termsOf(ds, "mayor-of-elmtown"); len(terms) != 2 || !terms[1].Incumbent || !terms[1].End.IsZero() {
		t.Errorf("a single year for the incumbent: %+v", terms)
	}
	// A biography that has the term open opens a blank end too.
	ds = buildDocs(t, map[string]string{"list.txt": `= List of mayors of Elmtown =

| No. | Name | Took office | Left office |
| 1 | Ann Fell | 2015 | 2022 |
| 2 | Dana Whitlow | January 1, 2022 | |
`, "bio.txt": `= Dana Whitlow =

Dana Whitlow
- Office: Mayor of Elmtown
- Term Start: January 1, 2022
`})
	if terms := termsOf(ds, "mayor-of-elmtown"); len(terms) != 2 || !terms[1].Incumbent {
		t.Errorf("with the biography: %+v", terms)
	}
}

func TestOneNativeNameSpelledTwoWays(t *testing.T) {
	ds := buildDocs(t, map[string]string{"a.txt": `= Politics of Testzhou =

== Governors ==
| Name | Term start | Term end |
| Wang Zhaowen (王朝文) | 1983 | 1993 |
| Lou Yangsheng (骆惠宁) | 1993 | 1998 |

== Chairmen of the Testzhou People's Congress ==
| Name | Term start | Term end |
| Wang Chaowen (王朝文) | 1994 | 1998 |
| Wang Zhaowen (王朝文) | 1998 | 2000 |
| Luo Huining (骆惠宁) | 2000 | 2005 |
`})
	ids := map[string]string{}
	for _, tm := range ds.Terms {
		ids[tm.NameEN] = tm.PersonID
	}
	if ids["Wang Chaowen"] != "wang-zhaowen" || ids["Wang Zhaowen"] != "wang-zhaowen" {
		t.Errorf("two spellings a letter apart, one native name, are two people: %v", ids)
	}
	if ids["Lou Yangsheng"] == ids["Luo Huining"] {
		t.Errorf("two names far apart with one native name are one person: %v", ids)
	}
	var sev []string
	for _, f := range findingsWith(ds, CodeSharedChineseName) {
		sev = append(sev, f.Severity.String())
	}
	slices.Sort(sev)
	if !slices.Equal(sev, []string{"info", "warning"}) {
		t.Errorf("shared-chinese-name findings %v, want one info (read as one person) and one warning", sev)
	}
}

func TestNativeNameFromTheLead(t *testing.T) {
	ds := buildDocs(t, map[string]string{"li.txt": `= Li Xueyong =

Li Xueyong
- Office: Governor of Testsu
- Term Start: December 2010

Li Xueyong (simplified Chinese: 李学勇; traditional Chinese: 李學勇; pinyin: Lǐ Xuéyǒng; born September 1950) is a Chinese politician.
`, "suh.txt": `= Suh Byung-soo =

Suh Byung-soo
- Office1: Mayor of Testan
- Term Start1: 1 July 2014

Suh Byung-soo (; born 9 January 1952) is a South Korean politician.
`, "wang.txt": `= Wang Ming (politician) =

Wang Ming
- Office: Mayor of Testcity
- Term Start: 2019

For the footballer born in 1990, see Wang Ming (footballer).

Wang Ming (Chinese: 王明; born March 1962) is a Chinese politician.
`, "kim.txt": `= Kim Dong-testyeon =

Kim Dong-testyeon
- Office: Governor of Testgi Province
- Term Start: 1 July 2022

Kim Dong-testyeon (Korean: 김동연; Hanja: 金東兗; born 28 January 1957) is a South Korean politician.
`})
	natives := map[string]string{}
	births := map[string]string{}
	for _, p := range ds.Persons {
		natives[p.ID] = p.NameNative + "/" + p.NameNativeLang
		births[p.ID] = p.Birth.String()
	}
	// A hatnote before the lead is passed over.
	// A Korean name: the Hangul, then the Hanja.
	if natives["li-xueyong"] != "李学勇/zh" || natives["suh-byung-soo"] != "/" || natives["wang-ming"] != "王明/zh" || natives["kim-dong-testyeon"] != "김동연 金東兗/ko" {
		t.Errorf("native names %v", natives)
	}
	if births["li-xueyong"] != "1950-09" || births["suh-byung-soo"] != "1952-01-09" || births["wang-ming"] != "1962-03" {
		t.Errorf("births from the lead %v", births)
	}
}

func TestCutElectOffice(t *testing.T) {
	for in, want := range map[string]string{
		"Governor-elect of Virginia":      "Governor of Virginia elect",
		"Mayor-designate of Port Elms":    "Mayor of Port Elms elect",
		"President of Testland (elect)":   "President of Testland elect",
		"Governor of Virginia":            "Governor of Virginia",
		"Elections Commissioner of Testa": "Elections Commissioner of Testa",
	} {
		office, elect := cutElectOffice(in)
		if elect {
			office += " elect"
		}
		if office != want {
			t.Errorf("cutElectOffice(%q) = %q", in, office)
		}
	}
}

// TestBiographyOrdinal: the holder's number a biography gives ("12th
// Governor of X", "Order: 8th") is the term's ordinal where no list
// numbers it; a term the office's list does not hold keeps it as a note,
// as its number may be another numbering's.
func TestBiographyOrdinal(t *testing.T) {
	ds := buildDocs(t, map[string]string{
		"carter.txt": `= Helen Carter =

Infobox
- Name: Helen Carter
- Office1: 12th Governor of Nordland
- Term Start1: 12 January 2019
- Order2: 8th
- Office2: Mayor of Eastport
- Term Start2: 3 March 2009
- Term End2: 31 December 2018
`,
		"vik.txt": `= Jon Vik =

Infobox
- Name: Jon Vik
- Order1: 3rd
- Office1: Mayor of Westport
- Term Start1: 1 January 2019
`,
		"westport.txt": `= Mayor of Westport =

== Mayors ==
| No. | Mayor | Took office | Left office |
| 1 | Ann Lee | 1990 | 2000 |
| 2 | Bob Ray | 2000 | 2010 |
`,
	})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, fmt.Sprintf("%s %d %q", tm.OfficeID, tm.Ordinal, tm.Note))
	}
	want := []string{`governor-of-nordland 12 ""`, `mayor-of-eastport 8 ""`, `mayor-of-westport 1 ""`, `mayor-of-westport 2 ""`, `mayor-of-westport 0 "Order1: 3rd"`}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
}

// TestActingThenFullTerm: a biography's acting term that ends the day the
// full term starts, or in the year it starts, is a term of its own, not a
// disagreement about the full term's start.
func TestActingThenFullTerm(t *testing.T) {
	ds := buildDocs(t, map[string]string{"b.txt": `= Ann Testperson =

Ann Testperson
- Office1: Governor of Testsu
- Term Start1: 3 March 2021
- Office2: Acting Governor of Testsu
- Term Start2: 1 January 2021
- Term End2: 3 March 2021
- Office3: Mayor of Testcity
- Term Start3: 2016
- Term End3: 2019
- Office4: Acting Mayor of Testcity
- Term Start4: 2015
- Term End4: 2016
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, tm.OfficeID+" "+termLine(tm))
	}
	want := []string{"governor-of-testsu Ann Testperson||2021-01-01|2021-03-03 acting", "governor-of-testsu Ann Testperson||2021-03-03| open",
		"mayor-of-testcity Ann Testperson||2015|2016 acting", "mayor-of-testcity Ann Testperson||2016|2019"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	if f := findingsWith(ds, CodeSourceDisagreement); len(f) > 0 {
		t.Errorf("reported as a disagreement: %+v", f)
	}
}

// TestDropDuplicatesShortAndLong: a list searched row by row (a few
// dozen rows) and one searched through maps (longer) keep the same rows
// and refine the same terms: every third holder is written again, once
// exactly and once at a finer precision.
func TestDropDuplicatesShortAndLong(t *testing.T) {
	for _, n := range []int{30, 200} {
		var terms []*termClaim
		for i := range n {
			year := int16(1800 + i)
			c := &termClaim{personID: fmt.Sprintf("p%d", i), name: Name{EN: fmt.Sprintf("P %d", i)}, line: i + 1, list: 1,
				start: Date{Year: year, Precision: PrecisionYear}, end: Date{Year: year + 1, Precision: PrecisionYear}}
			terms = append(terms, c)
			if i%3 == 0 {
				again := *c
				again.line += 1000
				terms = append(terms, &again) // the same row again
				finer := *c
				finer.line += 2000
				finer.start = Date{Year: year, Month: 5, Precision: PrecisionMonth}
				terms = append(terms, &finer) // the same term, to the month
			}
		}
		b := &builder{ds: &Dataset{}}
		kept := b.dropDuplicates("office", terms)
		if len(kept) != n {
			t.Fatalf("%d rows: kept %d, want %d", n, len(kept), n)
		}
		for i, c := range kept {
			if c.personID != fmt.Sprintf("p%d", i) || c.line != i+1 {
				t.Fatalf("%d rows: row %d is %s of line %d", n, i, c.personID, c.line)
			}
			if want := i%3 == 0; (c.start.Precision == PrecisionMonth) != want {
				t.Errorf("%d rows: row %d start %v; refined to the month: %v", n, i, c.start, want)
			}
		}
		if got, want := len(b.ds.Findings), 2*((n+2)/3); got != want {
			t.Errorf("%d rows: %d findings, want %d", n, got, want)
		}
	}
}

// TestEndEventInRange: a range whose end says how the term ended, before
// its date ("1940 – died 1944") or without one ("1944 – died in office"),
// in brackets or not, keeps the date and notes the event, in a list and
// in a table's range column alike. None of these terms is open: the
// office has no current holder but the last.
func TestEndEventInRange(t *testing.T) {
	ds := buildDocs(t, map[string]string{
		"list.txt": "= Mayor of Listville =\n\n== Mayors ==\n\n* Ann Lee (1940 – died 1944)\n* Bob Ray (1944 – resigned 3 May 1950)\n* Cy Dunn (1950 – until 1955)\n" +
			"* Di Eve: 1955 – died in office\n* Ed Ford: 1958 – (assassinated)\n* Flo Gray: 1960 – (resigned 1964)\n* Gus Hale: 1964 – TBD\n* Hal Ives: 1970 – present\n",
		"table.txt": "= Mayor of Tableton =\n\n== Mayors ==\n\n| Name | Term |\n| Ann Lee | 1940 – died 1944 |\n| Bob Ray | 1944–1950 |\n" +
			"| Di Eve | 1950 – (died in office) |\n| Ed Ford | (1952–1956) |\n| Flo Gray | 1956 – (1960) |\n| Hal Ives | 1960 – present |\n",
	})
	want := map[string][3]string{ // term: start, end, note
		"mayor-of-listville/1": {"1940", "1944", "died"},
		"mayor-of-listville/2": {"1944", "1950-05-03", "resigned"},
		"mayor-of-listville/3": {"1950", "1955", ""},
		"mayor-of-listville/4": {"1955", "", "died in office"},
		"mayor-of-listville/5": {"1958", "", "assassinated"},
		"mayor-of-listville/6": {"1960", "1964", "resigned"},
		"mayor-of-listville/7": {"1964", "", ""},
		"mayor-of-listville/8": {"1970", "", ""},
		"mayor-of-tableton/1":  {"1940", "1944", "died"},
		"mayor-of-tableton/2":  {"1944", "1950", ""},
		"mayor-of-tableton/3":  {"1950", "", "died in office"},
		"mayor-of-tableton/4":  {"1952", "1956", ""},
		"mayor-of-tableton/5":  {"1956", "1960", ""},
		"mayor-of-tableton/6":  {"1960", "", ""},
	}
	for _, tm := range ds.Terms {
		w, ok := want[tm.ID]
		if !ok {
			t.Errorf("unexpected term %s", tm.ID)
			continue
		}
		delete(want, tm.ID)
		if got := [3]string{tm.Start.String(), tm.End.String(), tm.Note}; got != w {
			t.Errorf("%s: %q, want %q", tm.ID, got, w)
		}
		if last := tm.ID == "mayor-of-listville/8" || tm.ID == "mayor-of-tableton/6"; tm.Incumbent != last {
			t.Errorf("%s: incumbent %v, want %v", tm.ID, tm.Incumbent, last)
		}
	}
	for id := range want {
		t.Errorf("no term %s", id)
	}
	for _, f := range ds.Findings {
		if f.Code == CodeUnparsedDate || f.Code == CodeUnparsedListItem {
			t.Errorf("finding %s: %s", f.Code, f.Message)
		}
	}
}

// TestCurrentLeadersBesideAStaleList: a page's table of its current
// leaders and its lists of holders, one of them not brought up to date.
// The same person open in both holds one term, the list's; a later
// holder named only in the table holds the office, and the list's open
// term is kept with an unknown end, each with a finding. No vacancy is
// reported across a term whose end is unknown.
func TestCurrentLeadersBesideAStaleList(t *testing.T) {
	doc := `= Politics of Westprovince =

== Current leaders ==
| Office | Name | Since |
|---|---|---|
| Party Secretary | Wang Ming | 2024 |
| Governor | Li Hua | 2023 |

== Party Secretaries ==
- Zhang San (张三): 2010–2016
- Zhao Si (赵四): 2016–present

== Governors ==
- Qian Wu (钱五): 2012–2018
- Li Hua (李华): 2018–present
`
	ds := buildDocs(t, map[string]string{"w.txt": doc})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, tm.OfficeID+" "+termLine(tm))
	}
	want := []string{
		"governor-of-westprovince Qian Wu|钱五|2012|2018",
		"governor-of-westprovince Li Hua|李华|2018| open",
		"party-secretary-of-westprovince Zhang San|张三|2010|2016",
		"party-secretary-of-westprovince Zhao Si|赵四|2016|",
		"party-secretary-of-westprovince Wang Ming||2024| open",
	}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	if holders := currentHolderIDs(ds); !slices.Equal(holders, []string{"li-hua", "wang-ming"}) {
		t.Errorf("current holders %q", holders)
	}
	for code, n := range map[string]int{CodeStaleOpenTerm: 1, CodeSourceDisagreement: 1, CodeMultipleOpenTerms: 0, CodeVacancy: 0} {
		if f := findingsWith(ds, code); len(f) != n {
			t.Errorf("%d %s findings, want %d: %v", len(f), code, n, f)
		}
	}
}

// TestInfoboxActingHolder: an office infobox that gives the office as
// vacant and names who acts in it ("Acting: Jane Roe") has that person as
// its current, acting holder; "Acting: yes" beside a named incumbent marks
// them acting, and so does "(acting)" after the incumbent's start, in its
// own key or after "since" in the incumbent's.
func TestInfoboxActingHolder(t *testing.T) {
	ds := buildDocs(t, map[string]string{
		"y.txt": "= Mayor of Yville =\n\nInfobox\n- Post: Mayor of Yville\n- Incumbent: Liu Jie\n- Incumbentsince: 25 December 2024 (acting)\n\nThe mayor leads the town.\n",
		"z.txt": "= Mayor of Zville =\n\nInfobox\n- Post: Mayor of Zville\n- Incumbent: Wang Hao since 2 March 2025 (Acting)\n\nThe mayor leads the town.\n",
		"v.txt": "= Mayor of Vacantville =\n\nInfobox\n- Post: Mayor of Vacantville\n- Incumbent: Vacant\n- Acting: Jane Roe\n- Incumbentsince: 3 March 2026\n\nThe mayor leads the town.\n",
		"w.txt": "= Mayor of Westville =\n\nInfobox\n- Post: Mayor of Westville\n- Incumbent: Al Vick\n- Acting: yes\n\nThe mayor leads the town.\n",
		"x.txt": "= Mayor of Xville =\n\nInfobox\n- Post: Mayor of Xville\n- Incumbent: Vacant\n- Acting: None\n\nThe mayor leads the town.\n",
	})
	var got []string
	for _, o := range ds.Offices {
		got = append(got, o.ID+" "+o.IncumbentPersonID+" "+o.IncumbentStatus+" "+o.IncumbentSince.String())
	}
	want := []string{"mayor-of-vacantville jane-roe acting 2026-03-03", "mayor-of-westville al-vick acting ", "mayor-of-xville  vacant ",
		"mayor-of-yville liu-jie acting 2024-12-25", "mayor-of-zville wang-hao acting 2025-03-02"}
	if !slices.Equal(got, want) {
		t.Errorf("offices:\n got %q\nwant %q", got, want)
	}
	if holders := currentHolderIDs(ds); !slices.Equal(holders, []string{"jane-roe", "al-vick", "liu-jie", "wang-hao"}) {
		t.Errorf("current holders %q", holders)
	}
}

// TestVacancyToldWithTheCaptionBetween: a gap between two terms has the
// caption row of the list between them in its finding ("Merged into
// Testsu from 1954 to 1958"), which may say why; a gap with none has
// none.
func TestVacancyToldWithTheCaptionBetween(t *testing.T) {
	ds := buildDocs(t, map[string]string{"c.txt": `= Chairman of Testxia =

| No. | Officeholder | Took office | Left office |
| 1 | Ann Lee | October 1949 | August 1954 |
| Merged into Testsu from 1954 to 1958 |
| 2 | Bob Ray | October 1958 | 1966 |
| 3 | Cy Dunn | 1970 | 1975 |
`})
	f := findingsWith(ds, CodeVacancy)
	if len(f) != 2 || !strings.HasSuffix(f[0].Message, `; the list between them: "Merged into Testsu from 1954 to 1958"`) ||
		strings.Contains(f[1].Message, "the list between them") {
		t.Errorf("vacancy findings %+v", f)
	}
}

// TestInfoboxSinceWithItsWord: "Incumbentsince: since 1 July 2022", the
// label's word in the value, gives the day.
func TestInfoboxSinceWithItsWord(t *testing.T) {
	ds := buildDocs(t, map[string]string{
		"m.txt": "= Mayor of Sinceville =\n\nInfobox\n- Post: Mayor\n- Incumbent: Liu Jie\n- Incumbentsince: since 1 July 2022\n\nThe mayor leads the town.\n",
	})
	if len(ds.Offices) != 1 || ds.Offices[0].IncumbentSince.String() != "2022-07-01" || len(findingsWith(ds, CodeUnparsedDate)) != 0 {
		t.Errorf("offices %+v, findings %+v; want the incumbent since 2022-07-01", ds.Offices, ds.Findings)
	}
}

// TestInfoboxFirstIsInaugural: "First: Ann Lee", as some infoboxes name
// the inaugural holder.
func TestInfoboxFirstIsInaugural(t *testing.T) {
	ds := buildDocs(t, map[string]string{
		"o.txt": "= Chairman of the Old Council =\n\nInfobox\n- Post: Chairman of the Old Council\n- First: Ann Lee\n- Formation: 1950\n\nThe chairman led the council.\n",
	})
	if len(ds.Offices) != 1 || ds.Offices[0].InauguralPersonID != "ann-lee" {
		t.Errorf("offices %+v, want Ann Lee as the inaugural holder", ds.Offices)
	}
}

// currentHolderIDs returns the person IDs of the dataset's current holders.
func currentHolderIDs(ds *Dataset) []string {
	var ids []string
	for _, h := range ds.CurrentHolders {
		ids = append(ids, h.PersonID)
	}
	return ids
}

// TestBiographyNewerThanList: a biography names its subject in office
// since after the open term of an office's list, which was not brought up
// to date: the subject holds the office, and the list's open term keeps
// an unknown end.
func TestBiographyNewerThanList(t *testing.T) {
	ds := buildDocs(t, map[string]string{
		"e.txt": "= Party Secretary of Eastprovince =\n\n== Party Secretaries ==\n- Zhang San (张三): 2010–2016\n- Zhao Si (赵四): 2016–present\n",
		"w.txt": "= Wang Ming =\n\nWang Ming\n- Native Name: 王明\n- Office1: Party Secretary of Eastprovince\n- Term Start1: 2024\n- Predecessor1: Zhao Si\n\nWang Ming is a politician.\n",
	})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, termLine(tm))
	}
	want := []string{"Zhang San|张三|2010|2016", "Zhao Si|赵四|2016|", "Wang Ming|王明|2024| open"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	if holders := currentHolderIDs(ds); !slices.Equal(holders, []string{"wang-ming"}) {
		t.Errorf("current holders %q", holders)
	}
	if f := findingsWith(ds, CodeStaleOpenTerm); len(f) != 1 || f[0].SourceID != "party-secretary-of-eastprovince" {
		t.Errorf("stale-open-term findings %v", f)
	}
}

// TestLaterHolderInAnotherDocument: a committee's page, brought up to
// date after the province's page, names the secretary of now and since
// when: that holder is the office's, the province's list keeps its open
// row with an end the sources do not give, and both are told. A document
// naming a holder the list knows to have left, or before the list's last
// start, changes nothing.
func TestLaterHolderInAnotherDocument(t *testing.T) {
	province := "= Politics of Eastprovince =\n\nInfobox\n- Party: Eastprovince Provincial Committee of the Chinese Communist Party\n- Leader Title: Secretary\n- Leader Name: Zhao Si\n\nThe politics of Eastprovince.\n\n" +
		"== Secretaries of the Communist Party Eastprovince Committee ==\n- Zhang San (张三): 2010 – 2016\n- Zhao Si (赵四): December 2016 – present\n"
	tests := []struct {
		name, secretary, sentence string
		holder, since             string
		stale                     int
	}{
		{"later", "Wang Ming", "The current secretary is Wang Ming, who succeeded Zhao Si on 28 October 2024.", "wang-ming", "2024-10-28", 1},
		{"before the open row", "Wang Ming", "The current secretary is Wang Ming, who took office on 3 March 2015.", "zhao-si", "2016-12", 0},
		{"the list's own holder", "Zhao Si", "The current secretary is Zhao Si, who took office on 28 October 2024.", "zhao-si", "2016-12", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			committee := "= Eastprovince Provincial Committee of the Chinese Communist Party =\n\nEastprovince Provincial Committee of the Chinese Communist Party\n" +
				"- Secretary: " + tt.secretary + "\n\n" + tt.sentence + "\n"
			ds := buildDocs(t, map[string]string{"p.txt": province, "c.txt": committee})
			var office *Office
			for i := range ds.Offices {
				if ds.Offices[i].ID == "party-secretary-of-eastprovince" {
					office = &ds.Offices[i]
				}
			}
			if office == nil {
				t.Fatalf("no party-secretary-of-eastprovince in %v", ds.Offices)
			}
			if office.IncumbentPersonID != tt.holder {
				t.Errorf("office incumbent %s, want %s", office.IncumbentPersonID, tt.holder)
			}
			var holders []string
			for _, h := range ds.CurrentHolders {
				if h.OfficeID == office.ID {
					holders = append(holders, h.PersonID+" "+h.Since.String())
				}
			}
			if want := []string{tt.holder + " " + tt.since}; !slices.Equal(holders, want) {
				t.Errorf("current holders %q, want %q", holders, want)
			}
			if f := findingsWith(ds, CodeStaleOpenTerm); len(f) != tt.stale {
				t.Errorf("stale-open-term findings %v, want %d", f, tt.stale)
			}
			if f := findingsWith(ds, CodeIncumbentMismatch); len(f) != tt.stale {
				t.Errorf("incumbent-mismatch findings %v, want %d", f, tt.stale)
			}
			for _, tm := range ds.Terms {
				if tm.PersonID == "zhao-si" && tm.Incumbent == (tt.stale == 1) {
					t.Errorf("Zhao Si's term open = %v", tm.Incumbent)
				}
			}
		})
	}
}

// TestInfoboxSinceKey: "Since" under "Incumbent", as a rendered infobox
// labels the date, is the incumbent's start.
func TestInfoboxSinceKey(t *testing.T) {
	ds := buildDocs(t, map[string]string{"t.txt": "= Governor of Testland =\n\nInfobox\n- Post: Governor of Testland\n- Incumbent: Wang Wu\n- Since: 2 March 2021\n- Inaugural holder: Li Si\n\nThe governor heads the government.\n"})
	if len(ds.Offices) != 1 || ds.Offices[0].IncumbentSince.String() != "2021-03-02" {
		t.Fatalf("offices %+v, want the incumbent since 2021-03-02", ds.Offices)
	}
	if got := ds.Offices[0].InauguralPersonID; got != "li-si" {
		t.Errorf("inaugural holder %q, want li-si (the rendered label Inaugural holder)", got)
	}
	if len(ds.CurrentHolders) != 1 || ds.CurrentHolders[0].Since.String() != "2021-03-02" {
		t.Errorf("current holders %+v", ds.CurrentHolders)
	}
}

// TestBiographyNeighboursNamingNobody: a predecessor or successor field
// that says what became of the office, or that no one is named yet,
// names no person.
func TestBiographyNeighboursNamingNobody(t *testing.T) {
	ds := buildDocs(t, map[string]string{"ma_lin.txt": "= Ma Lin =\n\nMa Lin\n" +
		"- Office1: Governor of Alphaland\n- Term Start1: 2001\n- Term End1: 2005\n- Predecessor1: Position established\n- Successor1: To be determined\n" +
		"- Office2: Mayor of Beta City\n- Term Start2: 1995\n- Term End2: 2001\n- Predecessor2: Title created\n- Successor2: Post vacant\n" +
		"- Office3: Governor of Gammaland\n- Term Start3: 2005\n- Term End3: 2008\n- Predecessor3: Unknown\n- Successor3: Zhou Gang, TBA\n" +
		"\nMa Lin is a politician.\n"})
	var ids []string
	for _, p := range ds.Persons {
		ids = append(ids, p.ID)
	}
	if want := []string{"ma-lin", "zhou-gang"}; !slices.Equal(ids, want) {
		t.Errorf("persons %q, want %q", ids, want)
	}
	for _, tm := range ds.Terms {
		if tm.PredecessorPersonID != "" || tm.SuccessorPersonID != "" && tm.SuccessorPersonID != "zhou-gang" {
			t.Errorf("%s: predecessor %q, successor %q", tm.ID, tm.PredecessorPersonID, tm.SuccessorPersonID)
		}
	}
}

// TestCivicYears: a list and a table of mayors by mayoral year ("1985/86",
// "2001/02", "1999/2000"), each a term from one year into the next, not
// a date of February.
func TestCivicYears(t *testing.T) {
	ds := buildDocs(t, map[string]string{
		"list.txt":  "= Mayor of Listford =\n\n== Mayors ==\n\n* 1985/86: John Smith\n* 1986/87: Mary Jones\n* 1999/2000: Alan White\n",
		"table.txt": "= Mayor of Tableford =\n\n== Mayors ==\n\n| Year | Mayor | Party |\n| 2001/02 | Tom Black | Labour |\n| 2002/03 | Ann Gray | Green |\n",
	})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, tm.NameEN+" "+tm.Start.String()+"–"+tm.End.String())
	}
	want := []string{"John Smith 1985–1986", "Mary Jones 1986–1987", "Alan White 1999–2000", "Tom Black 2001–2002", "Ann Gray 2002–2003"}
	if !slices.Equal(got, want) {
		t.Errorf("terms %q, want %q", got, want)
	}
}

// TestOpenEndInBrackets: a date with an open end in brackets after it, in
// a list, a range cell or a start cell beside an empty end cell, and an
// end cell that is an open end in brackets, are terms in office now, not
// terms of that year alone.
func TestOpenEndInBrackets(t *testing.T) {
	ds := buildDocs(t, map[string]string{
		"list.txt":  "= Mayor of Listham =\n\n== Mayors ==\n\n* Ann Lee: 1990–1998\n* Cy Dunn: 1998 (incumbent)\n",
		"range.txt": "= Mayor of Rangeham =\n\n== Mayors ==\n\n| No. | Name | Term |\n| 1 | Ann Lee | 1990–1998 |\n| 2 | Cy Dunn | 1998 (present) |\n",
		"start.txt": "= Mayor of Startham =\n\n== Mayors ==\n\n| No. | Name | Took office | Left office |\n| 1 | Ann Lee | 1990 | 1998 |\n| 2 | Cy Dunn | 1998 (incumbent) | |\n",
		"end.txt":   "= Mayor of Endham =\n\n== Mayors ==\n\n| No. | Name | Took office | Left office |\n| 1 | Ann Lee | 1990 | 1998 |\n| 2 | Cy Dunn | 1998 | (Incumbent) |\n",
	})
	if len(ds.CurrentHolders) != 4 {
		t.Errorf("current holders %+v, want Cy Dunn in each of 4 offices", ds.CurrentHolders)
	}
	for _, tm := range ds.Terms {
		if tm.NameEN != "Cy Dunn" {
			continue
		}
		if !tm.Incumbent || tm.Start.String() != "1998" || !tm.End.IsZero() || tm.Note != "" {
			t.Errorf("%s: start %s end %s incumbent %v note %q; want in office since 1998", tm.ID, tm.Start, tm.End, tm.Incumbent, tm.Note)
		}
	}
}

// TestPeriodsOfOtherRule: rows and items that name a period of other rule
// or an office left unfilled, with its dates, are gaps, not holders.
func TestPeriodsOfOtherRule(t *testing.T) {
	ds := buildDocs(t, map[string]string{
		"table.txt": "= Governor of Gapland =\n\n== Governors ==\n\n| No. | Name | Took office | Left office |\n" +
			"| 1 | Ann Lee | 1940 | 1942 |\n| – | Japanese occupation | 1942 | 1945 |\n| 2 | Bob Ray | 1945 | 1956 |\n" +
			"| – | Military rule | 1956 | 1960 |\n| – | Post not filled | 1961 | 1962 |\n| – | Under martial law | 1975 | 1976 |\n| 3 | Di Eve | 1976 | present |\n",
		"list.txt": "= Mayor of Gapton =\n\n== Mayors ==\n\n* 1940–1942: Ann Lee\n* 1942–1945: Japanese Occupation\n* 1945–1950: Bob Ray\n",
	})
	var names []string
	for _, tm := range ds.Terms {
		names = append(names, tm.NameEN)
	}
	// Governor of Gapland, then Mayor of Gapton, in the order of offices.
	if want := []string{"Ann Lee", "Bob Ray", "Di Eve", "Ann Lee", "Bob Ray"}; !slices.Equal(names, want) {
		t.Errorf("holders %q, want %q", names, want)
	}
	if n := len(findingsWith(ds, CodeVacancyRow)); n != 5 {
		t.Errorf("%d vacancy-row findings, want 5", n)
	}
}

// TestListEndsVacant: a list whose last row (or item) is an open vacancy,
// after every term ended, gives the office as vacant since then; a
// vacancy between terms, or one closed, does not.
func TestListEndsVacant(t *testing.T) {
	for _, tc := range []struct{ name, doc, status, since string }{
		{"table", "= Governor of Gapland =\n\n| No. | Name | Took office | Left office |\n| 1 | Ann Lee | 1940 | 1950 |\n" +
			"| 2 | Bob Ray | 1950 | 23 July 2025 |\n| — | Vacant | 23 July 2025 | Incumbent |\n", "vacant", "2025-07-23"},
		{"list", "= Governor of Gapland =\n\n== Governors ==\n\n* Ann Lee (1940–1950)\n* Bob Ray (1950–2025)\n* Vacant (2025–present)\n", "vacant", "2025"},
		{"a vacancy between terms", "= Governor of Gapland =\n\n| No. | Name | Took office | Left office |\n| 1 | Ann Lee | 1940 | 1950 |\n" +
			"| — | Vacant | 1950 | |\n| 2 | Bob Ray | 1951 | Incumbent |\n", "", "1951"},
		{"a vacancy that ended", "= Governor of Gapland =\n\n| No. | Name | Took office | Left office |\n| 1 | Ann Lee | 1940 | 1950 |\n" +
			"| — | Vacant | 1950 | 1951 |\n", "", ""},
		{"an office abolished", "= Governor of Gapland =\n\n| No. | Name | Took office | Left office |\n| 1 | Ann Lee | 1940 | 1950 |\n" +
			"| — | Office abolished | 1950 | present |\n", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ds := buildDocs(t, map[string]string{"g.txt": tc.doc})
			o := ds.Offices[0]
			if o.IncumbentStatus != tc.status || o.IncumbentSince.String() != tc.since {
				t.Errorf("incumbent %q, status %q since %q; want status %q since %q", o.IncumbentPersonID, o.IncumbentStatus, o.IncumbentSince, tc.status, tc.since)
			}
		})
	}
}

// TestCabinetPageWithoutPlace: a cabinet's page whose title names no
// place ("Second Abe Cabinet") gives each portfolio its own office, of the
// country the page is about, the office other pages name the same.
func TestCabinetPageWithoutPlace(t *testing.T) {
	ds := buildDocs(t, map[string]string{
		"abe.txt": "= Second Abe Cabinet =\n\nThe Second Abe Cabinet governed Japan from 2012 to 2014.\n\n== Ministers ==\n\n" +
			"| Portfolio | Minister | Took office | Left office |\n" +
			"| Prime Minister | Shinzō Abe | 26 December 2012 | 24 December 2014 |\n" +
			"| Minister of Finance | Tarō Asō | 26 December 2012 | 24 December 2014 |\n" +
			"| Minister for Foreign Affairs | Fumio Kishida | 26 December 2012 | 24 December 2014 |\n",
		"pm.txt": "= List of prime ministers of Japan =\n\n== Prime ministers ==\n\n* Yoshihiko Noda: 2011–2012\n* Shinzō Abe: 2012–2020\n",
	})
	var ids []string
	for _, o := range ds.Offices {
		ids = append(ids, o.ID)
	}
	want := []string{"minister-for-foreign-affairs-of-japan", "minister-of-finance-of-japan", "prime-minister-of-japan"}
	if !slices.Equal(ids, want) {
		t.Errorf("offices %q, want %q", ids, want)
	}
}

func TestInfoboxAfterTheLead(t *testing.T) {
	ds := buildDocs(t, map[string]string{"testland.txt": `= President of Testland =

The president of Testland is the head of state of Testland.

- Incumbent: Cy Dunn
- Incumbent since: 20 January 2023
- Formation: April 1949
- Established: 4 March 1949
- Term length: Five years

The list below gives every president.

- Ann Lee: 1949–1954
- Bob Ray: 1954–2023

== List of presidents ==

| No. | Name | Took office | Left office |
| 3 | Cy Dunn | 20 January 2023 | present |
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, fmt.Sprintf("%s %s–%s", tm.NameEN, tm.Start, tm.End))
	}
	want := []string{"Ann Lee 1949–1954", "Bob Ray 1954–2023", "Cy Dunn 2023-01-20–"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	if len(ds.Offices) != 1 || ds.Offices[0].Formation.String() != "1949-04" || ds.Offices[0].IncumbentPersonID != "cy-dunn" {
		t.Errorf("offices = %+v, want the infobox's formation 1949-04 and incumbent cy-dunn", ds.Offices)
	}
}

// TestBiographyOverlappingBlocks: a biography that gives one office twice
// with overlapping dates (a typo in one block: "1999–2008" before
// "2008–2018") has two terms, with an overlapping-terms warning; it is
// not two sources disagreeing about one term.
func TestBiographyOverlappingBlocks(t *testing.T) {
	ds := buildDocs(t, map[string]string{"lu.txt": `= Lu Testyen =

Lu Testyen
- Office1: Member of the Testland Assembly
- Term Start1: 1 February 2008
- Term End1: 20 November 2018
- Term Start2: 1 February 1999
- Term End2: 20 November 2008
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, termLine(tm))
	}
	want := []string{"Lu Testyen||1999-02-01|2008-11-20", "Lu Testyen||2008-02-01|2018-11-20"}
	if !slices.Equal(got, want) {
		t.Errorf("terms %q, want %q", got, want)
	}
	if f := findingsWith(ds, CodeSourceDisagreement); len(f) != 0 {
		t.Errorf("one document read as two disagreeing sources: %+v", f)
	}
	if f := findingsWith(ds, CodeOverlappingTerms); len(f) != 1 {
		t.Errorf("overlapping-terms findings %+v, want one", f)
	}
}

// TestBiographyNeighboursAcrossAGap: a biography's term that the office's
// list lacks, years after the list's last holder (a list cut short),
// keeps the predecessor the biography names, not the list's last holder.
func TestBiographyNeighboursAcrossAGap(t *testing.T) {
	ds := buildDocs(t, map[string]string{
		"page.txt": `= Chairperson of Testmongolia =

| No. | Name | Took office | Left office |
| 1 | Ann Lee | 1949 | 1955 |
`,
		"bio.txt": `= Bob Ray =

Bob Ray
- Office: Chairman of the Testmongolia Autonomous Region
- Term Start: 13 October 2025
- Predecessor: Cy Dunn
`,
	})
	for _, tm := range termsOf(ds, "chairman-of-testmongolia") {
		if tm.PersonID == "bob-ray" && tm.PredecessorPersonID != "cy-dunn" {
			t.Errorf("Bob Ray's predecessor %q, want cy-dunn (named by the biography)", tm.PredecessorPersonID)
		}
		// Nor was Ann Lee succeeded by Bob Ray, seventy years on.
		if tm.PersonID == "ann-lee" && tm.SuccessorPersonID != "" {
			t.Errorf("Ann Lee's successor %q, want none known", tm.SuccessorPersonID)
		}
	}
	// A biography that names the list's holder as its predecessor, years
	// after (a vacancy), is that holder's successor.
	ds = buildDocs(t, map[string]string{
		"page.txt": `= Chairperson of Testmongolia =

| No. | Name | Took office | Left office |
| 1 | Ann Lee | 1949 | 1955 |
`,
		"bio.txt": `= Bob Ray =

Bob Ray
- Office: Chairman of the Testmongolia Autonomous Region
- Term Start: 1958
- Predecessor: Ann Lee
`,
	})
	for _, tm := range termsOf(ds, "chairman-of-testmongolia") {
		if tm.PersonID == "ann-lee" && tm.SuccessorPersonID != "bob-ray" {
			t.Errorf("Ann Lee's successor %q, want bob-ray (named by the biography)", tm.SuccessorPersonID)
		}
	}
}

// TestBiographyCaptionWithTwoNativeLines: a caption that gives the name,
// then its Tibetan and its Chinese forms on lines of their own, is the
// infobox's caption: the person keeps the native names and the infobox
// its offices.
func TestBiographyCaptionWithTwoNativeLines(t *testing.T) {
	ds := buildDocs(t, map[string]string{"padma.txt": `= Padma Testling =

Padma Testling
པདྨ་འཕྲིན་ལས་
白玛赤林
- Office: Chairman of the Tibet Autonomous Region
- Term Start: 15 January 2010
- Term End: 29 January 2013

Padma Testling (born 1952) is a retired politician.
`})
	if len(ds.Persons) != 1 || ds.Persons[0].NameNative != "པདྨ་འཕྲིན་ལས་ 白玛赤林" {
		t.Errorf("persons %+v, want Padma Testling with both native forms", ds.Persons)
	}
	if len(ds.Terms) != 1 || ds.Terms[0].OfficeID != "chairman-of-tibet" {
		t.Errorf("terms %+v, want one as Chairman of Tibet", ds.Terms)
	}
}

func TestPagesGolden(t *testing.T) {
	golden(t, buildDir(t, "testdata/pages"), "testdata/pages.golden.json")
}

// TestPages: on the real page shapes of testdata/pages, what a reader
// would look for on each.
func TestPages(t *testing.T) {
	ds := buildDir(t, "testdata/pages")
	// Guizhou, most rows without their portrait cell: every governor's end.
	for _, tm := range termsOf(ds, "governor-of-guizhou") {
		if tm.End.IsZero() && !tm.Incumbent {
			t.Errorf("Guizhou: %s has no end", tm.NameEN)
		}
	}
	// Guangdong: the man who never took office holds no term.
	if _, ok := findTerm(ds, "governor-of-guangdong", "chen-zhaochang"); ok {
		t.Error("Guangdong: Chen Zhaochang, who never took office, holds a term")
	}
	// Kwangtung: the province's governors, not China's.
	if n := len(termsOf(ds, "governor-of-kwangtung")); n != 10 {
		t.Errorf("Kwangtung: %d governors, want 10", n)
	}
	// Politics of Guangdong: three bodies, three offices.
	for office, n := range map[string]int{"chairman-of-guangdong-peoples-congress": 4, "chairman-of-cppcc-guangdong-committee": 5,
		"director-of-the-guangdong-supervisory-commission": 2} {
		if got := len(termsOf(ds, office)); got != n {
			t.Errorf("%s: %d terms, want %d", office, got, n)
		}
	}
	// Taipei: no person is a template's name; the era heading keeps the post.
	for _, p := range ds.Persons {
		if strings.HasPrefix(p.NameEN, "Template:") {
			t.Errorf("a person named %q", p.NameEN)
		}
	}
	n := 0
	for _, tm := range termsOf(ds, "mayor-of-taipei") {
		if tm.SourceID == "mayor-of-taipei" {
			n++
		}
	}
	if n != 3 {
		t.Errorf("Taipei: %d mayors, want 3", n)
	}
	// Fujian (governors): names without the editors' remarks.
	if _, ok := findTerm(ds, "governor-of-fujian", "yang-shu-chuang"); !ok {
		t.Error("Fujian: Yang Shu-chuang not found by his name alone")
	}
	// Italy: the ranking lists no terms; the deputies are the party's.
	if n := len(termsOf(ds, "secretary-of-the-democratic-party-italy")); n != 7 {
		t.Errorf("Democratic Party: %d secretaries' terms, want 7", n)
	}
	if n := len(termsOf(ds, "deputy-secretary-of-the-democratic-party-italy")); n != 2 {
		t.Errorf("Democratic Party: %d deputies' terms, want 2", n)
	}
	// Shanghai: "April 1-30, 1949".
	if tm, ok := findTerm(ds, "mayor-of-shanghai", "chen-liang"); !ok || tm.Start.String() != "1949-04-01" || tm.End.String() != "1949-04-30" {
		t.Errorf("Shanghai: Chen Liang %+v", tm)
	}
	// Beijing: Shen Jinjian's two titles follow each other, no overlap.
	for _, f := range findingsWith(ds, CodeOverlappingTerms) {
		if f.SourceID == "mayor-of-beijing" {
			t.Errorf("Beijing: %s", f.Message)
		}
	}
	// The congress's chairmen, from its own page and Politics of Beijing:
	// one office, with the city in its title.
	if n := len(termsOf(ds, "chairman-of-beijing-peoples-congress")); n != 7 {
		t.Errorf("Beijing congress: %d chairmen's terms, want 7", n)
	}
	// Legislative Yuan: the first of two formations, no unparsed date; an
	// office of Taiwan.
	for _, o := range ds.Offices {
		if o.ID == "president-of-the-legislative-yuan" && (o.Formation.String() != "1928-10-08" || o.Country != "tw") {
			t.Errorf("Legislative Yuan: formation %s, country %q", o.Formation, o.Country)
		}
		if o.ID == "mayor-of-kaohsiung" && o.Country != "tw" {
			t.Errorf("Kaohsiung: country %q", o.Country)
		}
		if o.ID == "prime-minister-of-mongolia" && o.InauguralPersonID != "togs-ochiryn-namnansuren" {
			t.Errorf("Mongolia: first holder %q", o.InauguralPersonID)
		}
	}
	for _, f := range ds.Findings {
		if f.Code == CodeUnparsedDate || f.Code == CodeInauguralMismatch && f.SourceID == "prime-minister-of-mongolia" {
			t.Errorf("%s: %s", f.Code, f.Message)
		}
	}
	// China's state representatives: the acting holders have no number;
	// the NPC chairman is the national body's, with no "of China".
	for _, tm := range termsOf(ds, "chairman-of-china") {
		if tm.Acting && tm.Ordinal != 0 {
			t.Errorf("China: acting %s numbered %d", tm.NameEN, tm.Ordinal)
		}
	}
	if n := len(termsOf(ds, "chairman-of-the-standing-committee-of-the-national-peoples-congress")); n != 1 {
		t.Errorf("China: %d NPC chairmen's terms, want 1", n)
	}
	// Anhui: the party chiefs are Anhui's.
	if n := len(termsOf(ds, "party-secretary-of-anhui")); n != 4 {
		t.Errorf("Anhui: %d party secretaries' terms, want 4", n)
	}
	// Korea: "7 (2)" is the 7th; the army's chief of staff is no name.
	for _, tm := range termsOf(ds, "prime-minister-of-south-korea") {
		if tm.PersonID == "chang-myon" && tm.Start.Year == 1960 && tm.Ordinal != 7 {
			t.Errorf("Korea: Chang Myon's second term numbered %d", tm.Ordinal)
		}
	}
	if _, ok := findTerm(ds, "prime-minister-of-south-korea", "jang-do-young"); !ok {
		t.Error("Korea: Jang Do-young not found by his name")
	}
	// Current provincial leaders (2016): each province's party secretary,
	// in office since the date given; no birth date is a term's.
	if tm, ok := findTerm(ds, "party-secretary-of-hebei", "zhao-kezhi"); !ok || !tm.Incumbent || tm.Start.String() != "2015-07-31" {
		t.Errorf("provincial leaders: Zhao Kezhi %+v", tm)
	}
	for _, f := range findingsWith(ds, CodeEndBeforeStart) {
		t.Errorf("%s: %s", f.SourceID, f.Message)
	}
	// Fujian: Sun Chunlan, last of the list, was not succeeded by Yin Li
	// eight years on.
	if tm, ok := findTerm(ds, "party-secretary-of-fujian", "sun-chunlan"); !ok || tm.SuccessorPersonID != "you-quan" {
		t.Errorf("Fujian: Sun Chunlan %+v, want You Quan (from the provincial leaders' list) as the successor", tm)
	}
	// Jiangsu: military and civilian governors side by side, numbered
	// from 1 each; no overlap between them.
	for _, f := range findingsWith(ds, CodeOverlappingTerms) {
		if f.SourceID == "governor-of-jiangsu" {
			t.Errorf("Jiangsu: %s", f.Message)
		}
	}
	if tm, ok := findTerm(ds, "governor-of-jiangsu", "ying-dehong"); !ok || tm.Note != "Post: Civilian Governor; 1876–1919" || tm.PredecessorPersonID != "" {
		t.Errorf("Jiangsu: the first civilian governor %+v", tm)
	}
	// New Taipei: Hou Yu-ih acted inside Eric Chu's term; his own began
	// after Chu's; footnote groups are no part of names.
	for _, tm := range termsOf(ds, "mayor-of-new-taipei") {
		if tm.PersonID == "hou-yu-ih" && tm.Start.String() == "2015-10-20" && (!tm.Acting || tm.PredecessorPersonID != "eric-chu" || tm.SuccessorPersonID != "eric-chu") {
			t.Errorf("New Taipei: the acting term %+v", tm)
		}
		if tm.PersonID == "hou-yu-ih" && tm.Start.String() == "2018-12-25" && tm.PredecessorPersonID != "eric-chu" {
			t.Errorf("New Taipei: Hou Yu-ih's own term follows %q", tm.PredecessorPersonID)
		}
	}
	for _, p := range ds.Persons {
		if strings.Contains(p.NameEN, "lower-alpha") {
			t.Errorf("a footnote in a name: %q", p.NameEN)
		}
	}
	// Shenzhen: the last mayor's end left blank is the holder of now.
	if tm, ok := findTerm(ds, "mayor-of-shenzhen", "chen-rugui"); !ok || !tm.Incumbent {
		t.Errorf("Shenzhen: Chen Rugui %+v", tm)
	}
	// Ngapoi: his two vice-chairmanships decades apart are not each
	// other's neighbours.
	for _, tm := range termsOf(ds, "vice-chairman-of-the-chinese-peoples-political-consultative-conference") {
		if tm.PredecessorPersonID != "" || tm.SuccessorPersonID != "" {
			t.Errorf("Ngapoi: %+v", tm)
		}
	}
	// Koike: Japan's chambers, and a kind of seat is no predecessor.
	if _, ok := findTerm(ds, "member-of-the-house-of-representatives-of-japan", "yuriko-koike"); !ok {
		t.Error("Koike: no term in Japan's House of Representatives")
	}
	if tm, ok := findTerm(ds, "member-of-the-house-of-councillors-of-japan", "yuriko-koike"); !ok || tm.PredecessorPersonID != "" {
		t.Errorf("Koike: House of Councillors %+v", tm)
	}
	// Hualien: rows without their portrait cell keep party and term apart.
	if tm, ok := findTerm(ds, "magistrate-of-hualien", "yang-chung-ching"); !ok || !strings.Contains(tm.Note, "Political Party: China Democratic Socialist Party") {
		t.Errorf("Hualien: Yang Chung-ching %+v", tm)
	}
	// Taiwan's magistrates and mayors of now: each post's holder, open.
	if tm, ok := findTerm(ds, "mayor-of-taipei", "chiang-wan-an"); !ok || !tm.Incumbent {
		t.Errorf("Taiwan: Chiang Wan-an %+v", tm)
	}
	// South Jeolla: the native name alone where the Latin one is lost, and
	// the acting rows read without a ragged row.
	if n := len(termsOf(ds, "governor-of-south-jeolla")); n != 8 {
		t.Errorf("South Jeolla: %d governors, want 8", n)
	}
	for _, f := range findingsWith(ds, CodeRaggedRow) {
		if f.SourceID == "governor-of-south-jeolla-province" {
			t.Errorf("South Jeolla: %s", f.Message)
		}
	}
	// Japan's governors of now: "Former party" over two columns, the
	// header padded; "Office expires" is no end; Gifu names no governor.
	if tm, ok := findTerm(ds, "governor-of-aichi", "hideaki-omura"); !ok || !tm.Incumbent || tm.Start.String() != "2011-02-15" {
		t.Errorf("Japan: Hideaki Omura %+v", tm)
	}
	if n := len(termsOf(ds, "governor-of-gifu")); n != 0 {
		t.Errorf("Japan: %d governors of Gifu, want none", n)
	}
	// India's chief ministers of now: each state's own post, held now.
	if tm, ok := findTerm(ds, "chief-minister-of-assam", "himanta-biswa-sarma"); !ok || !tm.Incumbent {
		t.Errorf("India: Himanta Biswa Sarma %+v", tm)
	}
	if n := len(termsOf(ds, "chief-minister-of-india")); n != 0 {
		t.Errorf("India: %d chief ministers of India, want none", n)
	}
	// Guimaras: the numbers kept under a label spanning them, a
	// returning holder's "(4)" too; the infobox's incumbent is the list's.
	var ords []int
	for _, tm := range termsOf(ds, "governor-of-guimaras") {
		ords = append(ords, tm.Ordinal)
	}
	if want := []int{1, 2, 3, 4, 5, 4, 1, 2, 3, 4, 2}; !slices.Equal(ords, want) {
		t.Errorf("Guimaras: numbers %v, want %v", ords, want)
	}
	for _, f := range findingsWith(ds, CodeIncumbentMismatch) {
		if f.SubjectID == "governor-of-guimaras" {
			t.Errorf("Guimaras: %s", f.Message)
		}
	}
	// Living former governors: each row's state's post, and George Nigh's
	// two terms, one in each date cell's pair.
	var nigh []string
	for _, tm := range termsOf(ds, "governor-of-oklahoma") {
		nigh = append(nigh, tm.Start.String()+"|"+tm.End.String())
	}
	if want := []string{"1963-01-06|1963-01-14", "1979-01-03|1987-01-12"}; !slices.Equal(nigh, want) {
		t.Errorf("Oklahoma: George Nigh's terms %q, want %q", nigh, want)
	}
	if n := len(termsOf(ds, "governor-of-united-states")); n != 0 {
		t.Errorf("United States: %d governors of the United States, want none", n)
	}
	// The United States' governors of now: "End of term" is when the term
	// is due to end.
	if tm, ok := findTerm(ds, "governor-of-guam", "lou-leon-guerrero"); !ok || !tm.Incumbent {
		t.Errorf("United States: Lou Leon Guerrero %+v", tm)
	}
	// South Gyeongsang: the party under its own label, not "Elected".
	for _, tm := range termsOf(ds, "governor-of-south-gyeongsang") {
		if !strings.HasPrefix(tm.Note, "Political party: ") {
			t.Errorf("South Gyeongsang: %s's note %q", tm.NameEN, tm.Note)
		}
	}
	// Hiroshima: a viscount is the same person as without his title.
	// (The 36th, Mika Yokota, from the list of Japan's governors of now.)
	if n := len(termsOf(ds, "governor-of-hiroshima")); n != 37 {
		t.Errorf("Hiroshima: %d governors, want 37", n)
	}
	if tm, ok := findTerm(ds, "governor-of-hiroshima", "kono-togama"); !ok || tm.NameEN != "Viscount Kōno Togama" {
		t.Errorf("Hiroshima: Kōno Togama %+v", tm)
	}
	// Okinawa, tables rendered as text under a caption and "Name
	// Period": every governor of both, the acting one with his dates.
	if n := len(termsOf(ds, "governor-of-okinawa")); n != 13 {
		t.Errorf("Okinawa: %d governors, want 13", n)
	}
	if tm, ok := findTerm(ds, "governor-of-okinawa", "takemori-nijima"); !ok || tm.Start.String() != "1978-07-21" || tm.End.String() != "1978-12-13" {
		t.Errorf("Okinawa: Takemori Nijima %+v", tm)
	}
}

// TestImpreciseHandoverIsNoOverlap: a holder's term that ends in a year
// ("23 March 1914 – 1914") and their next, under a new title, that starts
// in it ("1914 – September 1915") may follow each other; the year-long
// start sorting first is no overlap. A term that surely began before the
// other ended still is one.
func TestImpreciseHandoverIsNoOverlap(t *testing.T) {
	for _, tc := range []struct {
		second string
		want   int
	}{
		{"| (4) | Shen Testjian | 1914 | September 1915 |", 0},
		{"| (4) | Shen Testjian | 1913 | September 1915 |", 2}, // it overlaps both
	} {
		ds := buildDocs(t, map[string]string{"mayor.txt": `= Mayor of Testcity =

| No. | Officeholder | Took office | Left office |
| 3 | Wang Testxin | 16 October 1913 | 23 March 1914 |
| 4 | Shen Testjian | 23 March 1914 | 1914 |
| Capital Administrative Officer | | | |
` + tc.second + `
| 5 | Wang Testda | 26 September 1915 | 3 August 1920 |
`})
		if len(ds.Terms) != 4 {
			t.Fatalf("%s: %d terms, want 4", tc.second, len(ds.Terms))
		}
		if f := findingsWith(ds, CodeOverlappingTerms); len(f) != tc.want {
			t.Errorf("%s: overlapping-terms findings %+v, want %d", tc.second, f, tc.want)
		}
	}
}

// TestInfoboxSeveralDates: an infobox date that gives several, each with
// its qualifier, keeps the first with an info finding; it is no
// unparsed date.
func TestInfoboxSeveralDates(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"8 October 1928 (original) 17 May 1948 (1947 Constitution)", "1928-10-08 1948-05-17"},
		{"8 October 1928; 95 years ago (1928-10-08) (original) 17 May 1948; 75 years ago (1948-05-17) (1947 Constitution)", "1928-10-08 1948-05-17"},
		{"November 1912 21 July 1992", "1912-11 1992-07-21"}, // their qualifiers lost
		{"March 13, 1928 March 1, 1950 (in Taipei)", "1928-03-13 1950-03-01"},
		{"8 October 1928 and later", ""},
		{"8 October 1928 (original) in Nanjing (capital)", ""},
	} {
		if g := datesText(datedParts(tc.in)); g != tc.want {
			t.Errorf("datedParts(%q) = %q, want %q", tc.in, g, tc.want)
		}
	}
	ds := buildDocs(t, map[string]string{"yuan.txt": `= President of the Testland Yuan =

Infobox
- Incumbent: Han Testyu
- Formation: 8 October 1928 (original) 17 May 1948 (1947 Constitution)

| No. | Name | Took office | Left office |
| 1 | Hu Testmin | 8 Oct 1928 | 2 Mar 1931 |
| 2 | Han Testyu | 1 February 2024 | Incumbent |
`})
	if f := ds.Offices[0].Formation.String(); f != "1928-10-08" {
		t.Errorf("formation %s, want 1928-10-08", f)
	}
	if n := len(findingsWith(ds, CodeUnparsedDate)); n != 0 {
		t.Errorf("%d unparsed-date findings, want none", n)
	}
	if n := len(findingsWith(ds, CodeSeveralDates)); n != 1 {
		t.Errorf("%d several-dates findings, want one", n)
	}
}

// datesText writes dates as the tests state them: ISO text, spaced.
func datesText(ds []Date) string {
	var out []string
	for _, d := range ds {
		out = append(out, d.String())
	}
	return strings.Join(out, " ")
}

// TestStagedDates: a formation that names each form of the office with
// the date it began gives those dates in order, the first kept as the
// formation; a value that is not all labels with dates gives none.
func TestStagedDates(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Secretary of the Organizational Bureau:, 20 April 1918, Secretary:, 12 July 1918, First Secretary:, 23 November 1920, * General Secretary:, 20 March 1925 – 23 January 1934", "1918-04-20 1918-07-12 1920-11-23 1925-03-20"},
		{"Chairman: October 1, 1949; Governor: March 20, 1955", "1949-10-01 1955-03-20"},
		{"Republic: 1 January 1912", "1912-01-01"},
		{"Secretary: 1918, and later", ""},
		{"Secretary: unknown; Governor: 1955", ""},
		{"8 October 1928 (original) 17 May 1948", ""},
		{": 1918", ""},
	} {
		if g := datesText(stagedDates(tc.in)); g != tc.want {
			t.Errorf("stagedDates(%q) = %q, want %q", tc.in, g, tc.want)
		}
	}
	ds := buildDocs(t, map[string]string{"ukr.txt": `= First Secretary of the Communist Party of Testland =

Infobox
- Post: First Secretary
- Formation: Secretary:, 12 July 1918, First Secretary:, 23 November 1920
- Abolished: 30 August 1991

| No. | Name | Took office | Left office |
| 1 | Georgy Testakov | 12 July 1918 | 9 September 1918 |
| 2 | Emanuel Testring | 23 November 1920 | 1 March 1925 |
`})
	if f := ds.Offices[0].Formation.String(); f != "1918-07-12" {
		t.Errorf("formation %s, want 1918-07-12", f)
	}
	for _, code := range []string{CodeUnparsedDate, CodeFormationMismatch} {
		if f := findingsWith(ds, code); len(f) != 0 {
			t.Errorf("%s findings %+v, want none", code, f)
		}
	}
}

// TestInfoboxDateLeftEmpty: an infobox date whose template was left empty
// ("- Formation: ,") gives no date and no finding; one with words but no
// date is still reported.
func TestInfoboxDateLeftEmpty(t *testing.T) {
	for in, want := range map[string]int{",": 0, " – ": 0, "(…)": 0, "sometime": 1} {
		ds := buildDocs(t, map[string]string{"t.txt": `= Governor of Testprov =

Infobox
- Post: Governor
- Formation: ` + in + `

| No. | Name | Took office | Left office |
| 1 | Ann Lee | 1990 | 1995 |
`})
		if f := findingsWith(ds, CodeUnparsedDate); len(f) != want {
			t.Errorf("formation %q: %d unparsed-date findings %+v, want %d", in, len(f), f, want)
		}
		if !ds.Offices[0].Formation.IsZero() {
			t.Errorf("formation %q read as %s", in, ds.Offices[0].Formation)
		}
	}
}

// TestInfoboxFirstHoldersOfEachForm: an infobox that names the first
// holder and the formation of each form of the office ("Tögs-Ochiryn
// Namnansüren (1912) Puntsagiin Jasrai (1992)", "November 1912 21 July
// 1992") gives two first holders, not one person of both names, and a
// list of the later form that starts with its first holder is no
// mismatch.
func TestInfoboxFirstHoldersOfEachForm(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Tögs-Ochiryn Namnansüren (1912) Puntsagiin Jasrai (1992)", []string{"Tögs-Ochiryn Namnansüren", "Puntsagiin Jasrai"}},
		{"Ann Lee (1912)", nil},
		{"Ann Lee (acting) Bob Ray (1992)", nil},
		{"Ann Lee (1901–1980)", nil},
		{"(1912) Bob Ray (1992)", nil},
	} {
		if got := datedHolders(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("datedHolders(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Pratapsingh Rane as Chief Minister of Goa state, , Dayanand Bandodkar as Chief Minister of the Union Territory of Goa, Daman and Diu",
			[]string{"Pratapsingh Rane", "Dayanand Bandodkar"}},
		{"Ann Lee as Governor of the territory", []string{"Ann Lee"}},
		{"Ann Lee; Bob Ray as Governor", nil},            // the first has no form
		{"Known as the Red Governor", nil},               // no name before it
		{"Ann Lee as well as Bob Ray", nil},              // no post after it
		{"Ann Lee (1912) Bob Ray (1992)", nil},           // datedHolders' shape
		{"Ann Lee, served as Governor of Testland", nil}, // a sentence
	} {
		if got := holdersAs(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("holdersAs(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	ds := buildDocs(t, map[string]string{"pm.txt": `= Prime Minister of Testland =

Infobox
- Incumbent: Cy Dunn
- Inaugural: Ann Testsuren (1912) Bob Testrai (1992)
- Formation: November 1912 21 July 1992

| No. | Name | Took office | Left office |
| 1 | Bob Testrai | 21 July 1992 | 19 July 1996 |
| 2 | Cy Dunn | 19 July 1996 | Incumbent |
`})
	for _, code := range []string{CodeInauguralMismatch, CodeFormationMismatch, CodeUnparsedDate} {
		if f := findingsWith(ds, code); len(f) != 0 {
			t.Errorf("%s findings: %+v", code, f)
		}
	}
	o := ds.Offices[0]
	if o.InauguralPersonID != "ann-testsuren" || o.Formation.String() != "1912-11" {
		t.Errorf("office's first holder %q and formation %s, want ann-testsuren and 1912-11", o.InauguralPersonID, o.Formation)
	}
	for _, p := range ds.Persons {
		if strings.Contains(p.ID, "testsuren-bob") {
			t.Errorf("a person made of both first holders: %+v", p)
		}
	}
}

// TestStandInTerm: an unnumbered row inside another holder's term (an
// acting mayor while the mayor ran for president) is a stand-in: that
// holder is its predecessor and successor, it is no one else's neighbour,
// and it is no overlap. A biography's one open term from a start the list
// splits into two consecutive terms of its holder is no disagreement, and
// grouped footnote markers ("[lower-alpha 3]") are not part of names or
// dates.
func TestStandInTerm(t *testing.T) {
	ds := buildDocs(t, map[string]string{"m.txt": `= Mayor of Testtown =

The mayor of Testtown heads the city.

| No. | Name | Took office | Left office | Term |
|---|---|---|---|---|
| 1 | Eric Chu | 25 December 2010 | 25 December 2014 | 1 |
| 25 December 2014 | 25 December 2018 [lower-alpha 2] | 2 |
| -- | Hou Yu-ih [lower-alpha 3] | 20 October 2015 | 18 January 2016 | |
| 2 | Hou Yu-ih | 25 December 2018 | 25 December 2022 | 3 |
| 25 December 2022 | Incumbent | 4 |
`, "h.txt": `= Hou Yu-ih =

Hou Yu-ih
- Office: Mayor of Testtown
- Term Start: 25 December 2018
- Predecessor: Eric Chu
- Term Start2: 20 October 2015
- Term End2: 18 January 2016
- Term Label2: Acting
- Predecessor2: Eric Chu
- Successor2: Eric Chu

Hou Yu-ih is a politician.
`})
	var got []string
	for _, tm := range termsOf(ds, "mayor-of-testtown") {
		got = append(got, fmt.Sprintf("%s %s–%s acting=%t %s→%s", tm.NameEN, tm.Start, endText(tm.End, tm.Incumbent), tm.Acting, tm.PredecessorPersonID, tm.SuccessorPersonID))
	}
	want := []string{
		"Eric Chu 2010-12-25–2014-12-25 acting=false →eric-chu",
		"Eric Chu 2014-12-25–2018-12-25 acting=false eric-chu→hou-yu-ih",
		"Hou Yu-ih 2015-10-20–2016-01-18 acting=true eric-chu→eric-chu",
		"Hou Yu-ih 2018-12-25–2022-12-25 acting=false eric-chu→hou-yu-ih",
		"Hou Yu-ih 2022-12-25–present acting=false hou-yu-ih→",
	}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	for _, code := range []string{CodeOverlappingTerms, CodeSourceDisagreement, CodeUnparsedDate} {
		if f := findingsWith(ds, code); len(f) > 0 {
			t.Errorf("%s findings: %+v", code, f)
		}
	}
	if f := findingsWith(ds, CodeStandInTerm); len(f) != 1 || f[0].SubjectID != "mayor-of-testtown/hou-yu-ih" {
		t.Errorf("stand-in findings: %+v, want one for Hou Yu-ih's acting term", f)
	}
}

// TestBiographyNeighboursPastActing: a biography names as predecessor the
// holder before an acting one, as infoboxes do; against a list that gives
// the acting holder between them, that is no disagreement, and the list's
// neighbours stand. Naming someone else still is one.
func TestBiographyNeighboursPastActing(t *testing.T) {
	list := `= Mayor of Testseoul =

The mayor of Testseoul heads the city.

| No. | Name | Took office | Left office |
|---|---|---|---|
| 35 | Park Won-soon | 27 October 2011 | 9 July 2020 |
| – | Seo Jung-hyup (acting) | 10 July 2020 | 7 April 2021 |
| 38 | Oh Se-hoon | 8 April 2021 | Incumbent |
`
	bio := func(pred string) string {
		return `= Oh Se-hoon =

Oh Se-hoon
- Office: Mayor of Testseoul
- Term Start: 8 April 2021
- Predecessor: ` + pred + `

Oh Se-hoon is a politician.
`
	}
	for pred, disagree := range map[string]bool{"Park Won-soon": false, "Kim Someone": true} {
		ds := buildDocs(t, map[string]string{"list.txt": list, "oh.txt": bio(pred)})
		if got := len(findingsWith(ds, CodeSourceDisagreement)) > 0; got != disagree {
			t.Errorf("predecessor %s: disagreement %t, want %t: %+v", pred, got, disagree, findingsWith(ds, CodeSourceDisagreement))
		}
		if tm, ok := findTerm(ds, "mayor-of-testseoul", "oh-se-hoon"); !ok || tm.PredecessorPersonID != "seo-jung-hyup" {
			t.Errorf("predecessor %s: Oh Se-hoon's term %+v, want the list's acting mayor before him", pred, tm)
		}
	}
}

// TestBiographyTermsYearsApart: a biography's two terms of one office,
// decades apart, with no list between them, are not each other's
// neighbours; terms that follow on are.
func TestBiographyTermsYearsApart(t *testing.T) {
	ds := buildDocs(t, map[string]string{"n.txt": `= Ngapoi Testjigme =

Ngapoi Testjigme
- Office: Vice Chairman of the Testland Conference
- Term Start: 9 October 1959
- Term End: 21 December 1964
- Term Start1: 15 March 1993
- Term End1: 23 December 2009
- Office2: Kalon of Testland
- Term Start2: 1950
- Term End2: 1955
- Term Start3: 1955
- Term End3: 1959

Ngapoi Testjigme was an official.
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, fmt.Sprintf("%s %s %s→%s", tm.OfficeID, tm.Start, tm.PredecessorPersonID, tm.SuccessorPersonID))
	}
	want := []string{
		"kalon-of-testland 1950 →ngapoi-testjigme",
		"kalon-of-testland 1955 ngapoi-testjigme→",
		"vice-chairman-of-the-testland-conference 1959-10-09 →",
		"vice-chairman-of-the-testland-conference 1993-03-15 →",
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
}

// TestSeatsOfABody: members of a body, each from a biography, hold its
// seats side by side: no overlap between them, no predecessor but the one
// a biography names, no one incumbent, and each member in office a
// current holder. A member's own terms are still checked against each
// other. The body's title takes the country the biographies are of.
func TestSeatsOfABody(t *testing.T) {
	bio := func(name, start, end, extra string) string {
		s := "= " + name + " =\n\n" + name + "\n- Native Name Lang: ko\n- Office: Member of the National Assembly\n- Term Start: " + start + "\n"
		if end != "" {
			s += "- Term End: " + end + "\n"
		}
		return s + extra + "\n" + name + " is a South Korean politician.\n"
	}
	ds := buildDocs(t, map[string]string{
		"a.txt": bio("Kim Ah-ra", "30 May 2016", "29 May 2020", "- Predecessor: Moon Ga-ra\n- Term Start1: 30 May 2019\n- Term End1: 29 May 2023\n"),
		"b.txt": bio("Park Bo-ra", "30 May 2012", "29 May 2024", ""),
		"c.txt": bio("Lee Cha-ra", "30 May 2020", "", ""),
		"d.txt": bio("Choi Da-ra", "30 May 2020", "", ""),
	})
	const office = "member-of-the-national-assembly-of-south-korea"
	var got []string
	for _, tm := range termsOf(ds, office) {
		got = append(got, fmt.Sprintf("%s %s %s→%s", tm.NameEN, tm.Start, tm.PredecessorPersonID, tm.SuccessorPersonID))
	}
	slices.Sort(got)
	want := []string{"Choi Da-ra 2020-05-30 →", "Kim Ah-ra 2016-05-30 moon-ga-ra→", "Kim Ah-ra 2019-05-30 →", "Lee Cha-ra 2020-05-30 →", "Park Bo-ra 2012-05-30 →"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	if f := findingsWith(ds, CodeOverlappingTerms); len(f) != 1 || f[0].SourceID != "kim-ah-ra" {
		t.Errorf("overlaps: %+v, want only Kim Ah-ra's own two terms", f)
	}
	for _, code := range []string{CodeVacancy, CodeMultipleOpenTerms} {
		if f := findingsWith(ds, code); len(f) > 0 {
			t.Errorf("%s findings: %+v", code, f)
		}
	}
	var holders []string
	for _, h := range ds.CurrentHolders {
		holders = append(holders, h.PersonID)
	}
	slices.Sort(holders)
	if want := []string{"choi-da-ra", "lee-cha-ra"}; !slices.Equal(holders, want) || len(ds.Offices) != 1 || ds.Offices[0].IncumbentPersonID != "" {
		t.Errorf("current holders %q (want %q), offices %+v: a seat has no one incumbent", holders, want, ds.Offices)
	}
}

func TestSeatTitle(t *testing.T) {
	for title, want := range map[string]bool{
		"Member of the National Assembly of South Korea": true, "Member of the Legislative Yuan": true,
		"Delegate to the National People's Congress": true, "Member of Parliament for Leeds North": false,
		"Governor of Tokyo": false, "Chairman of the Standing Committee of the National People's Congress": false,
		"State Councilor of China": true, "State Councilor": true, "United States Senator from Ohio": true,
		"City Councillor of Testburg": true, "Senator for Testland": false, "Chairman of the Council of Testland": false,
		"Councilor of State": true,
	} {
		if got := isSeatTitle(title); got != want {
			t.Errorf("isSeatTitle(%q) = %v, want %v", title, got, want)
		}
	}
}

// TestCountryNames: every country whose code an office may get has a
// name its titles can give it.
func TestCountryNames(t *testing.T) {
	for name, code := range countryCodes {
		if countryName(code) == "" {
			t.Errorf("%s (%s) has no name", name, code)
		}
	}
	for _, w := range countryWords {
		if countryName(w.code) == "" && w.code != "hk" && w.code != "mo" {
			t.Errorf("%s (%s) has no name", w.word, w.code)
		}
	}
}

// TestFinanceMinistersOfTwoCountries: two biographies' "Minister of
// Finance", of two countries, are two offices.
func TestFinanceMinistersOfTwoCountries(t *testing.T) {
	ds := buildDocs(t, map[string]string{
		"a.txt": "= Ann Lee =\n\nAnn Lee\n- Office: Minister of Finance\n- Term Start: 2012\n- Term End: 2013\n- Birth Place: Nairobi, Kenya\n",
		"b.txt": "= Bob Ray =\n\nBob Ray\n- Office: Minister of Finance\n- Term Start: 2011\n- Term End: 2015\n- Birth Place: Lagos, Nigeria\n",
	})
	var got []string
	for _, o := range ds.Offices {
		got = append(got, o.ID+" "+o.Country)
	}
	if want := []string{"minister-of-finance-of-kenya ke", "minister-of-finance-of-nigeria ng"}; !slices.Equal(got, want) {
		t.Errorf("offices %q, want %q", got, want)
	}
}

func TestCountryPost(t *testing.T) {
	for _, c := range []struct{ title, country, want string }{
		{"Member of the House of Representatives", "jp", "Member of the House of Representatives of Japan"},
		{"Member of the National Assembly", "kr", "Member of the National Assembly of South Korea"},
		{"Minister of Defense", "jp", "Minister of Defense of Japan"},
		{"Minister of the Environment", "jp", "Minister of the Environment of Japan"},
		{"Minister of Finance", "ke", "Minister of Finance of Kenya"},
		{"Minister for Finance", "ie", "Minister for Finance of Ireland"},
		{"Minister of Land and Resources", "cn", "Minister of Land and Resources of China"},
		{"Minister of Coal Industry", "cn", "Minister of Coal Industry of China"},
		{"Minister for Testland Affairs", "ie", ""}, // a place in the portfolio
		{"Minister of Finance", "ae", "Minister of Finance of the United Arab Emirates"},
		{"Minister of Finance", "ba", "Minister of Finance of Bosnia and Herzegovina"},
		{"Minister of Finance", "gw", "Minister of Finance of Guinea-Bissau"},
		{"Minister of Finance", "mp", "Minister of Finance of the Northern Mariana Islands"},
		{"Minister of Development, Industry, Trade and Services", "br", "Minister of Development, Industry, Trade and Services of Brazil"},
		{"Minister of Women, Family and Human Rights", "br", "Minister of Women, Family and Human Rights of Brazil"},
		{"Minister of Development, Testland and Services", "br", ""},  // a place in the portfolio
		{"Member of the House of Representatives", "", ""},            // no country known
		{"Member of the Japanese House of Peers", "jp", ""},           // says whose
		{"Minister of Finance of Japan", "jp", ""},                    // says whose
		{"Member of the Legislative Assembly", "in", ""},              // a state's, or the nation's
		{"Governor of Tokyo", "jp", ""},                               // a place's
		{"Vice Chairman of the National People's Congress", "cn", ""}, // a body of one country
		{"Minister of State for Okinawa Affairs", "jp", ""},           // a place in the portfolio
		{"Chairman of the Standing Committee of the Testland Parliament", "jp", ""},
	} {
		if got := countryPost(c.title, c.country); got != c.want {
			t.Errorf("countryPost(%q, %q) = %q, want %q", c.title, c.country, got, c.want)
		}
	}
}

// TestMiddleNameVariant: a biography's subject and a list's holder of the
// same office from the same day are one person when one name is the other
// with a middle name more; the same names in other offices or on other
// days stay apart.
func TestMiddleNameVariant(t *testing.T) {
	list := `= List of chief ministers of Testkim =

| No | Name | Took office | Left office |
|---|---|---|---|
| 4 | Sanchaman Limboo | 17 June 1994 | 12 December 1994 |
| 5 | Pawan Kumar Chamling | 12 December 1994 | Incumbent |
| 6 | John Henry Smith | 1 January 2020 | 2 January 2021 |
`
	bio := `= Pawan Chamling =

Pawan Chamling
- Office: Chief Minister of Testkim
- Term Start: 12 December 1994
- Predecessor: Sanchaman Limboo
- Office1: Mayor of Testtown
- Term Start1: 1 January 1980
- Term End1: 1 January 1985

Pawan Chamling is a politician.
`
	other := `= John Smith =

John Smith
- Office: Chief Minister of Testkim
- Term Start: 3 March 2022

John Smith is a politician.
`
	ds := buildDocs(t, map[string]string{"list.txt": list, "bio.txt": bio, "smith.txt": other})
	ids := map[string]string{}
	for _, tm := range termsOf(ds, "chief-minister-of-testkim") {
		ids[tm.NameEN] = tm.PersonID
	}
	if ids["Pawan Kumar Chamling"] != "pawan-chamling" || ids["Pawan Chamling"] != "" {
		t.Errorf("the list's holder and the biography's subject are two people: %v", ids)
	}
	if ids["John Henry Smith"] == ids["John Smith"] {
		t.Errorf("a holder of another day is merged by name alone: %v", ids)
	}
	if f := findingsWith(ds, CodeUnlistedTerm); len(f) != 1 || f[0].SourceID != "john-smith" {
		t.Errorf("unlisted terms: %+v, want only John Smith's", f)
	}
}

// TestRomanisedNameOfTheSameDay: a list's holder and a biography's
// subject whose names are one Chinese name romanised two ways ("Hou
// You-yi", "Hou Yu-ih"), or who share a native name under two English
// ones ("William Lai", "Lai Ching-te"), and who took the post the same
// day are one person, with one term; two members of a body who took
// their seats the same day stay two.
func TestRomanisedNameOfTheSameDay(t *testing.T) {
	list := `= Mayor of New Testpei =

| No. | Name | Took office | Left office |
| 1 | Eric Chu 朱立倫 | 25 December 2010 | 25 December 2018 |
| 2 | Hou You-yi 侯友宜 | 25 December 2018 | Incumbent |
`
	bio := `= Hou Yu-ih =

Hou Yu-ih
- Office: Mayor of New Testpei
- Term Start: 25 December 2018
- Predecessor: Eric Chu

Hou Yu-ih is a politician.
`
	ds := buildDocs(t, map[string]string{"list.txt": list, "bio.txt": bio})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, tm.NameEN+" "+tm.PersonID+" "+tm.Start.String())
	}
	want := []string{"Eric Chu eric-chu 2010-12-25", "Hou You-yi hou-yu-ih 2018-12-25"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	// One native name under two English ones, the same day: one person.
	tainan := `= Mayor of Testnan =

| No. | Name | Took office | Left office |
| 1 | William Lai 賴清德 | 25 December 2010 | 8 September 2017 |
| 2 | Huang Wei-che 黃偉哲 | 25 December 2018 | Incumbent |
`
	lai := `= Lai Ching-te =

Lai Ching-te
- Native Name: 賴清德
- Office: Mayor of Testnan
- Term Start: 25 December 2010
- Term End: 8 September 2017

Lai Ching-te is a politician.
`
	ds = buildDocs(t, map[string]string{"list.txt": tainan, "bio.txt": lai})
	got = got[:0]
	for _, tm := range ds.Terms {
		got = append(got, tm.NameEN+" "+tm.PersonID+" "+tm.Start.String())
	}
	if want := []string{"William Lai lai-ching-te 2010-12-25", "Huang Wei-che huang-wei-che 2018-12-25"}; !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	// Seats of a body, taken side by side: two people.
	members := `= Member of the Testland Legislative Yuan =

| Name | Took office |
| Kim Dong-yun | 1 February 2008 |
`
	kim := `= Kim Dong-yeon =

Kim Dong-yeon
- Office: Member of the Testland Legislative Yuan
- Term Start: 1 February 2008

Kim Dong-yeon is a politician.
`
	ds = buildDocs(t, map[string]string{"members.txt": members, "kim.txt": kim})
	if len(ds.Persons) != 2 {
		t.Errorf("members of one day: %d persons, want 2", len(ds.Persons))
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Hou Yu-ih", "Hou You-yi", true},
		{"Lu Shiow-yen", "Lu Hsiu-yen", true},
		{"Kim Dong-yeon", "Kim Dong-yun", true},
		{"Hou Yu-ih", "Hou Yu-ih", false}, // one spelling
		{"Hou Yu-ih", "Lee Yu-ih", false}, // another family
		{"Eric Chu", "Eric Choo", false},  // no Chinese given name
		{"Hou Yu-ih", "Hou Youyi", false}, // a given name of one word
		{"Li Peng", "Li Ping", false},     // too short to tell
	} {
		if got := romanisedAlike(c.a, c.b); got != c.want {
			t.Errorf("romanisedAlike(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestMiddleNameVariantOfIncumbent: an office page's infobox naming its
// incumbent since a day, without the middle initial the list gives the
// holder of the open term from that day, names the same person: no
// incumbent mismatch, and one person, in the list's form.
func TestMiddleNameVariantOfIncumbent(t *testing.T) {
	doc := `= Governor of Testmaras =

Infobox
- Incumbent: Joaquin Carlos Testnava
- Incumbentsince: June 30, 2022

| No. | Governor | Term |
|---|---|---|
| 1 | Emily R. Lopez | 1992-2022 |
| 2 | Joaquin Carlos A. Testnava | 2022-present |
`
	ds := buildDocs(t, map[string]string{"g.txt": doc})
	if f := findingsWith(ds, CodeIncumbentMismatch); len(f) != 0 {
		t.Errorf("incumbent mismatch: %+v", f)
	}
	if o := ds.Offices[0]; o.IncumbentPersonID != "joaquin-carlos-a-testnava" {
		t.Errorf("incumbent %q, want the list's joaquin-carlos-a-testnava", o.IncumbentPersonID)
	}
	// Another day: two people, as the names alone do not tell.
	ds = buildDocs(t, map[string]string{"g.txt": strings.Replace(doc, "June 30, 2022", "June 30, 2021", 1)})
	if f := findingsWith(ds, CodeIncumbentMismatch); len(f) != 1 {
		t.Errorf("incumbent mismatch findings %+v, want one", f)
	}
}

// TestRespelledIncumbent: a lead naming its holder of now and the day
// they took office in a spelling a letter or two from the list's
// holder of the open term from that day ("Shehbaz", "Shahbaz") names
// the same person: no mismatch, and one person, in the list's form.
// Names as close that took office on other days ("Kim Jong-il", "Kim
// Jong-un") stay two people.
func TestRespelledIncumbent(t *testing.T) {
	doc := `= List of Chief Ministers of Testjab =

The current Chief Minister is Shehbaz Sharif. Shehbaz Sharif took the office on March 30, 2009.

| Name of Chief Minister | Entered Office | Left Office | Party |
| Dost Khosa | April 11, 2008 | June 8, 2008 | PML(N) |
| Shahbaz Sharif | March 30, 2009 | | PML(N) |
`
	ds := buildDocs(t, map[string]string{"cm.txt": doc})
	if f := findingsWith(ds, CodeIncumbentMismatch); len(f) != 0 {
		t.Errorf("incumbent mismatch: %+v", f)
	}
	if o := ds.Offices[0]; o.IncumbentPersonID != "shahbaz-sharif" || o.IncumbentSince.String() != "2009-03-30" {
		t.Errorf("incumbent %q since %s, want the list's shahbaz-sharif since 2009-03-30", o.IncumbentPersonID, o.IncumbentSince)
	}
	if len(ds.Persons) != 2 {
		t.Errorf("persons %+v, want Dost Khosa and Shahbaz Sharif", ds.Persons)
	}
	ds = buildDocs(t, map[string]string{"cm.txt": strings.NewReplacer("Shehbaz Sharif", "Kim Jong-un", "Shahbaz Sharif", "Kim Jong-il",
		"March 30, 2009.", "December 17, 2011.").Replace(doc)})
	if f := findingsWith(ds, CodeIncumbentMismatch); len(f) != 1 {
		t.Errorf("incumbent mismatch findings %+v, want one: Kim Jong-un is not Kim Jong-il", f)
	}
}

// TestNativeOnlyIncumbent: a Korean list whose template lost the English
// name of the holder of now ("' 김태흠 金泰欽") names the infobox's
// incumbent of the same day: no mismatch, the person has the infobox's
// English name and the list's native one, and the term keeps the name as
// the list writes it. An infobox of another day names someone else.
func TestNativeOnlyIncumbent(t *testing.T) {
	doc := `= Governor of Test Chungcheong Province =

Infobox
- Post: Governor
- Body: Test Chungcheong Province
- Incumbent: Kim Tae-heum
- Incumbentsince: 1 July 2022

The Governor of Test Chungcheong Province is the head of the province.

| Term | Portrait | Name | Term of office | Political party | Elected | | | |
| Took office | Left office | Time in office | | | | | | |
| 7th | | Yang Seung-jo 양승조 梁承晁 | 1 July 2018 | 30 June 2022 | | | Democratic | 2018 |
| 8th | | ' 김태흠 金泰欽 | 1 July 2022 | Incumbent | | | People Power | 2022 |
`
	ds := buildDocs(t, map[string]string{"gov.txt": doc})
	if f := findingsWith(ds, CodeIncumbentMismatch); len(f) != 0 {
		t.Errorf("incumbent mismatch: %+v", f)
	}
	if o := ds.Offices[0]; o.IncumbentPersonID != "kim-tae-heum" {
		t.Errorf("incumbent %q, want kim-tae-heum", o.IncumbentPersonID)
	}
	var kim *Person
	for i := range ds.Persons {
		if ds.Persons[i].ID == "kim-tae-heum" {
			kim = &ds.Persons[i]
		}
	}
	if kim == nil || kim.NameEN != "Kim Tae-heum" || kim.NameNative != "김태흠 金泰欽" {
		t.Errorf("person %+v, want Kim Tae-heum (김태흠 金泰欽)", kim)
	}
	if last := ds.Terms[len(ds.Terms)-1]; last.NameEN != "" || last.PersonID != "kim-tae-heum" {
		t.Errorf("open term %q of %q, want no English name, person kim-tae-heum", last.NameEN, last.PersonID)
	}
	ds = buildDocs(t, map[string]string{"gov.txt": strings.Replace(doc, "Incumbentsince: 1 July 2022", "Incumbentsince: 1 July 2018", 1)})
	if f := findingsWith(ds, CodeIncumbentMismatch); len(f) != 1 {
		t.Errorf("incumbent mismatch findings %+v, want one: the infobox's incumbent since 2018 is not the holder from 2022", f)
	}
	// No infobox, but his biography: governor from the same day, under
	// his Hangul name.
	noInfobox := strings.Replace(doc, "- Incumbent: Kim Tae-heum\n- Incumbentsince: 1 July 2022\n", "", 1)
	bio := `= Kim Tae-heum =

Kim Tae-heum
- Native Name: 김태흠
- Office: 39th Governor of Test Chungcheong
- Term Start: 1 July 2022
- Predecessor: Yang Seung-jo

Kim Tae-heum is a South Korean politician.
`
	ds = buildDocs(t, map[string]string{"gov.txt": noInfobox, "bio.txt": bio})
	for _, code := range []string{CodeMultipleOpenTerms, CodeUnlistedTerm} {
		if f := findingsWith(ds, code); len(f) != 0 {
			t.Errorf("%s: %+v", code, f)
		}
	}
	if o := ds.Offices[0]; o.IncumbentPersonID != "kim-tae-heum" {
		t.Errorf("incumbent %q, want kim-tae-heum, the biography's subject", o.IncumbentPersonID)
	}
}

// TestPartyNameWithYearsUnderShiftedLabel: a party column spanning two
// cells (a colour, then the name) puts the party's name under the next
// label, "Elected"; a name with years in brackets ("Democratic ('08) →
// NPAD") is still the party's, not an election.
func TestPartyNameWithYearsUnderShiftedLabel(t *testing.T) {
	doc := `= Governor of Test Province =

| Term | Portrait | Name | Term of office | Political party | Elected | | | |
| Took office | Left office | Time in office | | | | | | |
| 4th | | Lee Wan-koo | 1 July 2006 | 4 December 2009 | | | Grand National | 2006 |
| 5th | | Ahn Hee-jung | 1 July 2010 | 6 March 2018 | | | Democratic ('08) → NPAD → Democratic ('14) | 2010 |
`
	ds := buildDocs(t, map[string]string{"gov.txt": doc})
	want := []string{"Political party: Grand National", "Political party: Democratic ('08) → NPAD → Democratic ('14)"}
	if len(ds.Terms) != 2 {
		t.Fatalf("terms %+v, want 2", ds.Terms)
	}
	for i, tm := range ds.Terms {
		if !strings.Contains(tm.Note, want[i]) {
			t.Errorf("%s: note %q, want %q", tm.NameEN, tm.Note, want[i])
		}
	}
}

// TestSameDaySimilarNamesOfDeputies: a biography's term and a list's row
// of an office held by several at once, from the same day, in names a
// letter apart, are two people: "Li Peng" and "Li Ping" both named vice
// premier on one day.
func TestSameDaySimilarNamesOfDeputies(t *testing.T) {
	list := `= List of vice premiers of Testland =

| Name | Took office | Left office |
| Li Ping | 18 June 1983 | 1988 |
| Wan Li | 18 June 1983 | 1988 |
`
	bio := `= Li Peng =

Li Peng
- Office: Vice Premier of Testland
- Term Start: 18 June 1983
- Term End: 1987

Li Peng (born 1928) is a politician.
`
	ds := buildDocs(t, map[string]string{"list.txt": list, "bio.txt": bio})
	ids := map[string]bool{}
	for _, p := range ds.Persons {
		ids[p.ID] = true
	}
	if !ids["li-peng"] || !ids["li-ping"] {
		t.Errorf("persons %v, want li-peng and li-ping apart", ids)
	}
}

// TestInauguralSpelledOtherwise: an infobox's inaugural holder spelled a
// letter apart from the list's holder number 1 ("Prudente de Moraes",
// "Prudente de Morais") is that holder: one person, in the list's form.
// Another name stays another person.
func TestInauguralSpelledOtherwise(t *testing.T) {
	doc := `= List of governors of Testo Paulo =

Infobox
- Post: Governor of Testo Paulo
- Inaugural: Prudente de Moraes

| No. | Governor | Took office | Left office |
| 1 | Prudente de Morais | 14 December 1889 | 18 October 1890 |
| 2 | Jorge Tibirica | 18 October 1890 | 7 March 1891 |
`
	persons := func(ds *Dataset) []string {
		var ids []string
		for _, p := range ds.Persons {
			ids = append(ids, p.ID)
		}
		return ids
	}
	ds := buildDocs(t, map[string]string{"g.txt": doc})
	if got, want := persons(ds), []string{"jorge-tibirica", "prudente-de-morais"}; !slices.Equal(got, want) {
		t.Errorf("persons %v, want %v", got, want)
	}
	if o := ds.Offices[0]; o.InauguralPersonID != "prudente-de-morais" {
		t.Errorf("inaugural %q, want the list's prudente-de-morais", o.InauguralPersonID)
	}
	// Each spelling written once: the person is named as their ID is.
	if p := ds.Persons[1]; p.NameEN != "Prudente de Morais" {
		t.Errorf("person %s named %q, want the spelling of the ID, Prudente de Morais", p.ID, p.NameEN)
	}
	ds = buildDocs(t, map[string]string{"g.txt": strings.Replace(doc, "Inaugural: Prudente de Moraes", "Inaugural: Deodoro da Fonseca", 1)})
	if got := persons(ds); len(got) != 3 {
		t.Errorf("persons %v, want the inaugural apart", got)
	}
}

func TestMiddleNameVariantSlugs(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"pawan-chamling", "pawan-kumar-chamling", true},
		{"pawan-kumar-chamling", "pawan-chamling", true},
		{"john-smith", "john-henry-smith", true},
		{"john-smith", "john-smith", false},
		{"john-smith", "jane-henry-smith", false},
		{"smith", "john-smith", false},
		{"john-smith", "john-smith-jones", false},
		{"shafie-apdal", "mohd-shafie-apdal", true},
		{"mohd-shafie-apdal", "shafie-apdal", true},
		{"ali-rustam", "mohd-ali-bin-rustam", true},
		{"ali", "mohd-ali", false},                 // one word left
		{"mohd-ali", "mohd-ali", false},            // one name
		{"mohd-najib", "muhammad-najib", false},    // Muhammad in both
		{"shafie-apdal", "mohd-shafie-lee", false}, // another family
	} {
		if got := middleNameVariant(c.a, c.b); got != c.want {
			t.Errorf("middleNameVariant(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestJoinedSyllables: a given name written with and without hyphens
// between its syllables is one person, who keeps the biography's form;
// another family name, or another native name, keeps two people apart.
func TestJoinedSyllables(t *testing.T) {
	ds := buildDocs(t, map[string]string{"list.txt": `= Mayor of Testseoul =

The mayor of Testseoul heads the city.

| No. | Name | Took office | Left office |
|---|---|---|---|
| 35 | Park Wonsoon | 27 October 2011 | 9 July 2020 |
| 38 | Oh Sehoon | 8 April 2021 | Incumbent |
| 39 | Ko Sehoon | 1 May 2030 | 2 May 2031 |
| 40 | Wang Zhao-wen (王朝文) | 1 May 2032 | 2 May 2033 |
| 41 | Wang Zhaowen (王兆文) | 1 May 2034 | 2 May 2035 |
`, "bio.txt": `= Oh Se-hoon =

Oh Se-hoon
- Office: Mayor of Testseoul
- Term Start: 8 April 2021
- Predecessor: Park Won-soon

Oh Se-hoon is a politician.
`})
	var got []string
	for _, tm := range termsOf(ds, "mayor-of-testseoul") {
		got = append(got, tm.NameEN+" "+tm.PersonID+" "+tm.PredecessorPersonID)
	}
	want := []string{"Park Wonsoon park-won-soon ", "Oh Sehoon oh-se-hoon park-won-soon", "Ko Sehoon ko-sehoon oh-se-hoon",
		"Wang Zhao-wen wang-zhao-wen ko-sehoon", "Wang Zhaowen wang-zhaowen wang-zhao-wen"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	if f := findingsWith(ds, CodeUnlistedTerm); len(f) > 0 {
		t.Errorf("the biography's term is the list's: %+v", f)
	}
}

// TestBiographyDiedInOffice: a term that ends on the day the infobox
// gives as the subject's death ended with it: noted, and not reopened.
func TestBiographyDiedInOffice(t *testing.T) {
	ds := buildDocs(t, map[string]string{"li.txt": `= Li Testman =

Li Testman
- Office: Party Secretary of Testzhou
- Term Start: 3 May 2019
- Term End: 12 March 2026
- Office1: Governor of Testzhou
- Term Start1: 1 June 2015
- Term End1: 3 May 2019
- Birth Date: 1 January 1960
- Death Date: 12 March 2026 (aged 66)

Li Testman was a politician.
`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, tm.OfficeID+" "+tm.Note)
	}
	slices.Sort(got)
	if want := []string{"governor-of-testzhou ", "party-secretary-of-testzhou died in office"}; !slices.Equal(got, want) {
		t.Errorf("terms %q, want %q", got, want)
	}
}

// A list giving a re-elected holder a row for each election term: the
// infobox's incumbent-since is the first's start, and agrees.
func TestIncumbentSinceOfReelectedHolder(t *testing.T) {
	doc := `= Mayor of Testland =

Infobox
- Post: Mayor of Testland
- Incumbent: Cy Dunn
- Incumbentsince: 8 April 2021

| Term | Name | Took office | Left office |
| 6th | Bob Ray | 1 July 2014 | 30 June 2018 |
| 7th | Ann Lee | 1 July 2018 | 23 April 2020 |
| 7th | Cy Dunn | 8 April 2021 | 30 June 2022 |
| 8th | Cy Dunn | 1 July 2022 | Incumbent |
`
	ds := buildDocs(t, map[string]string{"mayor.txt": doc})
	if got := findingsWith(ds, CodeIncumbentSince); len(got) != 0 {
		t.Errorf("incumbent-since findings = %+v, want none", got)
	}
	// A start that is neither of the run's is still reported.
	ds = buildDocs(t, map[string]string{"mayor.txt": strings.Replace(doc, "8 April 2021\n", "8 April 2019\n", 1)})
	if got := findingsWith(ds, CodeIncumbentSince); len(got) != 1 {
		t.Errorf("incumbent-since findings = %+v, want one", got)
	}
}

// A start cell that says since when the holder acted before it ("22
// January 2022 (acting from 27 December 2021)") gives the day the infobox's
// "since" may name, and leaves no gap after the predecessor who left then.
func TestActingBeforeTheTerm(t *testing.T) {
	doc := `= Governor of Testland =

Infobox
- Post: Governor
- Incumbent: Cy Dunn
- Incumbentsince: 27 December 2021

| No. | Officeholder | Took office | Left office |
| 15 | Bob Ray (born 1959) | 30 January 2017 (acting from 30 December 2016) | 27 December 2021 |
| 16 | Cy Dunn (born 1962) | 22 January 2022 (acting from 27 December 2021) | Incumbent |
`
	ds := buildDocs(t, map[string]string{"g.txt": doc})
	if f := append(findingsWith(ds, CodeIncumbentSince), findingsWith(ds, CodeVacancy)...); len(f) != 0 {
		t.Errorf("findings %+v, want none", f)
	}
	terms := termsOf(ds, "governor-of-testland")
	if len(terms) != 2 || terms[1].Start.String() != "2022-01-22" || terms[1].ActingFrom().String() != "2021-12-27" {
		t.Fatalf("terms = %+v, want Cy Dunn's from 2022-01-22, acting from 2021-12-27", terms)
	}
	// Acting from a day after the predecessor left: the gap is reported.
	ds = buildDocs(t, map[string]string{"g.txt": strings.Replace(doc, "(acting from 27 December 2021)", "(acting from 3 January 2022)", 1)})
	if f := findingsWith(ds, CodeVacancy); len(f) != 1 || !strings.Contains(f[0].Message, "at least 6 days") {
		t.Errorf("vacancy findings %+v, want one of 6 days", f)
	}
}

// A list under a heading that names the later period it covers starts
// with that period's first holder: no inaugural or formation mismatch.
func TestListOfALaterPeriod(t *testing.T) {
	doc := `= Governor of Testland =

Infobox
- Post: Governor
- Inaugural: Koo Ja-ok
- Formation: 15 February 1946

== List of governors ==
=== Directly elected governors (1995–present) ===

| Term | Name | Took office | Left office |
| 1st | Lee In-je | 1 July 1995 | 18 September 1997 |
| 2nd | Lim Chang-yeol | 1 July 1998 | 30 June 2002 |
`
	ds := buildDocs(t, map[string]string{"g.txt": doc})
	if f := append(findingsWith(ds, CodeInauguralMismatch), findingsWith(ds, CodeFormationMismatch)...); len(f) != 0 {
		t.Errorf("findings %+v, want none", f)
	}
	// The period written without brackets: "since 1995", "1995–present".
	for _, h := range []string{" since 1995", " 1995–present", " from July 1995"} {
		ds = buildDocs(t, map[string]string{"g.txt": strings.Replace(doc, " (1995–present)", h, 1)})
		if f := append(findingsWith(ds, CodeInauguralMismatch), findingsWith(ds, CodeFormationMismatch)...); len(f) != 0 {
			t.Errorf("under %q: findings %+v, want none", h, f)
		}
	}
	ds = buildDocs(t, map[string]string{"g.txt": strings.Replace(doc, " (1995–present)", "", 1)})
	if f := append(findingsWith(ds, CodeInauguralMismatch), findingsWith(ds, CodeFormationMismatch)...); len(f) != 2 {
		t.Errorf("without the period: findings %+v, want two", f)
	}
}

func TestNamesPeriod(t *testing.T) {
	for h, want := range map[string]bool{
		"Directly elected governors (1995–present)": true,
		"List of governors since 1983":              true,
		"Governors from 1949":                       true,
		"Mayors 1946–1995":                          true,
		"List of mayors since the Revolution":       true, // an event's date
		"Governors from Testland":                   false,
		"Governors (Testland)":                      false,
		"Governors 1949":                            false, // one year: a heading's name, not a period
		"List of governors":                         false,
	} {
		if got := namesPeriod(h); got != want {
			t.Errorf("namesPeriod(%q) = %v, want %v", h, got, want)
		}
	}
}

// A body's page names its head of now in its infobox: the office of that
// post of the body, with its holder, whether or not the page lists them.
func TestBodyPageLeaders(t *testing.T) {
	gov := `= Testland Provincial People's Government =

Testland Provincial People's Government
- Leader1 Type: Governor
- Leader1: Li Dianxun
- Leader1 Term: 2 January 2025
- Leader2 Type: Executive Deputy Governor
- Leader2: Xu Wenguang

The Testland Provincial People's Government is the local administrative agency of Testland.
`
	party := `= Testland Provincial Committee of the Chinese Communist Party =

Testland Provincial Committee of the Chinese Communist Party
- Body: Highest decision-making organ when Testland Provincial Congress is not in session.
- Secretary: Wang Hao
- Deputy Secretary: Liu Jie (Acting Governor)

The committee secretary is the highest ranking post in the province.
`
	// An autonomous region's bodies have longer names, and its place may
	// be two words ("Inner Mongolia") or one before its people's
	// ("Xinjiang Uygur"); its government's name may come first.
	regionParty := `= Inner Testgolia Autonomous Regional Committee of the Chinese Communist Party =

Inner Testgolia Autonomous Regional Committee of the Chinese Communist Party
- Secretary: Sun Shaocheng

The committee secretary is the highest ranking post in the region.
`
	regionGov := `= People's Government of the Xintest Uygur Autonomous Region =

Xintest Uygur Autonomous Region People's Government
- Leader1: Erkin Tuniyaz
- Leader1 Type: Chairman
- Election1: 27 January 2022

The People's Government of the Xintest Uygur Autonomous Region is the region's administrative organ.
`
	// A government agency's infobox names its chief, or its minister.
	agency := `= People's Government of the Testbet Autonomous Region =

People's Government of the, Testbet Autonomous Region
- Jurisdiction: Testbet Autonomous Region
- Chief1 Name: Yan Jinhai
- Chief1 Position: Chairman
- Parent Department: State Council

The People's Government is the region's administrative agency.
`
	ministry := `= Ministry of Testing =

Ministry of Testing
- Jurisdiction: Government of Testland
- Minister1 Name: Ann Lee
- Minister1 Pfo: Minister of Testing
- Chief1 Name: Bob Ray
- Chief1 Position: Permanent Secretary

The Ministry of Testing is a ministry.
`
	// A province's CPPCC committee has a name of ten words.
	cppcc := `= Testland Provincial Committee of the Chinese People's Political Consultative Conference =

Testland Provincial Committee of the Chinese People's Political Consultative Conference
- Chairman: Lin Keqing

The committee is the province's advisory body.
`
	// A body's page titled with a disambiguator: its head's office too.
	assembly := `= National Assembly (Testland) =

National Assembly of Testland
- Leader1 Type: Speaker
- Leader1: Woo Won-shik
- Election1: 5 June 2024

The National Assembly is Testland's legislature.
`
	// A political party's infobox names its leader as "Leader1 Title" and
	// "Leader1 Name".
	politicalParty := `= Democratic Testing Party =

Democratic Testing Party
- Leader1 Title: Chairman
- Leader1 Name: Lai Ching-te
- Leader2 Title: Secretary-General
- Leader2 Name: Hsu Kuo-yung

The Democratic Testing Party is a political party.
`
	ds := buildDocs(t, map[string]string{"gov.txt": gov, "party.txt": party, "rparty.txt": regionParty, "rgov.txt": regionGov,
		"agency.txt": agency, "ministry.txt": ministry, "cppcc.txt": cppcc, "assembly.txt": assembly, "pparty.txt": politicalParty})
	var got []string
	for _, h := range ds.CurrentHolders {
		got = append(got, h.OfficeID+" "+h.NameEN+" "+h.Since.String())
	}
	want := []string{"chairman-of-cppcc-testland-committee Lin Keqing ", "chairman-of-testbet Yan Jinhai ", "chairman-of-the-democratic-testing-party Lai Ching-te ", "chairman-of-xintest Erkin Tuniyaz 2022-01-27", "governor-of-testland Li Dianxun 2025-01-02",
		"minister-of-testing Ann Lee ", "party-secretary-of-inner-testgolia Sun Shaocheng ", "party-secretary-of-testland Wang Hao ",
		"speaker-of-the-national-assembly-testland Woo Won-shik 2024-06-05"}
	if !slices.Equal(got, want) {
		t.Errorf("current holders:\n got %q\nwant %q", got, want)
	}
	// A people's government's head has the title of the place's post,
	// as the place's other pages write it.
	titles := map[string]string{}
	for _, o := range ds.Offices {
		titles[o.ID] = o.Title
	}
	if a := titles["governor-of-testland"]; a != "Governor of Testland" {
		t.Errorf("title %q, want Governor of Testland", a)
	}
}

// TestInfoboxNewerThanTheList: the infobox names a holder in office since
// after the list's open row began (the list not brought up to date): the
// infobox's holder is the current holder, as the office's record says; the
// row keeps what the list says, and both disagreements are told. An
// infobox's holder since before the open row changes nothing; an infobox
// that gives no date is the newer, unless the list shows its holder's
// term ended.
func TestInfoboxNewerThanTheList(t *testing.T) {
	doc := func(incumbent, since string) string {
		return "= Governor of Testshire =\n\nInfobox\n- Post: Governor\n- Incumbent: " + incumbent + "\n- Incumbentsince: " + since +
			"\n\nThe governor heads the province.\n\n== List ==\n\n| No. | Name | Took office | Left office |\n" +
			"| 14 | Zhang San | 2010 | 2016 |\n| 15 | Li Si | 2016 | Incumbent |\n"
	}
	for _, tc := range []struct {
		name, incumbent, since, holder, holderSince string
	}{
		{"newer infobox", "Wang Hao", "1 March 2025", "wang-hao", "2025-03-01"},
		{"older infobox", "Zhang San", "2010", "li-si", "2016"},
		// With no date, the infobox above the list is the newer, unless the
		// list shows its holder's term ended.
		{"undated infobox", "Wang Hao", "", "wang-hao", ""},
		{"undated infobox of a holder gone", "Zhang San", "", "li-si", "2016"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ds := buildDocs(t, map[string]string{"g.txt": doc(tc.incumbent, tc.since)})
			var got []string
			for _, h := range ds.CurrentHolders {
				got = append(got, h.PersonID+" "+h.Since.String())
			}
			if want := []string{tc.holder + " " + tc.holderSince}; !slices.Equal(got, want) {
				t.Errorf("current holders %q, want %q", got, want)
			}
			if tm, ok := findTerm(ds, "governor-of-testshire", "li-si"); !ok || !tm.Incumbent {
				t.Errorf("Li Si's row %+v, want it open as the list gives it", tm)
			}
			if f := findingsWith(ds, CodeIncumbentMismatch); len(f) != 1 {
				t.Errorf("incumbent-mismatch findings %v, want one", f)
			}
		})
	}
}

// TestFormerStateLeaders: a former province's infobox lists its
// governors and their deputies with their years ("Title Leader:
// Governor", "Leader1: …", "Year Leader1: 1912–1928"): the holders of the
// place's posts, in the infobox's order; a body's "Leader1" of now, with
// no years, is no such list.
func TestFormerStateLeaders(t *testing.T) {
	doc := `= Testjiang Province, Republic of Testland =

Infobox
- Conventional Long Name: Sinktest Province
- Common Name: Testjiang
- Title Leader: Governor
- Title Deputy: Duban (Military Governor)
- Leader1: Yang Zengxin
- Year Leader1: 1912–1928
- Leader2: Jin Shuren
- Year Leader2: 1928–1933
- Leader3: Liu Wenlong
- Year Leader3: 1933
- Leader9: Burhan Shahidi
- Year Leader9: 1948–1949
- Deputy1: Sheng Shicai
- Year Deputy1: 1933–1944
- Life Span: 1912–1992

Testjiang Province was a province of the Republic of Testland.
`
	ds := buildDocs(t, map[string]string{"x.txt": doc})
	want := []string{
		"governor-of-testjiang Yang Zengxin||1912|1928",
		"governor-of-testjiang Jin Shuren||1928|1933",
		"governor-of-testjiang Liu Wenlong||1933|1933",
		"governor-of-testjiang Burhan Shahidi||1948|1949",
		"military-governor-of-testjiang Sheng Shicai||1933|1944",
	}
	if got := officeTermLines(ds); !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
}

// TestBodyPageVacantHead: a body's infobox that gives its head as vacant
// ("Leader1: Vacant") makes the office vacant, with no holder of now.
func TestBodyPageVacantHead(t *testing.T) {
	ds := buildDocs(t, map[string]string{"g.txt": `= Testland Provincial People's Government =

Testland Provincial People's Government
- Leader1 Type: Governor
- Leader1: Vacant

The Testland Provincial People's Government is the province's administrative agency.
`})
	if len(ds.Offices) != 1 || ds.Offices[0].ID != "governor-of-testland" || ds.Offices[0].IncumbentStatus != "vacant" || ds.Offices[0].IncumbentPersonID != "" {
		t.Errorf("offices %+v, want the governor of Testland, vacant", ds.Offices)
	}
	if len(ds.CurrentHolders) != 0 {
		t.Errorf("current holders %+v, want none", ds.CurrentHolders)
	}
}

func TestLifeDates(t *testing.T) {
	for _, tc := range []struct{ in, birth, death string }{
		{"1910–2000", "1910", "2000"}, {"born 1933", "1933", ""}, {"b. 1946", "1946", ""}, {"Born 5 May 1950", "1950-05-05", ""},
		{"1946–", "1946", ""}, {"?–1950", "", "1950"}, {"? – 3 May 1950", "", "1950-05-03"}, {"died 1950", "", "1950"},
		{"d. 1950", "", "1950"}, {"c. 849 – 899", "0849", "0899"}, {"1910", "", ""}, {"unknown", "", ""}, {"born sometime", "", ""},
		{"born 1950, aged 75", "1950", ""}, {"1863–1955, aged 91–92", "1863", "1955"}, {"born 1950 (age 75)", "1950", ""},
	} {
		birth, death := lifeDates(tc.in)
		if birth.String() != tc.birth || death.String() != tc.death {
			t.Errorf("lifeDates(%q) = %q, %q; want %q, %q", tc.in, birth.String(), death.String(), tc.birth, tc.death)
		}
	}
}

// TestBirthFromLists: a list's life dates and Born and Died columns give
// the person's birth and death; the person's own page, where it gives
// them, wins.
func TestBirthFromLists(t *testing.T) {
	ds := buildDocs(t, map[string]string{
		"list.txt": `= Governor of Testland =

| No. | Name | Born | Died | Took office | Left office |
| 1 | Ann Lee (1901–1970) | | | 1949 | 1952 |
| 2 | Bob Ray | 3 March 1910 | 1 June 1980 | 1952 | 1958 |
| 3 | Cy Dunn (1915–1990) | | | 1958 | 1962 |
| 4 | Di Eck | | 1999 | 1962 | 1966 |
`,
		"dunn.txt": `= Cy Dunn =

Cy Dunn
- Office: Governor of Testland
- Term Start: 1958
- Term End: 1962
- Birth Date: 2 February 1916
- Died: 4 April 1991 (aged 75) Ostia

Cy Dunn was a governor.
`})
	got := map[string]string{}
	for _, p := range ds.Persons {
		got[p.ID] = p.Birth.String() + " " + p.Death.String() + " " + p.DeathPlace
	}
	for id, want := range map[string]string{"ann-lee": "1901 1970 ", "bob-ray": "1910-03-03 1980-06-01 ",
		"cy-dunn": "1916-02-02 1991-04-04 Ostia", "di-eck": " 1999 "} {
		if got[id] != want {
			t.Errorf("%s: born, died %q, want %q", id, got[id], want)
		}
	}
}

// TestMonarchsInfobox: a monarch's infobox names the reign's title under
// Title or Succession beside its Reign, which is the term; elsewhere a
// Title is no office.
func TestMonarchsInfobox(t *testing.T) {
	royal := `= Harald IX of Testland =

Harald IX
- Title: King of Testland
- Reign: 1 May 1900 – 2 June 1920
- Predecessor: Olaf III
- Successor: Haakon X
- Born: 3 March 1870
- Died: 2 June 1920 (aged 50)

Harald IX was King of Testland.
`
	ds := buildDocs(t, map[string]string{"h.txt": royal})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, tm.OfficeID+" "+termLine(tm)+" "+tm.PredecessorPersonID+" "+tm.SuccessorPersonID+" "+tm.Note)
	}
	want := []string{"king-of-testland Harald IX of Testland||1900-05-01|1920-06-02 olaf-iii haakon-x died in office"}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	ds = buildDocs(t, map[string]string{"h.txt": strings.Replace(royal, "- Title: King of Testland", "- Succession: King of Testland", 1)})
	if len(ds.Terms) != 1 || ds.Terms[0].OfficeID != "king-of-testland" {
		t.Errorf("Succession: terms %+v", ds.Terms)
	}
	scholar := `= Ann Lee =

Ann Lee
- Title: Professor
- Office: Governor of Testland
- Term Start: 1990
- Term End: 1994
- Born: 3 March 1940

Ann Lee is a scholar.
`
	ds = buildDocs(t, map[string]string{"a.txt": scholar})
	if len(ds.Terms) != 1 || ds.Terms[0].OfficeID != "governor-of-testland" {
		t.Errorf("a title beside no reign: terms %+v", ds.Terms)
	}
}

// TestAbolishedOffice: an office whose infobox gives its abolition has no
// holder of now; a last term whose end the list leaves blank ended with
// the office, and one the list closes keeps its end.
func TestAbolishedOffice(t *testing.T) {
	const page = "= Chairman of Testsi =\n\nInfobox\n- Post: Chairman\n- Abolished: 5 September 1954\n- Last: Cy Dunn\n\n" +
		"== Chairmen ==\n| No. | Name | Took office | Left office |\n| 1 | Ann Lee | 1950 | 1953 |\n| 2 | Cy Dunn | 1953 | |\n"
	ds := buildDocs(t, map[string]string{"a.txt": page,
		"b.txt": strings.Replace(strings.Replace(page, "Testsi", "Testwu", -1), "| 1953 | |", "| 1953 | 1954 |", 1),
		// The last holder named, no date of the abolition: ended, when
		// is not known.
		"c.txt": strings.Replace(strings.Replace(page, "Testsi", "Testyu", -1), "- Abolished: 5 September 1954\n", "", 1)})
	if tm, ok := findTerm(ds, "chairman-of-testyu", "cy-dunn"); !ok || tm.Incumbent || !tm.End.IsZero() || tm.Note != "office abolished" {
		t.Errorf("Testyu: Cy Dunn's term %+v, want it ended, when unknown", tm)
	}
	// The office that replaced it named: the same.
	sup := buildDocs(t, map[string]string{"d.txt": strings.Replace(strings.Replace(page, "Testsi", "Testzu", -1),
		"- Abolished: 5 September 1954\n- Last: Cy Dunn\n", "- Superseded By: Governor of Testzu\n", 1)})
	if tm, ok := findTerm(sup, "chairman-of-testzu", "cy-dunn"); !ok || tm.Incumbent || tm.Note != "office abolished" {
		t.Errorf("Testzu: Cy Dunn's term %+v, want it ended, when unknown", tm)
	}
	// A biography's open term of the abolished office ends with it too.
	bio := buildDocs(t, map[string]string{"a.txt": page,
		"dee.txt": "= Dee Fox =\n\nDee Fox\n- Office: Chairman of Testsi\n- Term Start: 1 March 1954\n\nDee Fox was a politician.\n"})
	if tm, ok := findTerm(bio, "chairman-of-testsi", "dee-fox"); !ok || tm.Incumbent || tm.End.String() != "1954-09-05" {
		t.Errorf("Dee Fox's term %+v, want it ended with the office", tm)
	}
	if len(bio.CurrentHolders) != 0 {
		t.Errorf("current holders of an abolished office: %+v", bio.CurrentHolders)
	}
	for _, tc := range []struct{ office, end string }{{"chairman-of-testsi", "1954-09-05"}, {"chairman-of-testwu", "1954"}} {
		i := slices.IndexFunc(ds.Offices, func(o Office) bool { return o.ID == tc.office })
		if i < 0 {
			t.Errorf("no office %s", tc.office)
			continue
		}
		o := &ds.Offices[i]
		if o.Abolished.String() != "1954-09-05" || o.IncumbentPersonID != "" {
			t.Errorf("%s: %+v", tc.office, o)
			continue
		}
		tm, ok := findTerm(ds, tc.office, "cy-dunn")
		if !ok || tm.Incumbent || tm.End.String() != tc.end {
			t.Errorf("%s: Cy Dunn's term %+v, want it ended %s", tc.office, tm, tc.end)
		}
	}
}

// TestBiographyOpenTermOfTheDead: a term a biography leaves open ends
// with its subject's death, noted "died in office" with a finding; a term
// with an end, and one that starts after the death, keep theirs.
func TestBiographyOpenTermOfTheDead(t *testing.T) {
	const bio = "= Ann Lee =\n\nAnn Lee\n- Office: Governor of Testland\n- Term Start: 23 April 2019\n" +
		"- Office1: Mayor of Testville\n- Term Start1: 2011\n- Term End1: 2019\n" +
		"- Birth Date: 1 May 1950\n- Death Date: 2 December 2026\n\nAnn Lee (1950–2026) was a politician.\n"
	ds := buildDocs(t, map[string]string{"ann.txt": bio})
	tm, ok := findTerm(ds, "governor-of-testland", "ann-lee")
	if !ok || tm.Incumbent || tm.End.String() != "2026-12-02" || tm.Note != "died in office" {
		t.Errorf("governor: %+v", tm)
	}
	if tm, ok := findTerm(ds, "mayor-of-testville", "ann-lee"); !ok || tm.End.String() != "2019" || tm.Note != "" {
		t.Errorf("mayor: %+v", tm)
	}
	if f := findingsWith(ds, CodeEndAtDeath); len(f) != 1 {
		t.Errorf("end-at-death findings %+v", f)
	}
	if len(ds.CurrentHolders) != 0 {
		t.Errorf("current holders %+v", ds.CurrentHolders)
	}
}

// TestColonyHeadsBeforeGovernors: a colony's captains-major, under a
// heading of their own on the governors' page, are another office's
// holders, not the first governors.
func TestColonyHeadsBeforeGovernors(t *testing.T) {
	const page = "= Governor of Testcau =\n\nInfobox\n- Formation: 7 July 1623\n- First: Francisco Mascarenhas\n- Abolished: 20 December 1999\n\n" +
		"== List ==\n=== Captains-major ===\n| Captains-major | Tenure |\n| Francisco Martins | 1557–1558 |\n| Leonel de Sousa | 1558–1559 |\n" +
		"=== Governors ===\n| Governor | Tenure |\n| Francisco Mascarenhas | 1623–1626 |\n| Vasco Rocha Vieira | 1991–1999 |\n"
	ds := buildDocs(t, map[string]string{"testcau.txt": page})
	if n := len(termsOf(ds, "captain-major-of-testcau")); n != 2 {
		t.Errorf("%d captains-major, want 2", n)
	}
	if n := len(termsOf(ds, "governor-of-testcau")); n != 2 {
		t.Errorf("%d governors, want 2", n)
	}
	for _, code := range []string{CodeInauguralMismatch, CodeFormationMismatch} {
		if f := findingsWith(ds, code); len(f) != 0 {
			t.Errorf("%s: %+v", code, f)
		}
	}
}

// TestBiographySucceeding: "Succeeding: X", as the infobox of someone
// elected names the predecessor, marks the term not yet begun: noted
// "elect", not in office, X its predecessor.
func TestBiographySucceeding(t *testing.T) {
	const bio = "= Ann Lee =\n\nAnn Lee\n- Office: Governor of Testkido\n- Term Start: 23 April 2027\n- Succeeding: Naomichi Suzuki\n" +
		"- Office1: Mayor of Testbari\n- Term Start1: 24 April 2019\n\nAnn Lee is the governor-elect of Testkido.\n"
	ds := buildDocs(t, map[string]string{"ann.txt": bio})
	tm, ok := findTerm(ds, "governor-of-testkido", "ann-lee")
	if !ok || tm.Incumbent || !tm.Incoming() || tm.PredecessorPersonID != "naomichi-suzuki" {
		t.Errorf("governor: %+v", tm)
	}
	if tm, ok := findTerm(ds, "mayor-of-testbari", "ann-lee"); !ok || !tm.Incumbent {
		t.Errorf("mayor: %+v", tm)
	}
}

// TestPlacePageLeaders: a place's page names its leaders in its infobox
// ("Leader Title1: Governor", "Leader Name1: …", "Ruler Title: Governor",
// "Ruler Name: …", or "Governor: …" alone):
// each is the holder of now of that post of the place, the office the
// place's other pages list.
func TestPlacePageLeaders(t *testing.T) {
	const hunan = "Testhunan\n- Native name: 湖南省\n- Leader Title: Party Secretary\n- Leader Name: Shen Xiaoming\n" +
		"- Leader Title1: Congress Chairman\n- Leader Name1: Shen Xiaoming\n- Leader Title2: Governor\n- Leader Name2: Ann Lee (acting)\n" +
		"- Leader Title3: Area\n- Leader Name3: 211,800 km2\n\nTesthunan is a province of China.\n"
	hunanWant := map[string]string{"party-secretary-of-testhunan": "shen-xiaoming", "chairman-of-testhunan-peoples-congress": "shen-xiaoming",
		"governor-of-testhunan": "ann-lee acting"}
	for _, tc := range []struct {
		name, doc string
		want      map[string]string // office → incumbent and its status
	}{
		{"a province's page", "= Testhunan =\n\n" + hunan, hunanWant},
		{"its politics page: the place's posts", "= Politics of Testhunan =\n\n" + hunan, hunanWant},
		{"a U.S. state's posts as keys", "= Testwaii =\n\nTestwaii\n- Capital: Honolulu\n- Governor: Josh Green (D)\n" +
			"- Lieutenant Governor: Sylvia Luke (D)\n- Senators: Brian Schatz (D), Mazie Hirono (D)\n\nTestwaii is a state.\n",
			map[string]string{"governor-of-testwaii": "josh-green", "lieutenant-governor-of-testwaii": "sylvia-luke"}},
		{"a leader with the date they took office", "= Testcity =\n\nTestcity\n- Leader Title: Mayor\n- Leader Name: Ann Lee (acting) since 1 May 2024\n\nTestcity is a city.\n",
			map[string]string{"mayor-of-testcity": "ann-lee acting"}},
		{"a page titled with its place's type", "= North Testsang Province =\n\nNorth Testsang Province\n- Country: South Korea\n" +
			"- Capital: Andong\n- Governor: Lee Cheol-woo (People Power)\n\nNorth Testsang is a province.\n",
			map[string]string{"governor-of-north-testsang": "lee-cheol-woo"}},
		{"its infobox rendered as a table", "= North Testsang Province =\n\n| North Testsang Province | |\n| Country | South Korea |\n" +
			"| Capital | Andong |\n| Government | |\n| • Governor | Lee Cheol-woo (People Power) |\n\nNorth Testsang is a province.\n",
			map[string]string{"governor-of-north-testsang": "lee-cheol-woo"}},
		// A politics page's government infobox: the party's secretary,
		// the governor as its "ruler", the congress's chair as its
		// "speaker".
		{"a government's infobox", "= Politics of Testjiang =\n\nInfobox\n- Government Name: Politics of Testjiang\n" +
			"- Party: Testjiang Provincial Committee of the Chinese Communist Party\n- Leader Title: Secretary\n- Leader Name: Yi Lianhong\n" +
			"- Ruler Title: Governor\n- Ruler Name: Liu Jie (acting)\n- Speaker Title: Congress Chairperson\n- Speaker Name: Yi Lianhong\n" +
			"- Leader Title1: Local CPPCC Chairman\n- Leader Name1: Lian Yimin\n- Leader Title2: Court President\n- Leader Name2: Vacant\n" +
			"\nThe politics of Testjiang is a dual system.\n",
			map[string]string{"party-secretary-of-testjiang": "yi-lianhong", "governor-of-testjiang": "liu-jie acting",
				"chairman-of-testjiang-peoples-congress": "yi-lianhong", "chairman-of-cppcc-testjiang-committee": "lian-yimin",
				"court-president-of-testjiang": "vacant"}},
		// A Japanese prefecture's infobox names its governor "Leader"
		// alone; a city's "Leader" names no post.
		{"a prefecture's leader", "= Testgawa Prefecture =\n\nTestgawa Prefecture\n- Region: Kantō\n- Leader: Yūji Kuroiwa (since April 2011)\n\n is a prefecture of Japan.\n",
			map[string]string{"governor-of-testgawa": "yuji-kuroiwa"}},
		{"a city's leader", "= Testgawa =\n\nTestgawa\n- Leader: Yūji Kuroiwa\n\nTestgawa is a city.\n", map[string]string{}},
		{"another country's prefecture's leader", "= Testtan Prefecture =\n\nTesttan Prefecture\n- Country: China\n- Leader: Ann Lee\n\nTesttan is a prefecture.\n", map[string]string{}},
		{"a party committee's secretary", "= Testnan =\n\nTestnan Province\n- Administration Type: Province\n" +
			"- CPC Ctte Secretary: Zhou Qiang\n- Governor: Xu Shousheng\n\nTestnan is a province.\n",
			map[string]string{"party-secretary-of-testnan": "zhou-qiang", "governor-of-testnan": "xu-shousheng"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ds := buildDocs(t, map[string]string{"p.txt": tc.doc})
			got := map[string]string{}
			for _, o := range ds.Offices {
				got[o.ID] = strings.TrimSpace(o.IncumbentPersonID + " " + o.IncumbentStatus)
			}
			if !maps.Equal(got, tc.want) {
				t.Errorf("offices %v, want %v", got, tc.want)
			}
		})
	}
}

// TestPostColumnsTable: a politics page's table of its leaders of now,
// one column per post and their names in the row below; a table of one
// row with dates is a list of holders, not of leaders of now.
func TestPostColumnsTable(t *testing.T) {
	ds := buildDocs(t, map[string]string{"p.txt": "= Politics of Testhu =\n\nThe politics of Testhu.\n\n== Current leaders ==\n" +
		"| Party Secretary | Congress Chairman | Governor |\n| Shen Xiaoming | Shen Xiaoming | Mao Weiming |\n\n" +
		"== Mayors ==\n| Mayor | Deputy Mayor |\n| Ann Lee 1990 | Bob Ray 1990 |\n"})
	got := map[string]string{}
	for _, o := range ds.Offices {
		got[o.ID] = o.IncumbentPersonID
	}
	want := map[string]string{"party-secretary-of-testhu": "shen-xiaoming", "chairman-of-testhu-peoples-congress": "shen-xiaoming",
		"governor-of-testhu": "mao-weiming"}
	for id, p := range want {
		if got[id] != p {
			t.Errorf("%s: incumbent %q, want %q (offices %v)", id, got[id], p, got)
		}
	}
	if _, ok := got["deputy-mayor-of-testhu"]; ok {
		t.Errorf("a row with dates read as leaders of now: %v", got)
	}
}

// TestBirthAndDeathCellsWithPlaces: a table's Birth and Death cells that
// go on after the date (the place, the age) give the person's dates.
func TestBirthAndDeathCellsWithPlaces(t *testing.T) {
	ds := buildDocs(t, map[string]string{"m.txt": "= List of Testish monarchs =\n\n" +
		"| Name | Portrait | Birth | Marriage(s) | Death |\n" +
		"| Henry VIII 21 April 1509 – 28 January 1547 (37 years, 282 days) | | 28 June 1491 Greenwich Palace | Catherine of Aragon | 28 January 1547 Palace of Whitehall aged 55 |\n" +
		"| Ann Lee 1 May 2020 – present | | 24 June 1954 (69 years, 125 days) | | |\n"})
	got := map[string]string{}
	for _, p := range ds.Persons {
		got[p.ID] = p.Birth.String() + " " + p.Death.String()
	}
	if want := map[string]string{"henry-viii": "1491-06-28 1547-01-28", "ann-lee": "1954-06-24 "}; !maps.Equal(got, want) {
		t.Errorf("persons %v, want %v", got, want)
	}
}

// TestFirstHolderOfBiographiesAlone: an office page with an infobox and no
// list, beside a biography of its holder of now, has no list to start
// with someone other than the infobox's first holder: no
// inaugural-mismatch or formation-mismatch. A list starting with another
// holder still gets both.
func TestFirstHolderOfBiographiesAlone(t *testing.T) {
	page := `= Governor of Testprov =

Infobox
- Post: Governor
- Body: Testprov
- Incumbent: Cy Dunn
- Incumbentsince: 20 February 2025
- First: Ann Lee
- Formation: 14 August 1958
`
	bio := `= Cy Dunn =

Cy Dunn
- Office: 9th Governor of Testprov
- Term Start: 20 February 2025
- Term Start1: 5 September 2018
- Term End1: 5 September 2023
`
	list := `
== List ==

| No. | Name | Took office | Left office |
| 1 | Bob Ray | 1960 | 1965 |
`
	for _, tt := range []struct {
		docs map[string]string
		want int
	}{
		{map[string]string{"p.txt": page, "b.txt": bio}, 0},
		{map[string]string{"p.txt": page + list, "b.txt": bio}, 1},
	} {
		ds := buildDocs(t, tt.docs)
		for _, code := range []string{CodeInauguralMismatch, CodeFormationMismatch} {
			if n := len(findingsWith(ds, code)); n != tt.want {
				t.Errorf("with a list %v: %d %s findings, want %d", tt.want == 1, n, code, tt.want)
			}
		}
	}
}

// TestInfoboxDatesLostInRendering: an infobox whose Formation kept only
// the labels of its dates ("(ROC handover), (current form)", the dates
// themselves lost with their templates) gives no formation and no
// unparsed-date error; one with words and no date still gets one.
func TestInfoboxDatesLostInRendering(t *testing.T) {
	page := "= Premier of Testland =\n\nInfobox\n- Post: Premier\n- Body: Testland\n- Formation: FORMATION\n- Incumbent: Ann Lee\n"
	for _, tt := range []struct {
		formation string
		want      int
	}{
		{"(Establishment by the first government), (handover), (current form)", 0},
		{"(Mainland)", 0},
		{"sometime after the war", 1},
	} {
		ds := buildDocs(t, map[string]string{"p.txt": strings.Replace(page, "FORMATION", tt.formation, 1)})
		if n := len(findingsWith(ds, CodeUnparsedDate)); n != tt.want {
			t.Errorf("Formation %q: %d unparsed-date findings, want %d", tt.formation, n, tt.want)
		}
	}
}

// TestAbolishedForATime: an infobox whose Abolished gives a period ("Between
// 1975 and 1982") says the office was abolished for a time and restored:
// no abolition date, no unparsed-date error, the holder of now kept, and an
// info finding. A single date is still the office's abolition.
func TestAbolishedForATime(t *testing.T) {
	page := "= Vice President of Testland =\n\nInfobox\n- Post: Vice President\n- Body: Testland\n- Incumbent: Ann Lee\n- Incumbentsince: 10 March 2023\n- Abolished: ABOLISHED\n"
	for _, v := range []string{"Between 1975 and 1982", "January 1975 – December 1982", "1975–1982 (suspended)"} {
		ds := buildDocs(t, map[string]string{"p.txt": strings.Replace(page, "ABOLISHED", v, 1)})
		if n := len(findingsWith(ds, CodeUnparsedDate)); n != 0 {
			t.Errorf("%q: %d unparsed-date findings", v, n)
		}
		if f := findingsWith(ds, CodeSuspendedOffice); len(f) != 1 {
			t.Errorf("%q: suspended-office findings %+v, want one", v, f)
		}
		if o := ds.Offices[0]; !o.Abolished.IsZero() || o.IncumbentPersonID != "ann-lee" {
			t.Errorf("%q: abolished %v, incumbent %q; want none, ann-lee", v, o.Abolished, o.IncumbentPersonID)
		}
	}
	ds := buildDocs(t, map[string]string{"p.txt": strings.Replace(page, "ABOLISHED", "5 September 1954", 1)})
	if o := ds.Offices[0]; o.Abolished.String() != "1954-09-05" || len(findingsWith(ds, CodeSuspendedOffice)) != 0 {
		t.Errorf("a single date: abolished %v, findings %+v", o.Abolished, ds.Findings)
	}
}

// TestAbolishedInOnePlace: an infobox that names its holder of now (or
// gives the office as vacant now) and gives the office as abolished, or
// its last holder, in one place
// ("Abolished: 1 October 1949 (Mainland China)", "Last: Tung Kuan-hsien
// (Mainland China)") describes an office that goes on elsewhere: not
// abolished, with an info finding. Without a holder of now, or without
// the place, the abolition stands.
func TestAbolishedInOnePlace(t *testing.T) {
	page := "= President of the Testislative Yuan =\n\nInfobox\n- Post: President\n- Incumbent: Han Kuo-yu\n- Incumbentsince: 1 February 2024\n" +
		"- Last: Tung Kuan-hsien (Mainland China)\n- Abolished: ABOLISHED\n"
	for _, tc := range []struct {
		page, abolished string
		partly          int
	}{
		{strings.Replace(page, "ABOLISHED", "1 October 1949 (Mainland China)", 1), "", 1},
		{strings.Replace(page, "- Abolished: ABOLISHED\n", "", 1), "", 1},
		{strings.NewReplacer("ABOLISHED", "1 October 1949 (Mainland China)", "Incumbent: Han Kuo-yu", "Incumbent: Vacant").Replace(page), "", 1},
		{strings.NewReplacer("ABOLISHED", "1 October 1949", " (Mainland China)", "").Replace(page), "1949-10-01", 0},
		{strings.NewReplacer("ABOLISHED", "1 October 1949 (Mainland China)", "- Incumbent: Han Kuo-yu\n- Incumbentsince: 1 February 2024\n", "").Replace(page), "1949-10-01", 0},
	} {
		ds := buildDocs(t, map[string]string{"p.txt": tc.page})
		o := ds.Offices[0]
		if o.Abolished.String() != tc.abolished || len(findingsWith(ds, CodePartlyAbolished)) != tc.partly {
			t.Errorf("%q: abolished %q, findings %+v; want %q and %d partly-abolished", tc.page, o.Abolished, ds.Findings, tc.abolished, tc.partly)
		}
	}
}

// TestOfficeHeldBySeveral: an infobox naming several holders of now
// ("Incumbent: Zhang Youxia, Zhang Shengmin") describes a post held side
// by side, as a body's seats are: overlapping terms and several open
// ones are no fault, each open term's holder is a current holder, and the
// list's order makes no one's predecessor. A name and a post after a
// comma names one holder.
func TestOfficeHeldBySeveral(t *testing.T) {
	page := `= Vice Chairman of the Testland Military Commission =

Infobox
- Incumbent: Zhang Youxia, Zhang Shengmin
- Incumbentsince: 23 October 2022

| No. | Name | Took office | Left office |
| 1 | He Long 贺龙 | September 1959 | June 1969 |
| 2 | Nie Rongzhen 聂荣臻 | September 1959 | June 1987 |
| 3 | Zhang Youxia 张又侠 | October 2017 | Incumbent |
| 4 | Zhang Shengmin 张升民 | October 2025 | Incumbent |
`
	ds := buildDocs(t, map[string]string{"p.txt": page})
	for _, code := range []string{CodeOverlappingTerms, CodeMultipleOpenTerms, CodeIncumbentMismatch, CodeIncumbentSince} {
		if f := findingsWith(ds, code); len(f) != 0 {
			t.Errorf("%s: %+v", code, f)
		}
	}
	var holders []string
	for _, h := range ds.CurrentHolders {
		holders = append(holders, h.PersonID)
	}
	if want := []string{"zhang-youxia", "zhang-shengmin"}; !slices.Equal(holders, want) {
		t.Errorf("current holders %q, want %q", holders, want)
	}
	for _, tm := range ds.Terms {
		if tm.PredecessorPersonID != "" || tm.SuccessorPersonID != "" {
			t.Errorf("%s: predecessor %q, successor %q; want none", tm.PersonID, tm.PredecessorPersonID, tm.SuccessorPersonID)
		}
	}
	for _, one := range []string{"Zhang Youxia, General Secretary", "Zhang Youxia, Awami League"} {
		ds = buildDocs(t, map[string]string{"p.txt": strings.Replace(page, "Zhang Youxia, Zhang Shengmin", one, 1)})
		if f := findingsWith(ds, CodeMultipleOpenTerms); len(f) != 1 {
			t.Errorf("%q names one holder: multiple-open-terms findings %+v, want one", one, f)
		}
	}
}

// TestBiographyActingThenInFull: a biography's acting term of an office
// that ends the day its term in full starts, beside the office's list
// that gives one term from the acting start, is that term: no
// disagreement about its dates, and not acting all along. Alone, the
// biography keeps its two terms (TestActingThenFullTerm).
func TestBiographyActingThenInFull(t *testing.T) {
	bio := `= Mao Testming =

Mao Testming
- Office: Governor of Testnan
- Term Start: 29 January 2021
- Office2: Acting Governor of Testnan
- Term Start2: 27 November 2020
- Term End2: 29 January 2021
- Predecessor2: Xu Testzhe
- Office3: Vice Governor of Testxi
- Term Start3: December 2013
- Term End3: March 2018

Mao Testming (born 1961) is a politician.
`
	list := `= Governor of Testnan =

| No. | Name | Took office | Left office |
| 15 | Xu Testzhe | 2016 | 27 November 2020 |
| 16 | Mao Testming | 27 November 2020 | Incumbent |
`
	split := list[:strings.Index(list, "| 16")] + `| 16 | Mao Testming | 27 November 2020 | 29 January 2021 |
| 16 | Mao Testming | 29 January 2021 | Incumbent |
`
	for _, tc := range []struct {
		list string
		want []string
	}{
		{list, []string{"Xu Testzhe||2016|2020-11-27", "Mao Testming||2020-11-27| open"}},
		// The list's row for each: the biography's terms match them.
		{split, []string{"Xu Testzhe||2016|2020-11-27", "Mao Testming||2020-11-27|2021-01-29 acting", "Mao Testming||2021-01-29| open"}},
	} {
		ds := buildDocs(t, map[string]string{"bio.txt": bio, "list.txt": tc.list})
		checkJoinedTerms(t, ds, "governor-of-testnan", tc.want)
		for _, o := range ds.Offices {
			if o.ID == "governor-of-testnan" && o.IncumbentStatus != "" {
				t.Errorf("holder of now %s", o.IncumbentStatus)
			}
		}
	}
	// The term in full ended where the list has it open: a disagreement
	// about the end alone, not about the start.
	ended := strings.Replace(bio, "- Term Start: 29 January 2021\n", "- Term Start: 29 January 2021\n- Term End: 3 December 2026\n", 1)
	ds := buildDocs(t, map[string]string{"bio.txt": ended, "list.txt": list})
	f := findingsWith(ds, CodeSourceDisagreement)
	if len(f) != 1 || !strings.Contains(f[0].Message, "ends the term of Mao Testming on 2026-12-03") {
		t.Errorf("disagreements %+v, want the end's alone", f)
	}
}

// TestBiographyReElected: a biography's consecutive terms of an office
// (re-elected: "1 July 2014 – 30 June 2018", then "since 1 July 2018")
// are the list's one term of that person from the first's start, not two
// disagreements about its dates; beside a list with a row for each, they
// match those rows, and so does a biography's one open term from the
// first's start; three terms in a row join in whichever order the
// biography writes them.
func TestBiographyReElected(t *testing.T) {
	bio := `= Ann Testlee =

Ann Testlee
- Office: Mayor of Testville
- Term Start: 1 July 2014
- Term End: 30 June 2018
- Predecessor: Bob Ray
- Term Start2: 1 July 2018
- Office3: Member of the Testland Assembly
- Term Start3: 2008
- Term End3: 2014

Ann Testlee (born 1960) is a politician.
`
	list := `= Mayor of Testville =

| No. | Name | Took office | Left office |
| 4 | Bob Ray | 1 July 2006 | 30 June 2014 |
| 5 | Ann Testlee | 1 July 2014 | Incumbent |
`
	split := strings.Replace(list, "| 5 | Ann Testlee | 1 July 2014 | Incumbent |", "| 5 | Ann Testlee | 1 July 2014 | 30 June 2018 |\n| 5 | Ann Testlee | 1 July 2018 | Incumbent |", 1)
	for _, tc := range []struct {
		list string
		want []string
	}{
		{list, []string{"Bob Ray||2006-07-01|2014-06-30", "Ann Testlee||2014-07-01| open"}},
		{split, []string{"Bob Ray||2006-07-01|2014-06-30", "Ann Testlee||2014-07-01|2018-06-30", "Ann Testlee||2018-07-01| open"}},
	} {
		ds := buildDocs(t, map[string]string{"bio.txt": bio, "list.txt": tc.list})
		checkJoinedTerms(t, ds, "mayor-of-testville", tc.want)
	}
	// Three terms in a row, the biography's blocks newest first or oldest
	// first, are the list's one term from 2006.
	three := func(blocks []string) string {
		return "= Bob Ray =\n\nBob Ray\n" + strings.Join(blocks, "") + "\nBob Ray (born 1950) is a politician.\n"
	}
	b1 := "- Office: Mayor of Testville\n- Term Start: 1 July 2006\n- Term End: 30 June 2010\n"
	b2 := "- Office2: Mayor of Testville\n- Term Start2: 1 July 2010\n- Term End2: 1 July 2012\n"
	b3 := "- Office3: Mayor of Testville\n- Term Start3: 1 July 2012\n- Term End3: 30 June 2014\n"
	for _, blocks := range [][]string{{b1, b2, b3}, {b3, b2, b1}} {
		checkJoinedTerms(t, buildDocs(t, map[string]string{"bio.txt": three(blocks), "list.txt": list}), "mayor-of-testville",
			[]string{"Bob Ray||2006-07-01|2014-06-30", "Ann Testlee||2014-07-01| open"})
	}
	// The other way round: the biography's one open term from 2014, the
	// list's row for each term.
	one := strings.Replace(bio, "- Term End: 30 June 2018\n", "", 1)
	one = strings.Replace(one, "- Term Start2: 1 July 2018\n", "", 1)
	checkJoinedTerms(t, buildDocs(t, map[string]string{"bio.txt": one, "list.txt": split}), "mayor-of-testville",
		[]string{"Bob Ray||2006-07-01|2014-06-30", "Ann Testlee||2014-07-01|2018-06-30", "Ann Testlee||2018-07-01| open"})
}

// checkJoinedTerms checks an office's terms, and that no source disagreed
// about them nor added one the list lacks.
func checkJoinedTerms(t *testing.T, ds *Dataset, office string, want []string) {
	t.Helper()
	var got []string
	for _, tm := range termsOf(ds, office) {
		got = append(got, termLine(tm))
	}
	if !slices.Equal(got, want) {
		t.Errorf("terms:\n got %q\nwant %q", got, want)
	}
	for _, code := range []string{CodeSourceDisagreement, CodeUnlistedTerm} {
		if f := findingsWith(ds, code); len(f) != 0 {
			t.Errorf("%s findings: %+v", code, f)
		}
	}
}

// TestVacancyMessage: a vacancy finding counts its days in words a reader
// expects, one day singular.
func TestVacancyMessage(t *testing.T) {
	ds := buildDocs(t, map[string]string{"v.txt": `= Governor of Testbei =

| No. | Name | Took office | Left office |
| 1 | Ann Lee | May 1949 | December 2024 |
| 2 | Bob Ray | 2 January 2025 | 1 March 2025 |
| 3 | Cy Dunn | 4 March 2025 | Incumbent |
`})
	var got []string
	for _, f := range findingsWith(ds, CodeVacancy) {
		got = append(got, f.Message)
	}
	want := []string{
		"vacant for at least 1 day between the end of Ann Lee's term (2024-12) and the start of Bob Ray's (2025-01-02)",
		"vacant for at least 2 days between the end of Bob Ray's term (2025-03-01) and the start of Cy Dunn's (2025-03-04)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("vacancies:\n got %q\nwant %q", got, want)
	}
}

// TestInfoboxVacantSinceOverStaleList: an infobox vacant since a day after
// the list's open term began was brought up to date, the list not: the
// office is vacant, no one holds it now, and the open term is stale.
func TestInfoboxVacantSinceOverStaleList(t *testing.T) {
	ds := buildDocs(t, map[string]string{"v.txt": `= Governor of Testzhou =

Infobox
- Incumbent: Vacant since 5 November 2026
- Incumbentsince: 2020

| No. | Name | Took office | Left office |
| 5 | Wang Wu | 2020 | Incumbent |
`})
	if len(ds.CurrentHolders) != 0 {
		t.Errorf("current holders %+v, want none", ds.CurrentHolders)
	}
	o := ds.Offices[0]
	if o.IncumbentStatus != "vacant" || o.IncumbentPersonID != "" || o.IncumbentSince.String() != "2026-11-05" {
		t.Errorf("office %q %q since %s, want vacant since 2026-11-05", o.IncumbentPersonID, o.IncumbentStatus, o.IncumbentSince)
	}
	if f := findingsWith(ds, CodeStaleOpenTerm); len(f) != 1 {
		t.Errorf("stale-open-term findings %+v, want one", f)
	}
	if f := findingsWith(ds, CodeIncumbentSince); len(f) != 0 {
		t.Errorf("the vacancy's date read as the holder's start: %+v", f)
	}
}

// TestOfficeholderBoxAsTable: a biography whose infobox a mirror rendered
// as a table of labels and values, each office's title on a row of its
// own over its term ("Assumed office 1 August 2016", "In office 4 July
// 2007 – 27 August 2007") and its neighbours, gives a term for each
// office, the first running on, with its predecessor and successor;
// where the holder studied says nothing of the country.
func TestOfficeholderBoxAsTable(t *testing.T) {
	for _, doc := range []string{`= Yuri Testike =

Yuri Testike | |
---|---|
小池 百合子 | |
Governor of Testkyo | |
Incumbent | |
Assumed office 1 August 2016 | |
Deputy | Ann Lee |
Preceded by | Yōichi Testzoe |
Minister of Defense | |
In office 4 July 2007 – 27 August 2007 | |
Prime Minister | Shinzo Testbe |
Preceded by | Fumio Testma |
Succeeded by | Masahiko Testmura |
Member of the House of Representatives | |
In office 19 July 1993 – 14 July 2016 | |
Constituency | Testgo 2nd |
Mayor of Testville | |
Acting | |
In office 2 January 1990 – 30 April 1990 | |
Personal details | |
Born | Ashiya, Japan | 15 July 1952
Alma mater | American University in Cairo |
Yuri Testike (小池 百合子; born 15 July 1952) is a Japanese politician.
`, `= Yuri Testike =

| Yuri Testike | |
| 小池 百合子 | |
| Governor of Testkyo | |
| Assumed office 1 August 2016 | |
| Preceded by | Yōichi Testzoe |
| Minister of Defense | |
| In office 4 July 2007 – 27 August 2007 | |
| Preceded by | Fumio Testma |
| Succeeded by | Masahiko Testmura |
| Member of the House of Representatives | |
| In office 19 July 1993 – 14 July 2016 | |
| Personal details | |
| Alma mater | American University in Cairo |

Yuri Testike is a Japanese politician.
`} {
		ds := buildDocs(t, map[string]string{"yuri.txt": doc})
		var got []string
		for _, tm := range ds.Terms {
			got = append(got, fmt.Sprintf("%s %s|%s|%s|%s inc=%v pred=%s succ=%s", tm.OfficeID, tm.NameEN, tm.NameNative, tm.Start, tm.End, tm.Incumbent, tm.PredecessorPersonID, tm.SuccessorPersonID))
		}
		want := []string{
			"governor-of-testkyo Yuri Testike|小池 百合子|2016-08-01| inc=true pred=yoichi-testzoe succ=",
			"member-of-the-house-of-representatives-of-japan Yuri Testike|小池 百合子|1993-07-19|2016-07-14 inc=false pred= succ=",
			"minister-of-defense-of-japan Yuri Testike|小池 百合子|2007-07-04|2007-08-27 inc=false pred=fumio-testma succ=masahiko-testmura",
		}
		if strings.Contains(doc, "Mayor of Testville") {
			// "| Acting | |" between the title and the term: an acting term.
			want = slices.Insert(want, 1, "mayor-of-testville Yuri Testike|小池 百合子|1990-01-02|1990-04-30 inc=false pred= succ=")
			if m := termsOf(ds, "mayor-of-testville"); len(m) != 1 || !m[0].Acting {
				t.Errorf("the acting term under its title: %+v", m)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("terms\n%q\nwant\n%q", got, want)
		}
	}
}

// TestOfficeholderBoxAsTableCutShort: a copy cut short in the term of an
// office of a biography's infobox rendered as a table gives no term for
// that office, and leaves the office above it as it was.
func TestOfficeholderBoxAsTableCutShort(t *testing.T) {
	ds := buildDocs(t, map[string]string{"yuri.txt": `= Yuri Testike =

Yuri Testike | |
---|---|
Governor of Testkyo | |
Assumed office 1 August 2016 | |
Preceded by | Yōichi Testzoe |
Minister of Defense | |
In office 4 July 2007 – 27 Aug`})
	var got []string
	for _, tm := range ds.Terms {
		got = append(got, fmt.Sprintf("%s %s–%s", tm.OfficeID, tm.Start, tm.End))
	}
	if want := []string{"governor-of-testkyo 2016-08-01–"}; !slices.Equal(got, want) {
		t.Errorf("terms %q, want %q", got, want)
	}
}

// TestActingStandInUnderTheIncumbent: an acting holder standing in while
// the infobox's holder's own term runs on (a suspended mayor) does not
// make the infobox's incumbent a mismatch; a holder of the open term who
// is not acting does.
func TestActingStandInUnderTheIncumbent(t *testing.T) {
	doc := `= Mayor of Testanbul =

Infobox
- Incumbent: Ekrem Testoglu
- Incumbentsince: 27 June 2019

| No. | Name | Took office | Left office |
| 30 | Mevlut Uysal | 28 September 2017 | 17 April 2019 |
| 31 | Ekrem Testoglu | 27 June 2019 | Incumbent |
| – | Nuri Aslan (acting) | 23 March 2025 | Incumbent |
`
	ds := buildDocs(t, map[string]string{"m.txt": doc})
	if f := findingsWith(ds, CodeIncumbentMismatch); len(f) != 0 {
		t.Errorf("incumbent mismatch beside an acting stand-in: %+v", f)
	}
	if f := findingsWith(ds, CodeIncumbentSince); len(f) != 0 {
		t.Errorf("incumbent since mismatch beside an acting stand-in: %+v", f)
	}
	ds = buildDocs(t, map[string]string{"m.txt": strings.Replace(doc, "Nuri Aslan (acting)", "Nuri Aslan", 1)})
	if f := findingsWith(ds, CodeIncumbentMismatch); len(f) != 1 {
		t.Errorf("incumbent mismatch findings %+v, want one", f)
	}
}

// TestUndatedRow: a row whose tenure is a dash or blank is a term with
// no dates, no unparsed date, and the gap around it in the list is no
// vacancy: its holder may have filled it.
func TestUndatedRow(t *testing.T) {
	for _, cell := range []string{"—", "", "–"} {
		ds := buildDocs(t, map[string]string{"m.txt": "= List of mayors of Testdash =\n\n| No. | Mayor | Term |\n| 1 | Ann Lee | 1990–1995 |\n| 2 | Bob Ray | " + cell + " |\n| 3 | Cy Dunn | 2000–2005 |\n"})
		if n := len(ds.Terms); n != 3 {
			t.Errorf("tenure %q: %d terms, want 3", cell, n)
		}
		if f := append(findingsWith(ds, CodeUnparsedDate), findingsWith(ds, CodeVacancy)...); len(f) != 0 {
			t.Errorf("tenure %q: findings %+v, want none", cell, f)
		}
	}
	// Without the undated row, the gap is a vacancy.
	ds := buildDocs(t, map[string]string{"m.txt": "= List of mayors of Testdash =\n\n| No. | Mayor | Term |\n| 1 | Ann Lee | 1990–1995 |\n| 3 | Cy Dunn | 2000–2005 |\n"})
	if f := findingsWith(ds, CodeVacancy); len(f) != 1 {
		t.Errorf("vacancy findings %+v, want one", f)
	}
}

// TestPredecessorWithoutMuhammad: a biography naming its predecessor
// without the leading Muhammad the list writes ("Shafie Apdal", "Mohd
// Shafie Apdal") names the list's holder: no source disagreement. Another
// name is one.
func TestPredecessorWithoutMuhammad(t *testing.T) {
	list := `= Chief Minister of Testabah =

| No. | Name | Took office | Left office |
| 1 | Mohd Shafie Apdal | 12 May 2018 | 29 September 2020 |
| 2 | Hajiji Noor | 29 September 2020 | Incumbent |
`
	bio := func(pred string) string {
		return "= Hajiji Noor =\n\nHajiji Noor\n- Office: Chief Minister of Testabah\n- Term Start: 29 September 2020\n- Predecessor: " + pred + "\n"
	}
	ds := buildDocs(t, map[string]string{"list.txt": list, "bio.txt": bio("Shafie Apdal")})
	if f := findingsWith(ds, CodeSourceDisagreement); len(f) != 0 {
		t.Errorf("findings %+v, want none", f)
	}
	ds = buildDocs(t, map[string]string{"list.txt": list, "bio.txt": bio("Musa Aman")})
	if f := findingsWith(ds, CodeSourceDisagreement); len(f) != 1 {
		t.Errorf("findings %+v, want one", f)
	}
	for named, want := range map[string]bool{
		"john-lee":    true, // "John Lee" for Hong Kong's "John Lee Ka-chiu"
		"john":        false,
		"john-lee-ka": false,
	} {
		if got := samePersonNamed(named, "john-lee-ka-chiu"); got != want {
			t.Errorf("samePersonNamed(%q, john-lee-ka-chiu) = %v, want %v", named, got, want)
		}
	}
}
