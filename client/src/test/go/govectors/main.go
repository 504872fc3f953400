// Prints what real Go answers for the inputs GoVectorsIT sends: one JSON object a line in
// ({"kind": ..., "input": ...}), the same object with "output" added out. Kinds: quote (strconv.Quote),
// clean (path.Clean), queryEscape (url.QueryEscape), values (url.ParseQuery, then Encode), json
// (encoding/json Marshal of a string), rfc3339 ("<unix seconds> <zone>" formatted with time.RFC3339),
// status (http.StatusText of a code), digest (go-digest v1.0.0 Parse: its error text, or "").
package main

import (
	"bufio"
	// go-digest v1.0.0 treats an algorithm whose hash is not linked in as unavailable, and then judges a digest by
	// its general pattern only. Real helm answers as it does with both linked in (helm pull of
	// oci://h/r@sha256:abc! says "invalid checksum digest length", helm 3.22.0 and 4.3.1).
	_ "crypto/sha256"
	_ "crypto/sha512"
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"path"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata"

	"github.com/opencontainers/go-digest"
)

type vector struct {
	Kind   string `json:"kind"`
	Input  string `json:"input"`
	Output string `json:"output"`
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for in.Scan() {
		var v vector
		if err := json.Unmarshal(in.Bytes(), &v); err != nil {
			panic(err)
		}
		switch v.Kind {
		case "quote":
			v.Output = strconv.Quote(v.Input)
		case "clean":
			v.Output = path.Clean(v.Input)
		case "queryEscape":
			v.Output = url.QueryEscape(v.Input)
		case "values":
			values, _ := url.ParseQuery(v.Input) // the pairs Go keeps when some are malformed
			v.Output = values.Encode()
		case "json":
			b, err := json.Marshal(v.Input)
			if err != nil {
				panic(err)
			}
			v.Output = string(b)
		case "rfc3339":
			fields := strings.Fields(v.Input)
			seconds, err := strconv.ParseInt(fields[0], 10, 64)
			if err != nil {
				panic(err)
			}
			zone, err := time.LoadLocation(fields[1])
			if err != nil {
				panic(err)
			}
			v.Output = time.Unix(seconds, 0).In(zone).Format(time.RFC3339)
		case "status":
			code, err := strconv.Atoi(v.Input)
			if err != nil {
				panic(err)
			}
			v.Output = http.StatusText(code)
		case "digest":
			if _, err := digest.Parse(v.Input); err != nil {
				v.Output = err.Error()
			}
		default:
			panic("unknown kind " + v.Kind)
		}
		enc.Encode(v)
	}
}
