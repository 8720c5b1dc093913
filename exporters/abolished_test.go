package exporters

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"tenure/pipeline"
)

// TestAbolishedOffice: an office's abolition is written to every format
// that describes offices: the offices table's abolished columns, the
// FollowTheMoney Position's dissolutionDate, JSON-LD's t:abolished and
// the office's page.
func TestAbolishedOffice(t *testing.T) {
	doc := "= Chairman of Testsi =\n\nInfobox\n- Post: Chairman\n- Formation: 1950\n- Abolished: 5 September 1954\n\n" +
		"== Chairmen ==\n| No. | Name | Took office | Left office |\n| 1 | Ann Lee | 1950 | 1953 |\n| 2 | Cy Dunn | 1953 | |\n"
	ds, err := pipeline.Build(context.Background(), []pipeline.Input{{Path: "testsi.txt", Data: []byte(doc)}})
	if err != nil {
		t.Fatal(err)
	}
	dir := writeAll(t, ds, "csv")
	rows := readCSV(t, dir+"/offices.csv")
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	if got := rows[1][col["abolished"]] + " " + rows[1][col["abolished_precision"]]; got != "1954-09-05 day" {
		t.Errorf("offices.csv abolished %q", got)
	}
	if got := rows[1][col["incumbent_person_id"]]; got != "" {
		t.Errorf("an abolished office has an incumbent: %q", got)
	}
	var ftm bytes.Buffer
	if err := (FTM{}).WriteEntities(context.Background(), &ftm, ds); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(ftm.String(), `"dissolutionDate":["1954-09-05"]`) {
		t.Errorf("FtM Position without its dissolutionDate:\n%s", ftm.String())
	}
	dir = writeAll(t, ds, "jsonld")
	ld, err := os.ReadFile(dir + "/tenure.jsonld")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(ld), `"t:abolished":{"@value":"1954-09-05","@type":"xsd:date"}`) {
		t.Errorf("JSON-LD office without t:abolished")
	}
	dir = writeAll(t, ds, "html")
	page, err := os.ReadFile(dir + "/offices/chairman-of-testsi.html")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), "Abolished 1954-09-05.") {
		t.Errorf("the office's page does not say when it was abolished")
	}
}
