/**
 * Go's {@code time.Local} for the client: the zone Go's runtime picks from {@code TZ} and the TZif
 * files it reads (the system's zoneinfo, then {@code $GOROOT/lib/time/zoneinfo.zip}), so the {@code
 * created} annotation helm writes from a chart's modification time comes out the same. Java's
 * bundled tzdb differs from the system data Go reads (Debian's tzdata keeps pre-1970 history of
 * merged zones, and knows zones newer than the JDK).
 */
package dev.helmoci.tck.client.internal.zoneinfo;
