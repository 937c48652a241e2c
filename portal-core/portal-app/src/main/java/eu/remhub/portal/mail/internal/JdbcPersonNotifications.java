package eu.remhub.portal.mail.internal;

import eu.remhub.portal.mail.PersonNotifications.Item;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code plugin_notification} table. */
@Repository
public class JdbcPersonNotifications {

  private final JdbcClient jdbc;

  public JdbcPersonNotifications(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(
      long personId, String source, String title, String body, String link, Instant at) {
    jdbc.sql(
            "INSERT INTO plugin_notification (person_id, plugin_id, title, body, link, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(personId, source, title, body, link, Timestamp.from(at))
        .update();
  }

  public int unreadCount(long personId) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM plugin_notification WHERE person_id = ? AND read_at IS NULL")
        .param(personId)
        .query(Integer.class)
        .single();
  }

  public List<Item> latest(long personId, int limit) {
    return jdbc.sql(
            "SELECT id, plugin_id, title, body, link, created_at, read_at FROM plugin_notification"
                + " WHERE person_id = ? ORDER BY created_at DESC, id DESC LIMIT ?")
        .params(personId, limit)
        .query(JdbcPersonNotifications::item)
        .list();
  }

  public boolean markRead(long personId, long id, Instant at) {
    return jdbc.sql(
                "UPDATE plugin_notification SET read_at = ?"
                    + " WHERE id = ? AND person_id = ? AND read_at IS NULL")
            .params(Timestamp.from(at), id, personId)
            .update()
        > 0;
  }

  public int markAllRead(long personId, Instant at) {
    return jdbc.sql(
            "UPDATE plugin_notification SET read_at = ? WHERE person_id = ? AND read_at IS NULL")
        .params(Timestamp.from(at), personId)
        .update();
  }

  public void deleteOf(long personId) {
    jdbc.sql("DELETE FROM plugin_notification WHERE person_id = ?").param(personId).update();
  }

  public int deleteFrom(String source) {
    return jdbc.sql("DELETE FROM plugin_notification WHERE plugin_id = ?").param(source).update();
  }

  private static Item item(ResultSet rs, int row) throws SQLException {
    Timestamp read = rs.getTimestamp("read_at");
    return new Item(
        rs.getLong("id"),
        rs.getString("plugin_id"),
        rs.getString("title"),
        rs.getString("body"),
        rs.getString("link"),
        rs.getTimestamp("created_at").toInstant(),
        read == null ? null : read.toInstant());
  }
}
