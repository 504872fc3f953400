package dev.helmoci.tck.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helmoci.tck.engine.yaml.Scalars;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.UnaryOperator;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Turns a YAML node into JSON, interpolating strings, for JSON bodies and JSON expectations. */
final class JsonValues {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private JsonValues() {}

  static JsonNode toJson(Node node, UnaryOperator<String> interpolate) {
    if (node instanceof MappingNode) {
      ObjectNode object = JSON.objectNode();
      for (NodeTuple tuple : ((MappingNode) node).getValue()) {
        String key = Scalars.text(tuple.getKeyNode()).orElse("");
        object.set(interpolate.apply(key), toJson(tuple.getValueNode(), interpolate));
      }
      return object;
    }
    if (node instanceof SequenceNode) {
      ArrayNode array = JSON.arrayNode();
      for (Node item : ((SequenceNode) node).getValue()) {
        array.add(toJson(item, interpolate));
      }
      return array;
    }
    String text = ((ScalarNode) node).getValue();
    Tag tag = node.getTag();
    if (Tag.NULL.equals(tag)) {
      return JSON.nullNode();
    }
    if (Tag.BOOL.equals(tag)) {
      return JSON.booleanNode(Boolean.parseBoolean(text));
    }
    try {
      if (Tag.INT.equals(tag)) {
        return JSON.numberNode(new BigInteger(text.replace("_", "")));
      }
      if (Tag.FLOAT.equals(tag)) {
        return JSON.numberNode(new BigDecimal(text));
      }
    } catch (NumberFormatException e) {
      // YAML 1.1 spellings such as 0x1F or .inf have no JSON number; keep the text.
      return JSON.textNode(text);
    }
    return JSON.textNode(interpolate.apply(text));
  }
}
