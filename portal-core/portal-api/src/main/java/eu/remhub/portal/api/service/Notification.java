package eu.remhub.portal.api.service;

import java.util.Objects;
import java.util.Optional;

/**
 * A message to one person in the portal: it appears in their notification list (the bell in the
 * portal's header, with the count of unread ones) and, when {@code mail} is set, also goes to them
 * by mail. Write title and body in the person's language ({@link PersonRef#locale()}).
 *
 * <pre>{@code
 * context.notifications().notify(owner, Notification.of(title, body)
 *     .linkTo("matchmaking/posts/42").withMail());
 * }</pre>
 *
 * @param title a short line, shown in the list and as the mail's subject
 * @param body the text, plain
 * @param link where the notification leads, a portal path without a leading slash (such as {@code
 *     training/courses/7}), or empty
 * @param mail whether to send it by mail too
 * @since 1.1.0
 */
public record Notification(String title, String body, String link, boolean mail) {

  public Notification {
    Objects.requireNonNull(title, "title");
    body = body == null ? "" : body;
    link = link == null ? "" : link;
    if (link.startsWith("/") || link.contains("://")) {
      throw new IllegalArgumentException(
          "a notification links to a portal path without a leading slash: " + link);
    }
  }

  /**
   * A notification shown in the portal only, leading nowhere.
   *
   * @param title the title
   * @param body the text
   * @return the notification
   */
  public static Notification of(String title, String body) {
    return new Notification(title, body, "", false);
  }

  /**
   * The same notification leading to a portal path.
   *
   * @param path the path, without a leading slash
   * @return a new notification
   */
  public Notification linkTo(String path) {
    return new Notification(title, body, path, mail);
  }

  /**
   * The same notification, also sent by mail.
   *
   * @return a new notification
   */
  public Notification withMail() {
    return new Notification(title, body, link, true);
  }

  /**
   * The link, when there is one.
   *
   * @return the path
   */
  public Optional<String> linkPath() {
    return link.isEmpty() ? Optional.empty() : Optional.of(link);
  }
}
