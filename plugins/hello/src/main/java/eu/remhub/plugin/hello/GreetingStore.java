package eu.remhub.plugin.hello;

import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.PersonId;
import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.service.PluginJdbc;
import eu.remhub.portal.api.service.Row;
import eu.remhub.portal.api.service.SearchDocument;
import eu.remhub.portal.api.service.Visibility;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

/**
 * The guestbook's table, through the portal's {@link PluginJdbc}: plain SQL on tables whose names
 * start with the plugin's prefix ({@code hello_world_}); the portal refuses any other table. Rows
 * are read with {@link PluginJdbc#select} as a {@link Row} of values, never as a live result set.
 */
public final class GreetingStore {

  /** The search document type of a greeting. */
  public static final String DOCUMENT_TYPE = "hello-greeting";

  /** The longest greeting, as the column allows. */
  public static final int MAX_LENGTH = 280;

  private final PluginContext context;

  /**
   * A store on the plugin's database.
   *
   * @param context the plugin's context
   */
  public GreetingStore(PluginContext context) {
    this.context = context;
  }

  /**
   * Adds a greeting by a person and publishes it to the portal's search.
   *
   * @param author who writes
   * @param message the text, trimmed; neither blank nor longer than {@link #MAX_LENGTH}
   * @return the stored greeting
   * @throws InvalidGreetingException when the text is blank or too long; nothing is stored then
   */
  public Greeting add(CurrentUser author, String message) {
    String text = message == null ? "" : message.strip();
    if (text.isEmpty()) {
      throw new InvalidGreetingException("hello-world.error.blank");
    }
    if (text.length() > MAX_LENGTH) {
      throw new InvalidGreetingException("hello-world.error.long", MAX_LENGTH, text.length());
    }
    // The database keeps microseconds; cut to what a reload gives back.
    Instant now = context.clock().instant().truncatedTo(ChronoUnit.MICROS);
    long id =
        context
            .jdbc()
            .insert(
                "INSERT INTO hello_world_greeting (person_id, author, message, created_at) VALUES (?, ?, ?, ?)",
                author.personId(),
                author.displayName(),
                text,
                LocalDateTime.ofInstant(now, ZoneOffset.UTC));
    Greeting greeting = new Greeting(id, author.person(), author.displayName(), text, now);
    context.search().publish(document(greeting));
    return greeting;
  }

  /**
   * The newest greetings first.
   *
   * @param limit how many at most
   * @return the greetings
   */
  public List<Greeting> latest(int limit) {
    return context
        .jdbc()
        .select(
            "SELECT id, person_id, author, message, created_at FROM hello_world_greeting ORDER BY id DESC LIMIT ?",
            GreetingStore::greeting,
            limit);
  }

  /**
   * How many greetings there are.
   *
   * @return the count
   */
  public long count() {
    return context
        .jdbc()
        .selectOne(
            "SELECT COUNT(*) AS greetings FROM hello_world_greeting",
            row -> row.getLong("greetings"))
        .orElse(0L);
  }

  /**
   * Hands every greeting as a search document to {@code sink}, for a rebuild of the index.
   *
   * @param sink receives the documents
   */
  public void allDocuments(Consumer<SearchDocument> sink) {
    context
        .jdbc()
        .select(
            "SELECT id, person_id, author, message, created_at FROM hello_world_greeting ORDER BY id",
            GreetingStore::greeting)
        .forEach(greeting -> sink.accept(document(greeting)));
  }

  /** Greetings are for members: visitors do not find them. */
  static SearchDocument document(Greeting greeting) {
    return SearchDocument.builder(DOCUMENT_TYPE, Long.toString(greeting.id()))
        .title("Greeting from " + greeting.author())
        .tag("guestbook")
        .body(greeting.message())
        .url("/" + HelloRoutes.PATH)
        .visibility(Visibility.members())
        .updated(greeting.createdAt())
        .build();
  }

  private static Greeting greeting(Row row) {
    return new Greeting(
        row.getLong("id"),
        PersonId.of(row.getLong("person_id")),
        row.string("author"),
        row.string("message"),
        row.instant("created_at"));
  }
}
