package dev.helmoci.tck.client.internal.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML loading the way Helm's {@code sigs.k8s.io/yaml} sees it: YAML 1.1 scalars, but no timestamp
 * conversion, and scalars bound to Go {@code string} fields keep a Go-formatted text.
 */
public final class GoYaml {
  private GoYaml() {}

  static Object load(byte[] data) {
    GoYamlInput.check(data);
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    // go-yaml v2 lets a later duplicate key win without a word; SnakeYAML would log a warning to
    // stderr.
    options.setWarnOnDuplicateKeys(false);
    options.setMaxAliasesForCollections(
        Integer.MAX_VALUE); // Go's own budget applies instead (GoYamlAliases)
    // yaml.Unmarshal decodes the first document only; later ones are not even parsed fully.
    String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
    GoYamlConstructor constructor = new GoYamlConstructor(options);
    Yaml yaml =
        new Yaml(
            constructor,
            new Representer(new DumperOptions()),
            new DumperOptions(),
            options,
            new GoResolver());
    try {
      java.util.Iterator<Node> documents =
          yaml.composeAll(new java.io.StringReader(text)).iterator();
      if (!documents.hasNext()) {
        return null;
      }
      Node document = documents.next();
      GoYamlAliases.check(document);
      return constructor.document(document);
    } catch (org.yaml.snakeyaml.error.MarkedYAMLException e) {
      throw new IllegalArgumentException(GoYamlErrors.describe(e, text), e);
    }
  }

  /** The JSON type name Go reports in "cannot unmarshal X into …" errors. */
  static String jsonType(Object value) {
    if (value instanceof String) {
      return "string";
    } else if (value instanceof Number) {
      return "number";
    } else if (value instanceof Boolean) {
      return "bool";
    } else if (value instanceof List) {
      return "array";
    } else if (value instanceof Map) {
      return "object";
    }
    return "null";
  }

  /**
   * How sigs.k8s.io/yaml turns a YAML scalar into the text of a Go string field ({@code
   * convertToJSONableObject}): integers in decimal, floats with {@code strconv.FormatFloat(f, 'g',
   * -1, 32)}.
   */
  static String scalarText(Object value) {
    if (value instanceof Double d) {
      return goFloat32(d);
    }
    return value.toString();
  }

  // FormatFloat(f, 'g', -1, 32): the shortest decimal that reads back as the same float32, in %e
  // form
  // when its exponent is < -4 or >= 6 (shortest 'g' uses precision 6 for that choice).
  static String goFloat32(double value) {
    float f = (float) value;
    if (Float.isNaN(f)) {
      return "NaN";
    }
    if (Float.isInfinite(f)) {
      return f > 0 ? "+Inf" : "-Inf";
    }
    if (f == 0) {
      return (1 / f < 0) ? "-0" : "0";
    }
    BigDecimal exact = new BigDecimal(f);
    BigDecimal shortest = exact;
    for (int digits = 1; digits <= 9; digits++) {
      BigDecimal candidate =
          exact.round(new java.math.MathContext(digits, java.math.RoundingMode.HALF_EVEN));
      if (candidate.floatValue() == f) {
        shortest = candidate;
        break;
      }
    }
    return gFormat(shortest.stripTrailingZeros(), 6);
  }

  // strconv.FormatFloat(f, 'g', -1, 64), what go-yaml's encoder writes for a float64.
  static String goFloat(double f) {
    if (Double.isNaN(f)) {
      return "NaN";
    }
    if (Double.isInfinite(f)) {
      return f > 0 ? "+Inf" : "-Inf";
    }
    if (f == 0) {
      return (1 / f < 0) ? "-0" : "0";
    }
    return gFormat(new BigDecimal(Double.toString(f)).stripTrailingZeros(), 6);
  }

  private static String gFormat(BigDecimal d, int exponentLimit) {
    int exp = d.precision() - d.scale() - 1;
    if (exp < -4 || exp >= exponentLimit) {
      String digits = d.unscaledValue().abs().toString();
      String mantissa =
          digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      String sign = d.signum() < 0 ? "-" : "";
      return sign
          + mantissa
          + "e"
          + (exp < 0 ? "-" : "+")
          + (Math.abs(exp) < 10 ? "0" : "")
          + Math.abs(exp);
    }
    return d.toPlainString();
  }

  // go-yaml v2 also reads y/Y/n/N as booleans (YAML 1.1's full set); snakeyaml does not.
  private static final Pattern GO_BOOL =
      Pattern.compile(
          "^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$");

  private static final class GoYamlConstructor extends SafeConstructor {
    GoYamlConstructor(LoaderOptions options) {
      super(options);
      yamlConstructors.put(
          Tag.BOOL,
          new AbstractConstruct() {
            @Override
            public Object construct(Node node) {
              String v = constructScalar((ScalarNode) node).toLowerCase(java.util.Locale.ROOT);
              return v.equals("y") || v.equals("yes") || v.equals("true") || v.equals("on");
            }
          });
      // Go integer syntax (0o17, 0x1F, 0b101, 017, 1_000); beyond int64, uint64 (a BigInteger).
      yamlConstructors.put(
          Tag.INT,
          new AbstractConstruct() {
            @Override
            public Object construct(Node node) {
              return GoYamlResolver.integer(constructScalar((ScalarNode) node));
            }
          });
      yamlConstructors.put(
          Tag.FLOAT,
          new AbstractConstruct() {
            @Override
            public Object construct(Node node) {
              String v = constructScalar((ScalarNode) node);
              String lower = v.toLowerCase(java.util.Locale.ROOT);
              if (lower.endsWith(".inf")) {
                return v.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
              }
              return lower.equals(".nan") ? Double.NaN : Double.parseDouble(v.replace("_", ""));
            }
          });
      // decode.go: base64.StdEncoding over the text (which ignores line breaks), the bytes become a
      // string.
      yamlConstructors.put(
          Tag.BINARY,
          new AbstractConstruct() {
            @Override
            public Object construct(Node node) {
              String text = constructScalar((ScalarNode) node).replace("\r", "").replace("\n", "");
              try {
                if (text.length() % 4
                    != 0) { // Go's StdEncoding requires the padding Java's decoder lets go
                  throw new IllegalArgumentException("unpadded");
                }
                return new String(
                    java.util.Base64.getDecoder().decode(text),
                    java.nio.charset.StandardCharsets.UTF_8);
              } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                    "error converting YAML to JSON: yaml: !!binary value contains invalid base64 data",
                    e);
              }
            }
          });
      // "<<" merges only as a mapping key (go-yaml's isMerge); anywhere else it is the string "<<".
      yamlConstructors.put(
          Tag.MERGE,
          new AbstractConstruct() {
            @Override
            public Object construct(Node node) {
              return constructScalar((ScalarNode) node);
            }
          });
    }

    Object document(Node node) {
      return constructDocument(node);
    }

    // decode.go, d.mapping: a sequence or mapping as a key fails the decode.
    @Override
    protected void constructMapping2ndStep(
        org.yaml.snakeyaml.nodes.MappingNode node, Map<Object, Object> mapping) {
      super.constructMapping2ndStep(node, mapping);
      for (Object key : mapping.keySet()) {
        if (key instanceof List || key instanceof Map) {
          throw new IllegalArgumentException(
              "error converting YAML to JSON: yaml: invalid map key: " + GoSyntax.of(key));
        }
      }
    }
  }

  /**
   * Plain scalars typed by go-yaml v2's {@code resolve} ({@link GoYamlResolver}): YAML 1.1 booleans
   * with y/n, Go integer syntax, no base-60, timestamps kept as strings; quoted scalars are
   * strings.
   */
  private static final class GoResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      // resolve() below decides; SnakeYAML's YAML 1.1 patterns (base 60, no 0o) are not Go's.
    }

    @Override
    public Tag resolve(org.yaml.snakeyaml.nodes.NodeId kind, String value, boolean implicit) {
      if (kind != org.yaml.snakeyaml.nodes.NodeId.scalar || !implicit) {
        return super.resolve(kind, value, implicit);
      }
      if (value.equals("<<")) {
        return Tag.MERGE;
      }
      return switch (GoYamlResolver.resolve(value)) {
        case BOOL -> Tag.BOOL;
        case NULL -> Tag.NULL;
        case INT -> Tag.INT;
        case FLOAT -> Tag.FLOAT;
        default -> Tag.STR; // a timestamp decoded into interface{} stays its text (decode.go)
      };
    }
  }
}
