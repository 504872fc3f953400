package dev.helmoci.tck.client.transport;

import java.util.Locale;

/**
 * One entry of the OCI error envelope {@code {"errors":[{code,message,detail}]}}.
 *
 * @param detail the {@code detail} value rendered like Go's {@code %v}, or null when absent
 */
public record OciError(String code, String message, String detail) {

  /** oras-go's rendering: code lower-cased with {@code _} as space, then message and detail. */
  public String render() {
    String lowered = code.replace('_', ' ').toLowerCase(Locale.ROOT);
    if (message.isEmpty()) {
      return lowered;
    }
    return detail == null ? lowered + ": " + message : lowered + ": " + message + ": " + detail;
  }
}
