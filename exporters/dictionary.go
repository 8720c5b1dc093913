package exporters

import (
	"fmt"
	"strings"
)

// DictionaryMarkdown renders the data dictionary (every table and column
// of Tables) as Markdown, for the README.
func DictionaryMarkdown() string {
	var b strings.Builder
	for _, t := range Tables {
		fmt.Fprintf(&b, "### `%s`\n\n%s Primary key: `%s`.", t.Name, t.Description, t.PrimaryKey)
		if len(t.ForeignKeys) > 0 {
			var fks []string
			for _, fk := range t.ForeignKeys {
				fks = append(fks, fmt.Sprintf("`%s` → `%s.%s`", fk.Column, fk.Table, fk.RefColumns))
			}
			fmt.Fprintf(&b, " References: %s.", strings.Join(fks, ", "))
		}
		b.WriteString("\n\n| column | type | meaning |\n|---|---|---|\n")
		for _, c := range t.Columns {
			fmt.Fprintf(&b, "| `%s` | %s | %s |\n", c.Name, c.Type, strings.ReplaceAll(c.Description, "|", "\\|"))
		}
		b.WriteString("\n")
	}
	return b.String()
}
