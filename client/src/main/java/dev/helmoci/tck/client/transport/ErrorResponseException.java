package dev.helmoci.tck.client.transport;

import dev.helmoci.tck.client.internal.golang.HttpStatus;
import dev.helmoci.tck.client.internal.golang.Strconv;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A registry or token server answered with an unexpected status. The message is oras-go's {@code
 * errcode.ErrorResponse}: {@code <METHOD> "<url>": response status code <n>: <code>: <message>[:
 * <detail>]}, or the HTTP status text when the body carried no OCI errors.
 */
public final class ErrorResponseException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String method;
  private final String url;
  private final int statusCode;
  private final transient List<OciError> errors;

  public ErrorResponseException(String method, String url, int statusCode, List<OciError> errors) {
    super(render(method, url, statusCode, errors));
    this.method = method;
    this.url = url;
    this.statusCode = statusCode;
    this.errors = List.copyOf(errors);
  }

  public String method() {
    return method;
  }

  public String url() {
    return url;
  }

  public int statusCode() {
    return statusCode;
  }

  public List<OciError> errors() {
    return errors;
  }

  /** True when one of the OCI errors has this code (e.g. {@code NAME_UNKNOWN}). */
  public boolean hasCode(String code) {
    return errors.stream().anyMatch(e -> e.code().equals(code));
  }

  private static String render(String method, String url, int status, List<OciError> errors) {
    String detail =
        errors.isEmpty()
            ? HttpStatus.text(status)
            : errors.stream().map(OciError::render).collect(Collectors.joining("; "));
    return method + " " + Strconv.quote(url) + ": response status code " + status + ": " + detail;
  }
}
