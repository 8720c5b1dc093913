package exporters

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// exceljsRead is a Node script that opens a workbook with ExcelJS and
// prints its creator and sheets.
const exceljsRead = `const ExcelJS = require('exceljs');
(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[2]);
  console.log(JSON.stringify({creator: wb.creator, sheets: wb.worksheets.map(s => s.name)}));
})().catch(e => { console.error(String(e)); process.exit(1); });
`

// TestWorkbookOpensInExcelJS reads the workbook with ExcelJS, the most
// used spreadsheet library in Node, which refuses core properties written
// without Excel's prefixes. It installs ExcelJS from npm into a cache
// folder when npm is there, and skips with a message when it is not.
func TestWorkbookOpensInExcelJS(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: ExcelJS check skipped")
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Skip("npm is not installed: ExcelJS check skipped")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: ExcelJS check skipped")
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	dir := filepath.Join(cache, "tenure-test-exceljs")
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "exceljs")); err != nil {
		os.MkdirAll(dir, 0o755)
		os.WriteFile(filepath.Join(dir, "package.json"), []byte(`{"name":"tenure-exceljs-check","private":true}`), 0o644)
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, npm, "install", "--no-audit", "--no-fund", "--silent", "exceljs@4")
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Skipf("npm could not install ExcelJS (%v): ExcelJS check skipped\n%s", err, out)
		}
	}
	script := filepath.Join(dir, "read.js")
	if err := os.WriteFile(script, []byte(exceljsRead), 0o644); err != nil {
		t.Fatal(err)
	}
	ds := seedDataset(t)
	out := t.TempDir()
	opt := testOptions
	opt.Built = time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	if _, err := (XLSX{}).Write(context.Background(), ds, out, opt); err != nil {
		t.Fatal(err)
	}
	res, err := exec.Command(node, script, filepath.Join(out, XLSXFile)).CombinedOutput()
	if err != nil {
		t.Fatalf("ExcelJS cannot open the workbook: %v\n%s", err, res)
	}
	var got struct {
		Creator string   `json:"creator"`
		Sheets  []string `json:"sheets"`
	}
	if err := json.Unmarshal(res, &got); err != nil {
		t.Fatalf("ExcelJS output %q: %v", res, err)
	}
	if got.Creator != "tenure test" || len(got.Sheets) != 7 || got.Sheets[0] != "README" {
		t.Errorf("ExcelJS read %+v", got)
	}
}
