/**
 * The registry operations Helm uses, one class per operation behind a single sender, exposed
 * through {@link dev.helmoci.tck.client.registry.RegistryClient}. Content is described by {@link
 * dev.helmoci.tck.client.registry.BlobDescriptor}, uploaded from a {@link
 * dev.helmoci.tck.client.registry.BlobSource} and verified while streaming.
 */
package dev.helmoci.tck.client.registry;
