package eu.remhub.plugin.hello;

import java.util.List;

/**
 * A greeting that cannot be stored. It carries a translation key and its arguments, so that the
 * page says what is wrong in the reader's language.
 */
public class InvalidGreetingException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final transient List<Object> arguments;

  /**
   * A refusal.
   *
   * @param key the translation key of the message
   * @param arguments the message's arguments
   */
  public InvalidGreetingException(String key, Object... arguments) {
    super(key);
    this.key = key;
    this.arguments = List.of(arguments);
  }

  /**
   * The translation key of the message.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * The arguments of the message.
   *
   * @return the arguments
   */
  public Object[] arguments() {
    return arguments.toArray();
  }
}
