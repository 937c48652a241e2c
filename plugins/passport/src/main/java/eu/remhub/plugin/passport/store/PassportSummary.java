package eu.remhub.plugin.passport.store;

import eu.remhub.plugin.passport.model.Status;
import java.time.Instant;

/**
 * One line in a list of passports: public facts only, so that lists never need a tier.
 *
 * @param id the passport id
 * @param digitalLink the Digital Link path
 * @param materials the magnet materials, such as {@code NdFeB}
 * @param product the host product category
 * @param operator the responsible operator's short name
 * @param status the passport's status
 * @param version the version the line describes
 * @param updatedAt when the passport last changed
 */
public record PassportSummary(
    long id,
    String digitalLink,
    String materials,
    String product,
    String operator,
    Status status,
    int version,
    Instant updatedAt) {}
