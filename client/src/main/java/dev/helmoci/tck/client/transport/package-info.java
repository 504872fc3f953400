/**
 * The HTTP stack Helm's registry client runs on: {@link
 * dev.helmoci.tck.client.transport.TransportOptions} (TLS flags, plain HTTP, timeouts, emulated
 * Helm version, proxies, retry policy, observer) builds one {@link
 * dev.helmoci.tck.client.transport.RegistryTransport}. Every exchange that reaches the network is
 * reported, secrets redacted, to an {@link dev.helmoci.tck.client.transport.ExchangeObserver}. HTTP
 * error statuses become {@link dev.helmoci.tck.client.transport.ErrorResponseException} with
 * oras-go's text.
 */
package dev.helmoci.tck.client.transport;
