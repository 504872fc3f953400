/**
 * oras-go's auth client as an OkHttp interceptor: {@link
 * dev.helmoci.tck.client.internal.auth.Challenge} parsing, {@link
 * dev.helmoci.tck.client.internal.auth.Scopes} merging, Basic / Bearer (GET) / OAuth2 (POST) flows,
 * realm checks and a {@link dev.helmoci.tck.client.auth.TokenCache} keyed by host and scope set.
 * Credentials come from a {@link dev.helmoci.tck.client.auth.CredentialProvider}; requests carry
 * the scopes they need as a {@link dev.helmoci.tck.client.internal.auth.RequestScopes} tag.
 */
package dev.helmoci.tck.client.auth;
