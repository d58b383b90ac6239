package vn.vinguoingheo.portal.content.read;

import java.util.List;
import java.util.Map;
import vn.vinguoingheo.portal.content.Location;

/** A parsed YAML value that remembers where it was written, so every message can point at it. */
public sealed interface YamlNode {

    Location location();

    /** A human name for the node's shape, used in "expected … but found …" messages. */
    String shape();

    record Scalar(String text, Type type, Location location) implements YamlNode {
        public enum Type { STRING, NUMBER, BOOLEAN, NULL }

        @Override
        public String shape() {
            return switch (type) {
                case STRING -> "chuỗi";
                case NUMBER -> "số";
                case BOOLEAN -> "true/false";
                case NULL -> "giá trị rỗng";
            };
        }
    }

    record Sequence(List<YamlNode> items, Location location) implements YamlNode {
        @Override
        public String shape() {
            return "danh sách";
        }
    }

    /** A mapping; keys keep their written order and their own locations. */
    record Mapping(Map<String, Field> fields, Location location) implements YamlNode {
        public record Field(String key, Location keyLocation, YamlNode value) {
        }

        @Override
        public String shape() {
            return "bảng khoá: giá trị";
        }
    }
}
