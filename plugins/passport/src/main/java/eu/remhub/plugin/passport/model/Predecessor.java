package eu.remhub.plugin.passport.model;

/**
 * Magnets that this passport's magnets were made from, for recycled magnets.
 *
 * @param passportId the predecessor's passport in this registry, or {@code null}
 * @param identifier its Digital Link (or another identifier) when it has no passport here
 * @param description what it was, such as "voice-coil magnets from 2,400 hard disk drives"
 */
public record Predecessor(Long passportId, String identifier, String description) {}
