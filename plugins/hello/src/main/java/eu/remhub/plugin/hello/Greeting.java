package eu.remhub.plugin.hello;

import eu.remhub.portal.api.PersonId;
import java.time.Instant;

/**
 * One greeting in the guestbook.
 *
 * @param id the row id
 * @param person who wrote it
 * @param author the writer's name as it was when they wrote it
 * @param message the text
 * @param createdAt when it was written
 */
public record Greeting(
    long id, PersonId person, String author, String message, Instant createdAt) {}
