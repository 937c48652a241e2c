package eu.remhub.portal.plugin.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Component;

/**
 * Runs a plugin's own migrations ({@code db/migration/<pluginId>} in its jar) with its own Flyway
 * history table, and drops the plugin's tables when staff purge its data on uninstall.
 */
@Component
public class PluginMigrator {

  private final DataSource dataSource;

  public PluginMigrator(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Applies pending migrations; returns how many ran. */
  public int migrate(String pluginId, ClassLoader pluginClassLoader) {
    Flyway flyway =
        Flyway.configure(pluginClassLoader)
            .dataSource(dataSource)
            .locations("classpath:db/migration/" + pluginId)
            .table(historyTable(pluginId))
            // The schema already holds the core's tables: start this plugin's history at zero.
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .failOnMissingLocations(false)
            .load();
    return flyway.migrate().migrationsExecuted;
  }

  /**
   * Drops every table of the plugin and its migration history. Tables of other installed plugins
   * whose prefix extends this one ({@code hello_world_} against {@code hello_}) are left alone.
   */
  public List<String> purge(String pluginId, List<String> otherPluginIds) {
    List<String> prefixes = tablePrefixes(tablePrefix(pluginId));
    List<String> otherPrefixes =
        otherPluginIds.stream()
            .flatMap(id -> tablePrefixes(tablePrefix(id)).stream())
            .filter(p -> prefixes.stream().anyMatch(p::startsWith))
            .toList();
    List<String> dropped = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      List<String> tables = new ArrayList<>();
      for (String table : allTables(connection)) {
        String lower = table.toLowerCase(Locale.ROOT);
        boolean ours =
            prefixes.stream().anyMatch(lower::startsWith)
                && otherPrefixes.stream().noneMatch(lower::startsWith);
        if (ours || lower.equals(historyTable(pluginId))) {
          tables.add(table);
        }
      }
      // Foreign keys between the plugin's tables: retry until every table that can go has gone.
      for (int pass = 0; pass < tables.size() + 1 && !tables.isEmpty(); pass++) {
        for (var it = tables.iterator(); it.hasNext(); ) {
          String table = it.next();
          try (Statement st = connection.createStatement()) {
            st.execute("DROP TABLE " + table);
            dropped.add(table);
            it.remove();
          } catch (SQLException e) {
            // referenced by a table not yet dropped; next pass
          }
        }
      }
      if (!tables.isEmpty()) {
        throw new IllegalStateException("could not drop " + tables);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot purge the data of " + pluginId + ": " + e.getMessage(), e);
    }
    return dropped;
  }

  public static String tablePrefix(String pluginId) {
    return pluginId.replace('-', '_') + "_";
  }

  /**
   * The prefixes a plugin's tables may carry: {@code p_} and the plain prefix first, the one every
   * new plugin uses, then the plain prefix of plugins written before it.
   */
  public static List<String> tablePrefixes(String plainPrefix) {
    return List.of("p_" + plainPrefix, plainPrefix);
  }

  static String historyTable(String pluginId) {
    return "flyway_history_" + pluginId.replace('-', '_');
  }

  private static List<String> allTables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    DatabaseMetaData meta = connection.getMetaData();
    try (ResultSet rs =
        meta.getTables(
            connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        tables.add(rs.getString("TABLE_NAME"));
      }
    }
    return tables;
  }
}
