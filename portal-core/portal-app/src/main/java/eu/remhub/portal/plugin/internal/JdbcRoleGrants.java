package eu.remhub.portal.plugin.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code plugin_role_grant} table: who holds which plugin role. */
@Repository
public class JdbcRoleGrants {

  private final JdbcClient jdbc;

  public JdbcRoleGrants(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a grant; false when the person already held the role. */
  public boolean insert(String pluginId, String role, long personId, Instant at, String by) {
    try {
      return jdbc.sql(
                  "INSERT INTO plugin_role_grant (plugin_id, role_name, person_id, granted_at,"
                      + " granted_by) VALUES (?, ?, ?, ?, ?)")
              .params(pluginId, role, personId, Timestamp.from(at), by)
              .update()
          > 0;
    } catch (DuplicateKeyException alreadyHeld) {
      return false;
    }
  }

  public boolean exists(String role, long personId) {
    return jdbc.sql("SELECT COUNT(*) FROM plugin_role_grant WHERE role_name = ? AND person_id = ?")
            .params(role, personId)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** Removes a grant; false when there was none. */
  public boolean delete(String role, long personId) {
    return jdbc.sql("DELETE FROM plugin_role_grant WHERE role_name = ? AND person_id = ?")
            .params(role, personId)
            .update()
        > 0;
  }

  /** The holders of a role, in the order of their grants. */
  public List<Long> holders(String role) {
    return jdbc.sql(
            "SELECT person_id FROM plugin_role_grant WHERE role_name = ? ORDER BY granted_at, id")
        .param(role)
        .query(Long.class)
        .list();
  }

  /** The roles granted to a person. */
  public Set<String> rolesOf(long personId) {
    return new TreeSet<>(
        jdbc.sql("SELECT role_name FROM plugin_role_grant WHERE person_id = ?")
            .param(personId)
            .query(String.class)
            .list());
  }

  /** Removes every grant of a plugin's roles; answers how many. */
  public int deleteOfPlugin(String pluginId) {
    return jdbc.sql("DELETE FROM plugin_role_grant WHERE plugin_id = ?").param(pluginId).update();
  }

  /** Removes every grant to a person; answers the roles they held. */
  public Set<String> deleteOfPerson(long personId) {
    Set<String> held = rolesOf(personId);
    jdbc.sql("DELETE FROM plugin_role_grant WHERE person_id = ?").param(personId).update();
    return held;
  }
}
