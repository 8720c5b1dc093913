// Package corpus generates office documents in the seeds' table shapes,
// for benchmarks and load tests.
package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// File is one generated document.
type File struct {
	Path string
	Data []byte
	// Terms is the number of terms a careful reader extracts from it
	// (set by Varied).
	Terms int
}

// Generate writes n office documents in the seeds' three table
// shapes (separate English and Chinese columns, "Name (中文)" in one
// column, a numbered table with year-only dates), with termsPerDoc terms
// each, plus prose and an infobox, so that parsing meets what real pages
// hold. The same seed gives the same corpus.
func Generate(n, termsPerDoc int, seed uint64) []File {
	r := rand.New(rand.NewPCG(seed, 7))
	surnames := []string{"Zhang", "Wang", "Li", "Zhao", "Chen", "Liu", "Yang", "Huang", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo"}
	given := []string{"Wei", "Fang", "Xiaojun", "Qilong", "Jianguo", "Hua", "Ming", "Leji", "Gang", "Dezun", "Changxing", "Min'er"}
	zhSur := []string{"张", "王", "李", "赵", "陈", "刘", "杨", "黄", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"}
	zhGiven := []string{"伟", "芳", "晓军", "启龙", "建国", "华", "明", "乐际", "刚", "德尊", "长星", "敏尔"}
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	prose := strings.Repeat("The secretary leads the work of the Provincial Committee and its Standing Committee, and is usually a member of the Central Committee. ", 13)
	inputs := make([]File, n)
	var b strings.Builder
	for d := range n {
		b.Reset()
		place := fmt.Sprintf("Province %d", d)
		fmt.Fprintf(&b, "= Party Secretary of %s =\n\nInfobox\n- Post: Secretary\n- Body: the %s Provincial Committee\n- Type: Party Committee Secretary\n- Formation: September 1949\n\n%s\n\n%s\n\n== History ==\n%s\n\n%s\n\n%s\n\n== List of party secretaries ==\n", place, place, prose, prose, prose, prose, prose)
		shape := d % 3
		switch shape {
		case 0:
			b.WriteString("| Image | Name (English) | Name (Chinese) | Term start | Term end | |\n")
		case 1:
			b.WriteString("| Image | Name | Term start | Term end | |\n")
		case 2:
			b.WriteString("| | Image | Name | Term start | Term end | |\n")
		}
		y, m, day := 1949, 1+r.IntN(12), 1
		date := func() string {
			switch shape {
			case 2:
				return fmt.Sprint(y)
			case 1:
				return months[m-1] + " " + fmt.Sprint(y)
			}
			return fmt.Sprintf("%d %s %d", day, months[m-1], y)
		}
		for t := range termsPerDoc {
			s, g := r.IntN(len(surnames)), r.IntN(len(given))
			en, zh := surnames[s]+" "+given[g], zhSur[s]+zhGiven[g]
			start := date()
			y += 1 + r.IntN(3)
			m, day = 1+r.IntN(12), 1+r.IntN(28)
			end := date()
			if t == termsPerDoc-1 {
				end = "Incumbent"
			}
			switch shape {
			case 0:
				fmt.Fprintf(&b, "| | %s | %s | %s | %s | |\n", en, zh, start, end)
			case 1:
				fmt.Fprintf(&b, "| | %s (%s) | %s | %s | |\n", en, zh, start, end)
			case 2:
				fmt.Fprintf(&b, "| %d | | %s (%s) | %s | %s | |\n", t+1, en, zh, start, end)
			}
		}
		inputs[d] = File{Path: fmt.Sprintf("gen/%05d.txt", d), Data: []byte(b.String())}
	}
	return inputs
}
