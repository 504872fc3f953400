package main

import (
	"encoding/json"

	"sigs.k8s.io/yaml"
)

type yamlCase struct {
	Input json.RawMessage `json:"input"`
	Yaml  string          `json:"yaml,omitempty"`
	Error string          `json:"error,omitempty"`
}

// yamlMarshal is what Helm's `show chart` does to the metadata's JSON: sigs.k8s.io/yaml.Marshal of the
// decoded value (JSON, then go-yaml v2's emitter).
func yamlMarshal(line string) yamlCase {
	var v interface{}
	if err := json.Unmarshal([]byte(line), &v); err != nil {
		panic(err)
	}
	c := yamlCase{Input: json.RawMessage(line)}
	out, err := yaml.Marshal(v)
	if err != nil {
		c.Error = err.Error()
	} else {
		c.Yaml = string(out)
	}
	return c
}
