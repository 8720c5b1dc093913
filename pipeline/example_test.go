package pipeline_test

import (
	"context"
	"fmt"

	"tenure/pipeline"
)

func ExampleParseDate() {
	for _, s := range []string{"19 August 2003", "Sept. 1949", "1949", "c. 1950"} {
		d, _ := pipeline.ParseDate(s)
		fmt.Println(d, d.Precision, d.Earliest().Format("2006-01-02"), d.Latest().Format("2006-01-02"), d.Approximate)
	}
	// Output:
	// 2003-08-19 day 2003-08-19 2003-08-19 false
	// 1949-09 month 1949-09-01 1949-09-30 false
	// 1949 year 1949-01-01 1949-12-31 false
	// 1950 year 1950-01-01 1950-12-31 true
}

func ExampleParseTenure() {
	t, _ := pipeline.ParseTenure("March 2007 – present")
	fmt.Println(t.Start, t.Open)
	// Output: 2007-03 true
}

func ExampleParseName() {
	n := pipeline.ParseName("Luo Dongchuan (罗东川) (acting)")
	fmt.Printf("%s | %s | acting=%v\n", n.EN, n.Native, n.Acting)
	// Output: Luo Dongchuan | 罗东川 | acting=true
}

func ExampleBuild() {
	doc := `= Governor of Example =

== List of governors ==
| Name | Term start | Term end |
| Zhang San (张三) | September 1949 | 1954 |
| Li Si (李四) | 1954 | Incumbent |
`
	ds, err := pipeline.Build(context.Background(), []pipeline.Input{{Path: "example.txt", Data: []byte(doc)}})
	if err != nil {
		panic(err)
	}
	for _, t := range ds.Terms {
		fmt.Println(t.ID, t.PersonID, t.NameNative, t.Start, t.End, t.Incumbent)
	}
	fmt.Println(ds.CurrentHolders[0].NameEN)
	// Output:
	// governor-of-example/1 zhang-san 张三 1949-09 1954 false
	// governor-of-example/2 li-si 李四 1954  true
	// Li Si
}
