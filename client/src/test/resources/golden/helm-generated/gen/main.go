// Generates golden JSONL from the real Helm v3.22.0 loader and oras-go v2.6.2 ParseReference.
package main

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"unicode"

	"helm.sh/helm/v3/pkg/chart/loader"
	"oras.land/oras-go/v2/registry"
)

type chartCase struct {
	ChartYaml        string  `json:"chartYaml"`
	RequirementsYaml *string `json:"requirementsYaml,omitempty"`
	Config           string  `json:"config,omitempty"`
	Error            string  `json:"error,omitempty"`
}

type refCase struct {
	Input      string `json:"input"`
	Registry   string `json:"registry,omitempty"`
	Repository string `json:"repository,omitempty"`
	Reference  string `json:"reference,omitempty"`
	Error      string `json:"error,omitempty"`
}

func main() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	mode := os.Args[1]
	if mode == "unicode" {
		printRanges(out)
		return
	}
	if mode == "unicode-letter" {
		writeRanges(out, "unicode.IsLetter", unicode.IsLetter)
		return
	}
	if mode == "unicode-digit" {
		writeRanges(out, "unicode.IsDigit", unicode.IsDigit)
		return
	}
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	for in.Scan() {
		line := in.Text()
		if strings.TrimSpace(line) == "" {
			continue
		}
		switch mode {
		case "ref":
			var s string
			if err := json.Unmarshal([]byte(line), &s); err != nil {
				panic(err)
			}
			r, err := registry.ParseReference(s)
			c := refCase{Input: s}
			if err != nil {
				c.Error = err.Error()
			} else {
				c.Registry, c.Repository, c.Reference = r.Registry, r.Repository, r.Reference
			}
			enc.Encode(c)
		case "yaml":
			enc.Encode(yamlMarshal(line))
		case "semver":
			out.Write(semverLine([]byte(line)))
			out.WriteString("\n")
		case "chart":
			var c chartCase
			if err := json.Unmarshal([]byte(line), &c); err != nil {
				panic(err)
			}
			files := []*loader.BufferedFile{{Name: "Chart.yaml", Data: []byte(c.ChartYaml)}}
			if c.RequirementsYaml != nil {
				files = append(files, &loader.BufferedFile{Name: "requirements.yaml", Data: []byte(*c.RequirementsYaml)})
			}
			ch, err := loader.LoadFiles(files)
			if err != nil {
				c.Error = err.Error()
			} else {
				b, err := json.Marshal(ch.Metadata)
				if err != nil {
					panic(err)
				}
				c.Config = string(b)
			}
			enc.Encode(c)
		}
	}
}
