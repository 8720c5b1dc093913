package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Shapes of the documents Varied writes, in turn.
var variedShapes = []string{
	"table-columns",  // separate English and native-name columns, day dates
	"table-combined", // "Name (native)" in one column, month dates
	"table-numbered", // an ordinal column, year dates
	"numbered-list",  // "1. Name (native): 1952–1955"
	"bullet-list",    // "- Name (native) (March 1990 – May 1995)"
	"table-term",     // one "Term of office" column holding the range
	"biography",      // numbered Office1, Term Start1, … keys
}

// person is one generated officeholder.
type person struct {
	en, native, lang string
}

// Varied writes n documents that look like real pages to a parser: a pool
// of people (tens of thousands of distinct names at 10,000 documents, so a
// name rarely repeats within a page and often across pages, as a career
// does), Chinese,
// Japanese, Korean and Western names with their native scripts, dates at
// day, month and year precision, acting holders, notes, and the page
// shapes of the corpus in turn: three table layouts, a table with a term
// range column, numbered and bulleted lists, and biographies. Pages are
// about 2 kB with 25 terms, like the real ones. Each File's Terms is the
// number of terms a careful reader extracts from it. The same seed gives
// the same corpus.
func Varied(n, termsPerDoc int, seed uint64) []File {
	r := rand.New(rand.NewPCG(seed, 11))
	pool := makePeople(r, max(500, n*termsPerDoc/3))
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	places := []string{"Anhui", "Fujian", "Gansu", "Guangdong", "Guizhou", "Hainan", "Hebei", "Henan", "Hubei", "Hunan", "Jiangxi", "Jilin",
		"Liaoning", "Qinghai", "Shaanxi", "Shandong", "Shanxi", "Sichuan", "Yunnan", "Zhejiang", "Hokkaido", "Aomori", "Gyeonggi", "Jeju",
		"Sikkim", "Guam", "Ontario", "Bavaria"}
	roles := []string{"Party Secretary", "Governor", "Mayor", "Chairman of the People's Congress", "Chief Minister", "Chairperson"}
	files := make([]File, n)
	var b strings.Builder
	for d := range n {
		b.Reset()
		shape := variedShapes[d%len(variedShapes)]
		place := fmt.Sprintf("%s %s", places[r.IntN(len(places))], cityName(r, d))
		role := roles[r.IntN(len(roles))]
		title := role + " of " + place
		// The term dates: consecutive, each term one to three years, the
		// first starting early enough for the last to end by 2024.
		y := 2024 - 3*termsPerDoc - r.IntN(60)
		type date struct{ y, m, d int }
		next := func() date {
			y += 1 + r.IntN(3)
			return date{y, 1 + r.IntN(12), 1 + r.IntN(28)}
		}
		format := func(t date, prec int) string {
			switch prec {
			case 0:
				return fmt.Sprint(t.y)
			case 1:
				return months[t.m-1] + " " + fmt.Sprint(t.y)
			}
			return fmt.Sprintf("%d %s %d", t.d, months[t.m-1], t.y)
		}
		prec := d % 3 // each page keeps one precision, as real pages mostly do
		start := next()
		picked := map[int]bool{}
		pick := func() person {
			for {
				i := r.IntN(len(pool))
				if !picked[i] {
					picked[i] = true
					return pool[i]
				}
			}
		}
		terms := 0
		if shape == "biography" {
			p := pick()
			fmt.Fprintf(&b, "= %s =\n\n%s\n", p.en, p.en)
			if p.native != "" {
				fmt.Fprintf(&b, "- Native Name: %s\n- Native Name Lang: %s\n", p.native, p.lang)
			}
			k := 1 + termsPerDoc%5 + r.IntN(4)
			for i := 1; i <= k; i++ {
				end := next()
				fmt.Fprintf(&b, "- Office%d: %s of %s %s\n- Term Start%d: %s\n", i, roles[r.IntN(len(roles))], places[r.IntN(len(places))], cityName(r, r.IntN(n)), i, format(start, prec))
				if i < k {
					fmt.Fprintf(&b, "- Term End%d: %s\n- Predecessor%d: %s\n- Successor%d: %s\n", i, format(end, prec), i, pick().en, i, pick().en)
				}
				start = end
				terms++
			}
			fmt.Fprintf(&b, "- Birth Date: %d %s %d\n- Party: %s\n\n%s (born %d) is a politician who served in %s.\n",
				1+r.IntN(28), months[r.IntN(12)], 1900+r.IntN(70), []string{"Chinese Communist Party", "Liberal Democratic Party", "Democratic Party", "Independent"}[r.IntN(4)], p.en, 1900+r.IntN(70), place)
			files[d] = File{Path: fmt.Sprintf("varied/%06d.txt", d), Data: []byte(b.String()), Terms: terms}
			continue
		}
		fmt.Fprintf(&b, "= %s =\n\nInfobox\n- Post: %s\n- Body: the %s Committee\n- Seat: %s\n- Formation: %d\n\nThe %s of %s leads the government of %s. The office was created in %d and its holder is appointed for a term of five years.\n\n== List of officeholders ==\n",
			title, role, place, place, y, strings.ToLower(role), place, place, y)
		switch shape {
		case "table-columns":
			b.WriteString("| No. | Name | Native name | Took office | Left office | Notes |\n|---|---|---|---|---|---|\n")
		case "table-combined":
			b.WriteString("| Portrait | Name | Term start | Term end | Party |\n")
		case "table-numbered":
			b.WriteString("| # | Name | From | To |\n")
		case "table-term":
			b.WriteString("| Name | Term of office | Notes |\n")
		}
		for t := range termsPerDoc {
			p := pick()
			end := next()
			last := t == termsPerDoc-1
			s, e := format(start, prec), format(end, prec)
			if last {
				e = "present"
				if shape == "table-columns" || shape == "table-combined" {
					e = "Incumbent"
				}
			}
			acting := !last && r.IntN(20) == 0
			name := p.en
			withNative := name
			if p.native != "" {
				withNative = p.en + " (" + p.native + ")"
			}
			note := ""
			if acting {
				note = "acting"
			}
			switch shape {
			case "table-columns":
				fmt.Fprintf(&b, "| %d | %s | %s | %s | %s | %s |\n", t+1, name, p.native, s, e, note)
			case "table-combined":
				if acting {
					withNative += " (acting)"
				}
				fmt.Fprintf(&b, "| | %s | %s | %s | %s |\n", withNative, s, e, []string{"", "CCP", "Independent", "KMT"}[r.IntN(4)])
			case "table-numbered":
				fmt.Fprintf(&b, "| %d | %s | %s | %s |\n", t+1, withNative, s, e)
			case "table-term":
				fmt.Fprintf(&b, "| %s | %s – %s | %s |\n", withNative, s, e, note)
			case "numbered-list":
				fmt.Fprintf(&b, "%d. %s: %s–%s\n", t+1, withNative, s, e)
			case "bullet-list":
				fmt.Fprintf(&b, "- %s (%s – %s)\n", withNative, s, e)
			}
			start = end
			terms++
		}
		b.WriteString("\n== See also ==\n- Politics of " + place + "\n")
		files[d] = File{Path: fmt.Sprintf("varied/%06d.txt", d), Data: []byte(b.String()), Terms: terms}
	}
	return files
}

// cityName makes a place name from a number, distinct for each.
func cityName(r *rand.Rand, i int) string {
	syl := []string{"an", "bei", "chang", "da", "feng", "gu", "hai", "jin", "kang", "lin", "ming", "ning", "ping", "qing", "shan", "tai", "wu", "xin", "yang", "zhou"}
	var b strings.Builder
	for {
		b.WriteString(syl[i%len(syl)])
		i /= len(syl)
		if i == 0 {
			break
		}
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

// makePeople makes n people: Chinese names with their characters,
// Japanese and Korean names with theirs, and Western names without a
// native script. Some share a name, as namesakes do.
func makePeople(r *rand.Rand, n int) []person {
	zhSur := [][2]string{{"Zhang", "张"}, {"Wang", "王"}, {"Li", "李"}, {"Zhao", "赵"}, {"Chen", "陈"}, {"Liu", "刘"}, {"Yang", "杨"}, {"Huang", "黄"},
		{"Wu", "吴"}, {"Zhou", "周"}, {"Xu", "徐"}, {"Sun", "孙"}, {"Ma", "马"}, {"Zhu", "朱"}, {"Hu", "胡"}, {"Guo", "郭"}, {"He", "何"},
		{"Lin", "林"}, {"Luo", "罗"}, {"Gao", "高"}, {"Zheng", "郑"}, {"Liang", "梁"}, {"Xie", "谢"}, {"Song", "宋"}, {"Tang", "唐"}, {"Han", "韩"},
		{"Feng", "冯"}, {"Deng", "邓"}, {"Cao", "曹"}, {"Peng", "彭"}, {"Zeng", "曾"}, {"Xiao", "肖"}, {"Tian", "田"}, {"Dong", "董"}, {"Pan", "潘"}}
	zhGiven := [][2]string{{"wei", "伟"}, {"fang", "芳"}, {"jun", "军"}, {"qi", "启"}, {"long", "龙"}, {"jian", "建"}, {"guo", "国"}, {"hua", "华"},
		{"ming", "明"}, {"le", "乐"}, {"ji", "际"}, {"gang", "刚"}, {"de", "德"}, {"zun", "尊"}, {"chang", "长"}, {"xing", "星"}, {"min", "敏"},
		{"hai", "海"}, {"feng", "峰"}, {"yun", "云"}, {"ping", "平"}, {"xiao", "晓"}, {"zhi", "志"}, {"qiang", "强"}, {"bao", "宝"}, {"rong", "荣"}}
	jaSur := [][2]string{{"Suzuki", "鈴木"}, {"Takahashi", "高橋"}, {"Tanaka", "田中"}, {"Watanabe", "渡辺"}, {"Ito", "伊藤"}, {"Yamamoto", "山本"}, {"Nakamura", "中村"}, {"Kobayashi", "小林"}}
	jaGiven := [][2]string{{"Naomichi", "直道"}, {"Hiroshi", "博"}, {"Takeshi", "武"}, {"Kenji", "健二"}, {"Yuko", "裕子"}, {"Akira", "明"}, {"Masako", "雅子"}, {"Shigeru", "茂"}}
	koSur := [][2]string{{"Kim", "김"}, {"Lee", "이"}, {"Park", "박"}, {"Choi", "최"}, {"Jung", "정"}, {"Kang", "강"}, {"Cho", "조"}, {"Yoon", "윤"}}
	koGiven := [][2]string{{"Byung-soo", "병수"}, {"Min-jun", "민준"}, {"Seo-yeon", "서연"}, {"Ji-ho", "지호"}, {"Hyun-woo", "현우"}, {"Soo-ah", "수아"}}
	westFirst := []string{"John", "Maria", "Francisco", "Anna", "Robert", "Elena", "Thomas", "Sofia", "James", "Lucia", "Peter", "Carmen"}
	westLast := []string{"Martinez", "Camacho", "Smith", "Guerrero", "Brown", "Calvo", "Taylor", "Cruz", "Wilson", "Bordallo", "Ada", "Flores"}
	var out []person
	for len(out) < n {
		var p person
		switch k := r.IntN(10); {
		case k < 7: // Chinese: one or two given syllables
			s := zhSur[r.IntN(len(zhSur))]
			g1, g2 := zhGiven[r.IntN(len(zhGiven))], zhGiven[r.IntN(len(zhGiven))]
			given, native := strings.ToUpper(g1[0][:1])+g1[0][1:], s[1]+g1[1]
			if r.IntN(4) > 0 {
				given += g2[0]
				native += g2[1]
			}
			p = person{en: s[0] + " " + given, native: native, lang: "zh"}
		case k < 8:
			s, g := jaSur[r.IntN(len(jaSur))], jaGiven[r.IntN(len(jaGiven))]
			p = person{en: g[0] + " " + s[0], native: s[1] + g[1], lang: "ja"}
		case k < 9:
			s, g := koSur[r.IntN(len(koSur))], koGiven[r.IntN(len(koGiven))]
			p = person{en: s[0] + " " + g[0], native: s[1] + g[1], lang: "ko"}
		default:
			p = person{en: westFirst[r.IntN(len(westFirst))] + " " + string(rune('A'+r.IntN(26))) + ". " + westLast[r.IntN(len(westLast))]}
		}
		out = append(out, p)
	}
	return out
}
