/**
 * Where Helm keeps registry credentials: Docker-format {@code config.json} files ({@link
 * dev.helmoci.tck.client.internal.credentials.DockerConfigFile}), credential helpers ({@link
 * dev.helmoci.tck.client.internal.credentials.NativeCredentialHelper}) and Helm's store with its
 * Docker fallback ({@link dev.helmoci.tck.client.internal.credentials.HelmCredentialStore}), all
 * resolved from an explicit environment map.
 */
package dev.helmoci.tck.client.credentials;
