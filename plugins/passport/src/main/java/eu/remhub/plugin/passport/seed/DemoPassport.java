package eu.remhub.plugin.passport.seed;

import eu.remhub.plugin.passport.model.CustodyEvent;
import eu.remhub.plugin.passport.model.Granularity;
import eu.remhub.plugin.passport.model.Identifier;
import eu.remhub.plugin.passport.model.PassportContent;
import java.util.List;

/**
 * One demo passport before it is stored: the organisation that operates it, by short name, its
 * identifier and content, and the custody events recorded before it is published.
 *
 * @param operator the short name of the operating organisation
 * @param identifier the Digital Link identifier
 * @param granularity model, batch or item
 * @param content the content of its first version
 * @param events the events, oldest first
 */
record DemoPassport(
    String operator,
    Identifier identifier,
    Granularity granularity,
    PassportContent content,
    List<CustodyEvent> events) {}
