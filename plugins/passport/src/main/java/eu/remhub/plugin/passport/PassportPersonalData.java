package eu.remhub.plugin.passport;

import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.extension.PersonalDataContributor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * What the plugin keeps about a person: who started a passport version, who recorded an event, who
 * read restricted data. Erasure blanks the person's id; the hash chain does not cover these ids, so
 * it still verifies, and the organisation in the access log stays, as the operator's record of who
 * read its data.
 */
@Extension
public class PassportPersonalData implements PersonalDataContributor {

  private final PluginContext context;

  /**
   * Creates the contributor.
   *
   * @param context the plugin context
   */
  public PassportPersonalData(PluginContext context) {
    this.context = context;
  }

  @Override
  public String id() {
    return "passport-personal-data";
  }

  @Override
  public Map<String, Object> export(long personId) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(
        "Passport versions you started",
        context
            .jdbc()
            .query(
                "SELECT passport_id, version_no, created_at FROM passport_version WHERE created_by = ? ORDER BY created_at",
                row ->
                    Map.of(
                        "passport",
                        row.getLong(1),
                        "version",
                        row.getInt(2),
                        "started",
                        row.getString(3)),
                personId));
    data.put(
        "Chain-of-custody events you recorded",
        context
            .jdbc()
            .query(
                "SELECT passport_id, event_type, recorded_at FROM passport_event WHERE recorded_by = ? ORDER BY recorded_at",
                row ->
                    Map.of(
                        "passport",
                        row.getLong(1),
                        "event",
                        row.getString(2),
                        "recorded",
                        row.getString(3)),
                personId));
    data.put(
        "Restricted passport data you read",
        context
            .jdbc()
            .query(
                "SELECT passport_id, tier, channel, read_at FROM passport_access_log WHERE person_id = ? ORDER BY read_at",
                row ->
                    Map.of(
                        "passport",
                        row.getLong(1),
                        "tier",
                        row.getString(2),
                        "channel",
                        row.getString(3),
                        "read",
                        row.getString(4)),
                personId));
    return data;
  }

  @Override
  public void erase(long personId) {
    context
        .jdbc()
        .inTransaction(
            () -> {
              for (String sql :
                  List.of(
                      "UPDATE passport_version SET created_by = 0 WHERE created_by = ?",
                      "UPDATE passport_event SET recorded_by = 0 WHERE recorded_by = ?",
                      "UPDATE passport_access_log SET person_id = 0 WHERE person_id = ?")) {
                context.jdbc().update(sql, personId);
              }
              return null;
            });
  }
}
