package vn.vinguoingheo.portal.content.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.vinguoingheo.portal.content.Location;
import vn.vinguoingheo.portal.content.Problems;

/**
 * Parses YAML with Jackson's streaming parser into {@link YamlNode}s that carry file, line and
 * column, reporting syntax errors and duplicate keys where they are.
 */
public final class YamlReader {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlReader() {
    }

    /**
     * @param firstLine the line of the file on which {@code yaml} starts (front matter starts on line 2)
     * @return the document's root, or nothing when it is empty or cannot be parsed
     */
    public static Optional<YamlNode> parse(String yaml, String file, int firstLine, Problems problems) {
        Positions at = new Positions(file, firstLine);
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            if (parser.nextToken() == null) {
                return Optional.empty();
            }
            return Optional.of(readValue(parser, at, problems));
        } catch (JsonProcessingException e) {
            if (!YamlSyntaxError.report(e, file, firstLine, problems)) {
                problems.error(at.of(e.getLocation()), "YAML sai cú pháp: " + syntaxMessage(e));
            }
            return Optional.empty();
        } catch (IOException e) {
            problems.error(at.start(), "không đọc được YAML: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static YamlNode readValue(JsonParser parser, Positions at, Problems problems) throws IOException {
        Location location = at.of(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readMapping(parser, location, at, problems);
            case START_ARRAY -> readSequence(parser, location, at, problems);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Type.NUMBER, location);
            case VALUE_TRUE, VALUE_FALSE -> new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Type.BOOLEAN, location);
            case VALUE_NULL -> new YamlNode.Scalar("", YamlNode.Scalar.Type.NULL, location);
            default -> new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Type.STRING, location);
        };
    }

    private static YamlNode readMapping(JsonParser parser, Location location, Positions at, Problems problems)
            throws IOException {
        Map<String, YamlNode.Mapping.Field> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Location keyLocation = at.of(parser.currentTokenLocation());
            parser.nextToken();
            YamlNode value = readValue(parser, at, problems);
            if (fields.containsKey(key)) {
                problems.error(keyLocation, "khoá \"" + key + "\" bị lặp lại (đã có ở dòng "
                        + fields.get(key).keyLocation().line() + ")");
            } else {
                fields.put(key, new YamlNode.Mapping.Field(key, keyLocation, value));
            }
        }
        return new YamlNode.Mapping(fields, location);
    }

    private static YamlNode readSequence(JsonParser parser, Location location, Positions at, Problems problems)
            throws IOException {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(parser, at, problems));
        }
        return new YamlNode.Sequence(items, location);
    }

    private static String syntaxMessage(JsonProcessingException e) {
        String original = e.getOriginalMessage();
        int firstLineEnd = original.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? original : original.substring(0, firstLineEnd);
        return firstLine + " (kiểm tra thụt lề, dấu hai chấm và dấu ngoặc kép)";
    }

    /** Maps the parser's positions, relative to the YAML text, to positions in the file. */
    private record Positions(String file, int firstLine) {
        Location of(JsonLocation location) {
            if (location == null || location.getLineNr() < 1) {
                return start();
            }
            return new Location(file, firstLine + location.getLineNr() - 1, Math.max(1, location.getColumnNr()));
        }

        Location start() {
            return new Location(file, firstLine, 1);
        }
    }
}
