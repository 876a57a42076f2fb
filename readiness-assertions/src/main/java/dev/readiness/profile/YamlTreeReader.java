package dev.readiness.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads one YAML document into {@link YamlNode}s that remember their lines, on Jackson's streaming
 * parser. Aliases, duplicate keys, several documents and deep nesting are refused; syntax errors
 * become a {@link ProfileException} with the parser's line.
 */
final class YamlTreeReader {

  static final int MAX_DEPTH = 16;
  /** The longest line: a key, a value of the longest length, quotes and indentation. */
  static final int MAX_LINE_LENGTH = ValueLimits.MAX_VALUE_LENGTH + ValueLimits.MAX_KEY_LENGTH + 256;

  private static final YAMLFactory FACTORY = YAMLFactory.builder()
      .loaderOptions(loaderOptions())
      .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
      .build();

  private final Optional<Path> file;

  YamlTreeReader(Optional<Path> file) {
    this.file = file;
  }

  /**
   * @param text the YAML text, at most {@link ProfileText#MAX_BYTES}
   * @return the root node
   * @throws ProfileException when the text is empty, not valid YAML, or uses what profiles refuse
   */
  YamlNode read(String text) {
    refuseLongLines(text);
    try (YAMLParser parser = (YAMLParser) FACTORY.createParser(text)) {
      if (parser.nextToken() == null) {
        throw new ProfileException(file, "", 0, "the profile is empty; it needs at least target.url");
      }
      YamlNode root = readNode(parser, "", 0);
      if (parser.nextToken() != null) {
        throw error(parser, "", "a profile is a single YAML document; found another one");
      }
      return root;
    } catch (MarkedYAMLException e) {
      throw new ProfileException(file, "", e.getProblemMark().getLine() + 1, syntaxProblem(e), e);
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      int line = location == null ? 0 : location.getLineNr();
      throw new ProfileException(file, "", Math.max(line, 0), "invalid YAML: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ProfileException(file, "", 0, "cannot read YAML: " + e.getMessage(), e);
    }
  }

  /**
   * A line longer than a key, a value and their indentation can be is refused before the YAML parser sees it: the
   * parser takes seconds and hundreds of megabytes on a single scalar of a megabyte.
   */
  private void refuseLongLines(String text) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - start > MAX_LINE_LENGTH) {
          throw new ProfileException(file, "", line, "the line is " + (i - start) + " characters long; a value is"
              + " at most " + ValueLimits.MAX_VALUE_LENGTH + " characters (8 KiB)");
        }
        line++;
        start = i + 1;
      }
    }
  }

  private YamlNode readNode(YAMLParser parser, String key, int depth) throws IOException {
    int line = line(parser);
    if (depth > MAX_DEPTH) {
      throw error(parser, key, "nested deeper than " + MAX_DEPTH + " levels");
    }
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> readMapping(parser, key, depth, line);
      case START_ARRAY -> readSequence(parser, key, depth, line);
      case VALUE_NULL -> new YamlNode.Null(line);
      case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> {
        if (parser.isCurrentAlias()) {
          throw error(parser, key, "YAML aliases (*" + parser.getText() + ") are not supported");
        }
        String text = parser.getText();
        if (text.length() > ValueLimits.MAX_VALUE_LENGTH) {
          throw error(parser, key, ValueLimits.tooLong(text.length()));
        }
        yield new YamlNode.Scalar(text, line);
      }
      default -> throw error(parser, key, "unsupported YAML value; use a plain value, a list or a mapping");
    };
  }

  private YamlNode readMapping(YAMLParser parser, String key, int depth, int line) throws IOException {
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      if (name.length() > ValueLimits.MAX_KEY_LENGTH) {
        throw error(parser, key, "a key of " + name.length() + " characters; a key is at most "
            + ValueLimits.MAX_KEY_LENGTH + " characters");
      }
      String childKey = key.isEmpty() ? name : key + "." + name;
      int keyLine = line(parser);
      YamlNode.Entry first = entries.get(name);
      if (first != null) {
        throw error(parser, childKey, "duplicate key; first given on line " + first.line());
      }
      parser.nextToken();
      entries.put(name, new YamlNode.Entry(keyLine, readNode(parser, childKey, depth + 1)));
    }
    return new YamlNode.Mapping(entries, line);
  }

  private YamlNode readSequence(YAMLParser parser, String key, int depth, int line) throws IOException {
    List<YamlNode> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      items.add(readNode(parser, key + "[" + items.size() + "]", depth + 1));
    }
    return new YamlNode.Sequence(items, line);
  }

  private ProfileException error(YAMLParser parser, String key, String reason) {
    return new ProfileException(file, key, line(parser), reason);
  }

  private static int line(YAMLParser parser) {
    return parser.currentTokenLocation().getLineNr();
  }

  private static String syntaxProblem(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? e.getOriginalMessage() : e.getProblem();
    if (e.getContext() == null || e.getContextMark() == null) {
      return "invalid YAML: " + problem;
    }
    return "invalid YAML: " + problem + " (" + e.getContext() + " from line "
        + (e.getContextMark().getLine() + 1) + ")";
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Math.toIntExact(ProfileText.MAX_BYTES));
    options.setMaxAliasesForCollections(0);
    options.setNestingDepthLimit(MAX_DEPTH + 1);
    return options;
  }
}
