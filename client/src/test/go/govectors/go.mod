module govectors

go 1.22

require github.com/opencontainers/go-digest v1.0.0
