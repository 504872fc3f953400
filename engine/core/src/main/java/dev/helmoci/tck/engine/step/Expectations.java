package dev.helmoci.tck.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helmoci.tck.engine.yaml.Problems;
import dev.helmoci.tck.engine.yaml.Scalars;
import dev.helmoci.tck.engine.yaml.YamlMapping;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The checks of an {@code expect} (also {@code retry.until} and {@code unsupportedIf}) block:
 * {@code status}, {@code headers}, {@code digest}, {@code bytes} ({@code sha256}, {@code size}),
 * {@code body}, {@code json} (JSON Pointer → value), {@code error}, {@code output}, {@code tags},
 * and {@code fields} (any observed field).
 */
public final class Expectations {

  static final List<String> KEYS =
      List.of(
          "status", "headers", "digest", "bytes", "body", "json", "error", "output", "tags",
          "fields");

  public static final Expectations NONE = new Expectations(List.of(), false);

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final List<Check> checks;
  private final boolean expectsError;

  private Expectations(List<Check> checks, boolean expectsError) {
    this.checks = List.copyOf(checks);
    this.expectsError = expectsError;
  }

  /** Whether the block says an error is the expected answer ({@code error:}). */
  public boolean expectsError() {
    return expectsError;
  }

  public boolean isEmpty() {
    return checks.isEmpty();
  }

  /** Every way {@code observation} misses these expectations; empty when it meets them all. */
  public List<String> mismatches(Observation observation, UnaryOperator<String> interpolate) {
    List<String> result = new ArrayList<>();
    for (Check check : checks) {
      check.mismatch(observation, interpolate).ifPresent(result::add);
    }
    return result;
  }

  public static Expectations parse(YamlMapping block) {
    block.allowOnly(KEYS);
    Problems problems = block.problems();
    List<Check> checks = new ArrayList<>();
    block.value("status").ifPresent(node -> status(node, block).ifPresent(checks::add));
    block
        .mapping("headers")
        .ifPresent(
            headers -> {
              for (String name : headers.keys()) {
                headers
                    .value(name)
                    .flatMap(node -> TextMatcher.parse(node, "header '" + name + "'", problems))
                    .ifPresent(
                        m ->
                            checks.add(
                                (o, i) ->
                                    m.mismatch(
                                        "header " + name,
                                        o.headers(name).stream().findFirst(),
                                        i)));
              }
            });
    field(block, "digest", "digest", checks);
    block
        .mapping("bytes")
        .ifPresent(
            bytes -> {
              bytes.allowOnly(List.of("sha256", "size"));
              field(bytes, "sha256", "sha256", checks);
              field(bytes, "size", "size", checks);
            });
    field(block, "body", "body", checks);
    field(block, "error", "error", checks);
    field(block, "output", "output", checks);
    field(block, "tags", "tags", checks);
    block
        .mapping("fields")
        .ifPresent(
            fields -> {
              for (String name : fields.keys()) {
                field(fields, name, name, checks);
              }
            });
    block
        .mapping("json")
        .ifPresent(
            json -> {
              for (String pointer : json.keys()) {
                if (!pointer.isEmpty() && !pointer.startsWith("/")) {
                  problems.add(
                      json.value(pointer).orElse(json.node()),
                      "JSON Pointer '" + pointer + "' must start with '/', as in /tags/0");
                  continue;
                }
                json.value(pointer)
                    .ifPresent(node -> checks.add((o, i) -> json(o, pointer, node, i)));
              }
            });
    return new Expectations(checks, block.keys().contains("error"));
  }

  private static Optional<Check> status(Node node, YamlMapping block) {
    List<Integer> allowed = new ArrayList<>();
    List<Node> items = Scalars.text(node).isPresent() ? List.of(node) : block.sequence("status");
    for (Node item : items) {
      Optional<Integer> code = Scalars.text(item).flatMap(Expectations::code);
      if (code.isEmpty()) {
        block
            .problems()
            .add(
                item,
                "'status' must be an HTTP status code (100-599) or a list of them, found "
                    + Scalars.describe(item));
        return Optional.empty();
      }
      allowed.add(code.get());
    }
    return Optional.of(
        (o, i) -> {
          Optional<Integer> actual = o.status();
          if (actual.isEmpty()) {
            return Optional.of("expected status " + allowed + " but the step made no HTTP request");
          }
          return allowed.contains(actual.get())
              ? Optional.empty()
              : Optional.of(
                  "expected status "
                      + (allowed.size() == 1 ? allowed.get(0) : "one of " + allowed)
                      + " but was "
                      + actual.get());
        });
  }

  private static Optional<Integer> code(String text) {
    try {
      int code = Integer.parseInt(text.trim());
      return code >= 100 && code <= 599 ? Optional.of(code) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void field(YamlMapping block, String key, String field, List<Check> checks) {
    block
        .value(key)
        .flatMap(
            node -> TextMatcher.parse(node, "'" + key + "' in " + block.what(), block.problems()))
        .ifPresent(matcher -> checks.add((o, i) -> matcher.mismatch(field, o.field(field), i)));
  }

  private static Optional<String> json(
      Observation observation, String pointer, Node expected, UnaryOperator<String> interpolate) {
    Optional<byte[]> body = observation.body();
    if (body.isEmpty()) {
      return Optional.of("expected a JSON body for " + pointer + " but there was no body");
    }
    JsonNode document;
    try {
      document = MAPPER.readTree(body.get());
    } catch (IOException e) {
      return Optional.of(
          "expected a JSON body for " + pointer + " but it is not JSON: " + e.getMessage());
    }
    JsonNode actual = document == null ? null : document.at(pointer);
    JsonNode want = JsonValues.toJson(expected, interpolate);
    if (actual == null || actual.isMissingNode()) {
      return Optional.of("expected JSON " + pointer + " to be " + want + " but it is missing");
    }
    boolean equal =
        want.isNumber() && actual.isNumber()
            ? want.decimalValue().compareTo(actual.decimalValue()) == 0
            : want.equals(actual);
    return equal
        ? Optional.empty()
        : Optional.of("expected JSON " + pointer + " to be " + want + " but was " + actual);
  }

  /** One check: why the observation misses it, if it does. */
  @FunctionalInterface
  interface Check {
    Optional<String> mismatch(Observation observation, UnaryOperator<String> interpolate);
  }
}
