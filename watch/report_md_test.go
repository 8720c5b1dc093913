package watch

import (
	"strings"
	"testing"
)

// TestMarkdownNamesTheHolder: an alert that passes the office from one
// person to another says "from" and "to"; one about a single holder (a
// term that ended with no successor named) says "holder", in the Markdown
// report and the feed alike.
func TestMarkdownNamesTheHolder(t *testing.T) {
	suzuki := &Person{ID: "naomichi-suzuki", NameEN: "Naomichi Suzuki"}
	sato := &Person{ID: "kenji-sato", NameEN: "Kenji Sato"}
	md := Markdown(Report{Run: 2, Checked: 1, Changed: 1, Changes: []storedChange{
		{Change: Change{Kind: KindTermEnded, Headline: "Governor of Hokkaido: Naomichi Suzuki's term ended", To: suzuki}},
		{Change: Change{Kind: KindIncumbentChanged, Headline: "Governor of Hokkaido: Kenji Sato succeeded Naomichi Suzuki", From: suzuki, To: sato}},
	}})
	ended, succession, _ := strings.Cut(md[strings.Index(md, "\n## "):], "\n## Governor of Hokkaido: Kenji Sato")
	if !strings.Contains(ended, "- holder: Naomichi Suzuki") || strings.Contains(ended, "- to:") {
		t.Errorf("the term-ended alert does not name its holder as such:\n%s", ended)
	}
	if !strings.Contains(succession, "- from: Naomichi Suzuki") || !strings.Contains(succession, "- to: Kenji Sato") {
		t.Errorf("the succession does not say from and to:\n%s", succession)
	}
	feed := changeHTML(storedChange{Change: Change{Kind: KindTermEnded, Headline: "x", To: suzuki}})
	if !strings.Contains(feed, "<li>holder: Naomichi Suzuki</li>") {
		t.Errorf("the feed entry does not name the holder as such: %s", feed)
	}
}
