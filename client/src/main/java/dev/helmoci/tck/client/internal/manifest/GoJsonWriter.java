package dev.helmoci.tck.client.internal.manifest;

import dev.helmoci.tck.client.internal.chart.GoStringOrder;
import dev.helmoci.tck.client.internal.golang.JsonString;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes JSON byte-for-byte as Go's {@code encoding/json} {@code Marshal}: no whitespace, HTML-safe
 * escaping of {@code < > &}, U+2028/U+2029 escaped, unpaired surrogates as U+FFFD, map keys sorted,
 * float64 number formatting. Callers emit struct fields in Go field order.
 */
public final class GoJsonWriter {
  private final StringBuilder out = new StringBuilder();
  private boolean needsComma;

  public GoJsonWriter beginObject() {
    separate();
    out.append('{');
    needsComma = false;
    return this;
  }

  public GoJsonWriter endObject() {
    out.append('}');
    needsComma = true;
    return this;
  }

  public GoJsonWriter beginArray() {
    separate();
    out.append('[');
    needsComma = false;
    return this;
  }

  public GoJsonWriter endArray() {
    out.append(']');
    needsComma = true;
    return this;
  }

  public GoJsonWriter name(String name) {
    separate();
    appendString(name);
    out.append(':');
    needsComma = false;
    return this;
  }

  public GoJsonWriter value(String s) {
    separate();
    appendString(s);
    needsComma = true;
    return this;
  }

  public GoJsonWriter value(long n) {
    separate();
    out.append(n);
    needsComma = true;
    return this;
  }

  public GoJsonWriter value(boolean b) {
    separate();
    out.append(b);
    needsComma = true;
    return this;
  }

  /** A dynamically typed value as Go marshals {@code interface{}} decoded from JSON/YAML. */
  public GoJsonWriter anyValue(Object v) {
    if (v == null) {
      separate();
      out.append("null");
      needsComma = true;
    } else if (v instanceof String s) {
      value(s);
    } else if (v instanceof Boolean b) {
      value(b.booleanValue());
    } else if (v instanceof Number n) {
      separate();
      out.append(float64(n.doubleValue()));
      needsComma = true;
    } else if (v instanceof Map<?, ?> map) {
      Map<String, Object> sorted = new TreeMap<>(GoStringOrder.INSTANCE);
      map.forEach((k, val) -> sorted.put(String.valueOf(k), val));
      beginObject();
      sorted.forEach((k, val) -> name(k).anyValue(val));
      endObject();
    } else if (v instanceof List<?> list) {
      beginArray();
      list.forEach(this::anyValue);
      endArray();
    } else {
      value(v.toString());
    }
    return this;
  }

  /** A {@code map[string]string}, keys sorted. */
  public GoJsonWriter stringMap(Map<String, String> map) {
    beginObject();
    sortedByGo(map).forEach((k, v) -> name(k).value(v));
    return endObject();
  }

  public byte[] toBytes() {
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void separate() {
    if (needsComma) {
      out.append(',');
    }
  }

  private void appendString(String s) {
    JsonString.append(s, out);
  }

  // encoding/json floatEncoder: 'f' format, or 'e' outside [1e-6, 1e21), exponent without padding.
  public static String float64(double f) {
    if (f == 0) {
      return (1 / f < 0) ? "-0" : "0";
    }
    BigDecimal d = new BigDecimal(Double.toString(f)).stripTrailingZeros();
    double abs = Math.abs(f);
    if (abs >= 1e-6 && abs < 1e21) {
      return d.toPlainString();
    }
    int exp = d.precision() - d.scale() - 1;
    BigInteger unscaled = d.unscaledValue().abs();
    String digits = unscaled.toString();
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return (f < 0 ? "-" : "") + mantissa + "e" + (exp < 0 ? "-" : "+") + Math.abs(exp);
  }

  private static <V> Map<String, V> sortedByGo(Map<String, V> map) {
    Map<String, V> out = new TreeMap<>(GoStringOrder.INSTANCE);
    out.putAll(map);
    return out;
  }
}
