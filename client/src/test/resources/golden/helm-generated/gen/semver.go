package main

import (
	"encoding/json"
	"sort"
	"strings"

	"github.com/Masterminds/semver/v3"
	"helm.sh/helm/v3/pkg/registry"
)

type semverCase struct {
	Kind    string   `json:"kind"`
	Input   string   `json:"input"`
	Tags    []string `json:"tags,omitempty"`
	Sorted  []string `json:"sorted,omitempty"`
	Result  string   `json:"result,omitempty"`
	String  string   `json:"string,omitempty"`
	Error   string   `json:"error,omitempty"`
}

// helmTags repeats the post-processing lines of Helm's Client.Tags around the real semver library.
func helmTags(raw []string) []string {
	var vs []*semver.Version
	for _, t := range raw {
		v, err := semver.StrictNewVersion(strings.ReplaceAll(t, "_", "+"))
		if err == nil {
			vs = append(vs, v)
		}
	}
	sort.Sort(sort.Reverse(semver.Collection(vs)))
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = v.String()
	}
	return out
}

func semverLine(line []byte) []byte {
	var c semverCase
	if err := json.Unmarshal(line, &c); err != nil {
		panic(err)
	}
	switch c.Kind {
	case "strict":
		v, err := semver.StrictNewVersion(c.Input)
		if err != nil {
			c.Error = err.Error()
		} else {
			c.String = v.String()
		}
	case "lenient":
		v, err := semver.NewVersion(c.Input)
		if err != nil {
			c.Error = err.Error()
		} else {
			c.String = v.String()
		}
	case "constraint":
		k, err := semver.NewConstraint(c.Input)
		if err != nil {
			c.Error = err.Error()
		} else {
			c.String = k.String()
		}
	case "resolve":
		c.Sorted = helmTags(c.Tags)
		r, err := registry.GetTagMatchingVersionOrConstraint(c.Sorted, c.Input)
		if err != nil {
			c.Error = err.Error()
		} else {
			c.Result = r
		}
	}
	b, _ := json.Marshal(c)
	return b
}
