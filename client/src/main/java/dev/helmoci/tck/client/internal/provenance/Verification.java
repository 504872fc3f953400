package dev.helmoci.tck.client.internal.provenance;

/**
 * A successful provenance check, with what {@code helm verify} prints.
 *
 * @param signedBy the signer's first user ID ({@code Signed by: …})
 * @param fingerprint the primary key fingerprint, upper-case hex ({@code Using Key With
 *     Fingerprint: …})
 * @param fileHash {@code sha256:<hex>} of the chart ({@code Chart Hash Verified: …})
 * @param fileName the chart file name recorded in the provenance
 */
public record Verification(String signedBy, String fingerprint, String fileHash, String fileName) {}
