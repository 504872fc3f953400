/**
 * The client's implementation, not its API: everything under {@code internal} may change in any
 * release, as OkHttp says of {@code okhttp3.internal}. The public surface is the packages beside
 * this one, recorded in {@code client/api/helm-oci-tck-client.api} and checked by {@code
 * ApiDumpTest}. The {@code helm-oci} command ({@code internal.cli}) is an application built on that
 * surface, so it lives here too: its Java types are no one's API, its command line is.
 */
package dev.helmoci.tck.client.internal;
