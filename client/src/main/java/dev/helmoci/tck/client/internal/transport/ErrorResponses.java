package dev.helmoci.tck.client.internal.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helmoci.tck.client.transport.ErrorResponseException;
import dev.helmoci.tck.client.transport.OciError;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Turns an unexpected response into an {@link ErrorResponseException}, reading at most 8 KiB of the
 * body as oras-go's {@code errutil.ParseErrorResponse} does. Closes the response.
 */
public final class ErrorResponses {
  static final int MAX_ERROR_BYTES = 8 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  private ErrorResponses() {}

  public static ErrorResponseException from(Response response) {
    try (response) {
      List<OciError> errors = List.of();
      ResponseBody body = response.body();
      if (body != null) {
        errors = parse(body.byteStream());
      }
      return new ErrorResponseException(
          response.request().method(),
          response.request().url().toString(),
          response.code(),
          errors);
    }
  }

  static List<OciError> parse(InputStream in) {
    try {
      byte[] bytes = in.readNBytes(MAX_ERROR_BYTES);
      JsonNode root = JSON.readTree(bytes);
      JsonNode array = root == null ? null : root.get("errors");
      if (array == null || !array.isArray()) {
        return List.of();
      }
      List<OciError> out = new ArrayList<>();
      for (JsonNode e : array) {
        JsonNode detail = e.get("detail");
        out.add(
            new OciError(
                text(e.get("code")),
                text(e.get("message")),
                detail == null || detail.isNull() ? null : goValue(detail)));
      }
      return out;
    } catch (IOException | RuntimeException e) {
      return List.of(); // not JSON, truncated or oddly shaped: fall back to the status text
    }
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? "" : node.asText();
  }

  /** Go's {@code %v} of a value decoded into {@code any}: maps sorted, slices in brackets. */
  static String goValue(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonNode> sorted = new TreeMap<>();
      node.properties().forEach(f -> sorted.put(f.getKey(), f.getValue()));
      StringBuilder out = new StringBuilder("map[");
      sorted.forEach(
          (k, v) ->
              out.append(out.length() > 4 ? " " : "").append(k).append(':').append(goValue(v)));
      return out.append(']').toString();
    }
    if (node.isArray()) {
      StringBuilder out = new StringBuilder("[");
      for (JsonNode v : node) {
        out.append(out.length() > 1 ? " " : "").append(goValue(v));
      }
      return out.append(']').toString();
    }
    if (node.isNull()) {
      return "<nil>";
    }
    if (node.isNumber()) {
      double d = node.asDouble();
      return d == Math.rint(d) && Math.abs(d) < 1e21 ? Long.toString((long) d) : Double.toString(d);
    }
    return node.asText();
  }
}
