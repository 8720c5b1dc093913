package exporters_test

import (
	"bytes"
	"context"
	"fmt"

	"tenure/exporters"
	"tenure/pipeline"
)

func ExampleWriteCSVTable() {
	doc := "= Mayor of Example =\n\n| Name | Tenure |\n| Wang Wu (王五) | 1949–1950 |\n"
	ds, _ := pipeline.Build(context.Background(), []pipeline.Input{{Path: "m.txt", Data: []byte(doc)}})
	terms, _ := exporters.TableByName("terms")
	var buf bytes.Buffer
	_ = exporters.WriteCSVTable(&buf, ds, terms, false)
	// CSV rows end in CRLF, as RFC 4180 says.
	fmt.Print(string(bytes.ReplaceAll(buf.Bytes(), []byte("\r\n"), []byte("\n"))))
	// Output:
	// term_id,office_id,person_id,ordinal,name_en,name_native,name_native_lang,start,start_precision,start_earliest,start_latest,end,end_precision,end_earliest,end_latest,incumbent,acting,note,predecessor_person_id,successor_person_id,source_id,source_line,corroborated_by
	// mayor-of-example/1,mayor-of-example,wang-wu,1,Wang Wu,王五,zh,1949,year,1949-01-01,1949-12-31,1950,year,1950-01-01,1950-12-31,false,false,,,,mayor-of-example,4,
}
