package eu.remhub.plugin.passport.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.remhub.plugin.passport.model.InvalidPassportException;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes passport JSON: the stored version documents, the API's answers, exports and
 * imports. Absent values are left out; enum values are read in any case; unknown fields are
 * ignored, so that an exported document can be imported again.
 */
public final class PassportJson {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .changeDefaultPropertyInclusion(
              inclusion ->
                  inclusion
                      .withValueInclusion(JsonInclude.Include.NON_NULL)
                      .withContentInclusion(JsonInclude.Include.NON_NULL))
          .build();

  private PassportJson() {}

  /**
   * The shared mapper.
   *
   * @return the mapper
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * Writes a value as compact JSON.
   *
   * @param value the value
   * @return the JSON text
   */
  public static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  /**
   * Writes a value as indented JSON, for people and files.
   *
   * @param value the value
   * @return the JSON text
   */
  public static String pretty(Object value) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
  }

  /**
   * Reads JSON, turning what the parser says into a problem that names the field.
   *
   * @param json the text
   * @param type what to read
   * @param <T> the type
   * @return the value
   * @throws InvalidPassportException when the text is no JSON of that shape
   */
  public static <T> T read(String json, Class<T> type) {
    if (json == null || json.isBlank()) {
      throw new InvalidPassportException("", "the request has no JSON body");
    }
    try {
      T value = MAPPER.readValue(json, type);
      if (value == null) {
        throw new InvalidPassportException("", "the JSON body is null");
      }
      return value;
    } catch (JacksonException e) {
      throw new InvalidPassportException(
          path(e), "cannot read the JSON here: " + firstLine(e.getOriginalMessage()));
    }
  }

  /**
   * A parse error as a sentence that names the field, for people.
   *
   * @param e the error
   * @return such as {@code magnets[0].family: cannot read the JSON here: ...}
   */
  public static String describe(JacksonException e) {
    String path = path(e);
    return (path.isEmpty() ? "" : path + ": ")
        + "cannot read the JSON here: "
        + firstLine(e.getOriginalMessage());
  }

  /**
   * The place in the document a parse error points to, as {@code magnets[0].family}.
   *
   * @param e the error
   * @return the path, empty at the top
   */
  static String path(JacksonException e) {
    return e.getPath().stream()
        .map(
            ref ->
                ref.getPropertyName() != null
                    ? "." + ref.getPropertyName()
                    : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "malformed JSON";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
