package eu.remhub.plugin.hello;

import java.time.Instant;

/**
 * One greeting in the guestbook.
 *
 * @param id the row id
 * @param personId who wrote it
 * @param author the writer's name as it was when they wrote it
 * @param message the text
 * @param createdAt when it was written
 */
public record Greeting(long id, long personId, String author, String message, Instant createdAt) {}
