package dev.helmoci.tck.client.chart;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.resolver.Resolver;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * YAML loading the way Helm's {@code sigs.k8s.io/yaml} sees it: YAML 1.1 scalars, but no timestamp
 * conversion, and scalars bound to Go {@code string} fields keep a Go-formatted text.
 */
final class GoYaml {
  private GoYaml() {}

  static Object load(byte[] data) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    Yaml yaml = new Yaml(new GoYamlConstructor(options), new Representer(new DumperOptions()),
        new DumperOptions(), options, new NoTimestampResolver());
    return yaml.load(new String(data, java.nio.charset.StandardCharsets.UTF_8));
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

  /** How sigs.k8s.io/yaml turns a YAML scalar into the text of a Go string field. */
  static String scalarText(Object value) {
    if (value instanceof Double d) {
      return goFloat(d);
    }
    return value.toString();
  }

  // strconv.FormatFloat(f, 'g', -1, 64): shortest digits, exponent form when exp < -4 || exp >= 21.
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
    BigDecimal d = new BigDecimal(Double.toString(f)).stripTrailingZeros();
    int exp = d.precision() - d.scale() - 1;
    if (exp < -4 || exp >= 21) {
      BigInteger unscaled = d.unscaledValue().abs();
      String digits = unscaled.toString();
      String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      String sign = d.signum() < 0 ? "-" : "";
      return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "")
          + Math.abs(exp);
    }
    return d.toPlainString();
  }

  // go-yaml v2 also reads y/Y/n/N as booleans (YAML 1.1's full set); snakeyaml does not.
  private static final Pattern GO_BOOL = Pattern.compile(
      "^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$");

  private static final class GoYamlConstructor extends SafeConstructor {
    GoYamlConstructor(LoaderOptions options) {
      super(options);
      yamlConstructors.put(Tag.BOOL, new AbstractConstruct() {
        @Override
        public Object construct(Node node) {
          String v = constructScalar((ScalarNode) node).toLowerCase(java.util.Locale.ROOT);
          return v.equals("y") || v.equals("yes") || v.equals("true") || v.equals("on");
        }
      });
    }
  }

  private static final class NoTimestampResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.BOOL, GO_BOOL, "yYnNtTfFoO");
      addImplicitResolver(Tag.INT, INT, "-+0123456789");
      addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
      addImplicitResolver(Tag.MERGE, MERGE, "<");
      addImplicitResolver(Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(Tag.NULL, EMPTY, null);
    }
  }
}
