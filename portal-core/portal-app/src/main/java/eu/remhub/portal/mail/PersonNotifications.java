package eu.remhub.portal.mail;

import eu.remhub.portal.api.service.Notification;
import eu.remhub.portal.mail.internal.JdbcPersonNotifications;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications in the portal: each person's list behind the bell in the header, with the count of
 * unread ones. A notification that asks for mail also goes into the mail outbox, to the person's
 * current address. A person who does not exist or has been erased gets nothing.
 */
@Service
public class PersonNotifications {

  /** The longest title kept; a longer one is cut, with an ellipsis. */
  static final int MAX_TITLE = 300;

  /** The longest link kept. */
  static final int MAX_LINK = 500;

  /**
   * One notification in a person's list.
   *
   * @param id the id
   * @param source the plugin that sent it
   * @param title the title
   * @param body the text
   * @param link a portal path without a leading slash, or empty
   * @param createdAt when it came
   * @param readAt when the person marked it read, or null
   */
  public record Item(
      long id,
      String source,
      String title,
      String body,
      String link,
      Instant createdAt,
      Instant readAt) {

    public boolean unread() {
      return readAt == null;
    }
  }

  private final JdbcPersonNotifications store;
  private final MailAddresses addresses;
  private final MailOutbox outbox;
  private final Clock clock;
  private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();

  public PersonNotifications(
      JdbcPersonNotifications store, MailAddresses addresses, MailOutbox outbox, Clock clock) {
    this.store = store;
    this.addresses = addresses;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * Puts a notification in a person's list and mails it when it asks for that.
   *
   * @return whether the person exists and got it
   */
  @Transactional
  public boolean notify(String source, long personId, Notification notification) {
    if (personId <= 0 || addresses.addressOf(personId).isEmpty()) {
      return false;
    }
    String link = notification.link();
    if (link.length() > MAX_LINK) {
      throw new IllegalArgumentException(
          "a notification's link is at most " + MAX_LINK + " characters: " + link.length());
    }
    String title = notification.title().strip();
    if (title.isEmpty()) {
      throw new IllegalArgumentException("a notification needs a title");
    }
    if (title.length() > MAX_TITLE) {
      title = title.substring(0, MAX_TITLE - 1) + "…";
    }
    store.insert(personId, source, title, notification.body(), link, clock.instant());
    if (notification.mail()) {
      outbox.notifyPerson(personId, title, notification.body());
    }
    listeners.forEach(l -> l.accept(personId));
    return true;
  }

  /** How many notifications the person has not read. */
  public int unreadCount(long personId) {
    return store.unreadCount(personId);
  }

  /** The person's notifications, newest first. */
  public List<Item> latest(long personId, int limit) {
    return store.latest(personId, limit);
  }

  /** Marks one of the person's notifications read; false when it is not theirs. */
  public boolean markRead(long personId, long id) {
    boolean marked = store.markRead(personId, id, clock.instant());
    listeners.forEach(l -> l.accept(personId));
    return marked;
  }

  /** Marks all of the person's notifications read; answers how many were unread. */
  public int markAllRead(long personId) {
    int marked = store.markAllRead(personId, clock.instant());
    listeners.forEach(l -> l.accept(personId));
    return marked;
  }

  /** Tells a listener (on some thread) the person whose list changed; returns a remover. */
  public Runnable onChange(LongConsumer listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** A person's notifications for their data export. */
  public List<Map<String, Object>> export(long personId) {
    return store.latest(personId, Integer.MAX_VALUE).stream()
        .map(
            i ->
                Map.<String, Object>of(
                    "source", i.source(),
                    "title", i.title(),
                    "body", i.body(),
                    "link", i.link(),
                    "createdAt", i.createdAt().toString(),
                    "read", !i.unread()))
        .toList();
  }

  /** Deletes a person's notifications (erasure). */
  public void erase(long personId) {
    store.deleteOf(personId);
  }

  /** Deletes the notifications a plugin sent (uninstall with its data purged). */
  public int purge(String source) {
    return store.deleteFrom(source);
  }
}
