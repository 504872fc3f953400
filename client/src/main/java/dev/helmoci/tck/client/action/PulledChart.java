package dev.helmoci.tck.client.action;

import dev.helmoci.tck.client.chart.ChartMetadata;
import dev.helmoci.tck.client.reference.Digest;
import java.util.Optional;

/**
 * What a pull fetched: the reference as Helm prints it, the root manifest digest (the index's when
 * the tag names an index), the config's metadata, and the chart and provenance bytes asked for.
 */
public record PulledChart(
    String ref,
    Digest manifestDigest,
    ChartMetadata metadata,
    Optional<byte[]> chart,
    Optional<byte[]> provenance) {}
