module gengold

go 1.26.0

require (
	github.com/Masterminds/semver/v3 v3.5.0
	helm.sh/helm/v3 v3.22.0
	oras.land/oras-go/v2 v2.6.2
	sigs.k8s.io/yaml v1.6.0
)

require (
	github.com/opencontainers/go-digest v1.0.0 // indirect
	github.com/opencontainers/image-spec v1.1.1 // indirect
	github.com/pkg/errors v0.9.1 // indirect
	go.yaml.in/yaml/v2 v2.4.4 // indirect
	golang.org/x/sync v0.22.0 // indirect
	k8s.io/client-go v0.37.0 // indirect
)
